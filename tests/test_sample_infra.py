"""sample_infra/ is the demo: each `# expect:` marker must be met, and nothing else reported."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import REPO, run_sovscan, scan

SAMPLE = REPO / "sample_infra"
MARKER = re.compile(r"^\s*#\s*expect:\s*(?P<rules>[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*)(?P<suppressed>\s+suppressed)?")


def _expected() -> set[tuple[str, int, str, bool]]:
    expected = set()
    for path in sorted(SAMPLE.rglob("*")):
        if path.suffix not in (".tf", ".yaml", ".yml", ".tfvars", ".json"):
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, line in enumerate(lines, start=1):
            match = MARKER.match(line)
            if not match:
                continue
            target = number + 1
            # Suppression findings sit on the comment itself, right below their marker.
            if not match.group("rules").startswith("SUP"):
                while lines[target - 1].lstrip().startswith("#"):
                    target += 1
            rel = path.relative_to(SAMPLE).as_posix()
            for rule in match.group("rules").split(","):
                expected.add((rel, target, rule.strip(), bool(match.group("suppressed"))))
    return expected


def test_every_marker_is_met_and_nothing_else() -> None:
    result = scan([SAMPLE])
    produced = {(f.location.path, f.location.start_line, f.rule_id, f.suppression is not None) for f in result.findings}
    expected = _expected()
    assert expected, "sample_infra has no markers"
    assert produced == expected


def test_demo_shows_findings_and_exits_1(tmp_path: Path) -> None:
    out = tmp_path / "out.sarif"
    completed = run_sovscan("scan", "sample_infra", "--format", "sarif", "-o", str(out))
    assert completed.returncode == 1, completed.stderr
    assert '"ruleId": "RES001"' in out.read_text(encoding="utf-8")


def test_compliant_subtree_exits_0() -> None:
    completed = run_sovscan("scan", "sample_infra/compliant")
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "No findings" in completed.stdout or "0 errors" in completed.stdout
