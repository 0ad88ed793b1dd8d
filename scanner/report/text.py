"""Human-readable terminal output: findings grouped by file, then notifications, then a summary.

Every piece of text that came from a scanned file (paths, addresses, messages, labels,
justifications) goes through `terminal_safe`, coloured or not.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from scanner.config.weakening import summary_line
from scanner.model import Finding, Level, Location, Notification, ScanResult
from scanner.report.escape import terminal_safe
from scanner.report.fingerprint import sorted_findings

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_LEVEL_COLOR = {
    Level.ERROR: "\x1b[31m",
    Level.WARNING: "\x1b[33m",
    Level.NOTE: "\x1b[34m",
}
_LEVEL_WIDTH = max(len(level.value) for level in Level)


def render_text(result: ScanResult, color: bool) -> str:
    style = _Style(color)
    findings = sorted_findings(result.findings)
    blocks = [
        list(_file_block(path, list(group), style)) for path, group in groupby(findings, key=lambda f: f.location.path)
    ]
    if result.notifications:
        blocks.append([_notification_line(n, style) for n in result.notifications])
    summary = [_summary(result)]
    by_rule = _by_rule(result)
    if by_rule:
        summary.append(by_rule)
    weakened = summary_line(result.weakened)
    if weakened:
        summary.append(terminal_safe(weakened))
    blocks.append(summary)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def wrap(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text

    def level(self, level: Level, width: int = 0) -> str:
        word = level.value.ljust(width)
        return self.wrap(word, _LEVEL_COLOR[level]) if self.color else word


def _file_block(path: str, findings: list[Finding], style: _Style) -> Iterator[str]:
    yield style.wrap(terminal_safe(path), _BOLD)
    pos_width = max(len(_position(f.location)) for f in findings)
    rule_width = max(len(terminal_safe(f.rule_id)) for f in findings)
    for finding in findings:
        yield from _finding_lines(finding, pos_width, rule_width, style)


def _finding_lines(finding: Finding, pos_width: int, rule_width: int, style: _Style) -> Iterator[str]:
    level = Level(finding.level)
    # Messages name their resource already; prefixing the address would say it twice.
    text = terminal_safe(finding.message)
    position = _position(finding.location).rjust(pos_width)
    rule = terminal_safe(finding.rule_id).ljust(rule_width)
    suppression = finding.suppression
    if suppression is None:
        yield f"  {position}  {style.level(level, _LEVEL_WIDTH)}  {rule}  {text}"
    else:
        reason = terminal_safe(suppression.justification) or suppression.kind
        plain = f"  {position}  {level.value.ljust(_LEVEL_WIDTH)}  {rule}  {text}"
        yield style.wrap(f"{plain} [suppressed: {reason}]", _DIM)
    indent = " " * (2 + pos_width + 2)
    for step in finding.related:
        where = _where(step.location.path, step.location.start_line)
        yield style.wrap(f"{indent}← {terminal_safe(step.label)} ({where})", _DIM)


def _position(loc: Location) -> str:
    return f"{loc.start_line}:{loc.start_column}" if loc.start_column else str(loc.start_line)


def _where(path: str | None, line: int | None) -> str:
    safe = terminal_safe(path or "")
    return f"{safe}:{line}" if line else safe


def _notification_line(n: Notification, style: _Style) -> str:
    parts = [style.level(Level(n.level)) + ":"]
    if n.path:
        parts.append(_where(n.path, n.line) + ":")
    parts.append(terminal_safe(n.message))
    if n.rule_id:
        parts.append(f"[{terminal_safe(n.rule_id)}]")
    return " ".join(parts)


def _summary(result: ScanResult) -> str:
    active = [f for f in result.findings if f.suppression is None]
    suppressed = len(result.findings) - len(active)
    scanned = f"Scanned {_plural(result.files_scanned, 'file')}, {_plural(result.resources, 'resource')}"
    if active:
        counts = ", ".join(
            _plural(sum(1 for f in active if Level(f.level) is level), level.value)
            for level in (Level.ERROR, Level.WARNING, Level.NOTE)
        )
        text = f"{scanned}: {counts}"
    else:
        text = f"{scanned}. No findings"
    if suppressed:
        text += f" ({suppressed} suppressed)"
    text += "."
    if result.skipped:
        reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(result.skipped.items()))
        text += f" Skipped {sum(result.skipped.values())} ({reasons}; --list-files names them)."
    if result.profiles:
        label = "Profile" if len(result.profiles) == 1 else "Profiles"
        text += f" {label}: {', '.join(terminal_safe(p) for p in result.profiles)}."
    if result.incomplete:
        text += " The scan did not complete: part of it was not evaluated; see the notifications above."
    elif not result.execution_successful:
        text += " Some files could not be read or parsed (PARSE001) and were not checked."
    return text


def _by_rule(result: ScanResult) -> str:
    """Unsuppressed findings per rule, the most frequent first."""
    counts: dict[str, int] = {}
    for finding in result.findings:
        if finding.suppression is None:
            counts[finding.rule_id] = counts.get(finding.rule_id, 0) + 1
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return "By rule: " + ", ".join(f"{terminal_safe(rule)} {count}" for rule, count in ranked) + "."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
