"""A single-file HTML report: posture charts, a filterable findings table, the rules.

Everything is inline (CSS, SVG charts, a small script) and a Content-Security-Policy
forbids every fetch, so the file can be mailed or archived as a CI artifact and opened
anywhere. Without JavaScript the full table shows; with it, the filters work, and a URL
fragment such as `report.html#rule=RES001&level=error` opens a filtered view.

Text from scanned files (paths, addresses, messages, labels, justifications) goes
through `terminal_safe`, so bidi overrides and control characters show as visible
escapes, then through Jinja's autoescape. The script and the style sheet are allowed by
their hashes, not by 'unsafe-inline': markup that slipped through could not run anyway.

Facts per finding are read from `finding.properties` when the rule recorded them:
`provider`, `region`, `country` or `countries`. The zone charts count every placed
resource (`ScanResult.placements`) against each active profile's zone; a finding's row
shows its countries, not a zone name (a US region is in no profile's zone, whatever the
widest zone its country belongs to).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner.config.weakening import as_dict
from scanner.model import Finding, Level, ScanResult
from scanner.report.escape import terminal_safe
from scanner.report.fingerprint import fingerprint, sorted_findings

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).resolve().parent / "templates"
_LEVELS = (Level.ERROR, Level.WARNING, Level.NOTE)
_UNKNOWN = "unknown"

# Chart geometry, in CSS pixels.
_LABEL_WIDTH = 180
_BAR_WIDTH = 320
_ROW_HEIGHT = 24


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: int
    width: int
    y: int
    css: str
    title: str


@dataclass(frozen=True, slots=True)
class Chart:
    ident: str
    title: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    bar_x: int = _LABEL_WIDTH


@dataclass(frozen=True, slots=True)
class ProfileZone:
    """A profile's allowed zone, for the zone chart: its label and its countries."""

    profile: str
    label: str
    countries: frozenset[str]


def render_html(
    result: ScanResult,
    catalog_dates: dict[str, str] | None = None,
    fail_on: str = "error",
    *,
    zones: Iterable[ProfileZone] = (),
    scan_date: str = "",
    commit: str = "",
) -> str:
    """`zones`: each active profile's zone (the zone charts); `scan_date` and `commit` go
    in the verdict banner, and are left out when empty."""
    from markupsafe import Markup

    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    template = _environment().get_template("report.html.j2")
    context = _context(result, catalog_dates or {})
    context["charts"] = [*context["charts"], *_zone_charts(result, tuple(zones))]
    return template.render(
        **context,
        verdict={**_verdict(result, fail_on), "scan_date": scan_date, "commit": commit},
        css=Markup(css),
        script=Markup(script),
        csp=_csp(css, script),
    )


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inline_code"] = _inline_code
    return env


