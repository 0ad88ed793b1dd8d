"""Which provider a resource belongs to, as Terraform resolves it, and what happens when none is known."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import write_tree
from tests.helpers import run_core


def _scan(root: Path, files: dict[str, str]) -> tuple[dict[str, list[dict[str, object]]], list[dict[str, object]]]:
    write_tree(root, files)
    completed = run_core("scan", ".", "--format", "json", cwd=root)
    report = json.loads(completed.stdout)
    found: dict[str, list[dict[str, object]]] = {}
    for f in report["findings"]:
        found.setdefault(str(f["address"]), []).append(f)
    return found, report.get("notifications", [])


def test_a_module_without_required_providers_keeps_non_hashicorp_resources(tmp_path: Path) -> None:
    found, _ = _scan(
        tmp_path,
        {
            "main.tf": 'resource "hcloud_server" "web" {\n  location = "ash"\n}\n'
            'provider "outscale" {\n  region = "us-east-2"\n}\n'
            'resource "outscale_volume" "v" {\n  size = 10\n}\n',
        },
    )
    assert found["hcloud_server.web"][0]["rule"] == "RES001"
    assert found["outscale_volume.v"][0]["rule"] == "RES001"
    text = json.dumps(found["hcloud_server.web"][0])
    assert "hetznercloud/hcloud" in text and "local name" in text  # provenance says how it was matched


def test_child_modules_inherit_their_callers_provider_sources(tmp_path: Path) -> None:
    found, _ = _scan(
        tmp_path,
        {
            "main.tf": 'terraform {\n  required_providers {\n    osc = {\n      source = "outscale/outscale"\n'
            '    }\n  }\n}\nprovider "osc" {\n  region = "us-east-2"\n}\n'
            'module "child" {\n  source = "./child"\n}\n',
            "child/main.tf": 'module "grandchild" {\n  source = "../grandchild"\n}\n',
            "grandchild/main.tf": 'resource "outscale_volume" "v" {\n  provider = osc\n  size = 1\n}\n',
        },
    )
    assert found["module.child.module.grandchild.outscale_volume.v"][0]["rule"] == "RES001"


def test_an_unrecognised_provider_is_reported_never_dropped(tmp_path: Path) -> None:
    found, notifications = _scan(
        tmp_path,
        {
            "main.tf": "terraform {\n  required_providers {\n    digitalocean = {\n"
            '      source = "digitalocean/digitalocean"\n    }\n  }\n}\n'
            'resource "digitalocean_droplet" "web" {\n  region = "nyc1"\n}\n'
            'resource "random_id" "x" {\n  byte_length = 4\n}\n'
            'resource "mystery_thing" "y" {\n  count = 2\n}\n',
        },
    )
    assert found["digitalocean_droplet.web"][0]["rule"] == "RES002"
    assert "digitalocean/digitalocean" in str(found["digitalocean_droplet.web"][0]["message"])
    assert {f["rule"] for f in found["mystery_thing.y[0]"] + found["mystery_thing.y[1]"]} == {"RES002"}
    assert not any(address.startswith("random_id") for address in found)
    messages = [str(n["message"]) for n in notifications]
    assert any("digitalocean/digitalocean" in m for m in messages)
    assert any("hashicorp/mystery" in m for m in messages)
