"""HTML, Markdown, JUnit and GitLab reports, baselines and SARIF merging.

Each report is compared with a stored expectation in tests/data/expected/. After an
intended change, regenerate them and review the diff:

    SOVSCAN_UPDATE_EXPECTED=1 python -m pytest tests/test_formats.py
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml

from scanner.check.rule import Reference, Rule
from scanner.model import Finding, Level, Location, Notification, ScanResult, Step, Suppression
from scanner.report.fingerprint import FINGERPRINT_NAME, fingerprint
from scanner.report.formats import profile_zones
from scanner.report.gitlab import render_gitlab
from scanner.report.html import render_html
from scanner.report.junit import render_junit
from scanner.report.markdown import render_markdown
from scanner.report.merge import MergeError, combine_results, merge_sarif, sarif_to_result
from scanner.report.sarif import render_sarif
from scanner.suppress.baseline import BASELINE_NAME, BaselineError, apply_baseline, create_baseline

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
EXPECTED = DATA / "expected"
SCHEMA = DATA / "sarif-schema-2.1.0.json"
UPDATE = os.environ.get("SOVSCAN_UPDATE_EXPECTED") == "1"

XSS = "<script>alert(1)</script>"
TODAY = datetime.date(2026, 1, 2)
CATALOG_DATES = {"aws": "2026-11-22", "azurerm": "2026-11-20", "google": "2026-11-21"}

RES001 = Rule(
    id="RES001",
    name="region-outside-allowed-zone",
    title="Resource deployed outside the allowed zone",
    level=Level.ERROR,
    security_severity=8.0,
    description="A resource is deployed in a region outside the profile's zone.",
    rationale="Data stored outside the zone may fall under foreign jurisdiction.",
    remediation="Move the resource to a region inside the zone, or suppress it:\n`# sovscan:ignore RES001 -- why`.",
    check="region-in-zone",
    tags=("data-residency",),
    references=(Reference(title="GDPR Chapter V", url="https://eur-lex.europa.eu/eli/reg/2016/679/oj", clause="44"),),
)
RES002 = Rule(
    id="RES002",
    name="region-unknown",
    title="Region cannot be determined",
    level=Level.WARNING,
    security_severity=5.0,
    description="The region of a resource is not known statically.",
    rationale="",
    remediation="Pin the region.",
    check="region-known",
)
PARSE001 = Rule(
    id="PARSE001",
    name="parse-failure",
    title="File could not be parsed",
    level=Level.ERROR,
    security_severity=9.5,
    description="A file could not be parsed.",
    rationale="",
    remediation="Fix the syntax.",
    check="",
)


def loc(path: str, start: int, end: int | None = None) -> Location:
    return Location(path, start, end or start)


def aws(region: str, country: str, zone: str) -> dict[str, object]:
    return {"provider": "aws", "region": region, "countries": [country], "zone": zone}


def make_result(**changes: object) -> ScanResult:
    findings = [
        Finding(
            rule_id="RES001",
            level=Level.ERROR,
            message="aws_s3_bucket.data is deployed in us-east-1 (United States), outside the EEA",
            location=loc("main.tf", 12, 20),
            address="aws_s3_bucket.data",
            related=(
                Step('region of provider "aws.us"', loc("providers.tf", 4)),
                Step("var.region", loc("variables.tf", 3)),
                Step("region in terraform.tfvars", loc("terraform.tfvars", 15)),
            ),
            fingerprint_key="region",
            properties=aws("us-east-1", "US", "third"),
        ),
        Finding(
            rule_id="RES001",
            level=Level.ERROR,
            message=f"aws_s3_bucket.x{XSS} is deployed in eu-west-2 (United Kingdom) [x](http://evil) *b* | pipe",
            location=loc("main.tf", 40, 48),
            address=f"aws_s3_bucket.x{XSS}",
            properties=aws("eu-west-2", "GB", "adequacy"),
        ),
        Finding(
            rule_id="RES001",
            level=Level.ERROR,
            message="azurerm_storage_account.backup is deployed in East US (United States), outside the EEA",
            location=loc("azure/main.tf", 7, 15),
            address="azurerm_storage_account.backup",
            properties={"provider": "azurerm", "region": "eastus", "country": "US", "zone": "third"},
            suppression=Suppression("inSource", "DPO decision 2026-014", loc("azure/main.tf", 6)),
        ),
        Finding(
            rule_id="RES002",
            level=Level.WARNING,
            message="the region of Bucket/web cannot be determined: `var.x` has no value",
            location=loc("k8s/bucket.yaml", 1, 9),
            address="Bucket/web",
            properties={"provider": "aws"},
        ),
        Finding(
            rule_id="PARSE001",
            level=Level.ERROR,
            message="broken.tf was not scanned: unexpected token \x1b[31m\u202e at line 3",
            location=loc("broken.tf", 3),
            fingerprint_key="unexpected token",
        ),
    ]
    base = ScanResult(
        root="/tmp/project",
        tool_version="0.1.0",
        profiles=("hds", "secnumcloud"),
        rules=[PARSE001, RES001, RES002],
        findings=findings,
        notifications=[
            Notification(Level.ERROR, "unexpected token", path="broken.tf", line=3, rule_id="PARSE001"),
            Notification(Level.NOTE, f"skipped {XSS}.yaml: not a manifest", path=f"{XSS}.yaml"),
        ],
        files_scanned=6,
        resources=9,
    )
    return dataclasses.replace(base, **changes)


def check_expected(name: str, text: str) -> None:
    path = EXPECTED / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"{path} is missing; run with SOVSCAN_UPDATE_EXPECTED=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; regenerate with SOVSCAN_UPDATE_EXPECTED=1"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


# --- HTML ----------------------------------------------------------------------------


PLACEMENTS = {"": 2, "FR": 5, "NO": 1, "US": 3}
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def html() -> str:
    result = make_result(placements=PLACEMENTS)
    zones = profile_zones(result.profiles)
    return render_html(result, CATALOG_DATES, zones=zones, scan_date="2026-12-01", commit=COMMIT)


def _bars(page: str, ident: str) -> list[str]:
    figure = page[page.index(f'<figure class="chart" id="{ident}">') :]
    return re.findall(r"<title>([^<]*)</title>", figure[: figure.index("</figure>")])


def test_html_matches_expected() -> None:
    assert html() == html()
    check_expected("report.html", html())


def test_html_escapes_scanned_text() -> None:
    out = html()
    assert "<script>alert" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count("<script") == 1  # the report's own
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31m\\u202e" in out


def test_html_is_self_contained() -> None:
    out = html()
    assert re.search(r"<(link|img|iframe|object|embed)\b", out) is None
    assert re.search(r"\ssrc=", out) is None
    assert "@import" not in out and "url(" not in out
    assert re.search(r"\sstyle=", out) is None  # the CSP would block inline style attributes
    assert re.search(r"\son[a-z]+=", out) is None
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', out)
    assert csp is not None
    policy = csp.group(1).replace("&#39;", "'")
    assert policy.startswith("default-src 'none';")
    style = re.search(r"<style>(.*?)</style>", out, re.S)
    script = re.search(r"<script>(.*?)</script>", out, re.S)
    assert style and script
    assert f"style-src '{_sha256(style.group(1))}'" in policy
    assert f"script-src '{_sha256(script.group(1))}'" in policy


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_html_content() -> None:
    out = html()
    for chart in ("chart-level", "chart-rule", "chart-provider", "chart-country"):
        assert f'<figure class="chart" id="{chart}">' in out
    assert out.count("<svg") == 6
    # Per active profile, every placed resource: Norway is in the EEA (hds), not in the EU
    # (secnumcloud); the United States is outside both, never "zone adequacy".
    assert _bars(out, "chart-zone-hds") == ["outside: US: 3", "unknown: 2", "in zone: FR: 5", "in zone: NO: 1"]
    assert _bars(out, "chart-zone-secnumcloud") == ["outside: US: 3", "outside: NO: 1", "unknown: 2", "in zone: FR: 5"]
    assert "zone adequacy" not in out
    assert f'commit <code id="commit" title="{COMMIT}">0123456789ab</code>' in out
    assert '<time id="scan-date" datetime="2026-12-01">' in out
    assert out.count('<tr id="finding-') == 5
    assert 'data-rule="RES002" data-level="warning" data-provider="aws" data-file="k8s/bucket.yaml"' in out
    assert 'data-state="suppressed"' in out and "DPO decision 2026-014" in out
    assert "var.region" in out and "terraform.tfvars:15" in out  # provenance chain
    assert "<code># sovscan:ignore RES001 -- why</code>" in out  # remediation, with its code span
    assert '<strong id="profiles">hds, secnumcloud</strong>' in out
    assert "<tr><td>azurerm</td><td>2026-11-20</td></tr>" in out
    assert '<form id="filters" hidden>' in out  # the script shows it; without scripts the table is all there


def test_html_without_findings_or_dates() -> None:
    out = render_html(make_result(findings=[], notifications=[]))
    assert '<p id="no-findings">No findings.</p>' in out
    assert "The catalog dates were not given" in out
    assert "chart-provider" not in out


def test_html_import_does_not_load_jinja() -> None:
    code = "import sys, scanner.report.html; print('jinja2' in sys.modules, 'markupsafe' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


# --- Markdown ------------------------------------------------------------------------


def test_markdown_matches_expected() -> None:
    out = render_markdown(make_result())
    assert out == render_markdown(make_result())
    check_expected("report.md", out)


def test_markdown_escapes_scanned_text() -> None:
    out = render_markdown(make_result())
    outside_code = re.sub(r"(`+).*?\1", "", re.sub(r"\\.", "", out))
    assert "<script" not in outside_code
    assert "](http" not in outside_code
    assert "\x1b" not in out and "\u202e" not in out
    for line in out.splitlines():
        if line.startswith(("| error |", "| warning |")):
            assert len(re.findall(r"(?<!\\)\|", line)) == 6, line  # a pipe in the text does not add a cell


def test_markdown_summary_and_folding() -> None:
    many = make_result()
    extra = [
        dataclasses.replace(many.findings[0], address=f"aws_s3_bucket.b{i:02}", location=loc("main.tf", 100 + i))
        for i in range(12)
    ]
    many.findings += extra
    out = render_markdown(many)
    assert out.startswith("<!-- sovscan-report -->\n\n### sovscan: 15 errors, 1 warning, 0 notes (1 suppressed)")
    top, _, rest = out.partition("<details><summary>6 more findings</summary>")
    assert len(re.findall(r"^\| (error|warning|note) \| [A-Z]", top, re.M)) == 10
    assert "<details><summary>1 suppressed finding</summary>" in rest
    assert render_markdown(make_result(findings=[])).splitlines()[2] == "### sovscan: no findings"


# --- JUnit ---------------------------------------------------------------------------


def test_junit_matches_expected() -> None:
    out = render_junit(make_result())
    assert out == render_junit(make_result())
    check_expected("report.junit.xml", out)


def test_junit_shape() -> None:
    root = ET.fromstring(render_junit(make_result()))
    assert root.tag == "testsuites" and root.get("name") == "sovscan"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["PARSE001", "RES001", "RES002"]
    for suite in suites:
        cases = suite.findall("testcase")
        assert suite.get("tests") == str(len(cases))
        assert suite.get("failures") == str(sum(1 for c in cases if c.find("failure") is not None))
        assert suite.get("skipped") == str(sum(1 for c in cases if c.find("skipped") is not None))
        assert suite.get("errors") == "0"
        for case in cases:
            assert case.get("name") and case.get("classname", "").startswith(suite.get("name", "?") + ".")
            failure = case.find("failure")
            if failure is not None:
                assert set(failure.attrib) == {"message", "type"} and failure.get("type") in {"error", "warning"}
    # junit-10.xsd: <testsuites> has no `skipped`, <testcase> no `file` or `line`.
    assert root.get("tests") == "5" and root.get("failures") == "4" and "skipped" not in root.attrib
    assert all({"file", "line"}.isdisjoint(case.attrib) for case in root.iter("testcase"))
    res001 = {c.get("name"): c for c in suites[1].findall("testcase")}
    assert res001["azurerm_storage_account.backup"].find("skipped") is not None
    failure = res001["aws_s3_bucket.data"].find("failure")
    assert failure is not None and "<- var.region (variables.tf:3)" in (failure.text or "")
    assert res001[f"aws_s3_bucket.x{XSS}"].find("failure") is not None  # escaped by etree, parsed back intact
    parse = suites[0].find("testcase")
    assert parse is not None and parse.get("name") == "broken.tf"  # no address: the file is the resource
    assert "\\x1b[31m\\u202e" in (parse.find("failure").get("message") or "")  # type: ignore[union-attr]


def test_junit_one_case_per_finding() -> None:
    result = make_result()
    first = result.findings[0]
    result.findings.append(dataclasses.replace(first, fingerprint_key="replica", location=loc("main.tf", 60)))
    result.findings.append(dataclasses.replace(first, location=loc("other/main.tf", 3)))
    root = ET.fromstring(render_junit(result))
    cases = [c for c in root.iter("testcase") if (c.get("name") or "").startswith("aws_s3_bucket.data")]
    assert sorted((c.get("classname"), c.get("name")) for c in cases) == [
        ("RES001.main.tf", "aws_s3_bucket.data"),
        ("RES001.main.tf", "aws_s3_bucket.data #2"),
        ("RES001.other/main.tf", "aws_s3_bucket.data"),
    ]


def test_junit_findings_below_fail_on_pass() -> None:
    root = ET.fromstring(render_junit(make_result(), fail_on="error"))
    [res002] = [s for s in root.iter("testsuite") if s.get("name") == "RES002"]
    [case] = res002.findall("testcase")
    assert case.find("failure") is None and "warning:" in (case.findtext("system-out") or "")
    assert res002.get("failures") == "0" and root.get("failures") == "3"


# --- GitLab code quality -------------------------------------------------------------


def test_gitlab_matches_expected() -> None:
    out = render_gitlab(make_result())
    assert out == render_gitlab(make_result())
    check_expected("report.gitlab.json", out)


def test_gitlab_shape() -> None:
    result = make_result()
    issues = json.loads(render_gitlab(result))
    assert isinstance(issues, list) and len(issues) == 4  # the suppressed finding is left out
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert set(issue["location"]) == {"path", "lines"} and isinstance(issue["location"]["lines"]["begin"], int)
    by_rule = {i["check_name"]: i["severity"] for i in issues}
    assert by_rule == {"PARSE001": "critical", "RES001": "major", "RES002": "minor"}
    active = [f for f in result.findings if f.suppression is None]
    assert sorted(i["fingerprint"] for i in issues) == sorted(fingerprint(f) for f in active)
    assert not render_gitlab(make_result()).startswith("\ufeff")


# --- baseline ------------------------------------------------------------------------


def test_baseline_matches_expected() -> None:
    text = create_baseline(make_result(), today=TODAY)
    document = json.loads(text)
    assert list(document) == ["version", "tool", "fingerprint", "created", "findings"]
    assert document["version"] == 2 and document["tool"] == "sovscan" and document["created"] == "2026-01-02"
    assert document["fingerprint"] == FINGERPRINT_NAME
    # Neither the inline-suppressed finding nor PARSE001 (an unread file) is baselined.
    assert len(document["findings"]) == 3
    assert "PARSE001" not in {entry["rule"] for entry in document["findings"]}
    assert set(document["findings"][0]) == {"fingerprint", "rule", "path", "address", "message"}
    check_expected("baseline.json", text)


def test_baseline_round_trip() -> None:
    text = create_baseline(make_result(), today=TODAY)
    result = make_result()
    stale = apply_baseline(result, text)
    assert stale == []
    assert all(f.suppression is not None for f in result.findings if f.rule_id != "PARSE001")
    external = [f for f in result.findings if f.suppression and f.suppression.kind == "external"]
    assert len(external) == 3
    assert external[0].suppression == Suppression("external", f"in baseline {BASELINE_NAME} since 2026-01-02")
    inline = result.findings[2].suppression
    assert inline is not None and inline.kind == "inSource"  # an inline suppression stays as it was


def test_baseline_survives_moved_lines_and_reports_new_and_stale() -> None:
    text = create_baseline(make_result(), today=TODAY)
    result = make_result()
    for finding in result.findings:
        finding.location = finding.location._replace(start_line=finding.location.start_line + 30)
    result.findings[0].address = "aws_s3_bucket.renamed"
    stale = apply_baseline(result, text, name="ci/baseline.json")
    assert result.findings[0].suppression is None  # a new finding
    assert [e["address"] for e in stale] == ["aws_s3_bucket.data"]
    moved = result.findings[3].suppression
    assert moved is not None and moved.justification == "in baseline ci/baseline.json since 2026-01-02"


def _v2(fields: str) -> str:
    return f'{{"tool": "sovscan", "version": 2, "fingerprint": "{FINGERPRINT_NAME}", {fields}}}'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "not a sovscan baseline"),
        ('{"tool": "sovscan", "version": 3, "created": "2026-01-02", "findings": []}', "version 3"),
        ('{"tool": "sovscan", "version": 1, "created": "2026-01-02", "findings": []}', "recreate the baseline"),
        (_v2('"created": "yesterday", "findings": []'), "created"),
        (_v2('"created": "2026-01-02"'), '"findings" list'),
        (_v2('"created": "2026-01-02", "findings": [1]'), "findings[0]"),
        (_v2('"created": "2026-01-02", "findings": [{"rule": "X"}]'), "fingerprint"),
    ],
)
def test_baseline_malformed(text: str, message: str) -> None:
    with pytest.raises(BaselineError, match=re.escape(message)):
        apply_baseline(make_result(), text)


# --- merging SARIF -------------------------------------------------------------------


def two_logs() -> list[str]:
    other = make_result(root="/work/infra-b", findings=make_result().findings[3:])
    return [render_sarif(make_result()), render_sarif(other)]


def test_merge_validates_and_keeps_runs(schema: dict) -> None:
    merged = merge_sarif(two_logs())
    log = json.loads(merged)
    jsonschema.Draft7Validator(schema).validate(log)
    assert list(log)[:2] == ["$schema", "version"] and log["version"] == "2.1.0"
    assert len(log["runs"]) == 2
    assert sorted(len(run["results"]) for run in log["runs"]) == [2, 5]
    categories = sorted(run["automationDetails"]["id"] for run in log["runs"])
    assert categories == ["sovscan/infra-b/", "sovscan/project/"]


def test_merge_is_deterministic_and_drops_repeated_runs() -> None:
    first, second = two_logs()
    merged = merge_sarif([first, second])
    assert merge_sarif([second, first]) == merged
    assert merge_sarif([first, second, first]) == merged
    same_name = render_sarif(make_result(root="/elsewhere/project", findings=[]))
    ids = [run["automationDetails"]["id"] for run in json.loads(merge_sarif([first, same_name]))["runs"]]
    assert sorted(ids) == ["sovscan/project-2/", "sovscan/project/"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "input 1 is not JSON"),
        ('{"version": "2.0.0", "runs": []}', "not a SARIF 2.1.0 log"),
        ('{"version": "2.1.0"}', '"runs" list'),
        ('{"version": "2.1.0", "runs": [{"tool": {}}]}', "tool.driver.name"),
    ],
)
def test_merge_rejects_invalid_input(text: str, message: str) -> None:
    with pytest.raises(MergeError, match=re.escape(message)):
        merge_sarif([text])


def test_sarif_to_result_round_trip() -> None:
    [back] = sarif_to_result(render_sarif(make_result()))
    original = make_result()
    assert back.root == "/tmp/project" and back.tool_version == "0.1.0"
    assert [r.id for r in back.rules] == ["PARSE001", "RES001", "RES002"]
    assert back.rules[1].remediation == RES001.remediation and back.rules[1].security_severity == 8.0

    def key(f: Finding) -> tuple[object, ...]:
        return (f.rule_id, f.level, f.message, f.location, f.address, f.related, f.properties)

    assert sorted(map(key, back.findings), key=repr) == sorted(map(key, original.findings), key=repr)
    [suppressed] = [f for f in back.findings if f.suppression]
    assert suppressed.suppression == original.findings[2].suppression
    assert [(n.path, n.line, n.rule_id) for n in back.notifications] == [
        (n.path, n.line, n.rule_id) for n in original.notifications
    ]


def test_html_of_merged_runs() -> None:
    results = sarif_to_result(merge_sarif(two_logs()))
    combined = combine_results(results)
    assert len(combined.findings) == 7
    assert {f.location.path.split("/")[0] for f in combined.findings} == {"infra-b", "project"}
    out = render_html(combined)
    assert 'data-file="infra-b/k8s/bucket.yaml"' in out and "<script>alert" not in out


# --- CI integration files ------------------------------------------------------------


def action() -> dict:
    return yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def test_ci_doc_yaml_blocks_parse() -> None:
    text = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    assert len(blocks) >= 5
    for block in blocks:
        assert yaml.safe_load(block) is not None


def test_sarif_to_result_rejects_foreign_shapes() -> None:
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"name": "no id"}]}}}]}
    with pytest.raises(MergeError, match=r"runs\[0\]\.tool\.driver\.rules\[0\]\.id"):
        sarif_to_result(json.dumps(log))
