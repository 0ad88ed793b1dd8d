"""Wall time and peak memory of the real command on the bombs: alias expansion and deep nesting.

Each bomb is written to its own directory next to a small canary file and scanned by
`python -m scanner scan DIR --format json` in a child process; its peak memory is that
child's own maximum resident set size, from `os.wait4`. A baseline row scans the canary
alone: the interpreter, PyYAML, Lark and the grammar take their share of every row.

    python tests/fuzz/measure_bombs.py [--runs N]

Exit status 1 if a bomb misses a target: 2 s, 200 MB. Rows marked (info) measure the HCL
parser's throughput on long, flat operator chains and do not count.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MAX_SECONDS = 2.0
MAX_MB = 200.0
DEPTH = 10_000
CANARY = 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_s3_bucket" "canary" {}\n'


def billion_laughs() -> str:
    lines = ['lol0: &lol0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: laughs\ndata:\n" + "".join(f"  {x}\n" for x in lines)


def alias_bomb_split() -> str:
    """Documents each just under the bound, whose sum is over it (the budget is per stream)."""
    lines = ["l0: &l0 [a, a, a, a, a, a, a, a, a, a]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 5)]
    document = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: part\ndata:\n" + "".join(f"  {x}\n" for x in lines)
    return "---\n".join([document] * 20)


def alias_bomb_under_limit() -> str:
    """The largest expansion the loader accepts: 10^5 nodes re-used through aliases, 9 times."""
    lines = ["l0: &l0 [a, a, a, a, a, a, a, a, a, a]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 5)]
    lines.append("all: [" + ", ".join(["*l4"] * 9) + "]")
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n" + "".join(f"  {x}\n" for x in lines)


BOMBS: dict[str, tuple[str, Callable[[], str]]] = {
    "baseline (canary only)": ("", lambda: ""),
    "YAML alias bomb (9^9)": ("bomb.yaml", billion_laughs),
    "YAML alias bomb split over 20 docs": ("split.yaml", alias_bomb_split),
    "YAML aliases just under the bound": ("under.yaml", alias_bomb_under_limit),
    "YAML flow [ x10,000": ("deep.yaml", lambda: "apiVersion: v1\nkind: X\ndata: " + "[" * DEPTH + "]" * DEPTH + "\n"),
    "YAML flow {a: x10,000": (
        "deep.yaml",
        lambda: "apiVersion: v1\nkind: X\ndata: " + "{a: " * DEPTH + "b" + "}" * DEPTH + "\n",
    ),
    "YAML block '- ' x10,000": ("deep.yaml", lambda: "apiVersion: v1\nkind: X\ndata:\n" + "- " * DEPTH + "x\n"),
    "HCL [ x10,000": ("deep.tf", lambda: "locals {\n  x = " + "[" * DEPTH + "]" * DEPTH + "\n}\n"),
    "HCL ( x10,000": ("deep.tf", lambda: "locals {\n  x = " + "(" * DEPTH + "1" + ")" * DEPTH + "\n}\n"),
    "HCL { x10,000 (objects)": ("deep.tf", lambda: "locals {\n  x = " + "{a = " * DEPTH + "1" + "}" * DEPTH + "\n}\n"),
    "HCL blocks x10,000": ("deep.tf", lambda: 'resource "a" "b" {\n' + "c {\n" * DEPTH + "}\n" * DEPTH + "}\n"),
    # Not nesting the loaders can bound before parsing (no bracket nests): these measure the
    # HCL parser's throughput on long operator chains. Shown, but not part of the exit status.
    "HCL a[0] x10,000 (no brackets nest)": ("deep.tf", lambda: "locals {\n  x = a" + "[0]" * DEPTH + "\n}\n"),
    "HCL 1 + 1 ... x10,000 (operators)": ("deep.tf", lambda: "locals {\n  x = " + " + ".join(["1"] * DEPTH) + "\n}\n"),
    "Terraform JSON [ x10,000": ("deep.tf.json", lambda: '{"locals": {"x": ' + "[" * DEPTH + "]" * DEPTH + "}}\n"),
}


THROUGHPUT_ROWS = frozenset({"HCL a[0] x10,000 (no brackets nest)", "HCL 1 + 1 ... x10,000 (operators)"})


def measure(name: str, filename: str, content: str) -> tuple[float, float, int]:
    """Seconds, peak MB (the child's own maximum resident set size, from wait4) and input bytes."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "tree"
        root.mkdir()
        (root / "canary.tf").write_text(CANARY, encoding="utf-8")
        if filename:
            (root / filename).write_text(content, encoding="utf-8")
        out_path, err_path = Path(folder) / "out.json", Path(folder) / "err.txt"
        env = {**os.environ, "PYTHONPATH": str(REPO), "SOVSCAN_NO_CACHE": "1"}
        command = [sys.executable, "-m", "scanner", "scan", str(root), "--format", "json", "--no-cache"]
        with out_path.open("wb") as out, err_path.open("wb") as err:
            start = time.perf_counter()
            child = subprocess.Popen(command, stdout=out, stderr=err, env=env)
            _, status, usage = os.wait4(child.pid, 0)
            elapsed = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)
        code = child.returncode
        output, errors = out_path.read_text(encoding="utf-8"), err_path.read_text(encoding="utf-8")
    if code not in (0, 1):
        raise SystemExit(f"{name}: exit {code}\n{errors[-2000:]}")
    findings = json.loads(output)["findings"]
    if not any(f["path"] == "canary.tf" for f in findings):
        raise SystemExit(f"{name}: the canary's finding is missing")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return elapsed, usage.ru_maxrss * scale / (1024 * 1024), len(content.encode("utf-8"))


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=1, help="runs per bomb; the slowest is shown")
    args = options.parse_args()
    # Warm the grammar cache so that no row pays for building the parser.
    subprocess.run([sys.executable, "-m", "scanner", "--version"], env={**os.environ, "PYTHONPATH": str(REPO)})
    measure("warm-up", "x.tf", "locals {}\n")
    rows = []
    failed = False
    for name, (filename, make) in BOMBS.items():
        content = make()
        results = [measure(name, filename, content) for _ in range(args.runs)]
        seconds = max(r[0] for r in results)
        peak = max(r[1] for r in results)
        ok = seconds < MAX_SECONDS and peak < MAX_MB
        informational = name in THROUGHPUT_ROWS or not filename
        failed |= not ok and not informational
        verdict = ("ok" if ok else "OVER") + (" (info)" if informational and filename else "")
        rows.append((name, results[0][2], seconds, peak, verdict))
    width = max(len(r[0]) for r in rows)
    target = f"target <{MAX_SECONDS:g} s, <{MAX_MB:g} MB"
    print(f"{'input':<{width}}  {'bytes':>9}  {'seconds':>7}  {'peak MB':>8}  {target}")
    for name, size, seconds, peak, verdict in rows:
        print(f"{name:<{width}}  {size:>9,}  {seconds:>7.2f}  {peak:>8.1f}  {verdict}")
    print("\nThe baseline row is the interpreter, the libraries and the canary alone.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
