"""SARIF 2.1.0 output, shaped for GitHub code scanning.

The log is written as plain data, keys in sarif-om's order and its defaults left out,
exactly as sarif-om's objects would be written (tests/test_formats.py builds the rules'
descriptors with sarif-om's object model and holds the two equal): sarif-om's classes
cost more to load (attrs, one class per SARIF object) than a small scan costs to run.
The descriptors are kept as JSON beside the rule data bundle, keyed by the rules and the
code that writes them.
Everything is serialized here, not with
jschema-to-python's `to_json`: that one drops every field equal to its schema default,
and a result's `level` is the exception where absence is not the default — a result
without `level` takes its rule's configured level, so a warning of an error rule would
turn into an error. It is also slow on large logs.

Output is byte-identical for the same input: no timestamps, no GUIDs, sorted results.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from scanner.config.weakening import Weakening, as_dict
from scanner.model import Finding, Level, Location, Notification, ScanResult
from scanner.report.fingerprint import FINGERPRINT_NAME, fingerprint, sorted_findings
from scanner.report.paths import in_repository, report_base

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/sovscan/sovscan"
SRCROOT = "%SRCROOT%"
# GitHub code scanning rejects a run with more results than this.
MAX_RESULTS = 25_000
# ...and shows only this many of a run's results (the highest severities first).
SHOWN_RESULTS = 5_000
# GitHub truncates a rule's fullDescription beyond this.
MAX_DESCRIPTION = 1_024
# security-severity bands GitHub reads (critical from 9.0, high, medium, low).
_SEVERITY_BAND = {Level.ERROR: (7.0, 10.0), Level.WARNING: (4.0, 6.9), Level.NOTE: (0.1, 3.9)}
# Logs with more results than this are written without indentation.
COMPACT_ABOVE = 500
# Bump when what a descriptor holds changes without a change to this file.
DESCRIPTORS_FORMAT = "2"

# Fields written even when equal to the schema default (see module docstring).
_ALWAYS_WRITTEN = frozenset({"level"})


class DescriptorStore(Protocol):
    """Where the caller keeps rule descriptors between runs (the runner passes the cache's
    store): the reporter says how to build and check them; the store alone reads and
    writes its entries. A reporter formats, it neither owns nor writes a cache."""

    def remembered(self, key: str, field: str, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any: ...


def render_sarif(result: ScanResult, descriptor_store: DescriptorStore | None = None) -> str:
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [_run(result, descriptor_store)]}
    if len(findings_of(result)) > COMPACT_ABOVE:
        # Indented output goes through json's pure-Python encoder: ten times slower on
        # large logs, which no person reads whole anyway.
        return json.dumps(log, separators=(",", ":"), ensure_ascii=False, default=str) + "\n"
    return json.dumps(log, indent=2, sort_keys=False, ensure_ascii=False, default=str) + "\n"


def findings_of(result: ScanResult) -> list[Finding]:
    return result.findings


# --- building the log -------------------------------------------------------------


def _run(result: ScanResult, store: DescriptorStore | None = None) -> dict[str, Any]:
    rules = sorted(result.rules, key=lambda rule: rule.id)
    index = {rule.id: i for i, rule in enumerate(rules)}
    findings = sorted_findings(result.findings)
    base, prefix = report_base(result)
    notifications = [_notification(n, index, prefix) for n in result.notifications]
    if len(findings) > MAX_RESULTS:
        notifications.append(_dropped_notification(len(findings)))
        findings = findings[:MAX_RESULTS]
    elif len(findings) > SHOWN_RESULTS:
        notifications.append(_unshown_notification(len(findings)))
    invocation: dict[str, Any] = {"executionSuccessful": result.execution_successful}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    if result.weakened:
        invocation["toolConfigurationNotifications"] = [_weakened_notification(w) for w in result.weakened]
    return {
        "tool": {"driver": _driver(result.tool_version, rules, result.levels, store)},
        "columnKind": "utf16CodeUnits",
        "invocations": [invocation],
        # The repository root: GitHub reads relative URIs from there (and ignores this).
        "originalUriBaseIds": {SRCROOT: {"uri": _root_uri(base)}},
        # Read back by `sovscan merge` to rebuild a report from several runs.
        "properties": {
            "profiles": list(result.profiles),
            "files": result.files_scanned,
            "resources": result.resources,
            "strict": result.strict,
            "weakened": [as_dict(item) for item in result.weakened],
        },
        "results": [_result(f, index) for f in findings],
    }


def _driver(
    version: str, rules: Sequence[Any], levels: dict[str, Level], store: DescriptorStore | None = None
) -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "sovscan", "informationUri": INFORMATION_URI}
    if rules:
        configured = [_Configured(rule, Level(levels.get(rule.id, rule.level)), version) for rule in rules]
        driver["rules"] = _descriptors(configured, store)
    if _is_semver(version):
        driver["semanticVersion"] = version
    driver["version"] = version
    return driver


class _Configured:
    """A rule as this scan ran it: the level its profiles give it, the version whose rule
    page its help links to."""

    __slots__ = ("level", "rule", "version")

    def __init__(self, rule: Any, level: Level, version: str) -> None:
        self.rule, self.level, self.version = rule, level, version

    @property
    def id(self) -> str:
        return str(self.rule.id)


def rule_page(rule_id: str, version: str) -> str:
    """The rule's documentation page at the release tag of this version (main otherwise)."""
    ref = f"v{version}" if _is_semver(version) else "main"
    return f"{INFORMATION_URI}/blob/{ref}/docs/rules/{quote(rule_id)}.md"


