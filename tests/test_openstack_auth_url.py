"""An OpenStack provider's `auth_url` names the operator (rules/catalog/operators.yaml: each
operator's `match.terraform` alternative for terraform-provider-openstack/openstack). The
index `openstack.auth_url_operators` that repeated those patterns, read by no code, is gone:
this holds that every operator it listed is still identified through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_sovscan

AUTH_URLS = {
    "https://auth.cloud.ovh.net/v3": "ovh",
    "https://auth.cloud.ovh.us/v3": "ovh-us",
    "https://iam.eu-de.otc.t-systems.com/v3": "opentelekomcloud",
    "https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3": "opentelekomcloud-ch",
    "https://iam.eu-west-0.prod-cloud-ocb.orange-business.com/v3": "flexibleengine",
    "https://keystone.api.iaas.eu01.stackit.cloud/v3": "stackit",
    "https://keystone.example.org/v3": "openstack",  # not identified: the generic operator
}


@pytest.mark.parametrize("auth_url", sorted(AUTH_URLS))
def test_the_auth_url_names_the_operator(tmp_path: Path, auth_url: str) -> None:
    (tmp_path / "main.tf").write_text(
        'terraform {\n  required_providers {\n    openstack = { source = "terraform-provider-openstack/openstack" }\n'
        f'  }}\n}}\nprovider "openstack" {{\n  auth_url = "{auth_url}"\n}}\n'
        'resource "openstack_compute_instance_v2" "vm" {\n  name = "vm"\n}\n'
    )
    result = run_sovscan("scan", str(tmp_path), "--profile", "secnumcloud", "--select", "PRV002", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert [f["properties"].get("operator", "") for f in findings] == [AUTH_URLS[auth_url]]
