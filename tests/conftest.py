from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests share one grammar cache, never the user's."""
    cache = os.environ.get("SOVSCAN_CACHE_DIR") or str(tmp_path_factory.mktemp("cache"))
    os.environ["SOVSCAN_CACHE_DIR"] = cache


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own (the session's is shared)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SOVSCAN_CACHE_DIR", str(folder))
    return folder


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def python() -> str:
    return sys.executable


# Modules that build a wheel, drive git/pre-commit, a browser, Node's SARIF validator,
# terraform or kustomize, or run property tests: `pytest -m "not slow"` is the quick loop
# (README, Development); the default run keeps them.
SLOW_MODULES = frozenset(
    {
        "test_wheel.py",
        "test_precommit.py",
        "test_html_browser.py",
        "test_html_layout.py",
        "test_sarif_validator.py",
        "test_terraform_differential.py",
        "test_kustomize_differential.py",
        "test_properties.py",
    }
)


# And single test functions measured at a second or more (scripts/slow_tests.py).
SLOW_FUNCTIONS = frozenset(
    line
    for line in (REPO / "tests" / "slow_tests.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        function = item.nodeid.split("[")[0]
        if item.path.name in SLOW_MODULES or function in SLOW_FUNCTIONS:
            item.add_marker(pytest.mark.slow)
