"""GitHub Actions workflow commands: one annotation per unsuppressed finding.

`::error file=infra/main.tf,line=3,endLine=9,title=sovscan RES001::message` lines, which
GitHub shows on the pull request's changed files without code scanning (no Advanced
Security needed). Escaped as GitHub's toolkit does (actions/toolkit, command.ts): in the
message `%`, CR and LF; in a property also `:` and `,`. Text from scanned files first goes
through `terminal_safe`, so an escape sequence cannot colour or rewrite the job log.
Paths are repository-relative: GitHub matches `file=` against the repository.
Levels: error → error, warning → warning, note → notice. A last plain line summarises.
"""

from __future__ import annotations

from scanner.model import Finding, Level, ScanResult
from scanner.report.escape import terminal_safe
from scanner.report.fingerprint import sorted_findings
from scanner.report.paths import in_repository

_COMMAND = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: ScanResult) -> str:
    active = [f for f in sorted_findings(result.findings) if f.suppression is None]
    lines = [_annotation(f) for f in active]
    levels = (Level.ERROR, Level.WARNING, Level.NOTE)
    counts = ", ".join(f"{sum(1 for f in active if f.level == level)} {level.value}" for level in levels)
    suppressed = len(result.findings) - len(active)
    summary = f"sovscan: {result.files_scanned} files scanned: {counts} ({suppressed} suppressed)"
    if result.incomplete:
        summary += "; the scan did not complete"
    elif not result.execution_successful:
        summary += "; some files could not be read or parsed"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def _annotation(finding: Finding) -> str:
    loc = finding.location
    start = max(loc.start_line, 1)
    props = [f"file={escape_property(terminal_safe(in_repository(finding.repo_prefix, loc.path)))}", f"line={start}"]
    if loc.end_line > start:
        props.append(f"endLine={loc.end_line}")
    props.append(f"title={escape_property(terminal_safe(f'sovscan {finding.rule_id}'))}")
    message = terminal_safe(finding.message, keep_newlines=True)
    return f"::{_COMMAND[Level(finding.level)]} {','.join(props)}::{escape_data(message)}"
