"""GitLab Code Quality report: the subset of the Code Climate issue format GitLab reads.

Format: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
(source: doc/ci/testing/code_quality.md in gitlab-org/gitlab, "Implement a custom tool"):
a JSON array of objects with `description`, `check_name`, `fingerprint`, `severity`
(`info`, `minor`, `major`, `critical` or `blocker`), `location.path` and
`location.lines.begin`. GitLab ignores other Code Climate fields and rejects a byte
order mark, so none is written.

The description goes through `terminal_safe`, as the merge request page would otherwise
render a bidi override from a scanned file. Suppressed findings are left out: the format
has no suppression state, and GitLab would show them in the merge request as open issues.
"""

from __future__ import annotations

import json
from typing import Any

from scanner.model import Finding, Level, ScanResult
from scanner.report.escape import terminal_safe
from scanner.report.fingerprint import fingerprint, sorted_findings
from scanner.report.paths import in_repository

# GitHub code scanning reads security-severity 9.0 and above as critical; do the same.
_CRITICAL_FROM = 9.0
_SEVERITY = {Level.NOTE: "info", Level.WARNING: "minor", Level.ERROR: "major"}


def render_gitlab(result: ScanResult) -> str:
    severities = {rule.id: rule.security_severity for rule in result.rules}
    issues = [
        _issue(finding, severities.get(finding.rule_id, 0.0))
        for finding in sorted_findings(result.findings)
        if finding.suppression is None
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _issue(finding: Finding, security_severity: float) -> dict[str, Any]:
    loc = finding.location
    return {
        "description": terminal_safe(finding.message),
        "check_name": finding.rule_id,
        "fingerprint": fingerprint(finding),
        "severity": _severity(Level(finding.level), security_severity),
        "location": {"path": in_repository(finding.repo_prefix, loc.path), "lines": {"begin": max(loc.start_line, 1)}},
    }


def _severity(level: Level, security_severity: float) -> str:
    if level is Level.ERROR and security_severity >= _CRITICAL_FROM:
        return "critical"
    return _SEVERITY[level]