def _csp(css: str, script: str) -> str:
    return (
        "default-src 'none'; "
        f"style-src '{_sha256(css)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _inline_code(text: str) -> Any:
    """Rule text (trusted data) with `backtick` spans as <code>; everything else escaped."""
    from markupsafe import Markup, escape

    parts = str(text).split("`")
    if len(parts) % 2 == 0:  # an unmatched backtick: show the text as it is
        return escape(text)
    return Markup("").join(escape(p) if i % 2 == 0 else Markup("<code>%s</code>") % p for i, p in enumerate(parts))


# --- the view model ----------------------------------------------------------------


_RANK = {"note": 1, "warning": 2, "error": 3, "never": 99}


def _verdict(result: ScanResult, fail_on: str) -> dict[str, str]:
    """What the gate decided at --fail-on, as the exit code does: incomplete beats failed."""
    threshold = _RANK.get(fail_on, 3)
    failing = sum(1 for f in result.findings if f.suppression is None and Level(f.level).rank >= threshold)
    if result.incomplete:
        state, text = "incomplete", "Incomplete: part of the scan was not evaluated"
    elif not result.execution_successful and fail_on != "never":
        state, text = "fail", "Fail: some files could not be read or parsed (PARSE001)"
    elif failing:
        state, text = "fail", f"Fail: {failing} open finding{'s' if failing != 1 else ''} at or above {fail_on}"
    else:
        state, text = "pass", f"Pass: no open finding at or above {fail_on}"
    return {"state": state, "text": text, "fail_on": fail_on}


def _report_order(finding: Finding) -> tuple[object, ...]:
    """The most important first: level, then rule, then path and line."""
    loc = finding.location
    return (-Level(finding.level).rank, finding.rule_id, loc.path, loc.start_line, finding.address)


def _context(result: ScanResult, catalog_dates: dict[str, str]) -> dict[str, Any]:
    findings = sorted(sorted_findings(result.findings), key=_report_order)
    rules = {rule.id: rule for rule in result.rules}
    rows = [_row(f, rules.get(f.rule_id)) for f in findings]
    active = [f for f in findings if f.suppression is None]
    return {
        "result": result,
        "root": terminal_safe(result.root),
        "rows": rows,
        "rules": [_rule(rule) for rule in sorted(result.rules, key=lambda r: r.id)],
        "counts": _counts(findings),
        "charts": _charts(findings, active, result.rules),
        "filters": _filters(rows),
        "catalog_dates": sorted(catalog_dates.items()),
        "notifications": [_notification(n) for n in result.notifications],
        "weakened": [
            {
                **as_dict(w),
                "setting": terminal_safe(w.setting),
                "detail": terminal_safe(w.detail),
                "source": terminal_safe(w.source),
            }
            for w in result.weakened
        ],
    }


def _row(finding: Finding, rule: Any) -> dict[str, Any]:
    loc = finding.location
    suppression = finding.suppression
    return {
        "id": fingerprint(finding),
        "level": Level(finding.level).value,
        "rule": terminal_safe(finding.rule_id),
        "rule_title": rule.title if rule is not None else "",
        "path": terminal_safe(loc.path),
        "where": terminal_safe(f"{loc.path}:{loc.start_line}"),
        "address": terminal_safe(finding.address),
        "message": terminal_safe(finding.message),
        "provider": terminal_safe(_provider(finding)),
        "region": terminal_safe(finding.properties.get("region", "")),
        "countries": terminal_safe(", ".join(_countries(finding))),
        "chain": [
            (terminal_safe(step.label), terminal_safe(f"{step.location.path}:{step.location.start_line}"))
            for step in finding.related
        ],
        "remediation": rule.remediation.strip() if rule is not None else "",
        "state": "open" if suppression is None else "suppressed",
        "suppression_kind": suppression.kind if suppression else "",
        "justification": terminal_safe(suppression.justification) if suppression else "",
        **_qualification_record(finding.properties.get("qualification_record")),
    }


def _qualification_record(record: Any) -> dict[str, Any]:
    """The catalog record a PRV002 verdict rests on: status, scope, version, date, sources."""
    if not isinstance(record, dict):
        return {"record": [], "record_sources": []}
    scope = record.get("scope") if isinstance(record.get("scope"), dict) else {}
    regions = scope.get("regions", "")
    fields = [
        ("Qualification", record.get("name", "")),
        ("Status", record.get("status", "")),
        (
            "Scope",
            scope.get("verified_scope") or (", ".join(map(str, regions)) if isinstance(regions, list) else regions),
        ),
        ("Version", record.get("version", "")),
        ("Certificate date", record.get("certificate_date", "")),
    ]
    if scope.get("conditions"):
        fields.append(("Provided that", scope["conditions"]))
    sources = []
    for source in record.get("sources") or ():
        if not isinstance(source, dict):
            continue
        url = str(source.get("url", ""))
        sources.append(
            (
                terminal_safe(str(source.get("title", ""))),
                url if url.startswith(("https://", "http://")) else "",
                terminal_safe(str(source.get("retrieved", ""))),
            )
        )
    return {
        "record": [(label, terminal_safe(str(value))) for label, value in fields if value],
        "record_sources": sources,
    }


def _provider(finding: Finding) -> str:
    return str(finding.properties.get("provider") or _UNKNOWN)


def _countries(finding: Finding) -> list[str]:
    props = finding.properties
    value = props.get("countries", props.get("country", ()))
    if isinstance(value, str):
        return [value] if value else []
    # A merged SARIF log comes from another job or tool: its properties may hold anything.
    if not isinstance(value, (list, tuple)):
        return []
    return sorted(str(c) for c in value)


def _rule(rule: Any) -> dict[str, Any]:
    references = [
        {"title": ref.title, "clause": ref.clause, "url": ref.url if _is_web(ref.url) else ""}
        for ref in getattr(rule, "references", ())
    ]
    help_uri = getattr(rule, "help_uri", "")
    return {
        "id": rule.id,
        "title": rule.title,
        "level": Level(rule.level).value,
        "description": rule.description.strip(),
        "rationale": rule.rationale.strip(),
        "remediation": rule.remediation.strip(),
        "references": references,
        "help_uri": help_uri if _is_web(help_uri) else "",
    }


def _is_web(url: str) -> bool:
    return url.startswith(("https://", "http://"))


def _counts(findings: list[Finding]) -> dict[str, int]:
    counts = {level.value: 0 for level in _LEVELS}
    for finding in findings:
        if finding.suppression is None:
            counts[Level(finding.level).value] += 1
    counts["suppressed"] = sum(1 for f in findings if f.suppression is not None)
    counts["total"] = len(findings)
    return counts


def _notification(n: Any) -> dict[str, Any]:
    where = terminal_safe(f"{n.path}:{n.line}" if n.line else n.path) if n.path else ""
    return {"level": Level(n.level).value, "where": where, "message": terminal_safe(n.message), "rule": n.rule_id or ""}


def _filters(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    def values(key: str) -> list[str]:
        return sorted({row[key] for row in rows})

    levels = {row["level"] for row in rows}
    return {
        "rule": values("rule"),
        "level": [level.value for level in _LEVELS if level.value in levels],
        "provider": values("provider"),
        "file": values("path"),
        "state": [state for state in ("open", "suppressed") if any(row["state"] == state for row in rows)],
    }


# --- charts ------------------------------------------------------------------------


def _charts(findings: list[Finding], active: list[Finding], rules: Iterable[Any]) -> list[Chart]:
    charts = [_level_chart(findings, active), _rule_chart(active, rules)]
    providers = _resources_by(active, lambda f: [_provider(f)])
    if set(providers) - {_UNKNOWN}:
        charts.append(_chart("chart-provider", "Resources with open findings, by provider", providers))
    countries = _resources_by(active, _countries)
    if countries:
        charts.append(_chart("chart-country", "Resources with open findings, by country", countries))
    return charts


def _zone_charts(result: ScanResult, zones: tuple[ProfileZone, ...]) -> list[Chart]:
    """Per active profile, every placed resource of the scan: in its zone, outside it, or
    unknown, with the countries (ScanResult.placements)."""
    charts = []
    for zone in zones:
        counts: Counter[str] = Counter()
        for countries_text, count in result.placements.items():
            countries = [c for c in countries_text.split(",") if c]
            outside = [c for c in countries if c not in zone.countries]
            if not countries:
                label = "unknown"
            elif outside:
                label = f"outside: {', '.join(outside)}"
            else:
                label = f"in zone: {', '.join(countries)}"
            counts[label] += count
        if not counts:
            continue
        ordered = sorted(counts.items(), key=lambda kv: (_PLACE_ORDER.index(kv[0].split(":")[0]), -kv[1], kv[0]))
        entries = [(label, value, _PLACE_CSS[label.split(":")[0]], label) for label, value in ordered]
        ident = "chart-zone-" + re.sub(r"[^a-z0-9-]", "-", zone.profile.lower())
        title = f"Resources in or outside the {zone.label} (profile {zone.profile})"
        charts.append(_chart_of(ident, title, entries))
    return charts


_PLACE_ORDER = ("outside", "unknown", "in zone")
_PLACE_CSS = {"outside": "bar-error", "unknown": "bar-warning", "in zone": "bar-neutral"}


def _level_chart(findings: list[Finding], active: list[Finding]) -> Chart:
    by_level = Counter(Level(f.level).value for f in active)
    entries = [(level.value, by_level[level.value], f"bar-{level.value}", level.value) for level in _LEVELS]
    suppressed = len(findings) - len(active)
    entries.append(("suppressed", suppressed, "bar-suppressed", "suppressed, any level"))
    return _chart_of("chart-level", "Open findings by level", entries)


def _rule_chart(active: list[Finding], rules: Iterable[Any]) -> Chart:
    known = {rule.id: rule for rule in rules}
    by_rule = Counter(f.rule_id for f in active)
    entries = []
    for rule_id in sorted(set(known) | set(by_rule)):
        rule = known.get(rule_id)
        css = f"bar-{Level(rule.level).value}" if rule is not None else "bar-neutral"
        title = rule.title if rule is not None and rule.title else rule_id
        entries.append((terminal_safe(rule_id), by_rule[rule_id], css, title))
    return _chart_of("chart-rule", "Open findings by rule", entries)


def _resources_by(findings: list[Finding], keys: Any) -> dict[str, int]:
    """Resource instances per key: the same address in two files (or two root modules) is
    two resources, as 49 copies of one tree are 49 times its resources."""
    seen: dict[str, set[tuple[str, str, str]]] = {}
    for finding in findings:
        instance = (finding.location.path, finding.root, finding.address or finding.location.path)
        for key in keys(finding):
            seen.setdefault(terminal_safe(key), set()).add(instance)
    return {key: len(resources) for key, resources in seen.items()}


def _chart(ident: str, title: str, counts: dict[str, int]) -> Chart:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return _chart_of(ident, title, [(label, value, "bar-neutral", label) for label, value in ordered])


def _chart_of(ident: str, title: str, entries: list[tuple[str, int, str, str]]) -> Chart:
    top = max((value for _, value, _, _ in entries), default=0) or 1
    bars = tuple(
        Bar(label, value, round(_BAR_WIDTH * value / top), 4 + i * _ROW_HEIGHT, css, tip)
        for i, (label, value, css, tip) in enumerate(entries)
    )
    return Chart(ident, title, bars, _LABEL_WIDTH + _BAR_WIDTH + 60, 8 + len(bars) * _ROW_HEIGHT)
