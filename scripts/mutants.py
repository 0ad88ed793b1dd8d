"""Plant known bugs, one at a time, and see whether the fast test suite catches each.

    python scripts/mutants.py            # every mutant; prints the score
    python scripts/mutants.py --write    # and records it in scripts/mutants-score.md
    python scripts/mutants.py NAME…      # only these mutants
    python scripts/mutants.py --tests tests/rules tests/test_cli.py   # against these tests only

Each mutant is a hand-written, plausible bug (a typo'd rule key, an off-by-one day, a branch
removed) across the stages. A mutant "survives" when `pytest -m "not slow"` still passes with
it: a test is missing. The checkout is edited in place and restored after each run, so run it
on a clean tree (or a copy: `cp -r . /tmp/sovscan && python /tmp/sovscan/scripts/mutants.py`).
Not part of `.ci/run`: it runs the fast suite a dozen times.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]


class Mutant(NamedTuple):
    name: str
    stage: str
    path: str
    old: str
    new: str


MUTANTS = (
    Mutant(
        "rule-parameter-typo",
        "rules data",
        "rules/rules/KEY001.yaml",
        "          not_matches: '(^|:)alias/aws/'\n          computed_from: &aws_keys",
        "          not_matchs: '(^|:)alias/aws/'\n          computed_from: &aws_keys",
    ),
    Mutant(
        "suppression-expires-a-day-early",
        "suppress",
        "scanner/suppress/inline.py",
        "if until < today:",
        "if until <= today:",
    ),
    Mutant(
        "egr001-unverifiable-endpoint-passes",
        "check",
        "scanner/check/telemetry.py",
        "        if place is None or not place.known:\n",
        "        if False:\n",
    ),
    Mutant(
        "res001-multi-country-region-judged-by-its-first",
        "check",
        "scanner/check/region.py",
        "outside = [c for c in info.countries if c not in allowed]",
        "outside = [c for c in info.countries[:1] if c not in allowed]",
    ),
    Mutant(
        "res002-unknown-region-passes",
        "check",
        "scanner/check/region.py",
        "        if not value.known:\n            reason",
        "        if not value.known:\n            continue\n            reason",
    ),
    Mutant(
        "prv001-unknown-exposure-passes",
        "check",
        "scanner/check/operator.py",
        "elif operator.exposed is not False:",
        "elif operator.exposed is True:",
    ),
    Mutant(
        "unknown-check-kind-skipped",
        "check",
        "scanner/check/engine.py",
        "for rule in rules if rule.check not in PRODUCED_ELSEWHERE]",
        "for rule in rules if rule.check in CHECK_KINDS]",
    ),
    Mutant(
        "schema-ignores-unknown-keys",
        "rules data",
        "scanner/ruledata/schema.py",
        "            if name not in spec.fields:",
        "            if False:",
    ),
    Mutant(
        "attribute-default-ignored",
        "check",
        "scanner/check/attributes.py",
        'if not values and "default" in requirement:',
        'if False and "default" in requirement:',
    ),
    Mutant(
        "tfvars-precedence-reversed",
        "evaluate",
        "scanner/evaluate/module.py",
        'if name == "terraform.tfvars":\n        return (0, name)',
        'if name == "terraform.tfvars":\n        return (3, name)',
    ),
    Mutant(
        "terraform-working-folder-walked",
        "discover",
        "scanner/discover/walk.py",
        'SKIPPED_DIRS = frozenset({".git", ".terraform", "node_modules"})',
        'SKIPPED_DIRS = frozenset({".git", "node_modules"})',
    ),
    Mutant(
        "sarif-severity-not-banded",
        "report",
        "scanner/report/sarif.py",
        "    return min(max(float(rule.security_severity), low), high)",
        "    return float(rule.security_severity)",
    ),
    Mutant(
        "fingerprint-ignores-attribute",
        "report",
        "scanner/report/fingerprint.py",
        "        finding.address,\n        finding.attribute,\n",
        "        finding.address,\n",
    ),
)

FAST_SUITE = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-m", "not slow"]


def run(mutant: Mutant, tests: list[str]) -> tuple[bool, float]:
    """(killed, seconds): the fast suite fails with the mutant planted."""
    path = REPO / mutant.path
    original = path.read_bytes()
    text = original.decode("utf-8")
    if text.count(mutant.old) != 1:
        raise SystemExit(f"{mutant.name}: the text to mutate is not found once in {mutant.path} (update the list)")
    start = time.monotonic()
    try:
        path.write_text(text.replace(mutant.old, mutant.new), encoding="utf-8")
        command = [*FAST_SUITE, *tests]
        completed = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    finally:
        path.write_bytes(original)
    return completed.returncode != 0, time.monotonic() - start


def main(argv: list[str]) -> int:
    write = "--write" in argv
    cut = argv.index("--tests") if "--tests" in argv else len(argv)
    tests = argv[cut + 1 :]
    names = [a for a in argv[:cut] if not a.startswith("--")]
    chosen = [m for m in MUTANTS if not names or m.name in names]
    rows = []
    for mutant in chosen:
        killed, seconds = run(mutant, tests)
        rows.append((mutant, killed))
        print(f"{'killed  ' if killed else 'SURVIVED'} {mutant.stage:<10} {mutant.name} ({seconds:.0f} s)", flush=True)
    score = sum(killed for _, killed in rows)
    print(f"score: {score}/{len(rows)} mutants killed by the fast suite")
    if write and not names:
        suite = " ".join(['pytest -m "not slow"', *tests])
        lines = [
            "# Mutation score of the fast suite",
            "",
            "Written by `python scripts/mutants.py --write` (the mutants are listed in that script).",
            "",
            f"**{score}/{len(rows)}** mutants killed by `{suite}`.",
            "",
            "| mutant | stage | result |",
            "|---|---|---|",
            *(f"| {m.name} | {m.stage} | {'killed' if k else 'survived'} |" for m, k in rows),
            "",
        ]
        (REPO / "scripts" / "mutants-score.md").write_text("\n".join(lines), encoding="utf-8")
    return 0 if score == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
