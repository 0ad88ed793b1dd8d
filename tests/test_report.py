from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from scanner.check.rule import Reference, Rule
from scanner.model import (
    Finding,
    Level,
    Location,
    Notification,
    ScanResult,
    Step,
    Suppression,
)
from scanner.report import sarif as sarif_module
from scanner.report.escape import escape_markdown, markdown_code, terminal_safe
from scanner.report.fingerprint import fingerprint
from scanner.report.json_report import render_json
from scanner.report.sarif import render_sarif
from scanner.report.text import render_text

DATA = Path(__file__).resolve().parent / "data"
SCHEMA_PATH = DATA / "sarif-schema-2.1.0.json"
SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared/schemas/sarif-schema-2.1.0.json"

RES001 = Rule(
    id="RES001",
    name="ResourceOutsideZone",
    title="Resource placed outside the allowed zone",
    level=Level.ERROR,
    security_severity=8.0,
    description="A resource is deployed in a region outside the profile's zone.",
    rationale="Data stored outside the zone may fall under foreign jurisdiction.",
    remediation="Move the resource to a region inside the zone.",
    check="region_in_zone",
    tags=("residency",),
    references=(Reference(title="GDPR [Art. 44]", url="https://gdpr.eu/article-44/", clause="44"),),
)
RES002 = Rule(
    id="RES002",
    name="UnknownRegion",
    title="Region cannot be determined",
    level=Level.WARNING,
    security_severity=5.0,
    description="The region of a resource is not known statically.",
    rationale="",
    remediation="Pin the region.",
    check="region_known",
)


def loc(path: str, start: int, end: int | None = None, col: int | None = None) -> Location:
    return Location(path, start, end or start, col, None if col is None else col + 5)


def make_result(**changes: object) -> ScanResult:
    findings = [
        Finding(
            rule_id="RES001",
            level=Level.ERROR,
            message="bucket in us-east-1 (United States) is outside the eea zone of profile hds",
            location=loc("main.tf", 12, 20, col=3),
            address="aws_s3_bucket.data",
            related=(
                Step("provider region", loc("providers.tf", 4)),
                Step("var.region", loc("variables.tf", 3)),
            ),
            fingerprint_key="region",
            properties={"region": "us-east-1"},
        ),
        Finding(
            rule_id="RES001",
            level=Level.WARNING,  # a warning of an error rule: `level` must be written
            message="bucket may be replicated outside the zone",
            location=loc("main.tf", 30),
            address="aws_s3_bucket.logs",
        ),
        Finding(
            rule_id="RES002",
            level=Level.WARNING,
            message="region is unknown",
            location=loc("sub dir/k8s.yaml", 1),
            address="Deployment/default/web",
            suppression=Suppression("inSource", "reviewed by DPO", loc("sub dir/k8s.yaml", 2)),
        ),
        Finding(
            rule_id="RES001",
            level=Level.ERROR,
            message="aws_instance.x\x1b[31m\u202e evil",
            location=loc("a.tf", 1),
            address="aws_instance.x\x1b[31m\u202e",
        ),
    ]
    notifications = [
        Notification(Level.WARNING, "skipped, file is larger than 5 MB", path="big.tf"),
        Notification(Level.ERROR, "parse failure", path="bad.tf", line=7, rule_id="RES001"),
        Notification(Level.NOTE, "no Kubernetes manifests found"),
    ]
    base = ScanResult(
        root="/tmp/project",
        tool_version="0.1.0",
        profiles=("hds",),
        rules=[RES002, RES001],
        findings=findings,
        notifications=notifications,
        files_scanned=12,
        resources=34,
    )
    return dataclasses.replace(base, **changes)


def sarif_run(result: ScanResult) -> dict:
    return json.loads(render_sarif(result))["runs"][0]


# --- SARIF ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "validator",
    [jsonschema.Draft7Validator, jsonschema.Draft4Validator],
    ids=["draft7", "draft4"],
)
def test_sarif_validates_against_schema(schema: dict, validator: type) -> None:
    validator(schema).validate(json.loads(render_sarif(make_result())))


def test_schema_copy_matches_shared() -> None:
    if not SHARED_SCHEMA.exists():
        pytest.skip("shared/ is not beside the clone")
    assert SCHEMA_PATH.read_bytes() == SHARED_SCHEMA.read_bytes()


def test_sarif_header_and_driver() -> None:
    log = json.loads(render_sarif(make_result()))
    assert list(log)[:2] == ["$schema", "version"]
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "sovscan"
    assert driver["version"] == driver["semanticVersion"] == "0.1.0"
    assert [r["id"] for r in driver["rules"]] == ["RES001", "RES002"]
    rule = driver["rules"][0]
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert driver["rules"][1]["defaultConfiguration"] == {"level": "warning"}
    assert rule["properties"] == {
        "tags": ["security", "sovereignty", "residency"],
        "security-severity": "8.0",
        "precision": "high",
    }
    assert "### Remediation" in rule["help"]["markdown"]
    assert "[GDPR \\[Art\\. 44\\]](<https://gdpr.eu/article-44/>)" in rule["help"]["markdown"]
    assert "Rationale:" in rule["help"]["text"]
    assert run["columnKind"] == "utf16CodeUnits"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///tmp/project/"}}
    assert "language" not in run and "contents" not in driver


