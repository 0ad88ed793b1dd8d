"""Combine SARIF logs (one per repository or matrix job) and read them back.

`merge_sarif` keeps every input run as a run of its own: results from different scan
roots must not be mixed, and each run keeps its `originalUriBaseIds`. Runs are ordered
by their content, so the output does not depend on the order the logs were given in
(artifact downloads come in any order), and a run given twice is written once.

GitHub code scanning rejects a file with several runs of the same tool and category
(https://github.blog/changelog/2024-05-06-code-scanning-will-stop-combining-runs-from-a-single-upload/),
so a run without `automationDetails.id` gets one: `sovscan/<scan root's folder name>/`,
numbered when two roots share a name.

`sarif_to_result` turns a log back into `ScanResult` objects, for the HTML report of an
organisation-wide scan. SARIF does not hold everything a scan knew: the finding's
fingerprint key, the file and resource counts and the profiles come back only when the
run's `properties` carry them (`profiles`, `files`, `resources`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from scanner.model import Finding, Level, Location, Notification, ScanResult, Step, Suppression
from scanner.report.merge_shape import RUN, check_shape

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"


class MergeError(Exception):
    """An input is not a SARIF 2.1.0 log; the message says which and why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- merging -------------------------------------------------------------------------


def merge_sarif(texts: list[str] | list[tuple[str, str]]) -> str:
    """One log from several; each input is its text, or (its name for messages, its text)."""
    runs: dict[str, dict[str, Any]] = {}
    for index, given in enumerate(texts, start=1):
        name, text = given if isinstance(given, tuple) else (f"input {index}", given)
        for run in _load(text, name)["runs"]:
            runs.setdefault(_canonical(run), run)
    ordered = [runs[key] for key in sorted(runs)]
    _name_categories(ordered)
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": ordered}
    try:
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    except RecursionError:
        raise MergeError("an input nests its values too deeply to be written back") from None


def _load(text: str, what: str) -> dict[str, Any]:
    try:
        log = json.loads(text)
    except ValueError as error:
        raise MergeError(f"{what} is not JSON: {error}") from None
    except RecursionError:
        raise MergeError(f"{what}: nesting too deep") from None
    if not isinstance(log, dict) or log.get("version") != "2.1.0":
        raise MergeError(f'{what} is not a SARIF 2.1.0 log (no "version": "2.1.0")')
    runs = log.get("runs")
    if not isinstance(runs, list):
        raise MergeError(f'{what} has no "runs" list')
    for number, run in enumerate(runs):
        tool = run.get("tool") if isinstance(run, dict) else None
        driver = tool.get("driver") if isinstance(tool, dict) else None
        if not isinstance(driver, dict) or not isinstance(driver.get("name"), str):
            raise MergeError(f"{what}: runs[{number}] has no tool.driver.name")
        check_shape(run, RUN, f"runs[{number}]", what)
    return log


def _canonical(run: dict[str, Any]) -> str:
    return json.dumps(run, sort_keys=True, ensure_ascii=False)


def _name_categories(runs: list[dict[str, Any]]) -> None:
    taken = {_category(run) for run in runs} - {None}
    for run in runs:
        if _category(run) is not None:
            continue
        tool = run["tool"]["driver"]["name"]
        base = f"{tool}/{_root_name(run) or 'run'}"
        candidate, number = f"{base}/", 2
        while candidate in taken:
            candidate, number = f"{base}-{number}/", number + 1
        taken.add(candidate)
        run["automationDetails"] = {**run.get("automationDetails", {}), "id": candidate}


def _category(run: dict[str, Any]) -> str | None:
    details = run.get("automationDetails")
    ident = details.get("id") if isinstance(details, dict) else None
    return ident if isinstance(ident, str) and ident else None


def _root_name(run: dict[str, Any]) -> str:
    return PurePosixPath(_root_path(run)).name


