"""The identity and the order of findings, shared by every reporter."""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Iterable

from scanner.model import Finding

# The name of the fingerprint in SARIF's `partialFingerprints`, and its version. A
# fingerprint's inputs are its meaning: a baseline or a code-scanning alert made with
# another version names findings differently, so it cannot be matched (recreate it).
#
# v2 is the SHA-256 (first 32 hex digits) of, separated by NUL: the rule; the
# repository-relative path of the file the finding is located in; the repository-relative
# root module (or overlay) and the address within it, module instances included; the
# attribute path and the value that triggered it; the condition it holds under; the
# check's own key (a parse error's message, a suppression comment's rules). No line or
# column: a finding keeps its identity when lines above it move.
FINGERPRINT_NAME = "sovscanFingerprint/v2"
FINGERPRINT_VERSION = 2


def fingerprint(finding: Finding) -> str:
    """A stable id for a finding across runs, distinct for distinct findings."""
    prefix = finding.repo_prefix
    parts = (
        "v2",
        finding.rule_id,
        in_repo(prefix, finding.location.path),
        in_repo(prefix, finding.root) if finding.root else "",
        finding.address,
        finding.attribute,
        finding.value,
        finding.condition,
        finding.fingerprint_key,
    )
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def in_repo(prefix: str, rel: str) -> str:
    """A scan-root-relative path (or ".") as a repository-relative one; a path outside the
    scanned tree (an absolute --var-file) stays as it is."""
    # normpath: a Kustomize base read from a scanned overlay is `../../base/x.yaml`, and
    # keeps the identity it has when the whole repository is scanned.
    # posixpath, not PurePosixPath: a pure path per finding took a second on 40,000 findings.
    return posixpath.normpath(posixpath.join(prefix or ".", rel or "."))


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
        finding.root,
        finding.attribute,
        finding.value,
        finding.condition,
    )


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=_order)
