"""Documentation generated from the data does not drift from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.helpers import REPO, run_sovscan


def _rules_table_module():  # scripts/ is not a package
    spec = importlib.util.spec_from_file_location("rules_table", REPO / "scripts" / "rules_table.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_readme_rules_table_is_the_one_generated_from_the_data() -> None:
    table = _rules_table_module()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert table.readme_table(readme) == table.rules_table(), "run: python scripts/rules_table.py --write"


def test_readme_rules_table_agrees_with_sovscan_rules() -> None:
    """The levels the README shows are the ones the command prints."""
    table = _rules_table_module()
    readme_rows = {
        line.split(" | ")[0].strip("| "): [c.strip() for c in line.split(" | ")[1:-1]]
        for line in table.readme_table((REPO / "README.md").read_text(encoding="utf-8")).splitlines()[2:]
    }
    listed = run_sovscan("rules")
    assert listed.returncode == 0, listed.stderr
    header, *rows = listed.stdout.splitlines()
    profiles = header.split()[1:-1]
    assert profiles == sorted(profiles)
    command_rows = {row.split()[0]: [c.replace("-", "—") for c in row.split()[1 : 1 + len(profiles)]] for row in rows}
    assert readme_rows == command_rows


def test_architecture_page_names_every_package_folder() -> None:
    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    folders = sorted(p.name for p in (REPO / "scanner").iterdir() if p.is_dir() and not p.name.startswith("__"))
    assert [f for f in folders if f"scanner/{f}/" not in page] == []


def test_contributing_explains_each_thing_to_add() -> None:
    page = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for heading in ("## A rule", "## A check kind", "## A provider", "## A region"):
        assert heading in page
    assert all(Path(REPO / ref).exists() for ref in ("scripts/rules_table.py", "tests/rules/examples.py"))
