"""Every sourced fact of `rules/` with the date it was last read, and those older than a
horizon: what to re-check before a release. A warning list, never a verdict — time alone
must not turn a CI run red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from scanner.ruledata.bundle import load_yaml, rules_dir


class Fact(NamedTuple):
    where: str  # file and key, e.g. "catalog/operators.yaml operators.scaleway HDS"
    sources: tuple[dict[str, Any], ...]

    @property
    def retrieved(self) -> dt.date | None:
        """The newest date one of its sources was read (None: no dated source)."""
        dates = [_date(s.get("retrieved")) for s in self.sources if isinstance(s, dict)]
        known = [d for d in dates if d is not None]
        return max(known) if known else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _sources(entry: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    return tuple(entry.get("sources") or ())


def sourced_facts(base: Path | None = None) -> Iterator[Fact]:
    """Qualifications, region lists, country zones, endpoint and registry entries."""
    catalog = (base or rules_dir()) / "catalog"
    for path in sorted((catalog / "regions").glob("*.yaml")):
        yield Fact(f"catalog/regions/{path.name}", _sources(load_yaml(path)))
    zones = load_yaml(catalog / "countries.yaml").get("zones") or {}
    for name, zone in zones.items():
        yield Fact(f"catalog/countries.yaml zones.{name}", _sources(zone))
    operators = load_yaml(catalog / "operators.yaml").get("operators") or {}
    for key, entry in operators.items():
        for item in entry.get("qualifications") or ():
            yield Fact(f"catalog/operators.yaml operators.{key} {item.get('name')}", _sources(item))
    services = load_yaml(catalog / "endpoints.yaml").get("services") or {}
    for key, entry in services.items():
        yield Fact(f"catalog/endpoints.yaml services.{key}", _sources(entry))
    for entry in load_yaml(catalog / "registries.yaml").get("registries") or ():
        yield Fact(f"catalog/registries.yaml {entry.get('name')}", _sources(entry))
    yield Fact("catalog/roles.yaml", _sources(load_yaml(catalog / "roles.yaml")))


def months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def stale_facts(as_of: dt.date, horizon_months: int) -> list[tuple[Fact, dt.date | None]]:
    """Facts last read before the horizon (or never dated), oldest first."""
    limit = months_before(as_of, horizon_months)
    found = [(fact, fact.retrieved) for fact in sourced_facts()]
    stale = [(fact, day) for fact, day in found if day is None or day < limit]
    return sorted(stale, key=lambda item: (item[1] or dt.date.min, item[0].where))


def render_stale(as_of: dt.date, horizon_months: int) -> str:
    stale = stale_facts(as_of, horizon_months)
    if not stale:
        return f"No fact older than {horizon_months} months (as of {as_of.isoformat()}).\n"
    lines = [
        f"warning: {len(stale)} facts were last read more than {horizon_months} months before {as_of.isoformat()}:"
    ]
    for fact, day in stale:
        lines.append(f"  {day.isoformat() if day else 'undated':<10}  {fact.where}")
    lines.append("Re-read their sources, then update the facts and rules/catalog/CHANGELOG.md.")
    return "\n".join(lines) + "\n"
