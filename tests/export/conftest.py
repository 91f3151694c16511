"""Fixtures of the export tests: the fictional story of report_fixtures as a Report."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from report_fixtures import story_report

from desktop.export.report import Report


@pytest.fixture
def report() -> Report:
    return story_report()