def _root_path(run: dict[str, Any]) -> str:
    base = run.get("originalUriBaseIds", {}).get(SRCROOT, {})
    uri = base.get("uri", "") if isinstance(base, dict) else ""
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return ""
    path = unquote(parsed.path)
    return path.rstrip("/") or path


# --- reading back --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SarifRule:
    """The parts of `scanner.check.rule.Rule` a reporter reads, as SARIF holds them."""

    id: str
    name: str = ""
    title: str = ""
    level: Level = Level.WARNING
    security_severity: float = 0.0
    description: str = ""
    rationale: str = ""
    remediation: str = ""
    help_uri: str = ""
    tags: tuple[str, ...] = ()
    references: tuple[Any, ...] = field(default=())


def sarif_to_result(text: str) -> list[ScanResult]:
    runs = _load(text, "the log")["runs"]
    try:
        return [_result(run) for run in runs]
    except (AttributeError, KeyError, TypeError, ValueError, RecursionError) as error:
        raise MergeError(f"the log does not have the shape sovscan writes: {type(error).__name__}: {error}") from None


def _result(run: dict[str, Any]) -> ScanResult:
    driver = run["tool"]["driver"]
    rules = [_rule(descriptor) for descriptor in driver.get("rules", []) if isinstance(descriptor, dict)]
    invocation = (run.get("invocations") or [{}])[0]
    properties = run.get("properties", {})
    return ScanResult(
        root=_root_path(run),
        tool_version=str(driver.get("version", "")),
        profiles=tuple(properties.get("profiles", ())),
        rules=sorted(rules, key=lambda rule: rule.id),
        findings=[_finding(r) for r in run.get("results", [])],
        notifications=[_notification(n) for n in invocation.get("toolExecutionNotifications", [])],
        files_scanned=int(properties.get("files", 0)),
        resources=int(properties.get("resources", 0)),
        execution_successful=bool(invocation.get("executionSuccessful", True)),
    )


def _rule(descriptor: dict[str, Any]) -> SarifRule:
    properties = descriptor.get("properties", {})
    help_ = descriptor.get("help", {})
    return SarifRule(
        id=descriptor["id"],
        name=descriptor.get("name", ""),
        title=_text(descriptor.get("shortDescription")),
        level=_level(descriptor.get("defaultConfiguration", {}).get("level", "warning")),
        security_severity=float(properties.get("security-severity", 0.0)),
        description=_text(descriptor.get("fullDescription")),
        rationale=_section(help_.get("markdown", ""), "Rationale"),
        remediation=_section(help_.get("markdown", ""), "Remediation"),
        help_uri=descriptor.get("helpUri", ""),
        tags=tuple(t for t in properties.get("tags", ()) if t not in ("security", "sovereignty")),
    )


def _section(markdown: str, heading: str) -> str:
    """The body under `### heading` in a sovscan rule's help markdown."""
    marker = f"### {heading}\n\n"
    start = markdown.find(marker)
    if start < 0:
        return ""
    body = markdown[start + len(marker) :]
    end = body.find("\n\n### ")
    return (body if end < 0 else body[:end]).strip()


def _unlinked(text: str, related: int) -> str:
    from scanner.report.sarif import unlinked_message

    return unlinked_message(text, related)


def _text(message: Any) -> str:
    return str(message.get("text", "")) if isinstance(message, dict) else ""


def _finding(result: dict[str, Any]) -> Finding:
    location = (result.get("locations") or [{}])[0]
    names = location.get("logicalLocations") or [{}]
    return Finding(
        rule_id=result.get("ruleId", ""),
        level=_level(result.get("level", "warning")),
        message=_unlinked(_text(result.get("message")), len(result.get("relatedLocations", []))),
        location=_location(location),
        address=names[0].get("fullyQualifiedName", ""),
        related=tuple(Step(_text(r.get("message")), _location(r)) for r in result.get("relatedLocations", [])),
        suppression=_suppression(result.get("suppressions") or []),
        properties=dict(result.get("properties", {})),
        # SARIF does not hold a finding's identity, only its fingerprint: keep that.
        fingerprint_key=_fingerprint(result),
    )