def test_sarif_results_levels_and_rule_index() -> None:
    run = sarif_run(make_result())
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results] == [
        "a.tf",
        "main.tf",
        "main.tf",
        "sub%20dir/k8s.yaml",
    ]
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        assert r["level"] in {"error", "warning"}
        assert "rank" not in r and "kind" not in r
    warning = results[2]
    assert warning["ruleId"] == "RES001" and warning["level"] == "warning"
    assert '"level": "warning"' in render_sarif(make_result())


def test_sarif_result_details() -> None:
    first = sarif_run(make_result())["results"][1]
    location = first["locations"][0]
    assert location["physicalLocation"]["region"] == {
        "endColumn": 8,
        "endLine": 20,
        "startColumn": 3,
        "startLine": 12,
    }
    assert location["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    assert location["logicalLocations"] == [{"fullyQualifiedName": "aws_s3_bucket.data"}]
    assert [(r["id"], r["message"]["text"]) for r in first["relatedLocations"]] == [
        (1, "provider region"),
        (2, "var.region"),
    ]
    assert first["properties"] == {"region": "us-east-1"}
    assert len(first["partialFingerprints"]["sovscanFingerprint/v2"]) == 32


def test_sarif_suppression() -> None:
    suppressed = sarif_run(make_result())["results"][3]
    [s] = suppressed["suppressions"]
    assert s["kind"] == "inSource"
    assert s["status"] == "accepted"
    assert s["justification"] == "reviewed by DPO"
    assert s["location"]["physicalLocation"]["region"]["startLine"] == 2
    assert "state" not in s


def test_sarif_notifications() -> None:
    invocation = sarif_run(make_result())["invocations"][0]
    assert invocation["executionSuccessful"] is True
    big, bad, note = invocation["toolExecutionNotifications"]
    assert big["level"] == "warning"
    assert big["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "big.tf"
    assert bad["locations"][0]["physicalLocation"]["region"] == {"startLine": 7}
    assert bad["associatedRule"] == {"id": "RES001", "index": 0}
    assert "locations" not in note


def test_sarif_empty_results_kept() -> None:
    run = sarif_run(make_result(findings=[], notifications=[]))
    assert run["results"] == []


def test_sarif_byte_identical() -> None:
    assert render_sarif(make_result()) == render_sarif(make_result())
    reordered = make_result()
    reordered.findings.reverse()
    assert render_sarif(reordered) == render_sarif(make_result())


def test_fingerprints_ignore_line_numbers() -> None:
    moved = make_result()
    for f in moved.findings:
        f.location = f.location._replace(
            start_line=f.location.start_line + 40,
            end_line=f.location.end_line + 40,
        )

    def prints(result: ScanResult) -> list[str]:
        return sorted(r["partialFingerprints"]["sovscanFingerprint/v2"] for r in sarif_run(result)["results"])

    assert prints(moved) == prints(make_result())
    other_key = dataclasses.replace(make_result().findings[0], fingerprint_key="other")
    assert fingerprint(other_key) != fingerprint(make_result().findings[0])


def test_sarif_result_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif_module, "MAX_RESULTS", 2)
    run = sarif_run(make_result())
    assert len(run["results"]) == 2
    last = run["invocations"][0]["toolExecutionNotifications"][-1]
    assert last["level"] == "warning" and "2 dropped" in last["message"]["text"]


def test_sarif_nonsemver_version_omits_semantic_version() -> None:
    driver = sarif_run(make_result(tool_version="0.1.dev3"))["tool"]["driver"]
    assert driver["version"] == "0.1.dev3" and "semanticVersion" not in driver


# --- text ----------------------------------------------------------------------------


def test_text_layout() -> None:
    out = render_text(make_result(), color=False)
    lines = out.splitlines()
    assert lines[0] == "a.tf"
    assert (
        "  12:3  error    RES001  bucket in us-east-1 (United States) is outside the eea zone of profile hds" in lines
    )
    assert any(line.strip() == "← var.region (variables.tf:3)" for line in lines)
    assert any(line.endswith("[suppressed: reviewed by DPO]") for line in lines)
    assert "warning: big.tf: skipped, file is larger than 5 MB" in lines
    assert "error: bad.tf:7: parse failure [RES001]" in lines
    assert lines[-2] == ("Scanned 12 files, 34 resources: 2 errors, 1 warning, 0 notes (1 suppressed). Profile: hds.")
    assert lines[-1].startswith("By rule: RES001 ")
    assert out.endswith("\n")


def test_text_escapes_terminal_sequences() -> None:
    for color in (False, True):
        out = render_text(make_result(), color=color)
        without_own_codes = out
        for code in (
            "\x1b[0m",
            "\x1b[1m",
            "\x1b[2m",
            "\x1b[31m",
            "\x1b[33m",
            "\x1b[34m",
        ):
            without_own_codes = without_own_codes.replace(code, "")
        assert "\x1b" not in without_own_codes
        assert "aws_instance.x\x1b" not in out
        assert "\u202e" not in out
        assert "aws_instance.x\\x1b[31m\\u202e" in out
    assert "\x1b[31merror" in render_text(make_result(), color=True)


def test_text_color_only_when_asked() -> None:
    assert "\x1b" not in render_text(make_result(), color=False)
    colored = render_text(make_result(), color=True)
    assert "\x1b[31m" in colored and "\x1b[33m" in colored and "\x1b[2m" in colored


def test_text_summary_forms() -> None:
    empty = render_text(make_result(findings=[], notifications=[], files_scanned=1, resources=1), False)
    assert empty == "Scanned 1 file, 1 resource. No findings. Profile: hds.\n"
    only_suppressed = make_result(profiles=("hds", "gdpr"), execution_successful=False, incomplete=True)
    only_suppressed.findings = [f for f in only_suppressed.findings if f.suppression]
    last = render_text(only_suppressed, False).splitlines()[-1]
    assert last.startswith("Scanned 12 files, 34 resources. No findings (1 suppressed). ")
    assert "Profiles: hds, gdpr." in last and "did not complete" in last
    only_suppressed.incomplete = False  # every file read, one not parsed
    last = render_text(only_suppressed, False).splitlines()[-1]
    assert "did not complete" not in last and "could not be read or parsed" in last


# --- JSON ----------------------------------------------------------------------------


def test_json_shape() -> None:
    out = render_json(make_result())
    assert out.endswith("\n") and out == render_json(make_result())
    doc = json.loads(out)
    assert list(doc) == [
        "version",
        "tool",
        "profiles",
        "summary",
        "findings",
        "notifications",
        "strict",
        "weakened",
    ]
    assert doc["version"] == "1"
    assert doc["tool"] == {"name": "sovscan", "version": "0.1.0"}
    assert doc["summary"] == {
        "files": 12,
        "resources": 34,
        "error": 2,
        "warning": 1,
        "note": 0,
        "suppressed": 1,
        "execution_successful": True,
        "skipped": {},
    }
    finding = doc["findings"][1]
    assert set(finding) >= {
        "rule",
        "level",
        "message",
        "path",
        "start_line",
        "end_line",
        "address",
        "fingerprint",
        "provenance",
        "suppressed",
    }
    assert finding["provenance"][1] == {
        "label": "var.region",
        "path": "variables.tf",
        "line": 3,
    }
    assert doc["findings"][3]["suppressed"] == {
        "kind": "inSource",
        "justification": "reviewed by DPO",
    }
    assert doc["notifications"][1] == {
        "level": "error",
        "message": "parse failure",
        "path": "bad.tf",
        "line": 7,
        "rule": "RES001",
    }


def test_json_fingerprints_match_sarif() -> None:
    sarif_prints = [r["partialFingerprints"]["sovscanFingerprint/v2"] for r in sarif_run(make_result())["results"]]
    json_prints = [f["fingerprint"] for f in json.loads(render_json(make_result()))["findings"]]
    assert sarif_prints == json_prints


# --- escaping ------------------------------------------------------------------------


def test_terminal_safe() -> None:
    assert terminal_safe("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert terminal_safe("x\u202ey\u2066z\x9b") == "x\\u202ey\\u2066z\\x9b"
    assert terminal_safe("l1\nl2\t") == "l1\\nl2\\t"
    assert terminal_safe("l1\nl2", keep_newlines=True) == "l1\nl2"
    assert terminal_safe("eu-west-1 é 東京") == "eu-west-1 é 東京"


def test_markdown_escaping() -> None:
    assert escape_markdown("[x](http://e) *b* <img>") == ("\\[x\\]\\(http\\://e\\) \\*b\\* \\<img\\>")
    assert escape_markdown("a\nb") == "a\\\\nb"
    assert markdown_code("a`b") == "``a`b``"
    assert markdown_code("`x") == "`` `x ``"


def test_sarif_unknown_rule_and_odd_properties(schema: dict) -> None:
    result = make_result()
    result.findings[0].rule_id = "XYZ999"
    result.findings[0].properties = {
        "zones": frozenset({"eea", "fr"}),
        "level": Level.NOTE,
    }
    log = json.loads(render_sarif(result))
    jsonschema.Draft7Validator(schema).validate(log)
    [odd] = [r for r in log["runs"][0]["results"] if r["ruleId"] == "XYZ999"]
    assert "ruleIndex" not in odd
    assert odd["properties"] == {"zones": ["eea", "fr"], "level": "note"}
