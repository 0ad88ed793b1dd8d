"""The house reads in one direction (docs/architecture.md): checks read facts, they do not
evaluate or adapt; reporters format, they do not own caches; nothing below the command line
imports it. Every import counts, a function's lazy one included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "scanner"
CACHES = ("scanner.caches", "scanner.units.results", "scanner.load.hcl_parser")
CLI = ("scanner.cli",)
# (modules whose imports are constrained, what they must not import, why)
CONTRACTS = [
    ("scanner.check", ("scanner.evaluate", "scanner.adapt"), "a check reads the facts of assets"),
    ("scanner.report", CACHES, "a reporter only formats; the runner owns the caches"),
    ("scanner", CLI, "the command line sits on top: only its entry points import it"),
]
CLI_ENTRY_POINTS = {"scanner.cli", "scanner.entry", "scanner.__main__"}


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path = PACKAGE) -> set[str]:
    """Every module the file imports, at any depth; `from a import b` counts as a and a.b."""
    names: set[str] = set()
    name = module_name(path, root)
    package = name.rsplit(".", 1)[0] if path.name != "__init__.py" else name
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def violations(contract: tuple[str, tuple[str, ...], str], root: Path = PACKAGE) -> list[str]:
    scope, forbidden, _ = contract
    found = []
    for path in sorted(root.rglob("*.py")):
        name = module_name(path, root)
        if not (name == scope or name.startswith(f"{scope}.")):
            continue
        if forbidden == CLI and name in CLI_ENTRY_POINTS:
            continue
        for target in sorted(imported(path, root)):
            if any(target == f or target.startswith(f"{f}.") for f in forbidden):
                found.append(f"{name} imports {target}")
    return found


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c[0] + " -x-> " + ",".join(c[1]) for c in CONTRACTS])
def test_imports_point_one_way(contract: tuple[str, tuple[str, ...], str]) -> None:
    assert violations(contract) == [], contract[2]


def test_the_check_finds_planted_imports(tmp_path: Path) -> None:
    root = tmp_path / "scanner"
    (root / "check").mkdir(parents=True)
    (root / "report").mkdir()
    (root / "check" / "kind.py").write_text("def f():\n    from ..adapt import kubernetes\n", encoding="utf-8")
    (root / "report" / "fmt.py").write_text("import scanner.units.results\n", encoding="utf-8")
    (root / "pipeline.py").write_text("from scanner.cli import run\n", encoding="utf-8")
    assert [violations(contract, root) for contract in CONTRACTS] == [
        ["scanner.check.kind imports scanner.adapt", "scanner.check.kind imports scanner.adapt.kubernetes"],
        ["scanner.report.fmt imports scanner.units.results"],
        ["scanner.pipeline imports scanner.cli", "scanner.pipeline imports scanner.cli.run"],
    ]


# What writes an entry of a cache (scanner/caches/store.py's EntryStore and the caches built on it).
CACHE_WRITES = frozenset({"put", "put_text", "put_beside", "prune", "save"})


def cache_writes(scope: str, root: Path = PACKAGE) -> list[str]:
    """Calls of a cache's writing methods in the modules of `scope`."""
    found = []
    for path in sorted(root.rglob("*.py")):
        name = module_name(path, root)
        if name == scope or name.startswith(f"{scope}."):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                if call and node.func.attr in CACHE_WRITES:  # type: ignore[attr-defined]
                    found.append(f"{name}:{node.lineno} calls .{node.func.attr}()")  # type: ignore[attr-defined]
    return found


def test_no_reporter_writes_a_cache() -> None:
    """A store may be handed to a reporter (SARIF descriptors); the store writes, not the reporter."""
    assert cache_writes("scanner.report") == []


def test_the_check_finds_a_planted_cache_write(tmp_path: Path) -> None:
    (tmp_path / "scanner" / "report").mkdir(parents=True)
    (tmp_path / "scanner" / "report" / "fmt.py").write_text("def f(store):\n    store.put('k', {})\n")
    assert cache_writes("scanner.report", tmp_path / "scanner") == ["scanner.report.fmt:2 calls .put()"]


def test_the_check_stage_loads_no_evaluator_or_adapter() -> None:
    """Transitively too: a module the checks use (the catalog, possible values, operators)
    that imported the evaluator or an adapter's reader would let checks evaluate again."""
    import subprocess
    import sys

    checks = sorted(module_name(p) for p in (PACKAGE / "check").glob("*.py"))
    code = (
        "import importlib, sys\n"
        f"for name in {checks!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('scanner.evaluate', 'scanner.adapt'))))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