def _fingerprint(result: dict[str, Any]) -> str:
    from scanner.report.fingerprint import FINGERPRINT_NAME

    prints = result.get("partialFingerprints")
    value = prints.get(FINGERPRINT_NAME) if isinstance(prints, dict) else None
    return value if isinstance(value, str) else ""


def _location(location: dict[str, Any]) -> Location:
    physical = location.get("physicalLocation", {})
    region = physical.get("region", {})
    start = int(region.get("startLine", 1))
    return Location(
        path=_path(physical.get("artifactLocation", {})),
        start_line=start,
        end_line=int(region.get("endLine", start)),
        start_column=region.get("startColumn"),
        end_column=region.get("endColumn"),
    )


def _path(artifact: dict[str, Any]) -> str:
    uri = artifact.get("uri", "")
    if uri.startswith("file:"):
        return unquote(urlparse(uri).path)
    return unquote(uri)


def _suppression(suppressions: list[dict[str, Any]]) -> Suppression | None:
    accepted = [s for s in suppressions if s.get("status", "accepted") == "accepted"]
    if not accepted:
        return None
    first = accepted[0]
    where = _location(first["location"]) if "location" in first else None
    return Suppression(first.get("kind", "external"), first.get("justification", ""), where)


def _notification(notification: dict[str, Any]) -> Notification:
    locations = notification.get("locations") or []
    path = line = None
    if locations:
        physical = locations[0].get("physicalLocation", {})
        path = _path(physical.get("artifactLocation", {}))
        line = physical.get("region", {}).get("startLine")
    rule = notification.get("associatedRule", {}).get("id")
    level = _level(notification.get("level", "warning"))
    return Notification(level, _text(notification.get("message")), path, line, rule)


def _level(value: Any) -> Level:
    # SARIF also has "none", which sovscan never writes; it is the least a result can be.
    try:
        return Level(value)
    except ValueError:
        return Level.NOTE


# --- one report for several runs ----------------------------------------------------


def combine_results(results: list[ScanResult]) -> ScanResult:
    """One `ScanResult` for several runs, each run's paths under its scan root's name.

    For the HTML report of a merged log; a single run is returned as it is.
    """
    if len(results) == 1:
        return results[0]
    combined = ScanResult(
        root="",
        tool_version=", ".join(sorted({r.tool_version for r in results})),
        profiles=tuple(sorted({p for r in results for p in r.profiles})),
        rules=sorted({rule.id: rule for r in results for rule in r.rules}.values(), key=lambda rule: rule.id),
        findings=[],
        notifications=[],
        files_scanned=sum(r.files_scanned for r in results),
        resources=sum(r.resources for r in results),
        execution_successful=all(r.execution_successful for r in results),
    )
    for label, result in zip(_labels(results), results, strict=True):
        combined.findings += [_prefixed_finding(f, label) for f in result.findings]
        combined.notifications += [n._replace(path=_join(label, n.path)) for n in result.notifications]
    return combined


def _labels(results: list[ScanResult]) -> list[str]:
    labels: list[str] = []
    for result in results:
        base = PurePosixPath(result.root).name or "run"
        label, number = base, 2
        while label in labels:
            label, number = f"{base}-{number}", number + 1
        labels.append(label)
    return labels


def _prefixed_finding(finding: Finding, label: str) -> Finding:
    suppression = finding.suppression
    if suppression is not None and suppression.location is not None:
        suppression = suppression._replace(location=_moved(suppression.location, label))
    return replace(
        finding,
        location=_moved(finding.location, label),
        related=tuple(step._replace(location=_moved(step.location, label)) for step in finding.related),
        suppression=suppression,
        properties=dict(finding.properties),
    )


def _moved(location: Location, label: str) -> Location:
    return location._replace(path=_join(label, location.path) or location.path)


def _join(label: str, path: str | None) -> str | None:
    if not path or path.startswith("/"):
        return path
    return f"{label}/{path}"
