"""Inline suppressions: `# sovscan:ignore RES001[,RULE…] [until=YYYY-MM-DD] -- why`.

A comment applies to the block or object whose first line it is on, or to the block
directly below the run of comment lines it belongs to. A suppressed finding stays in the
report, marked suppressed. Suppressions without an acceptable justification, expired
ones, those whose `until=` lies beyond the trusted horizon, those that name PARSE001 (a
file that was not read is never accepted), and all of them where the configuration
denies inline suppressions, are not applied and are reported themselves (SUP001, SUP002).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from scanner.config.settings import DEFAULT_SUPPRESSION_HORIZON_DAYS, ConfigError
from scanner.model import Finding, Level, Location, Notification, Suppression

if TYPE_CHECKING:
    from scanner.model import ScanResult
    from scanner.suppress.baseline import Baseline

# Findings no comment may suppress.
UNSUPPRESSIBLE = frozenset({"PARSE001"})

_DIRECTIVE = re.compile(
    r"sovscan:ignore\s+(?P<rules>[A-Za-z]+\d+(?:\s*,\s*[A-Za-z]+\d+)*)"
    r"(?:\s+until=(?P<until>\S+))?"
    r"(?:\s*--\s*(?P<why>.*?))?\s*(?:\*/)?\s*$"
)
_COMMENT_START = re.compile(r"^\s*(#|//|/\*)")


class Directive(NamedTuple):
    rules: frozenset[str]
    until: str | None
    justification: str
    location: Location


class SuppressionPolicy(NamedTuple):
    allow_inline: bool = True
    justification_pattern: re.Pattern[str] | None = None
    today: date | None = None
    max_horizon_days: int = DEFAULT_SUPPRESSION_HORIZON_DAYS


def _directive(path: str, number: int, line: str) -> Directive | None:
    if "sovscan:ignore" not in line:
        return None
    comment = re.search(r"(#|//|/\*)(.*)$", line)
    if comment is None:
        return None
    match = _DIRECTIVE.search(comment.group(2))
    if match is None:
        return None
    rules = frozenset(r.strip().upper() for r in match.group("rules").split(","))
    return Directive(rules, match.group("until"), (match.group("why") or "").strip(), Location(path, number, number))


def directives_for(path: str, lines: list[str], first_line: int) -> list[Directive]:
    """Directives on a block's first line and in the comment lines right above it."""
    found: list[Directive] = []
    if 1 <= first_line <= len(lines):
        own = _directive(path, first_line, lines[first_line - 1])
        if own is not None:
            found.append(own)
    number = first_line - 1
    while number >= 1 and _COMMENT_START.match(lines[number - 1]):
        directive = _directive(path, number, lines[number - 1])
        if directive is not None:
            found.append(directive)
        number -= 1
    return found


def _enclosing_line(finding: Finding) -> int | None:
    """The first line of the block a finding on one of its fields lies in (a Kubernetes image line), known from
    the finding's provenance: a step in the same file whose span starts above the finding and contains it."""
    here = finding.location
    for step in finding.related:
        there = step.location
        if there.path == here.path and there.start_line < here.start_line <= there.end_line:
            return there.start_line
    return None


def _problem(directive: Directive, rule_id: str, policy: SuppressionPolicy, today: date) -> tuple[str, str] | None:
    """(rule id, message) when a directive cannot be applied to a finding of `rule_id`."""
    if rule_id in UNSUPPRESSIBLE:
        return "SUP001", f"{rule_id} cannot be suppressed: a file that was not read is never accepted"
    if not policy.allow_inline:
        return "SUP001", "inline suppressions are not allowed by this configuration (inline-suppressions: deny)"
    if not directive.justification:
        return "SUP001", "suppression has no justification: add one after '--'"
    pattern = policy.justification_pattern
    if pattern is not None and not pattern.search(directive.justification):
        return "SUP001", f"suppression justification does not match the required pattern /{pattern.pattern}/"
    if directive.until is not None:
        try:
            until = date.fromisoformat(directive.until)
        except ValueError:
            return "SUP001", f"suppression date until={directive.until} is not a YYYY-MM-DD date"
        if until < today:
            return "SUP002", f"suppression expired on {directive.until}: the finding is reported again"
        try:
            horizon = today + timedelta(days=policy.max_horizon_days)
        except OverflowError:
            horizon = date.max
        if until > horizon:
            return "SUP002", (
                f"suppression until={directive.until} lies beyond the maximum horizon of "
                f"{policy.max_horizon_days} days (until {horizon.isoformat()} at most): not applied"
            )
    return None


def apply_suppressions(
    findings: list[Finding],
    lines_by_path: dict[str, list[str]],
    policy: SuppressionPolicy,
    levels: dict[str, Level],
) -> list[Finding]:
    """Mark suppressed findings; return the findings about the directives themselves."""
    today = policy.today or date.today()
    reported: dict[tuple[Location, str], Finding] = {}
    for finding in findings:
        lines = lines_by_path.get(finding.location.path)
        if lines is None or finding.rule_id.startswith("SUP"):
            continue
        directives = directives_for(finding.location.path, lines, finding.location.start_line)
        block = _enclosing_line(finding)
        if block is not None:  # a finding on a field: the directives of its block apply too
            directives += directives_for(finding.location.path, lines, block)
        for directive in directives:
            if finding.rule_id not in directive.rules:
                continue
            problem = _problem(directive, finding.rule_id, policy, today)
            if problem is None:
                finding.suppression = Suppression("inSource", directive.justification, directive.location)
                break
            rule_id, message = problem
            if rule_id in levels and (directive.location, rule_id) not in reported:
                reported[(directive.location, rule_id)] = Finding(
                    rule_id=rule_id,
                    level=levels[rule_id],
                    message=f"{message} ({', '.join(sorted(directive.rules))} on {finding.address or 'this block'})",
                    location=directive.location,
                    address=finding.address,
                    fingerprint_key=",".join(sorted(directive.rules)),
                )
    return list(reported.values())


def suppress_by_baseline(result: ScanResult, baseline: Baseline | None) -> int:
    """The suppress stage's last step, once the units' findings are together (a fingerprint
    is the repository's, and a unit's cached result must not depend on a baseline): the
    findings the baseline holds are suppressed ("external"), each entry no finding matches
    is a note. Returns how many are stale; a baseline sovscan did not write is a ConfigError."""
    if baseline is None:
        return 0
    from scanner.suppress.baseline import BaselineError, apply_baseline

    try:
        stale = apply_baseline(result, baseline.text, baseline.path.name)
    except BaselineError as error:
        raise ConfigError(f"{baseline.path}: {error.message}") from None
    for entry in stale:
        result.notifications.append(
            Notification(
                Level.NOTE,
                f"stale baseline entry: {entry.get('rule')} {entry.get('address') or ''} no longer found",
                str(entry.get("path") or "") or None,
            )
        )
    return len(stale)
