"""Regenerate tests/data/terraform-console-reference.json: the values `terraform console` gives the evaluation
fixtures' expressions (tests/tools/console_expressions.py), so that tests/test_terraform_console_reference.py checks
sovscan's evaluator against Terraform in CI, where terraform is not installed.

Each expression becomes a local of a scratch configuration with no provider (nothing is downloaded) and is read
back as `base64encode(jsonencode(local.eN))` (base64, so that the console's own string quoting never alters the
JSON); a value Terraform leaves unknown is recorded as such. A batch in which any expression fails is split
until the failing expression stands alone: its entry records Terraform's error summary instead of a value. An
expression `terraform fmt` rejects is recorded as a syntax error (the parse differential,
tests/test_hcl_terraform_accepts.py, covers those).

    python tests/tools/terraform_console_reference.py          # needs `terraform` on PATH
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.tools.console_expressions import all_expressions  # noqa: E402

REFERENCE = REPO / "tests" / "data" / "terraform-console-reference.json"
BATCH = 64
ENVIRONMENT = {**os.environ, "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1", "TF_CLI_CONFIG_FILE": os.devnull}
ERROR_SUMMARY = re.compile(r"Error: (.+)")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# What the console prints for a value Terraform itself leaves unknown (`format("%s", null)`).
UNKNOWN = "(known after apply)"


def _accepted_by_fmt(terraform: str, expression: str) -> bool:
    source = f"x = {expression}\n".encode()
    result = subprocess.run([terraform, "fmt", "-"], input=source, capture_output=True, timeout=60, check=False)
    return result.returncode == 0


def _console(terraform: str, expressions: list[str], workdir: Path) -> list[object] | str:
    """The values of a batch, or Terraform's first error summary when any of them fails."""
    locals_block = "".join(f"  e{i} = {expression}\n" for i, expression in enumerate(expressions))
    (workdir / "main.tf").write_text(f"locals {{\n{locals_block}}}\n", encoding="utf-8")
    program = "".join(f"base64encode(jsonencode(local.e{i}))\n" for i in range(len(expressions)))
    completed = subprocess.run(
        [terraform, "console"], input=program, cwd=workdir, capture_output=True, text=True, timeout=120, env=ENVIRONMENT
    )
    # A failing local is reported on stderr while the console still exits 0 (its value reads "known after apply").
    found = ERROR_SUMMARY.search(ANSI.sub("", completed.stderr))
    if found or completed.returncode != 0:
        return found.group(1).strip() if found else "terraform console failed"
    lines = [line for line in ANSI.sub("", completed.stdout).splitlines() if line.startswith(('"', UNKNOWN))]
    if len(lines) != len(expressions):
        return f"terraform console printed {len(lines)} values for {len(expressions)} expressions"
    return [UNKNOWN if line == UNKNOWN else json.loads(base64.b64decode(json.loads(line))) for line in lines]


def _evaluate(terraform: str, expressions: list[str], workdir: Path) -> list[dict[str, object]]:
    """One entry per expression: {"value": …} or {"error": summary}, splitting failed batches."""
    outcome = _console(terraform, expressions, workdir)
    if isinstance(outcome, list):
        return [{"terraform_unknown": True} if value == UNKNOWN else {"value": value} for value in outcome]
    if len(expressions) == 1:
        return [{"error": outcome}]
    middle = len(expressions) // 2
    return _evaluate(terraform, expressions[:middle], workdir) + _evaluate(terraform, expressions[middle:], workdir)


def build(terraform: str) -> dict[str, dict[str, object]]:
    sources = all_expressions()
    entries: dict[str, dict[str, object]] = {}
    parsed = []
    for expression in sources:
        if _accepted_by_fmt(terraform, expression):
            parsed.append(expression)
        else:
            entries[expression] = {"syntax_error": True}
    with tempfile.TemporaryDirectory() as scratch:
        for start in range(0, len(parsed), BATCH):
            batch = parsed[start : start + BATCH]
            for expression, entry in zip(batch, _evaluate(terraform, batch, Path(scratch)), strict=True):
                entries[expression] = entry
    return {expression: {**entries[expression], "sources": sources[expression]} for expression in sorted(entries)}


def main() -> int:
    terraform = shutil.which("terraform")
    if terraform is None:
        print("terraform is not on PATH: the reference cannot be regenerated here", file=sys.stderr)
        return 2
    version = subprocess.run([terraform, "version", "-json"], capture_output=True, text=True, check=False)
    expressions = build(terraform)
    document = {
        "terraform": json.loads(version.stdout).get("terraform_version", "unknown"),
        "expressions": expressions,
    }
    REFERENCE.write_text(json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    errors = sum("error" in entry for entry in expressions.values())
    syntax = sum("syntax_error" in entry for entry in expressions.values())
    print(
        f"{REFERENCE.relative_to(REPO)}: {len(expressions)} expressions, {errors} Terraform errors, {syntax} unparsed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
