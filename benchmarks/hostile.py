"""Wall time and peak memory of the real command on hostile inputs; target ≤ 10 s, ≤ 500 MB.

Each case is scanned by `python -m scanner scan DIR --format json --no-cache` from this
checkout, under the launcher of `benchmarks/measure.py` (the command's own peak RSS, its CPU
time, and the sampled memory of its process group when it forks workers). The cases:

- every directory of `benchmarks/hostile/` (committed, each ≤ 1 MB): count and for_each
  bombs, module count × resource count, nested concat and shared nesting, string growth,
  nested `for`, references that fan out, modules that fan out and nest past the depth
  budget, and 10,000 literal resources in one module (target ≤ 5 s);
- the YAML alias bombs of `tests/hostile/`, and the nesting bombs of
  `tests/fuzz/measure_bombs.py` (10,000 levels of HCL, YAML and JSON), reused as they are.

    python benchmarks/hostile.py [--runs N] [--write]

`--write` replaces the hostile-input section of `benchmarks/RESULTS.md` (the main benchmark,
`run.py`, keeps that section when it rewrites the file). Exit status 1 if a case misses
its target or the command fails (exit 2 or a traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "tests" / "fuzz"))

from measure import Command, Sample, run_once  # noqa: E402
from measure_bombs import BOMBS, THROUGHPUT_ROWS  # noqa: E402
from report import HOSTILE_SECTION  # noqa: E402

MAX_SECONDS = 10.0
MAX_MB = 500.0
TARGETS = {"literal_10k": 5.0}  # seconds, where stricter than MAX_SECONDS
TIMEOUT = 120.0
RESULTS = HERE / "RESULTS.md"


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    what: str
    prepare: Callable[[Path], Path]  # writes the input under a scratch folder, returns what to scan


DESCRIPTIONS = {
    "count_bomb": "10 buckets × count = 1,000",
    "for_each_bomb": "for_each over maps of 10⁴, 10⁶ and 10⁸ keys built by nested for",
    "module_count": "module count = 1,000 × resource count = 1,000",
    "nested_concat": "13 levels of concat × 10; a list holding the previous one twice, 40 levels",
    "string_growth": "templates, format, join, replace and strrev that multiply a string",
    "for_bomb": "three nested for over 300 items (27 million iterations)",
    "reference_fanout": "60 resources, each naming the previous one's region twice",
    "module_fanout": "20 nested modules, each calling the next twice (2²⁰ instances), past the depth budget",
    "literal_10k": "10,000 literal buckets and 1,000 encryption configurations in one module",
}


def _committed(name: str) -> Callable[[Path], Path]:
    def prepare(scratch: Path) -> Path:
        return HERE / "hostile" / name

    return prepare


def _corpus_file(name: str) -> Callable[[Path], Path]:
    def prepare(scratch: Path) -> Path:
        shutil.copyfile(REPO / "tests" / "hostile" / name, scratch / name)
        return scratch

    return prepare


def _bomb(filename: str, make: Callable[[], str]) -> Callable[[Path], Path]:
    def prepare(scratch: Path) -> Path:
        (scratch / filename).write_text(make(), encoding="utf-8")
        return scratch

    return prepare


def cases() -> list[Case]:
    found = [
        Case(folder.name, DESCRIPTIONS.get(folder.name, ""), _committed(folder.name))
        for folder in sorted((HERE / "hostile").iterdir())
        if folder.is_dir()
    ]
    found += [
        Case(name, "YAML alias bomb, from tests/hostile/", _corpus_file(name))
        for name in ("alias_bomb.yaml", "alias_bomb_split.yaml")
    ]
    found += [
        Case(label, "nesting bomb, from tests/fuzz/measure_bombs.py", _bomb(filename, make))
        for label, (filename, make) in BOMBS.items()
        if filename and "alias" not in label and label not in THROUGHPUT_ROWS
    ]
    return found


@dataclass(frozen=True, slots=True)
class Row:
    case: Case
    bytes: int
    sample: Sample
    resources: int
    complete: bool
    notes: int
    ok: bool


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure_case(case: Case, runs: int) -> Row:
    samples = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "input"
        scratch.mkdir()
        target = case.prepare(scratch)
        out, err = Path(folder) / "out.json", Path(folder) / "err.txt"
        env = {**os.environ, "PYTHONPATH": str(REPO), "SOVSCAN_NO_CACHE": "1"}
        argv = [sys.executable, "-m", "scanner", "scan", str(target), "--format", "json", "--no-cache", "-o", str(out)]
        for _ in range(runs):
            samples.append(run_once(Command(argv, env, REPO, Path(folder) / "stdout", err), TIMEOUT))
        report = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
        failure = err.read_text(encoding="utf-8", errors="replace") if err.is_file() else ""
        size = _size(target)
    sample = max(samples, key=lambda s: s.wall)
    summary = report.get("summary", {})
    notes = sum(1 for n in report.get("notifications", []) if n.get("level") == "error")
    limit = TARGETS.get(case.name, MAX_SECONDS)
    peak = max(sample.rss_mib, sample.tree_rss_mib)
    crashed = sample.returncode not in (0, 1, 3) or "Traceback" in failure or not report
    ok = not crashed and not sample.timed_out and sample.wall <= limit and peak <= MAX_MB
    resources, complete = int(summary.get("resources", 0)), bool(summary.get("execution_successful"))
    return Row(case, size, sample, resources, complete, notes, ok)


def table(rows: list[Row]) -> list[str]:
    lines = [
        "| input | what | bytes | wall s | CPU s | peak MB | exit | resources | complete | error notes | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|",
    ]
    for row in rows:
        s = row.sample
        peak = max(s.rss_mib, s.tree_rss_mib)
        limit = TARGETS.get(row.case.name, MAX_SECONDS)
        verdict = "ok" if row.ok else "**missed**"
        lines.append(
            f"| `{row.case.name}` | {row.case.what} | {row.bytes:,} | {s.wall:.2f} | {s.cpu:.2f} | {peak:.0f} | "
            f"{s.returncode} | {row.resources:,} | {'yes' if row.complete else 'no'} | {row.notes} | "
            f"{verdict} (≤ {limit:g} s) |"
        )
    return lines


def section(rows: list[Row], runs: int) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        HOSTILE_SECTION,
        "## Hostile inputs",
        "",
        f"`python benchmarks/hostile.py --runs {runs} --write` on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average {load:.1f} when it finished (the machine is shared: "
        "wall time rises with the load, CPU time much less). The slowest run of each input; peak MB is the "
        "command's own peak RSS (or its process group's, when it forks workers); sovscan's bytecode is "
        "compiled beforehand, as in an installed package. Target: every input ≤ "
        f"{MAX_SECONDS:g} s and ≤ {MAX_MB:g} MB, 10,000 resources in one module ≤ 5 s.",
        "",
        "An input past an evaluation budget (`scanner/evaluate/budget.py`) exits 3 with `complete` no: "
        "the values past the budget are unknown and every budget reached is an error notification. "
        "Before the budgets (c396b93, issue 14): the count bomb took 80 s, 10,000 literal buckets 105 s, "
        "module count × resource count more than 2 GB, 13 nested concat 3.4 GB.",
        "",
        *table(rows),
        "",
    ]
    return "\n".join(lines)


def write_section(text: str) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else ""
    head = old[: old.index(HOSTILE_SECTION)] if HOSTILE_SECTION in old else old
    RESULTS.write_text(head.rstrip("\n") + "\n\n" + text, encoding="utf-8")


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=1, help="runs per input; the slowest is kept")
    options.add_argument("--write", action="store_true", help="write the section of benchmarks/RESULTS.md")
    options.add_argument("--only", default="", help="comma-separated input names")
    args = options.parse_args()
    wanted = {name for name in args.only.split(",") if name}
    # Warm the grammar cache so that no row pays for building the parser.
    subprocess.run([sys.executable, "-m", "scanner", "--version"], env={**os.environ, "PYTHONPATH": str(REPO)})
    # And compile the package's bytecode, which an installed sovscan has (pip compiles it):
    # with PYTHONDONTWRITEBYTECODE set, as in some shells, every run would compile it (0.3 s).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "scanner")], check=True)
    rows = []
    for case in cases():
        if wanted and case.name not in wanted:
            continue
        row = measure_case(case, args.runs)
        rows.append(row)
        print(table([row])[-1], flush=True)
    text = section(rows, args.runs)
    print("\n" + text)
    if args.write:
        write_section(text)
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
