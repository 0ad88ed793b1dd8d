"""A short Markdown summary for a pull-request or merge-request comment.

Counts by level (in the title), the ten most important unsuppressed findings as a table, the others and
the suppressed ones folded in `<details>`. The first line is an HTML comment a bot can
search for to update its previous comment instead of adding a new one.

Text from scanned files goes through `escape_markdown` or `markdown_code`, so a resource
named `[x](http://evil)` or `<img src=…>` shows as text. Output is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable

from scanner.model import Finding, Level, ScanResult
from scanner.report.escape import escape_markdown, markdown_code
from scanner.report.fingerprint import sorted_findings
from scanner.weakening import Weakening

MARKER = "<!-- sovscan-report -->"
TOP = 10
_LEVELS = (Level.ERROR, Level.WARNING, Level.NOTE)
_HEADER = "| level | rule | location | resource | message |\n|---|---|---|---|---|"


def render_markdown(result: ScanResult) -> str:
    findings = sorted_findings(result.findings)
    active = sorted((f for f in findings if f.suppression is None), key=lambda f: -Level(f.level).rank)
    suppressed = [f for f in findings if f.suppression is not None]
    parts = [MARKER, _title(active, suppressed), _scope(result)]
    if active:
        parts.append(_table(active[:TOP]))
    if len(active) > TOP:
        rest = len(active) - TOP
        parts.append(_folded(f"{_plural(rest, 'more finding')}", _table(active[TOP:])))
    if suppressed:
        parts.append(_folded(f"{_plural(len(suppressed), 'suppressed finding')}", _suppressed_table(suppressed)))
    if result.weakened:
        parts.append(_weakened(result))
    if not result.execution_successful:
        parts.append("**The scan did not complete**: some input could not be scanned; see the full report.")
    return "\n\n".join(parts) + "\n"


def _weakened(result: ScanResult) -> str:
    def item(w: Weakening) -> str:
        detail = f" {markdown_code(w.detail)}" if w.detail else ""
        return f"{markdown_code(w.setting)}{detail} ({markdown_code(w.source)})"

    parts = []
    applied = [item(w) for w in result.weakened if w.applied]
    refused = [item(w) for w in result.weakened if not w.applied]
    if applied:
        parts.append(f"**Weakened by**: {'; '.join(applied)}.")
    if refused:
        parts.append(f"**Not applied (from the scanned tree)**: {'; '.join(refused)}.")
    return " ".join(parts)


def _title(active: list[Finding], suppressed: list[Finding]) -> str:
    if not active:
        text = "no findings"
    else:
        text = ", ".join(_plural(sum(1 for f in active if f.level == level), level.value) for level in _LEVELS)
    if suppressed:
        text += f" ({len(suppressed)} suppressed)"
    return f"### sovscan: {text}"


def _scope(result: ScanResult) -> str:
    label = "profile" if len(result.profiles) == 1 else "profiles"
    profiles = ", ".join(markdown_code(p) for p in result.profiles) or "none"
    scanned = f"{_plural(result.files_scanned, 'file')}, {_plural(result.resources, 'resource')}"
    return f"Scanned {scanned} · {label} {profiles} · sovscan {result.tool_version}"


def _table(findings: Iterable[Finding]) -> str:
    return "\n".join([_HEADER, *(_row(f) for f in findings)])


def _suppressed_table(findings: Iterable[Finding]) -> str:
    header = "| rule | location | resource | justification |\n|---|---|---|---|"
    rows = []
    for f in findings:
        why = f.suppression.justification if f.suppression else ""
        kind = f.suppression.kind if f.suppression else ""
        rows.append(f"| {_cell(f.rule_id)} | {_where(f)} | {_code(f.address)} | {kind}: {_cell(why)} |")
    return "\n".join([header, *rows])


def _row(f: Finding) -> str:
    level = Level(f.level).value
    return f"| {level} | {_cell(f.rule_id)} | {_where(f)} | {_code(f.address)} | {_cell(f.message)} |"


def _where(f: Finding) -> str:
    return _code(f"{f.location.path}:{f.location.start_line}")


def _code(text: str) -> str:
    # In a GFM table a pipe ends the cell even inside a code span, unless escaped.
    return markdown_code(text).replace("|", "\\|") if text else ""


def _cell(text: str) -> str:
    return escape_markdown(text)


def _folded(summary: str, body: str) -> str:
    return f"<details><summary>{summary}</summary>\n\n{body}\n\n</details>"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
