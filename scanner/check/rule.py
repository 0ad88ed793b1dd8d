"""A rule as the engine and the reporters see it, read from `rules/rules/*.yaml`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from scanner.model import Level


class Reference(NamedTuple):
    title: str
    url: str = ""
    clause: str = ""


@dataclass(frozen=True, slots=True)
class Example:
    """Files (name → text) that must, or must not, produce the rule."""

    name: str
    files: dict[str, str]
    profiles: tuple[str, ...] = ()
    count: int | None = None


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
