"""Facts an auditor can sign (issue 17): three outcomes for a qualification, scope conditions
on attributes, PRV rules on what holds data, and every fact sourced and dated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scanner.facts.ages import sourced_facts
from scanner.facts.endpoints import endpoint_place, registry_place
from scanner.facts.operator_catalog import operators
from scanner.facts.placement_tables import terraform_tables
from scanner.facts.regions import load_catalog
from scanner.facts.roles import DATA, PART_OF, PLUMBING, role_of, roles
from scanner.ruledata.bundle import load_yaml, rules_dir
from tests.conftest import write_tree
from tests.helpers import run_sovscan

SCALEWAY = """terraform {
  required_providers {
    scaleway = { source = "scaleway/scaleway" }
  }
}
provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}
"""


RDB = 'resource "scaleway_rdb_instance" "db" {\n  node_type = "DB-PRO2-XXS"\n  engine = "PostgreSQL-16"\n}\n'


def _prv(tmp_path: Path, body: str, *args: str) -> dict[str, dict[str, Any]]:
    """Scan with the real CLI; PRV findings by address."""
    write_tree(tmp_path, {"main.tf": body})
    completed = run_sovscan("scan", str(tmp_path), "--format", "json", *args)
    assert completed.returncode in (0, 1), completed.stderr
    findings = json.loads(completed.stdout)["findings"]
    return {f["address"]: f for f in findings if f["rule"].startswith("PRV")}


def _instance(kind: str) -> str:
    return f'resource "scaleway_instance_server" "w" {{\n  type  = "{kind}"\n  image = "ubuntu_noble"\n}}\n'


@pytest.mark.parametrize("kind", ["PLAY2-NANO", "DEV1-S", "GP1-XS", "PRO2-S", "COPARM1-2C-8G", "ENT1-S", "play2-pico"])
def test_ineligible_scaleway_instance_is_excluded(tmp_path: Path, kind: str) -> None:
    found = _prv(tmp_path, SCALEWAY + _instance(kind))["scaleway_instance_server.w"]
    assert found["properties"]["outcome"] == "excluded"
    assert found["level"] == "error"
    assert kind in found["message"]


def test_eligible_scaleway_instance_is_not_excluded(tmp_path: Path) -> None:
    # Eligible by its type; still "not verified" because Scaleway's 2024 référentiel is not evidenced.
    found = _prv(tmp_path, SCALEWAY + _instance("POP2-2C-8G"))["scaleway_instance_server.w"]
    assert found["properties"]["outcome"] == "unverified"
    assert "not verified" in found["message"] and "2024" in found["message"]


def test_unverified_scope_is_worded_not_verified_at_the_unknown_level(tmp_path: Path) -> None:
    body = SCALEWAY + RDB
    for args in ((), ("--select", "PRV002")):
        found = _prv(tmp_path, body, *args)["scaleway_rdb_instance.db"]
        assert found["properties"]["outcome"] == "unverified"
        assert "not verified" in found["message"] and "verified scope:" in found["message"]
        assert "not among" not in found["message"]
        assert found["level"] == "warning"  # RES002's level under hds, selected or not
    secnumcloud = _prv(tmp_path, body, "--profile", "secnumcloud")
    assert all(f["level"] == "error" for f in secnumcloud.values())


def test_kapsule_shared_is_excluded_and_dedicated_is_not(tmp_path: Path) -> None:
    shared = 'resource "scaleway_k8s_cluster" "c" {\n  version = "1.35"\n  cni = "cilium"\n}\n'
    found = _prv(tmp_path, SCALEWAY + shared)["scaleway_k8s_cluster.c"]
    assert found["properties"]["outcome"] == "excluded"
    dedicated = shared.replace('version = "1.35"', 'version = "1.35"\n  type = "kapsule-dedicated-4"')
    pool = (
        'resource "scaleway_k8s_pool" "p" {\n  cluster_id = scaleway_k8s_cluster.c.id\n'
        '  name = "p"\n  node_type = "{node}"\n  size = 1\n}\n'
    )
    found = _prv(tmp_path, SCALEWAY + dedicated + pool.replace("{node}", "POP2-4C-16G"))
    assert found["scaleway_k8s_cluster.c"]["properties"]["outcome"] == "unverified"
    assert found["scaleway_k8s_pool.p"]["properties"]["outcome"] == "unverified"
    found = _prv(tmp_path, SCALEWAY + dedicated + pool.replace("{node}", "DEV1-M"))
    assert found["scaleway_k8s_pool.p"]["properties"]["outcome"] == "excluded"


def test_unknown_instance_type_is_not_verified(tmp_path: Path) -> None:
    body = SCALEWAY + 'variable "t" {}\n' + _instance("x").replace('"x"', "var.t")
    found = _prv(tmp_path, body)["scaleway_instance_server.w"]
    assert found["properties"]["outcome"] == "unverified"


def test_plumbing_and_sub_objects_give_no_prv_finding(tmp_path: Path) -> None:
    body = SCALEWAY + (
        'resource "scaleway_vpc_private_network" "pn" {\n  name = "pn"\n}\n'
        'resource "scaleway_instance_ip" "ip" {}\n'
        + RDB
        + 'resource "scaleway_rdb_user" "u" {\n  instance_id = scaleway_rdb_instance.db.id\n'
        '  name = "u"\n  password = "p"\n}\n'
        'resource "scaleway_rdb_privilege" "g" {\n  instance_id = scaleway_rdb_instance.db.id\n'
        '  user_name = "u"\n  database_name = "d"\n  permission = "all"\n}\n'
        'resource "scaleway_rdb_database" "d" {\n  instance_id = scaleway_rdb_instance.db.id\n  name = "d"\n}\n'
    )
    assert set(_prv(tmp_path, body)) == {"scaleway_rdb_instance.db"}


def test_cluster_settings_are_judged_at_the_cluster(tmp_path: Path) -> None:
    body = (
        'provider "aws" {\n  region = "us-east-1"\n}\n'
        'resource "aws_eks_cluster" "c" {\n  name = "c"\n  role_arn = "arn"\n}\n'
        'resource "aws_eks_access_entry" "admin" {\n  cluster_name = aws_eks_cluster.c.name\n'
        '  principal_arn = "arn"\n}\n'
        'resource "aws_eks_addon" "dns" {\n  cluster_name = aws_eks_cluster.c.name\n  addon_name = "coredns"\n}\n'
    )
    assert set(_prv(tmp_path, body, "--profile", "secnumcloud")) == {"aws_eks_cluster.c"}


# ../shared/realworld beside the main checkout (a worktree sits one level deeper).
_HERE = Path(__file__).resolve().parents[1]
REALWORLD = next((p / "shared" / "realworld" for p in _HERE.parents if (p / "shared" / "realworld").is_dir()), None)
TREES = [Path("sample_infra")] + (sorted(p for p in REALWORLD.iterdir() if p.is_dir()) if REALWORLD else [])


@pytest.mark.parametrize("tree", TREES, ids=lambda p: p.name)
def test_prv_rules_give_no_finding_on_plumbing(tree: Path) -> None:
    for profile in ("hds", "secnumcloud"):
        args = ("--format", "json", "--select", "PRV001,PRV002", "--profile", profile)
        completed = run_sovscan("scan", str(tree), *args)
        findings = json.loads(completed.stdout)["findings"]
        types = [f["address"].split(".")[-2] for f in findings if "/" not in f["address"] and "." in f["address"]]
        assert [t for t in types if role_of(t.split("[")[0])[0] != DATA] == []


# --- the classification of resource types -------------------------------------------------


def test_every_provider_table_is_classified() -> None:
    classified = set(roles().plumbing)
    for table in terraform_tables().values():
        assert table.provider in classified, table.provider


def test_every_catalogued_type_is_classified() -> None:
    """Every exact type the catalog names in a qualification scope is data, and every store a
    sub-object belongs to is data: nothing the catalog judges is hidden as plumbing."""
    data = load_yaml(rules_dir() / "catalog" / "operators.yaml")
    for key, entry in data["operators"].items():
        for item in entry.get("qualifications") or ():
            scope = item.get("scope") or {}
            for pattern in (*(scope.get("terraform_types") or ()), *(scope.get("excluded_types") or ())):
                if "*" in pattern:
                    continue
                assert role_of(pattern)[0] in (DATA, PLUMBING, PART_OF), (key, pattern)
    for stores in roles().part_of.values():
        for part, store in stores.items():
            assert role_of(part) == (PART_OF, store)
            assert role_of(store)[0] == DATA, store


@pytest.mark.parametrize(
    "store",
    [
        "scaleway_rdb_instance",
        "scaleway_object_bucket",
        "scaleway_instance_server",
        "aws_s3_bucket",
        "aws_db_instance",
        "azurerm_storage_account",
        "google_sql_database_instance",
        "ovh_cloud_project_database",
        "outscale_vm",
        "cloudtemple_compute_virtual_machine",
    ],
)
def test_no_data_store_is_classified_as_plumbing(store: str) -> None:
    assert role_of(store)[0] == DATA


# --- the record a verdict rests on ----------------------------------------------------------


def test_explain_prv002_shows_the_qualification_records() -> None:
    completed = run_sovscan("explain", "PRV002")
    assert completed.returncode == 0, completed.stderr
    out = completed.stdout
    assert "Scaleway — HDS: certified" in out
    assert "NumSpot — HDS: certified" in out and "référentiel 2024" in out
    assert "instances-shared-responsibility-model.mdx (retrieved 2026-12-03)" in out


def test_html_report_shows_the_record_a_finding_used(tmp_path: Path) -> None:
    write_tree(tmp_path / "tree", {"main.tf": SCALEWAY + RDB})
    report = tmp_path / "report.html"
    completed = run_sovscan("scan", str(tmp_path / "tree"), "--format", "html", "-o", str(report))
    assert completed.returncode in (0, 1), completed.stderr
    html = report.read_text(encoding="utf-8")
    assert "Qualification record used" in html
    assert 'href="https://github.com/scaleway/docs-content/blob/main/pages/block-storage/' in html
    assert "<dd>certified</dd>" in html and "Certificate date" in html


# --- errors of the fact-check of 2026-12-03 (each fixture failed on c396b93) ---------------


def test_brazil_has_an_adequacy_decision() -> None:
    assert load_catalog().zone_of("BR") == "adequacy"


@pytest.mark.parametrize(
    ("provider", "code", "country", "location"),
    [
        ("aws", "us-isob-west-1", "US", "ISOB West"),
        ("ionoscloud", "de/fra/1", "DE", "Frankfurt"),
        ("azurerm", "indiasouthcentral", "IN", "Hyderabad"),
        ("azurerm", "denmarkeast", "DK", "Copenhagen"),
    ],
)
def test_corrected_regions(provider: str, code: str, country: str, location: str) -> None:
    info = load_catalog().regions[provider].lookup(code)
    assert info is not None and info.countries == (country,) and location in info.location
    assert "coming soon" not in info.note and "not confirmed" not in info.note


def test_stackit_controller_entity() -> None:
    assert operators()["stackit"].title == "STACKIT"
    entry = load_yaml(rules_dir() / "catalog" / "operators.yaml")["operators"]["stackit"]
    assert entry["legal_entity"].startswith("Schwarz Digits Cloud GmbH & Co. KG")


@pytest.mark.parametrize(
    ("host", "country"),
    [
        ("browser-intake-datadoghq.eu", "DE"),
        ("logs.browser-intake-datadoghq.eu", "DE"),
        ("browser-intake-datadoghq.com", "US"),
        ("browser-intake-ap1-datadoghq.com", "JP"),
        ("browser-intake-us5-datadoghq.com", "US"),
    ],
)
def test_datadog_browser_intake_hosts_are_placed(host: str, country: str) -> None:
    place = endpoint_place(host, load_catalog())
    assert place is not None and place.countries == (country,)
    assert endpoint_place("evil-" + host + ".example", load_catalog()) is None


def test_s3ns_registry_host_is_sourced_from_s3ns() -> None:
    place = registry_place("u-france-east1-docker.s3nsregistry.fr", load_catalog())
    assert place is not None and place.operator == "s3ns" and place.countries == ("FR",)
    entry = next(
        e for e in load_yaml(rules_dir() / "catalog" / "registries.yaml")["registries"] if e["operator"] == "s3ns"
    )
    assert any("documentation.s3ns.fr/artifact-registry" in s["url"] for s in entry["sources"])


CLOUDTEMPLE = """terraform {
  required_providers {
    cloudtemple = { source = "Cloud-Temple/cloudtemple" }
  }
}
resource "cloudtemple_compute_virtual_machine" "vm" {
  name = "vm"
}
"""


def test_single_region_operator_places_without_a_provider_region(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": CLOUDTEMPLE})
    completed = run_sovscan("scan", str(tmp_path), "--profile", "secnumcloud", "--format", "json")
    report = json.loads(completed.stdout)
    assert completed.returncode == 0, report["findings"]
    completed = run_sovscan("scan", str(tmp_path), "--profile", "hds", "--format", "json")
    findings = json.loads(completed.stdout)["findings"]
    assert [f["rule"] for f in findings if f["rule"].startswith("RES")] == []
    # The fact that placed it is named in the provenance.
    labels = [step["label"] for f in findings for step in f["provenance"]]
    assert any("operates only region fr1" in label for label in labels)


def test_numspot_hds_is_stated_by_numspot_with_no_verified_scope() -> None:
    record = next(q for q in operators()["numspot"].qualifications if q["name"] == "HDS")
    assert record["status"] == "certified" and record["referentiel"] == "2024"
    assert record["scope"]["terraform_types"] == []
    assert any("numspot.com" in s["url"] for s in record["sources"])


# --- keep it true ---------------------------------------------------------------------------


def test_every_fact_has_a_source_url_and_a_retrieval_date() -> None:
    """Qualifications, region lists, country zones, endpoints, registries, roles."""
    facts = list(sourced_facts())
    kinds = {fact.where.split(" ")[0].split("/")[1] for fact in facts}
    assert {"regions", "countries.yaml", "operators.yaml", "endpoints.yaml", "registries.yaml"} <= kinds
    for fact in facts:
        assert fact.sources, f"{fact.where}: no source"
        for source in fact.sources:
            assert str(source.get("url", "")).startswith(("https://", "http://")), (fact.where, source)
        assert fact.retrieved is not None, f"{fact.where}: no retrieval date"


def test_every_hds_certificate_records_its_referentiel_and_date() -> None:
    for operator in operators().values():
        for record in operator.qualifications:
            if record.get("name") == "HDS" and record.get("status") == "certified":
                assert "certificate_date" in record, operator.key
                assert record.get("sources"), operator.key


def test_stale_facts_are_a_warning_never_a_failure() -> None:
    later = run_sovscan("facts", "--stale", "--as-of", "2030-01-01")
    assert later.returncode == 0, later.stderr
    assert later.stdout.startswith("warning:") and "catalog/operators.yaml operators.scaleway HDS" in later.stdout
    assert "catalog/regions/cloudtemple.yaml" in later.stdout
    # Horizon 2026-11-25: read on 2026-11-22 is stale, re-read on 2026-12-03 is not.
    close = run_sovscan("facts", "--stale", "--as-of", "2026-12-25", "--horizon-months", "1")
    assert close.returncode == 0
    assert "catalog/countries.yaml zones.eu" in close.stdout
    assert "operators.scaleway HDS" not in close.stdout


GCS = """resource "google_storage_bucket" "imaging" {
  name     = "imaging"
  location = "LOCATION"
}
"""


def test_messages_name_the_resolved_operator(tmp_path: Path) -> None:
    s3ns = 'provider "google" {\n  universe_domain = "s3nsapis.fr"\n  region = "u-france-east1"\n}\n'
    write_tree(tmp_path / "s3ns", {"main.tf": s3ns + GCS.replace("LOCATION", "u-france-east1")})
    write_tree(tmp_path / "google", {"main.tf": GCS.replace("LOCATION", "europe-west9")})
    for tree, name, other in (("s3ns", "S3NS", "Google"), ("google", "Google", "S3NS")):
        completed = run_sovscan("scan", str(tmp_path / tree), "--select", "KEY001", "--format", "json")
        (finding,) = json.loads(completed.stdout)["findings"]
        assert f"{name}-managed key" in finding["message"] and other not in finding["message"]
        assert "{operator}" not in finding["message"]


def test_an_unresolved_operator_is_not_named(tmp_path: Path) -> None:
    # The location decides between Google and S3NS: unknown, so neither is named.
    write_tree(tmp_path, {"main.tf": 'variable "where" {}\n' + GCS.replace('"LOCATION"', "var.where")})
    completed = run_sovscan("scan", str(tmp_path), "--select", "KEY001", "--format", "json")
    (finding,) = json.loads(completed.stdout)["findings"]
    assert "a provider-managed key" in finding["message"] and "Google" not in finding["message"]


def test_glacier_objects_are_excluded_and_standard_ones_are_not(tmp_path: Path) -> None:
    # Scaleway's storage shared-responsibility model (2025-11-12): Glacier is not HDS.
    def scaleway_object(storage_class: str) -> str:
        line = f'  storage_class = "{storage_class}"\n' if storage_class else ""
        return f'resource "scaleway_object" "o" {{\n  bucket = "b"\n  key    = "k"\n{line}}}\n'

    glacier = _prv(tmp_path / "glacier", SCALEWAY + scaleway_object("GLACIER"))["scaleway_object.o"]
    assert glacier["properties"]["outcome"] == "excluded" and "Glacier" in glacier["message"]
    for storage_class in ("STANDARD", ""):  # unset is STANDARD (provider default)
        found = _prv(tmp_path / (storage_class or "unset"), SCALEWAY + scaleway_object(storage_class))
        assert found.get("scaleway_object.o", {}).get("properties", {}).get("outcome") != "excluded"
