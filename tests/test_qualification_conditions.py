"""A qualification covered only under contractual preconditions (`scope.conditions` in
rules/catalog/operators.yaml: an HDS contract, a support level) is not a silent pass: PRV002
says "covered, provided that …" at the profile's level for what cannot be verified, and
`sovscan explain PRV002` quotes the preconditions of every record."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_sovscan

BUCKET = 'provider "aws" {\n  region = "eu-south-9"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n'
CONFIG = (
    "catalog:\n  regions:\n    aws:\n      eu-south-9:\n        country: PT\n        note: press release\n"
    "  qualifications:\n    aws:\n      - name: HDS\n        status: certified\n"
    '        referentiel: "2024"\n        note: HDS certificate extended, ticket SEC-7\n'
    "        scope:\n          regions: [eu-south-9]\n"
)


def _prv002(tmp_path: Path, scope_extra: str) -> list[dict[str, object]]:
    tree, trusted = tmp_path / "repo", tmp_path / "ci-sovscan.yaml"
    tree.mkdir(exist_ok=True)
    (tree / "main.tf").write_text(BUCKET)
    trusted.write_text(CONFIG + scope_extra)
    result = run_sovscan(
        "scan", str(tree), "--config", str(trusted), "--select", "PRV002", "--profile", "hds", "--format", "json"
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["findings"]


def test_covered_provided_that_a_contract_is_signed_is_reported(tmp_path: Path) -> None:
    assert _prv002(tmp_path, "") == []
    findings = _prv002(tmp_path, "          conditions: a signed HDS contract with AWS\n")
    assert len(findings) == 1
    message = str(findings[0]["message"])
    assert "provided that" in message and "a signed HDS contract with AWS" in message
    # What the code cannot show is reported at the profile's level for unknowns (RES002: warning
    # under hds), not as an error.
    assert findings[0]["level"] == "warning"
    record = findings[0]["properties"]["qualification_record"]  # type: ignore[index]
    assert record["scope"]["conditions"] == "a signed HDS contract with AWS"


def test_explain_quotes_the_preconditions_of_the_shipped_records() -> None:
    explained = run_sovscan("explain", "PRV002")
    assert explained.returncode == 0, explained.stderr
    assert "covered, provided that: A signed HDS contract with Scaleway" in explained.stdout
