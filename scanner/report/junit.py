"""JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps…).

One `<testsuite>` per rule that ran (sorted by id), one `<testcase>` per (rule, resource)
pair: a `<failure>` when any of the pair's findings is unsuppressed, `<skipped>` when all
of them are suppressed. A finding without a resource address (a file that did not parse)
is its own resource, named by its path. Passing resources are not listed: the scan
reports findings, not an inventory.

Shape, as the common JUnit schema (Jenkins' junit-10.xsd) has it::

    <testsuites name="sovscan" tests failures errors skipped time>
      <testsuite name="RES001" tests failures errors skipped time>
        <testcase name="aws_s3_bucket.b" classname="RES001.main.tf" file="main.tf" line="3" time="0">
          <failure message="…" type="error">every finding, with its provenance</failure>
        </testcase>
        <testcase …><skipped message="suppressed (inSource): why"/></testcase>
      </testsuite>
    </testsuites>

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

# Not allowed anywhere in an XML 1.0 document and left alone by `terminal_safe`.
_NOT_XML = re.compile("[\ufffe\uffff]")


def render_junit(result: ScanResult) -> str:
    by_rule = _by_rule(result.findings)
    rule_ids = sorted({rule.id for rule in result.rules} | set(by_rule))
    root = ET.Element("testsuites", name="sovscan")
    suites = [_suite(rule_id, by_rule.get(rule_id, {})) for rule_id in rule_ids]
    root.extend(suites)
    _set_counts(root, suites)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _by_rule(findings: Iterable[Finding]) -> dict[str, dict[str, list[Finding]]]:
    """rule → resource → its findings, in report order."""
    by_rule: dict[str, dict[str, list[Finding]]] = defaultdict(dict)
    for finding in sorted_findings(findings):
        resource = finding.address or finding.location.path
        by_rule[finding.rule_id].setdefault(resource, []).append(finding)
    return by_rule


def _suite(rule_id: str, cases: dict[str, list[Finding]]) -> ET.Element:
    suite = ET.Element("testsuite", name=_xml(rule_id))
    suite.extend(_case(rule_id, resource, cases[resource]) for resource in sorted(cases))
    _set_counts(suite, list(suite))
    return suite


def _case(rule_id: str, resource: str, findings: list[Finding]) -> ET.Element:
    first = findings[0].location
    case = ET.Element(
        "testcase",
        name=_xml(resource),
        classname=_xml(f"{rule_id}.{first.path}"),
        file=_xml(first.path),
        line=str(first.start_line),
        time="0",
    )
    active = [f for f in findings if f.suppression is None]
    if active:
        worst = max(active, key=lambda f: Level(f.level).rank)
        failure = ET.SubElement(case, "failure", message=_xml(worst.message), type=Level(worst.level).value)
        failure.text = _xml("\n\n".join(_details(f) for f in findings))
    else:
        ET.SubElement(case, "skipped", message=_xml(_suppressed(findings[0].suppression)))
    return case


def _details(finding: Finding) -> str:
    loc = finding.location
    lines = [f"{Level(finding.level).value}: {finding.message}", f"at {loc.path}:{loc.start_line}"]
    lines += [f"  <- {step.label} ({step.location.path}:{step.location.start_line})" for step in finding.related]
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
    else:
        tests, failures, skipped = (sum(int(s.get(name, "0")) for s in suites_or_cases) for name in _COUNTS[:3])
    for name, value in zip(_COUNTS, (tests, failures, skipped, 0), strict=True):
        element.set(name, str(value))
    element.set("time", "0")


_COUNTS = ("tests", "failures", "skipped", "errors")


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", terminal_safe(text, keep_newlines=True))
