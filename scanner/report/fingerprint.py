"""The identity and the order of findings, shared by every reporter."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from scanner.model import Finding

FINGERPRINT_NAME = "sovscanFingerprint/v1"


def fingerprint(finding: Finding) -> str:
    """A stable id for a finding across runs.

    No line numbers: a finding must keep its identity when unrelated lines above it
    move, so that GitHub code scanning and baselines still match it.
    """
    key = f"{finding.rule_id}|{finding.location.path}|{finding.address}|{finding.fingerprint_key}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _order(finding: Finding) -> tuple[object, ...]:
    loc = finding.location
    return (
        loc.path,
        loc.start_line,
        finding.rule_id,
        finding.address,
        finding.message,
        # Tie-breakers so that equal-looking findings still come out in one order.
        loc.start_column or 0,
        loc.end_line,
        loc.end_column or 0,
        finding.fingerprint_key,
    )


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=_order)
