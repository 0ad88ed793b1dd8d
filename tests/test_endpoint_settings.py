"""EGR001 reads every Terraform setting `rules/catalog/endpoints.yaml` names: a SaaS
resource's region (an Elastic Cloud deployment), and every endpoint attribute of a provider
block (PagerDuty's api_url_override beside service_region)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_sovscan


def _egr001(tmp_path: Path, main_tf: str, *profiles: str) -> list[dict[str, object]]:
    (tmp_path / "main.tf").write_text(main_tf)
    options = [arg for profile in profiles or ("hds",) for arg in ("--profile", profile)]
    result = run_sovscan("scan", str(tmp_path), "--format", "json", "--select", "EGR001", *options)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)["findings"]


def _elastic(region: str, resource: str = "ec_deployment", attribute: str = "region") -> str:
    return (
        'terraform {\n  required_providers {\n    ec = { source = "elastic/ec" }\n  }\n}\n'
        f'resource "{resource}" "logs" {{\n  name = "logs"\n  {attribute} = "{region}"\n}}\n'
    )


def test_an_elastic_deployment_in_a_us_region_is_outside_the_zone(tmp_path: Path) -> None:
    findings = _egr001(tmp_path, _elastic("gcp-us-central1"))
    assert [f["address"] for f in findings] == ["ec_deployment.logs"]
    assert findings[0]["level"] == "error"
    assert "United States" in str(findings[0]["message"])


def test_an_elastic_deployment_in_paris_is_compliant(tmp_path: Path) -> None:
    assert _egr001(tmp_path, _elastic("aws-eu-west-3")) == []


def test_a_serverless_project_region_is_read_too(tmp_path: Path) -> None:
    found = _egr001(tmp_path, _elastic("azure-eastus", "ec_observability_project", "region_id"))
    assert [f["address"] for f in found] == ["ec_observability_project.logs"]


def test_a_region_id_of_another_form_is_not_taken_for_compliant(tmp_path: Path) -> None:
    # A legacy unprefixed id, and a value left to a variable without a value.
    findings = _egr001(tmp_path, _elastic("eu-west-1"))
    assert [f["address"] for f in findings] == ["ec_deployment.logs"]
    assert "cannot verify" in str(findings[0]["message"])
    unset = _egr001(tmp_path, 'variable "region" {}\n' + _elastic("${var.region}"))
    assert [f["address"] for f in unset] == ["ec_deployment.logs"]


def test_a_grafana_stack_region_slug_is_reported_as_not_verifiable(tmp_path: Path) -> None:
    main_tf = (
        'terraform {\n  required_providers {\n    grafana = { source = "grafana/grafana" }\n  }\n}\n'
        'provider "grafana" {\n  url = "https://grafana.example.fr"\n}\n'
        'resource "grafana_cloud_stack" "obs" {\n  name = "obs"\n  slug = "obs"\n  region_slug = "prod-eu-west-2"\n}\n'
    )
    findings = _egr001(tmp_path, main_tf)
    assert "grafana_cloud_stack.obs" in [f["address"] for f in findings]


def _pagerduty(settings: str) -> str:
    return (
        'terraform {\n  required_providers {\n    pagerduty = { source = "PagerDuty/pagerduty" }\n  }\n}\n'
        f'provider "pagerduty" {{\n  token = "x"\n{settings}}}\n'
    )


def test_pagerduty_api_url_override_is_judged_beside_the_service_region(tmp_path: Path) -> None:
    us_override = _egr001(
        tmp_path, _pagerduty('  service_region = "eu"\n  api_url_override = "https://api.pagerduty.com"\n')
    )
    assert [f["properties"].get("endpoint") for f in us_override] == ["https://api.pagerduty.com"]  # type: ignore[union-attr]
    # An EU override with no service_region is not the US default.
    assert _egr001(tmp_path, _pagerduty('  api_url_override = "https://api.eu.pagerduty.com"\n')) == []
    assert len(_egr001(tmp_path, _pagerduty(""))) == 1
