"""A rule's own examples (`rules/examples/<ID>/<folder>/`, named under `examples:` in
rules/rules/<ID>.yaml), run through the whole pipeline.

Each `tests/rules/test_<ID>.py` calls `example_cases(ID)` and `check_example`, so a rule's data,
its examples and its behaviour are tested in one place. The findings of the rule must be
exactly the marked lines: `# expect: <ID>` (or `// expect: <ID>`) at the end of a line asks
for one finding there, `# expect: <ID>, <ID>` for two; lines that cannot carry a comment
(JSON, a suppression comment) are listed in the example's `expect.txt` as `<file>:<line>: <ID>`.
Nothing more, nothing less: a missing, an extra or a misplaced finding fails.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from scanner.check.library import all_rules
from scanner.check.rule import EXPECT_FILE, Example
from tests.helpers import scan

RULE_IDS = r"[A-Z]+[0-9]+(?:\s*,\s*[A-Z]+[0-9]+)*"
MARKER = re.compile(rf"(?:#|//)\s*expect:\s*(?P<ids>{RULE_IDS})\s*$")
SIDECAR_LINE = re.compile(rf"^(?P<file>[^:]+):(?P<line>[0-9]+):\s*(?P<ids>{RULE_IDS})\s*$")

Places = Counter[tuple[str, int]]


def example_cases(rule_id: str) -> list[object]:
    rule = all_rules()[rule_id]
    cases = [
        pytest.param(kind, example, id=f"{kind}-{example.folder.removeprefix(kind + '-')}")
        for kind, examples in (("bad", rule.bad), ("good", rule.good))
        for example in examples
    ]
    assert rule.bad and rule.good, f"{rule_id} needs a bad and a good example"
    return cases


def check_example(tmp_path: Path, rule_id: str, kind: str, example: Example) -> None:
    check_folder(tmp_path, example.root, rule_id, kind, example.profiles)


def check_folder(tmp_path: Path, root: Path, rule_id: str, kind: str, profiles: tuple[str, ...] = ()) -> None:
    """Scan a copy of the example (the scan must not touch the shipped files) and compare
    the rule's findings, file and line, with the marked lines."""
    assert root.is_dir(), f"no example folder {root}"
    expected = expected_places(root, rule_id)
    if kind == "good":
        assert not expected, f"a good example marks no finding: {sorted(expected)}"
    else:
        assert expected, f"a bad example marks where its findings are: {root}"
    copy = shutil.copytree(root, tmp_path / "example")
    result = scan([copy], profiles=profiles or ("hds",))
    # A check that fails on an example (an attribute the assets step did not read) would
    # otherwise pass a good example by finding nothing.
    assert [n.message for n in result.notifications if n.message.startswith("internal error")] == []
    produced = [f for f in result.findings if f.rule_id == rule_id]
    found: Places = Counter((f.location.path, f.location.start_line) for f in produced)
    messages = {(f.location.path, f.location.start_line): f.message for f in produced}
    unexpected = {place: messages[place] for place in found - expected}
    missing = sorted(expected - found)
    problems = [f"findings on unmarked lines: {unexpected}"] if unexpected else []
    problems += [f"marked lines without their finding: {missing}"] if missing else []
    assert not problems, "; ".join(problems)


def expected_places(root: Path, rule_id: str) -> Places:
    """(file, line) → how many findings of the rule the example's markers ask for there."""
    places: Places = Counter()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        relative = path.relative_to(root).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        if relative == EXPECT_FILE:
            for text in lines:
                if text.strip() and not text.lstrip().startswith("#"):
                    match = SIDECAR_LINE.match(text.strip())
                    assert match, f"{EXPECT_FILE}: not <file>:<line>: <ID>: {text!r}"
                    target = root / match["file"]
                    assert target.is_file(), f"{EXPECT_FILE} names a file the example lacks: {match['file']}"
                    line = int(match["line"])
                    assert 1 <= line <= len(target.read_text(encoding="utf-8").splitlines()), text
                    _count(places, (match["file"], line), match["ids"], rule_id)
            continue
        for number, text in enumerate(lines, start=1):
            if "expect:" in text:
                match = MARKER.search(text)
                assert match, f"{relative}:{number}: malformed marker (write `# expect: <ID>`)"
                _count(places, (relative, number), match["ids"], rule_id)
    return places


def _count(places: Places, place: tuple[str, int], ids: str, rule_id: str) -> None:
    for named in (part.strip() for part in ids.split(",")):
        assert named == rule_id, f"{place}: a marker for {named} in an example of {rule_id}"
        places[place] += 1
