"""sovscan's own JSON output: a small, stable shape for scripts and dashboards.

Shape, version "1" (fields are only ever added within a version, never renamed or removed)::

    {
      "version": "1",
      "tool": {"name": "sovscan", "version": "0.1.0"},
      "profiles": ["hds"],
      "summary": {
        "files": 12, "resources": 34,
        "error": 3, "warning": 2, "note": 0,     # unsuppressed findings, by level
        "suppressed": 1,                         # suppressed findings, any level
        "execution_successful": true,            # false: some input could not be scanned
                                                 # (a PARSE001 file, an internal error)
        "skipped": {"excluded": 2}               # left out on purpose, by reason (--list-files)
      },
      "findings": [
        {
          "rule": "RES001",
          "level": "error",                      # "error" | "warning" | "note"
          "message": "bucket in us-east-1 ...",
          "path": "main.tf",                     # POSIX, relative to the scan root
          "start_line": 3, "end_line": 9,
          "start_column": null, "end_column": null,
          "address": "aws_s3_bucket.b",          # "" when the finding has none
          "fingerprint": "3f2a...",              # 32 hex chars, the SARIF partialFingerprint
          "provenance": [{"label": "var.region", "path": "variables.tf", "line": 3}],
          "suppressed": null,                    # or {"kind": "inSource" | "external",
                                                 #     "justification": "..."}
          "properties": {}                       # rule-specific extra facts
        }
      ],
      "notifications": [
        {"level": "warning", "message": "skipped, file is larger than 5 MB",
         "path": "big.tf", "line": null, "rule": null}
      ],
      "strict": false,                           # --strict (CI gate mode)
      "weakened": [                              # what made the scan weaker than its
        {"setting": "exclude", "detail": "legacy/**",   # trusted settings, and (applied:
         "source": ".sovscan.yaml", "applied": true}    # false) what the tree tried and
      ]                                                 # was refused
    }

Findings are sorted by (path, start_line, rule, address, message); notifications keep
the order the scan produced them in. `provenance` runs from where the value was used back
to where it was written. The output is indented by 2 and ends with a newline; text is
not escaped beyond JSON, so consumers that print it to a terminal must neutralise it.
"""

from __future__ import annotations

from typing import Any

from scanner.config.weakening import as_dict
from scanner.model import Finding, Level, Notification, ScanResult
from scanner.report.fingerprint import fingerprint, sorted_findings
from scanner.report.indented_json import dumps_indented

FORMAT_VERSION = "1"


def render_json(result: ScanResult) -> str:
    document = {
        "version": FORMAT_VERSION,
        "tool": {"name": "sovscan", "version": result.tool_version},
        "profiles": list(result.profiles),
        "summary": _summary(result),
        "findings": [_finding(f) for f in sorted_findings(result.findings)],
        "notifications": [_notification(n) for n in result.notifications],
        "strict": result.strict,
        "weakened": [as_dict(item) for item in result.weakened],
    }
    return dumps_indented(document, _fallback) + "\n"


def _summary(result: ScanResult) -> dict[str, Any]:
    counts = {level.value: 0 for level in (Level.ERROR, Level.WARNING, Level.NOTE)}
    suppressed = 0
    for finding in result.findings:
        if finding.suppression is None:
            counts[Level(finding.level).value] += 1
        else:
            suppressed += 1
    return {
        "files": result.files_scanned,
        "resources": result.resources,
        **counts,
        "suppressed": suppressed,
        "execution_successful": result.execution_successful,
        "skipped": dict(result.skipped),
    }


def _finding(finding: Finding) -> dict[str, Any]:
    loc = finding.location
    suppression = finding.suppression
    return {
        "rule": finding.rule_id,
        "level": Level(finding.level).value,
        "message": finding.message,
        "path": loc.path,
        "start_line": loc.start_line,
        "end_line": loc.end_line,
        "start_column": loc.start_column,
        "end_column": loc.end_column,
        "address": finding.address,
        "fingerprint": fingerprint(finding),
        "provenance": [
            {"label": s.label, "path": s.location.path, "line": s.location.start_line} for s in finding.related
        ],
        "suppressed": ({"kind": suppression.kind, "justification": suppression.justification} if suppression else None),
        "properties": finding.properties,
    }


def _notification(n: Notification) -> dict[str, Any]:
    return {
        "level": Level(n.level).value,
        "message": n.message,
        "path": n.path,
        "line": n.line,
        "rule": n.rule_id,
    }


def _fallback(value: Any) -> Any:
    """Properties may hold tuples of sets or enums; give them a deterministic form."""
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    return str(value)
