"""The layers of STYLE.md: ui -> services -> (storage, export) -> core, checked on imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop"

# Which top-level libraries each place may import.
QT_ALLOWED = {"ui", "app.py", "export/pdf_writer.py"}
SQLALCHEMY_ALLOWED = {"storage", "services"}
# Which of our own layers each layer may import (besides core, errors, paths).
LAYER_DEPENDENCIES = {
    "core": set(),
    "storage": set(),
    "export": set(),
    "services": {"storage", "export"},
    "ui": {"services", "storage", "export"},
}


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _place(path: Path) -> tuple[str, str]:
    relative = path.relative_to(PACKAGE).as_posix()
    return relative.split("/", 1)[0], relative


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_module_respects_the_layers(path: Path) -> None:
    layer, relative = _place(path)
    imports = _imports(path)
    if not (layer in QT_ALLOWED or relative in QT_ALLOWED):
        assert not {n for n in imports if n.split(".")[0] == "PySide6"}, (
            f"{relative} imports PySide6; only ui/, app.py and export/pdf_writer.py may"
        )
    if layer not in SQLALCHEMY_ALLOWED:
        banned = {"sqlalchemy", "alembic"}
        assert not {n for n in imports if n.split(".")[0] in banned}, (
            f"{relative} imports SQLAlchemy/Alembic; only storage/ and services/ may"
        )
    if layer in LAYER_DEPENDENCIES:
        ours = {n.split(".")[1] for n in imports if n.startswith("desktop.") and "." in n}
        allowed = LAYER_DEPENDENCIES[layer] | {layer, "core", "errors", "paths"}
        assert ours <= allowed, f"{relative} reaches up or across into {ours - allowed}"


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy\n")
    assert {"PySide6.QtWidgets", "sqlalchemy"} <= _imports(bad)