def security_severity(rule: Any, level: Level) -> float:
    """The rule's security-severity moved into GitHub's band for the level it runs at, so
    a rule a profile lowers to a warning is not shown as a high-severity alert."""
    low, high = _SEVERITY_BAND[level]
    return min(max(float(rule.security_severity), low), high)


def _short_description(text: str) -> str:
    """At most MAX_DESCRIPTION characters, cut at a word; the help holds the whole text."""
    if len(text) <= MAX_DESCRIPTION:
        return text
    cut = text[: MAX_DESCRIPTION - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_DESCRIPTION // 2 else cut).rstrip() + "…"


def _descriptors(rules: Sequence[_Configured], store: DescriptorStore | None) -> list[dict[str, Any]]:
    """The rules' descriptors, from the store when these rules were written before by this code."""
    if store is None:
        return [_descriptor(rule) for rule in rules]
    return store.remembered(  # type: ignore[no-any-return]
        _descriptors_key(rules),
        "rules",
        lambda: [_descriptor(rule) for rule in rules],
        lambda stored: _well_formed(stored, rules),
    )


def _well_formed(stored: Any, rules: Sequence[Any]) -> bool:
    """A stored entry is used only if it has the shape written: one descriptor per rule,
    in order, each with the fields and types of a reportingDescriptor."""
    from scanner.report.merge import MergeError
    from scanner.report.merge_shape import RULE, check_shape

    if not isinstance(stored, list) or len(stored) != len(rules):
        return False
    try:
        for index, (descriptor, rule) in enumerate(zip(stored, rules, strict=True)):
            check_shape(descriptor, RULE, f"rules[{index}]", "stored descriptors")
            if descriptor.get("id") != rule.id:
                return False
    except MergeError:
        return False
    return True


def _descriptors_key(rules: Sequence[Any]) -> str:
    """Everything a descriptor is made of: the rules' texts and this writer's code
    (these modules, by content: an edit that keeps a file's size and modification time
    must not leave old descriptors in use)."""
    digest = hashlib.sha256(f"{DESCRIPTORS_FORMAT}\0".encode())
    for path in (__file__, _escape_file()):
        digest.update(f"{path}\0".encode())
        digest.update(Path(path).read_bytes())
    for configured in rules:
        rule = configured.rule
        fields = (rule.id, rule.name, rule.title, rule.description, rule.rationale, rule.remediation)
        more = (rule.tags, rule.references, configured.level.value, rule.security_severity, configured.version)
        digest.update(repr((fields, more)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _escape_file() -> str:
    from scanner.report import escape

    return escape.__file__


def _descriptor(configured: _Configured) -> dict[str, Any]:
    """A rule's reportingDescriptor as plain data, exactly as `_plain` writes the sarif-om
    `ReportingDescriptor` (tests/test_formats.py holds the two equal): loading sarif-om's
    attrs classes took 25 ms of a 0.2 s cold scan of one file."""
    rule, level = configured.rule, configured.level
    tags = list(dict.fromkeys(["security", "sovereignty", *rule.tags]))
    description = rule.description.strip()
    fields: dict[str, Any] = {
        "id": rule.id,
        "defaultConfiguration": {"level": level.value},
        "fullDescription": _message_string(_short_description(description)) if description else None,
        "help": _message_string(_help_text(rule), _help_markdown(rule)),
        "helpUri": rule_page(rule.id, configured.version),
        "name": rule.name,
        "properties": {
            "tags": tags,
            "security-severity": f"{security_severity(rule, level):.1f}",
            "precision": "high",
        },
        "shortDescription": _message_string(rule.title),
    }
    return {key: value for key, value in fields.items() if value is not None}


def _message_string(text: str, markdown: str | None = None) -> dict[str, Any]:
    """A multiformatMessageString (sarif-om's field order)."""
    return {"text": text} if markdown is None else {"text": text, "markdown": markdown}


def _sections(rule: Any) -> list[tuple[str, str]]:
    return [
        (heading, body.strip())
        for heading, body in (
            ("Rationale", rule.rationale),
            ("Remediation", rule.remediation),
        )
        if body and body.strip()
    ]


def _help_text(rule: Any) -> str:
    parts = [rule.description.strip() or rule.title]
    parts += [f"{heading}:\n{body}" for heading, body in _sections(rule)]
    if rule.references:
        refs = "\n".join(f"- {_reference_text(ref)}" for ref in rule.references)
        parts.append(f"References:\n{refs}")
    return "\n\n".join(parts)


def _help_markdown(rule: Any) -> str:
    from scanner.report.escape import escape_markdown

    parts = [rule.description.strip() or escape_markdown(rule.title)]
    parts += [f"### {heading}\n\n{body}" for heading, body in _sections(rule)]
    if rule.references:
        refs = "\n".join(f"- {_reference_markdown(ref)}" for ref in rule.references)
        parts.append(f"### References\n\n{refs}")
    return "\n\n".join(parts)


def _reference_text(ref: Any) -> str:
    text = f"{ref.title}, {ref.clause}" if ref.clause else ref.title
    return f"{text}: {ref.url}" if ref.url else text


def _reference_markdown(ref: Any) -> str:
    from scanner.report.escape import escape_markdown

    title = escape_markdown(ref.title)
    text = f"[{title}](<{ref.url}>)" if ref.url else title
    return f"{text}, {escape_markdown(ref.clause)}" if ref.clause else text


def _result(finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    """A result as plain data, keys in sarif-om's order and defaults left out, exactly as
    `_plain` would write a sarif-om `Result`: results are most of a log, and building and
    walking their sarif-om objects was most of the time spent writing one."""
    prefix = finding.repo_prefix
    location = _plain_location(finding.location, prefix)
    if finding.address:
        location = {"logicalLocations": [{"fullyQualifiedName": finding.address}], **location}
    out: dict[str, Any] = {
        "message": {"text": _linked_message(finding)},
        "level": Level(finding.level).value,
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_NAME: fingerprint(finding)},
    }
    if finding.properties:
        out["properties"] = _plain(finding.properties)
    related = [
        {"id": i, "message": {"text": step.label}, **_plain_location(step.location, prefix)}
        for i, step in enumerate(finding.related, start=1)
    ]
    if related:
        out["relatedLocations"] = related
    out["ruleId"] = finding.rule_id
    rule_index = index.get(finding.rule_id, -1)
    if rule_index != -1:
        out["ruleIndex"] = rule_index
    suppressions = _suppressions(finding, prefix)
    if suppressions:
        out["suppressions"] = suppressions
    return out


def _linked_message(finding: Finding) -> str:
    """The message, then its provenance as links to the related locations (`[label](1)`),
    which GitHub shows as the chain from use to definition. With links in it, SARIF
    (3.11.6) needs literal brackets and backslashes escaped."""
    if not finding.related:
        return finding.message
    links = " ← ".join(f"[{_link_text(step.label)}]({i})" for i, step in enumerate(finding.related, start=1))
    return f"{_link_text(finding.message)} (from {links})"


def unlinked_message(text: str, related: int) -> str:
    """The message `_linked_message` wrote, without its links (for `sovscan merge`)."""
    cut = text.rfind(" (from [") if related else -1
    if cut == -1:
        return text
    return re.sub(r"\\([\\\[\]])", r"\1", text[:cut])


def _link_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _plain_location(loc: Location, prefix: str) -> dict[str, Any]:
    """A SARIF location, keys in sarif-om's order, defaults left out."""
    # SARIF lines and columns are 1-based; a 0 from a loader means "whole file/line".
    start = max(loc.start_line, 1)
    region: dict[str, Any] = {}
    if loc.end_column and loc.end_column > 0:
        region["endColumn"] = loc.end_column
    region["endLine"] = max(loc.end_line, start)
    if loc.start_column and loc.start_column > 0:
        region["startColumn"] = loc.start_column
    region["startLine"] = start
    return {"physicalLocation": {"artifactLocation": _artifact(in_repository(prefix, loc.path)), "region": region}}


def _suppressions(finding: Finding, prefix: str) -> list[dict[str, Any]] | None:
    s = finding.suppression
    if s is None:
        return None
    # Keys in the order of sarif-om's Suppression, with SARIF 2.1.0's `status` (sarif-om
    # 1.0.4 predates the rename of `state` to `status`).
    suppression: dict[str, Any] = {"kind": s.kind}
    if s.justification:
        suppression["justification"] = s.justification
    if s.location:
        suppression["location"] = _plain_location(s.location, prefix)
    suppression["status"] = "accepted"
    return [suppression]


@functools.lru_cache(maxsize=8192)
def _artifact(path: str) -> dict[str, Any]:
    """Shared by every location in the same file: callers never change it."""
    if path.startswith("/"):
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": SRCROOT}


def _notification(n: Notification, index: dict[str, int], prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {"message": {"text": n.message}}
    if n.rule_id:
        # `descriptor` would name a notification descriptor; a rule is `associatedRule`.
        rule: dict[str, Any] = {"id": n.rule_id}
        if index.get(n.rule_id, -1) != -1:
            rule["index"] = index[n.rule_id]
        out["associatedRule"] = rule
    out["level"] = Level(n.level).value
    if n.path:
        physical: dict[str, Any] = {"artifactLocation": _artifact(in_repository(prefix, n.path))}
        if n.line and n.line > 0:
            physical["region"] = {"startLine": n.line}
        out["locations"] = [{"physicalLocation": physical}]
    return out


def _weakened_notification(item: Weakening) -> dict[str, Any]:
    """A setting that weakened the scan (warning), or that the scanned tree tried and was
    refused (note)."""
    verb = "weakened the scan" if item.applied else "was found in the scanned tree and not applied"
    return {
        "message": {"text": f"{item.describe()} {verb}"},
        "descriptor": {"id": f"sovscan/config/{item.setting}"},
        "level": Level.WARNING.value if item.applied else Level.NOTE.value,
        "properties": as_dict(item),
    }


def _dropped_notification(total: int) -> dict[str, Any]:
    dropped = total - MAX_RESULTS
    text = (
        f"{total:,} results found; only the first {MAX_RESULTS:,} are written "
        f"({dropped:,} dropped) because GitHub code scanning accepts at most "
        f"{MAX_RESULTS:,} results per run. Use the JSON or text output for all of them."
    )
    return {"message": {"text": text}, "level": Level.WARNING.value}


def _unshown_notification(total: int) -> dict[str, Any]:
    text = (
        f"{total:,} results found; GitHub code scanning shows only {SHOWN_RESULTS:,} of a run's results "
        "(the most severe first). Use the JSON or text output for all of them, or narrow the scan."
    )
    return {"message": {"text": text}, "level": Level.WARNING.value}


def _root_uri(root: str) -> str:
    path = Path(root)
    uri = (path if path.is_absolute() else path.resolve()).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _is_semver(version: str) -> bool:
    core = version.split("+", 1)[0].split("-", 1)[0].split(".")
    return len(core) == 3 and all(part.isdigit() for part in core)


# --- serializing sarif-om objects -------------------------------------------------


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, str, object], ...]:
    """(attribute, JSON name, default) for each field of a sarif-om class."""
    import attr

    out = []
    for field in attr.fields(cls):
        default = field.default
        if isinstance(default, attr.Factory):
            default = default.factory()
        out.append((field.name, field.metadata["schema_property_name"], default))
    return tuple(out)


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:
        return value
    if hasattr(type(value), "__attrs_attrs__"):  # a sarif-om object (what `attr.has` tests)
        return _plain_object(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, Enum):
        return value.value
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain_object(obj: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    values = vars(obj)
    for name, json_name, default in _fields(type(obj)):
        value = values[name]
        if value is None or _omitted(value, json_name, default):
            continue
        out[json_name] = _plain(value)
    return out


def _omitted(value: Any, json_name: str, default: object) -> bool:
    if isinstance(value, (list, tuple, dict)) and not value:
        return True
    # sarif-om's non-None defaults are schema defaults or -1 "unset" sentinels, so
    # leaving them out means the same thing — except for `level`.
    same = type(value) is type(default) and value == default
    return same and json_name not in _ALWAYS_WRITTEN
