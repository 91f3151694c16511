"""The wheel ships every package, and shipped data is found through desktop.paths."""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop import paths

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_lists_every_package_on_disk() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        "desktop." + ".".join(p.parent.relative_to(ROOT / "desktop").parts)
        for p in (ROOT / "desktop").rglob("__init__.py")
    }
    on_disk = {name.rstrip(".") for name in on_disk}
    mapped = {
        "desktop.migrations",
        "desktop.migrations.versions",
        "desktop.resources",
        "desktop.seeds",
        "desktop.seeds.demo",
    }
    assert on_disk | mapped == listed


def test_shipped_data_is_found() -> None:
    assert (paths.migrations_dir() / "env.py").is_file()
    assert list((paths.migrations_dir() / "versions").glob("0001_*.py"))
    demo = sorted((paths.seeds_dir() / "demo").glob("*.txt"))
    assert len([p for p in demo if p.name != "story.txt"]) == 4


def test_db_argument_accepts_paths_and_urls(tmp_path: Path) -> None:
    assert paths.db_url_from_arg("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    url = paths.db_url_from_arg(str(tmp_path / "x.sqlite3"))
    assert url.startswith("sqlite:///") and url.endswith("x.sqlite3")
