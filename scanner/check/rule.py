"""A rule as the engine and the reporters see it, read from `rules/rules/*.yaml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from scanner.model import Level
from scanner.ruledata.bundle import rules_dir

# Beside an example's files: the expected findings of lines that cannot carry a comment marker.
EXPECT_FILE = "expect.txt"


class Reference(NamedTuple):
    title: str
    url: str = ""
    clause: str = ""


@dataclass(frozen=True, slots=True)
class Example:
    """A folder of real files, `rules/examples/<rule id>/<folder>/`, that must (a `bad-`
    folder) or must not (a `good-` folder) produce the rule. In a bad example every line a
    finding must point at carries `# expect: <ID>` (CONTRIBUTING.md, "A rule")."""

    name: str
    rule_id: str
    folder: str
    profiles: tuple[str, ...] = ()

    @property
    def root(self) -> Path:
        return rules_dir() / "examples" / self.rule_id / self.folder

    @property
    def files(self) -> dict[str, str]:
        """The example's files (relative POSIX path → text, sorted by path), without its
        `expect.txt`; read when asked (explain, docs, tests), never on a scan."""
        root = self.root
        found = sorted(p for p in root.rglob("*") if p.is_file() and p.name != EXPECT_FILE)
        return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in found}


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    title: str
    level: Level
    security_severity: float
    description: str
    rationale: str
    remediation: str
    check: str
    params: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    references: tuple[Reference, ...] = ()
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()

    @property
    def help_uri(self) -> str:
        return f"https://github.com/sovscan/sovscan/blob/main/rules/rules/{self.id}.yaml"
