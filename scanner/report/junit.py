"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps…).

Conforms to Jenkins' junit-10.xsd (the schema the JUnit plugin documents,
https://github.com/jenkinsci/junit-plugin/blob/master/src/main/resources/hudson/tasks/junit/junit-10.xsd):
one `<testsuite>` per rule that ran (sorted by id), one `<testcase>` per finding. A
finding at or above `--fail-on` is a `<failure>`; a suppressed one is `<skipped>`; one
below `--fail-on` passes, its text in `<system-out>` (it does not fail the gate, so it
does not fail a test). A finding without a resource address (a file that did not parse)
is named by its path. Passing resources are not listed: the scan reports findings, not
an inventory. Paths are relative to the repository root.

Shape::

    <testsuites name="sovscan" tests failures errors time>
      <testsuite name="RES001" tests failures errors skipped time>
        <testcase name="aws_s3_bucket.b" classname="RES001.infra/main.tf" time="0">
          <failure message="…" type="error">the finding, with its provenance</failure>
        </testcase>
        <testcase …><skipped message="suppressed (inSource): why"/></testcase>
        <testcase …><system-out>note: …</system-out></testcase>
      </testsuite>
    </testsuites>

The schema has no file or line attribute on `testcase`: the classname carries the file,
the failure text the line. Two findings with the same rule, file and resource are told
apart by a " #2" suffix, so a CI keeps each one's history by name across runs.

Escaping is left to xml.etree. Text from scanned files first goes through
`terminal_safe`: control characters (which XML 1.0 cannot hold at all) and bidi overrides
become visible escapes, so the file parses and a CI page shows what is really there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable

from scanner.model import Finding, Level, ScanResult, Suppression
from scanner.report.escape import terminal_safe
from scanner.report.fingerprint import sorted_findings
from scanner.report.paths import in_repository

# Not allowed anywhere in an XML 1.0 document and left alone by `terminal_safe`.
_NOT_XML = re.compile("[\ufffe\uffff]")


def render_junit(result: ScanResult, fail_on: str = "note") -> str:
    threshold = _RANK.get(fail_on, 1)
    by_rule = _by_rule(result.findings)
    rule_ids = sorted({rule.id for rule in result.rules} | set(by_rule))
    root = ET.Element("testsuites", name="sovscan")
    suites = [_suite(rule_id, by_rule.get(rule_id, []), threshold) for rule_id in rule_ids]
    root.extend(suites)
    _set_counts(root, suites)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


_RANK = {"note": 1, "warning": 2, "error": 3, "never": 99}


def _by_rule(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """rule → its findings, in report order."""
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in sorted_findings(findings):
        by_rule[finding.rule_id].append(finding)
    return by_rule


def _suite(rule_id: str, findings: list[Finding], threshold: int) -> ET.Element:
    suite = ET.Element("testsuite", name=_xml(rule_id))
    seen: dict[tuple[str, str], int] = {}
    for finding in findings:
        path = in_repository(finding.repo_prefix, finding.location.path)
        resource = finding.address or path
        seen[(path, resource)] = count = seen.get((path, resource), 0) + 1
        name = resource if count == 1 else f"{resource} #{count}"
        suite.append(_case(rule_id, path, name, finding, threshold))
    _set_counts(suite, list(suite))
    return suite


def _case(rule_id: str, path: str, name: str, finding: Finding, threshold: int) -> ET.Element:
    case = ET.Element("testcase", name=_xml(name), classname=_xml(f"{rule_id}.{path}"), time="0")
    details = _xml(_details(finding, path))
    if finding.suppression is not None:
        ET.SubElement(case, "skipped", message=_xml(_suppressed(finding.suppression)))
    elif Level(finding.level).rank >= threshold:
        failure = ET.SubElement(case, "failure", message=_xml(finding.message), type=Level(finding.level).value)
        failure.text = details
    else:
        ET.SubElement(case, "system-out").text = details
    return case


def _details(finding: Finding, path: str) -> str:
    loc = finding.location
    prefix = finding.repo_prefix
    lines = [f"{Level(finding.level).value}: {finding.message}", f"at {path}:{loc.start_line}"]
    lines += [
        f"  <- {step.label} ({in_repository(prefix, step.location.path)}:{step.location.start_line})"
        for step in finding.related
    ]
    if finding.suppression is not None:
        lines.append(_suppressed(finding.suppression))
    return "\n".join(lines)


def _suppressed(s: Suppression | None) -> str:
    if s is None:
        return ""
    return f"suppressed ({s.kind}): {s.justification}" if s.justification else f"suppressed ({s.kind})"


def _set_counts(element: ET.Element, suites_or_cases: list[ET.Element]) -> None:
    if element.tag == "testsuite":
        tests = len(suites_or_cases)
        failures = sum(1 for c in suites_or_cases if c.find("failure") is not None)
        skipped = sum(1 for c in suites_or_cases if c.find("skipped") is not None)
        counts = {"tests": tests, "failures": failures, "errors": 0, "skipped": skipped}
    else:
        # junit-10.xsd's <testsuites> has no `skipped` attribute.
        tests, failures = (sum(int(s.get(name, "0")) for s in suites_or_cases) for name in ("tests", "failures"))
        counts = {"tests": tests, "failures": failures, "errors": 0}
    for name, value in counts.items():
        element.set(name, str(value))
    element.set("time", "0")


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", terminal_safe(text, keep_newlines=True))
