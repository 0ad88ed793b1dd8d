"""Placement tables of the European providers (rules/providers/<name>.yaml): where a resource
lands (RES001 outside the zone, nothing inside it, RES002 when the region is left to the
environment), and the Terraform types the operators' qualification scopes cover.

Every placement feature the tables declare (dotted paths into nested blocks,
`parent_references`, `fixed_region`, `provider_region_patterns`, per-type provider
attributes) is read: their tests are plain tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.facts.operator_catalog import operators, qualification
from scanner.facts.placement_tables import terraform_tables
from scanner.facts.regions import load_catalog
from scanner.ruledata.bundle import load_yaml, rules_dir
from tests.helpers import scan

LOCATION_RULES = ("RES001", "RES002")

SOURCES = {
    "ovh": "ovh/ovh",
    "openstack": "terraform-provider-openstack/openstack",
    "scaleway": "scaleway/scaleway",
    "outscale": "outscale/outscale",
    "ionoscloud": "ionos-cloud/ionoscloud",
    "stackit": "stackitcloud/stackit",
    "opentelekomcloud": "opentelekomcloud/opentelekomcloud",
    "hcloud": "hetznercloud/hcloud",
    "exoscale": "exoscale/exoscale",
    "flexibleengine": "FlexibleEngineCloud/flexibleengine",
    "cloudtemple": "Cloud-Temple/cloudtemple",
    "numspot": "numspot/numspot",
}


def _located(tmp_path: Path, local: str, body: str, provider: str | None = "") -> dict[str, set[str]]:
    """Scan a one-module configuration of provider `local`; address → location rule ids.

    `provider` is the body of the default provider block; None writes no provider block.
    The eu-residency profile checks location only (no qualification, no key custody).
    """
    blocks = [
        "terraform {\n  required_providers {\n"
        f'    {local} = {{\n      source = "{SOURCES[local]}"\n    }}\n  }}\n}}\n'
    ]
    if provider is not None:
        blocks.append(f'provider "{local}" {{\n{provider}\n}}\n')
    blocks.append(body)
    (tmp_path / "main.tf").write_text("\n".join(blocks), encoding="utf-8")
    result = scan([tmp_path], profiles=("eu-residency",))
    found: dict[str, set[str]] = {}
    for finding in result.findings:
        if finding.rule_id in LOCATION_RULES:
            found.setdefault(finding.address or finding.message, set()).add(finding.rule_id)
    return found


def _messages(tmp_path: Path) -> str:
    result = scan([tmp_path], profiles=("eu-residency",))
    return "\n".join(f.message for f in result.findings if f.rule_id in LOCATION_RULES)


# --- the tables themselves ---------------------------------------------------------------


def test_every_european_source_has_a_table() -> None:
    tables = terraform_tables()
    for local, source in SOURCES.items():
        assert source.lower() in tables, source
        assert tables[source.lower()].provider == local


def test_sources_are_lower_case_and_unique() -> None:
    seen: dict[str, str] = {}
    for path in sorted((rules_dir() / "providers").glob("*.yaml")):
        data = load_yaml(path)
        for source in data.get("sources") or ():
            assert source == source.lower(), (path.name, source)
            assert source not in seen, (source, seen.get(source), path.name)
            seen[source] = path.name


@pytest.mark.parametrize(
    "provider",
    [
        "ovh",
        "scaleway",
        "outscale",
        "ionoscloud",
        "stackit",
        "opentelekomcloud",
        "hcloud",
        "exoscale",
        "flexibleengine",
        "cloudtemple",
        "numspot",
    ],
)
def test_table_provider_is_a_region_catalog(provider: str) -> None:
    assert provider in load_catalog().regions


def test_unplaced_patterns_never_hide_the_main_data_stores() -> None:
    """A data store listed as unplaced would be reported nowhere: the worst bug."""
    stores = {
        "ovh/ovh": [
            "ovh_cloud_project_instance",
            "ovh_cloud_project_volume",
            "ovh_cloud_project_storage",
            "ovh_cloud_project_database",
            "ovh_cloud_project_kube",
            "ovh_cloud_project_containerregistry",
            "ovh_dedicated_server",
            "ovh_dedicated_nasha_partition",
            "ovh_storage_efs",
            "ovh_okms",
            "ovh_cloud_project_volume_backup",
            "ovh_cloud_storage_block_volume",
            "ovh_cloud_instance",
            "ovh_hosting_privatedatabase",
            "ovh_dbaas_logs_output_graylog_stream",
            "ovh_vps",
        ],
        "scaleway/scaleway": [
            "scaleway_object_bucket",
            "scaleway_object",
            "scaleway_rdb_instance",
            "scaleway_k8s_cluster",
            "scaleway_instance_server",
            "scaleway_block_volume",
            "scaleway_secret",
            "scaleway_cockpit_source",
        ],
        "outscale/outscale": [
            "outscale_vm",
            "outscale_volume",
            "outscale_snapshot",
            "outscale_image",
            "outscale_oks_cluster",
        ],
        "ionos-cloud/ionoscloud": [
            "ionoscloud_datacenter",
            "ionoscloud_server",
            "ionoscloud_volume",
            "ionoscloud_s3_bucket",
            "ionoscloud_s3_object",
            "ionoscloud_pg_cluster_v2",
            "ionoscloud_k8s_node_pool",
            "ionoscloud_snapshot",
            "ionoscloud_backup_unit",
            "ionoscloud_nfs_share",
        ],
        "stackitcloud/stackit": [
            "stackit_objectstorage_bucket",
            "stackit_postgresflex_instance",
            "stackit_server",
            "stackit_volume",
            "stackit_ske_cluster",
            "stackit_secretsmanager_instance",
        ],
        "opentelekomcloud/opentelekomcloud": [
            "opentelekomcloud_obs_bucket",
            "opentelekomcloud_rds_instance_v3",
            "opentelekomcloud_evs_volume_v3",
            "opentelekomcloud_ecs_instance_v1",
        ],
        "hetznercloud/hcloud": ["hcloud_server", "hcloud_volume", "hcloud_snapshot", "hcloud_storage_box"],
        "exoscale/exoscale": ["exoscale_compute_instance", "exoscale_block_storage_volume", "exoscale_dbaas"],
        "flexibleenginecloud/flexibleengine": [
            "flexibleengine_obs_bucket",
            "flexibleengine_rds_instance_v3",
            "flexibleengine_compute_instance_v2",
            "flexibleengine_blockstorage_volume_v2",
        ],
        "terraform-provider-openstack/openstack": [
            "openstack_compute_instance_v2",
            "openstack_blockstorage_volume_v3",
            "openstack_objectstorage_container_v1",
            "openstack_objectstorage_object_v1",
            "openstack_images_image_v2",
            "openstack_db_instance_v1",
            "openstack_sharedfilesystem_share_v2",
            "openstack_keymanager_secret_v1",
        ],
        "cloud-temple/cloudtemple": [
            "cloudtemple_compute_virtual_machine",
            "cloudtemple_compute_virtual_disk",
            "cloudtemple_compute_iaas_opensource_virtual_machine",
            "cloudtemple_object_storage_bucket",
            "cloudtemple_public_cloud_vm_instance",
            "cloudtemple_public_cloud_vm_disk",
        ],
        "numspot/numspot": [
            "numspot_vm",
            "numspot_volume",
            "numspot_bucket",
            "numspot_postgres_cluster",
            "numspot_snapshot",
        ],
    }
    tables = terraform_tables()
    for source, types in stores.items():
        for resource_type in types:
            assert not tables[source].is_unplaced(resource_type), (source, resource_type)


# --- OVHcloud (ovh/ovh) -----------------------------------------------------------------


def test_ovh_canadian_region_is_outside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ovh",
        """
resource "ovh_cloud_project_instance" "ca" {
  service_name = "p"
  region       = "BHS5"
  name         = "ca"
}
""",
        provider='  endpoint = "ovh-eu"',
    )
    assert found == {"ovh_cloud_project_instance.ca": {"RES001"}}


def test_ovh_french_regions_and_region_name_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ovh",
        """
resource "ovh_cloud_project_kube" "k" {
  service_name = "p"
  region       = "GRA11"
}
resource "ovh_cloud_project_kube_nodepool" "np" {
  service_name = "p"
  kube_id      = ovh_cloud_project_kube.k.id
  flavor_name  = "b3-8"
}
resource "ovh_cloud_project_volume" "v" {
  service_name      = "p"
  region_name       = "EU-WEST-PAR"
  availability_zone = "eu-west-par-a"
  size              = 10
}
resource "ovh_cloud_project_storage" "s" {
  service_name = "p"
  region_name  = "GRA"
  name         = "bucket"
}
resource "ovh_okms" "kms" {
  ovh_subsidiary = "FR"
  region         = "eu-west-rbx"
}
resource "ovh_domain_zone_record" "dns" {
  zone      = "example.org"
  subdomain = "www"
  fieldtype = "A"
  target    = "192.0.2.1"
}
""",
        provider='  endpoint = "ovh-eu"',
    )
    assert found == {}


def test_ovh_region_left_to_a_variable_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ovh",
        """
variable "region" {
  type = string
}
resource "ovh_cloud_project_instance" "i" {
  service_name = "p"
  region       = var.region
  name         = "i"
}
""",
        provider=None,
    )
    assert found == {"ovh_cloud_project_instance.i": {"RES002"}}


def test_ovh_ordered_products_without_a_location_attribute_are_unknown_not_compliant(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ovh",
        """
resource "ovh_dedicated_server" "bm" {
  ovh_subsidiary = "FR"
}
""",
        provider='  endpoint = "ovh-eu"',
    )
    assert found == {"ovh_dedicated_server.bm": {"RES002"}}


def test_ovh_database_nodes_region_is_read(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ovh",
        """
resource "ovh_cloud_project_database" "db" {
  service_name = "p"
  engine       = "postgresql"
  version      = "16"
  plan         = "business"
  flavor       = "db1-4"
  nodes {
    region = "BHS"
  }
  nodes {
    region = "BHS"
  }
}
""",
        provider='  endpoint = "ovh-eu"',
    )
    assert found == {"ovh_cloud_project_database.db": {"RES001"}}


# --- OpenStack (terraform-provider-openstack/openstack) ----------------------------------


def test_openstack_region_without_known_operator_is_unknown(tmp_path: Path) -> None:
    # GRA11 is an OVHcloud name, but nothing says this cloud is OVHcloud: never borrowed.
    found = _located(
        tmp_path,
        "openstack",
        """
resource "openstack_compute_instance_v2" "vm" {
  name = "vm"
}
""",
        provider='  region = "GRA11"',
    )
    assert found == {"openstack_compute_instance_v2.vm": {"RES002"}}


def test_openstack_provider_without_region_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "openstack",
        """
resource "openstack_blockstorage_volume_v3" "v" {
  size = 10
}
resource "openstack_identity_project_v3" "p" {
  name = "p"
}
""",
        provider='  auth_url = "https://auth.cloud.ovh.net/v3"',
    )
    assert found == {"openstack_blockstorage_volume_v3.v": {"RES002"}}


def test_openstack_region_is_looked_up_in_the_operators_catalog(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "openstack",
        """
resource "openstack_compute_instance_v2" "ca" {
  name   = "ca"
  region = "BHS5"
}
resource "openstack_compute_instance_v2" "fr" {
  name = "fr"
}
""",
        provider='  auth_url = "https://auth.cloud.ovh.net/v3"\n  region   = "GRA11"',
    )
    assert found == {"openstack_compute_instance_v2.ca": {"RES001"}}


# --- Scaleway ----------------------------------------------------------------------------


def test_scaleway_regions_and_zones_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "scaleway",
        """
resource "scaleway_object_bucket" "b" {
  name   = "b"
  region = "nl-ams"
}
resource "scaleway_instance_server" "vm" {
  type  = "PRO2-S"
  image = "ubuntu_noble"
  zone  = "pl-waw-2"
}
resource "scaleway_rdb_instance" "db" {
  node_type = "DB-DEV-S"
  engine    = "PostgreSQL-16"
}
resource "scaleway_iam_application" "app" {
  name = "app"
}
""",
        provider='  region = "fr-par"\n  zone   = "fr-par-1"',
    )
    assert found == {}


def test_scaleway_region_not_in_the_catalog_is_unknown(tmp_path: Path) -> None:
    # Scaleway has no region outside the EU: a code sovscan does not know is unknown, never compliant.
    found = _located(
        tmp_path,
        "scaleway",
        """
resource "scaleway_object_bucket" "b" {
  name   = "b"
  region = "us-east-1"
}
""",
        provider='  region = "fr-par"',
    )
    assert found == {"scaleway_object_bucket.b": {"RES002"}}


def test_scaleway_provider_without_region_is_unknown_not_fr_par(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "scaleway",
        """
resource "scaleway_object_bucket" "b" {
  name = "b"
}
""",
        provider="",
    )
    assert found == {"scaleway_object_bucket.b": {"RES002"}}
    assert "environment" in _messages(tmp_path)


def test_scaleway_provider_zone_alone_places_the_resource(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "scaleway",
        """
resource "scaleway_block_volume" "v" {
  iops       = 5000
  size_in_gb = 20
}
""",
        provider='  zone = "nl-ams-2"',
    )
    assert found == {}


# --- 3DS OUTSCALE ------------------------------------------------------------------------


def test_outscale_us_region_is_outside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "outscale",
        """
resource "outscale_net" "n" {
  ip_range = "10.0.0.0/16"
}
""",
        provider='  region = "us-east-2"',
    )
    assert found == {"outscale_net.n": {"RES001"}}


def test_outscale_subregions_map_back_to_their_region(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "outscale",
        """
resource "outscale_volume" "fr" {
  subregion_name = "cloudgouv-eu-west-1a"
  size           = 10
}
resource "outscale_vm" "us" {
  image_id                 = "ami-00000000"
  placement_subregion_name = "us-west-1b"
}
resource "outscale_user" "u" {
  user_name = "u"
}
""",
        provider=None,
    )
    assert found == {"outscale_vm.us": {"RES001"}}


def test_outscale_provider_without_region_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "outscale",
        """
resource "outscale_net" "n" {
  ip_range = "10.0.0.0/16"
}
""",
        provider="",
    )
    assert found == {"outscale_net.n": {"RES002"}}


def test_outscale_api_block_region_is_read(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "outscale",
        """
resource "outscale_net" "n" {
  ip_range = "10.0.0.0/16"
}
""",
        provider='  api {\n    region = "us-east-2"\n  }',
    )
    assert found == {"outscale_net.n": {"RES001"}}


def test_outscale_api_block_wins_over_the_deprecated_region(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "outscale",
        """
resource "outscale_net" "n" {
  ip_range = "10.0.0.0/16"
}
""",
        provider='  region = "eu-west-2"\n  api {\n    endpoint = "https://api.us-east-2.outscale.com/api/v1"\n  }',
    )
    assert found == {"outscale_net.n": {"RES001"}}


# --- IONOS Cloud -------------------------------------------------------------------------


def test_ionos_us_datacenter_is_outside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ionoscloud",
        """
resource "ionoscloud_datacenter" "us" {
  name     = "us"
  location = "us/las"
}
resource "ionoscloud_lan" "lan" {
  datacenter_id = ionoscloud_datacenter.us.id
}
""",
        provider="",
    )
    assert found == {"ionoscloud_datacenter.us": {"RES001"}}


def test_ionos_eu_locations_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ionoscloud",
        """
resource "ionoscloud_datacenter" "de" {
  name     = "de"
  location = "de/fra"
}
resource "ionoscloud_s3_bucket" "b" {
  name   = "b"
  region = "eu-central-3"
}
resource "ionoscloud_pg_cluster_v2" "pg" {
  name     = "pg"
  location = "es/vit"
}
""",
        provider="",
    )
    assert found == {}


def test_ionos_server_in_an_unknown_datacenter_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ionoscloud",
        """
variable "datacenter_id" {
  type = string
}
resource "ionoscloud_volume" "v" {
  datacenter_id = var.datacenter_id
  size          = 10
}
""",
        provider="",
    )
    assert found == {"ionoscloud_volume.v": {"RES002"}}


def test_ionos_volume_lands_in_its_datacenter(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ionoscloud",
        """
resource "ionoscloud_datacenter" "de" {
  name     = "de"
  location = "de/fra"
}
resource "ionoscloud_volume" "v" {
  datacenter_id = ionoscloud_datacenter.de.id
  size          = 10
}
""",
        provider="",
    )
    assert found == {}


# --- STACKIT -----------------------------------------------------------------------------


def test_stackit_default_region_and_zones_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "stackit",
        """
resource "stackit_objectstorage_bucket" "b" {
  project_id = "p"
  name       = "b"
}
resource "stackit_volume" "v" {
  project_id        = "p"
  availability_zone = "eu01-m"
  size              = 10
}
resource "stackit_dns_zone" "z" {
  project_id = "p"
  dns_name   = "example.org"
}
""",
        provider='  default_region = "eu01"',
    )
    assert found == {}


def test_stackit_unknown_region_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "stackit",
        """
resource "stackit_objectstorage_bucket" "b" {
  project_id = "p"
  name       = "b"
  region     = "us01"
}
""",
        provider='  default_region = "eu01"',
    )
    assert found == {"stackit_objectstorage_bucket.b": {"RES002"}}


def test_stackit_provider_without_default_region_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "stackit",
        """
resource "stackit_postgresflex_instance" "db" {
  project_id = "p"
  name       = "db"
}
""",
        provider="",
    )
    assert found == {"stackit_postgresflex_instance.db": {"RES002"}}


# --- Open Telekom Cloud ------------------------------------------------------------------


def test_otc_swiss_region_is_outside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "opentelekomcloud",
        """
resource "opentelekomcloud_obs_bucket" "ch" {
  bucket = "ch"
  region = "eu-ch2"
}
""",
        provider='  region = "eu-de"',
    )
    assert found == {"opentelekomcloud_obs_bucket.ch": {"RES001"}}


def test_otc_eu_regions_and_zones_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "opentelekomcloud",
        """
resource "opentelekomcloud_evs_volume_v3" "v" {
  availability_zone = "eu-nl-01"
  volume_type       = "SSD"
  size              = 10
}
resource "opentelekomcloud_rds_instance_v3" "db" {
  name = "db"
}
resource "opentelekomcloud_identity_user_v3" "u" {
  name = "u"
}
""",
        provider='  region = "eu-de"',
    )
    assert found == {}


def test_otc_provider_without_region_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "opentelekomcloud",
        """
resource "opentelekomcloud_obs_bucket" "b" {
  bucket = "b"
}
""",
        provider='  auth_url = "https://iam.eu-de.otc.t-systems.com/v3"',
    )
    assert found == {"opentelekomcloud_obs_bucket.b": {"RES002"}}


# --- Hetzner Cloud -----------------------------------------------------------------------


def test_hcloud_us_locations_and_network_zones_are_outside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "hcloud",
        """
resource "hcloud_server" "us" {
  name        = "us"
  server_type = "cx23"
  image       = "debian-12"
  location    = "ash"
}
resource "hcloud_network_subnet" "sub" {
  network_id   = 1
  type         = "cloud"
  network_zone = "us-west"
  ip_range     = "10.0.1.0/24"
}
""",
        provider="",
    )
    assert found == {"hcloud_server.us": {"RES001"}, "hcloud_network_subnet.sub": {"RES001"}}


def test_hcloud_eu_locations_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "hcloud",
        """
resource "hcloud_server" "de" {
  name        = "de"
  server_type = "cx23"
  image       = "debian-12"
  datacenter  = "nbg1-dc3"
}
resource "hcloud_volume" "v" {
  name     = "v"
  size     = 10
  location = "hel1"
}
resource "hcloud_floating_ip" "ip" {
  type          = "ipv4"
  home_location = "fsn1"
}
resource "hcloud_ssh_key" "k" {
  name       = "k"
  public_key = "ssh-ed25519 AAAA"
}
""",
        provider="",
    )
    assert found == {}


def test_hcloud_server_without_location_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "hcloud",
        """
resource "hcloud_server" "any" {
  name        = "any"
  server_type = "cx23"
  image       = "debian-12"
}
""",
        provider="",
    )
    assert found == {"hcloud_server.any": {"RES002"}}


# --- Exoscale ----------------------------------------------------------------------------


def test_exoscale_swiss_zone_is_outside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "exoscale",
        """
resource "exoscale_compute_instance" "ch" {
  zone = "ch-gva-2"
  name = "ch"
}
""",
        provider="",
    )
    assert found == {"exoscale_compute_instance.ch": {"RES001"}}


def test_exoscale_eu_zones_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "exoscale",
        """
resource "exoscale_block_storage_volume" "v" {
  zone = "de-fra-1"
  name = "v"
}
resource "exoscale_security_group" "sg" {
  name = "sg"
}
""",
        provider="",
    )
    assert found == {}


def test_exoscale_zone_from_an_unset_variable_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "exoscale",
        """
variable "zone" {
  type = string
}
resource "exoscale_dbaas" "db" {
  zone = var.zone
  name = "db"
  type = "pg"
  plan = "startup-4"
}
""",
        provider="",
    )
    assert found == {"exoscale_dbaas.db": {"RES002"}}


# --- Orange Business Flexible Engine -----------------------------------------------------


def test_flexibleengine_region_and_zone_are_inside(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "flexibleengine",
        """
resource "flexibleengine_obs_bucket" "b" {
  bucket = "b"
}
resource "flexibleengine_blockstorage_volume_v2" "v" {
  availability_zone = "eu-west-0b"
  size              = 10
}
""",
        provider='  region = "eu-west-0"',
    )
    assert found == {}


def test_flexibleengine_region_not_in_the_catalog_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "flexibleengine",
        """
resource "flexibleengine_obs_bucket" "b" {
  bucket = "b"
  region = "cn-north-1"
}
""",
        provider='  region = "eu-west-0"',
    )
    assert found == {"flexibleengine_obs_bucket.b": {"RES002"}}


def test_flexibleengine_provider_without_region_is_unknown(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "flexibleengine",
        """
resource "flexibleengine_obs_bucket" "b" {
  bucket = "b"
}
""",
        provider="",
    )
    assert found == {"flexibleengine_obs_bucket.b": {"RES002"}}


# --- Cloud Temple ------------------------------------------------------------------------


def test_cloudtemple_identity_objects_are_not_placed(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "cloudtemple",
        """
resource "cloudtemple_iam_personal_access_token" "t" {
  name = "t"
}
""",
        provider="",
    )
    assert found == {}


def test_cloudtemple_iaas_is_in_fr1(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "cloudtemple",
        """
resource "cloudtemple_compute_virtual_machine" "vm" {
  name = "vm"
}
resource "cloudtemple_object_storage_bucket" "b" {
  name = "b"
}
""",
        provider="",
    )
    assert found == {}


def test_cloudtemple_public_cloud_vm_is_never_assumed_in_fr1(tmp_path: Path) -> None:
    # Holds today (no fixed region at all) and after fixed_region (fixed_region_except).
    found = _located(
        tmp_path,
        "cloudtemple",
        """
resource "cloudtemple_public_cloud_vm_instance" "vm" {
  name                 = "vm"
  availability_zone_id = "00000000-0000-0000-0000-000000000000"
}
""",
        provider="",
    )
    assert found == {"cloudtemple_public_cloud_vm_instance.vm": {"RES002"}}


# --- NumSpot -----------------------------------------------------------------------------


NUMSPOT_VOLUME = """
resource "numspot_volume" "v" {
  size = 10
}
"""


def test_numspot_without_host_is_placed_in_france_by_its_catalog(tmp_path: Path) -> None:
    # No host, so no region: but every region NumSpot's (complete) catalog lists is in France.
    assert _located(tmp_path, "numspot", NUMSPOT_VOLUME, provider='  space_id = "s"') == {}


def test_numspot_host_naming_an_unlisted_region_stays_unknown(tmp_path: Path) -> None:
    # The single listed region must not override a host that names another one.
    host = '  numspot_host = "https://api.eu-central-9.numspot.com"'
    assert _located(tmp_path, "numspot", NUMSPOT_VOLUME, provider=host) == {"numspot_volume.v": {"RES002"}}


def test_an_operator_with_regions_in_two_countries_stays_unknown(tmp_path: Path) -> None:
    # A trusted configuration adds a NumSpot region in Germany: its regions now span two
    # countries, so a resource without a host could be in either.
    (tmp_path / "main.tf").write_text(
        'terraform {\n  required_providers {\n    numspot = { source = "numspot/numspot" }\n  }\n}\n'
        f'provider "numspot" {{\n  space_id = "s"\n}}\n{NUMSPOT_VOLUME}',
        encoding="utf-8",
    )
    extra = {"regions": {"numspot": {"eu-central-9": {"country": "DE", "note": "test"}}}}
    result = scan([tmp_path], profiles=("eu-residency",), catalog=extra)
    assert {f.rule_id for f in result.findings if f.rule_id in LOCATION_RULES} == {"RES002"}


def test_a_sole_country_needs_a_complete_list_in_one_country() -> None:
    from dataclasses import replace

    from scanner.adapt.assets import placed_countries
    from scanner.model import Asset, Location, Resource, Value

    catalog = load_catalog()

    def placed(provider: str, source: str, rtype: str, complete: bool | None = None) -> object:
        regions = dict(catalog.regions)
        if complete is not None:
            regions[provider] = replace(regions[provider], complete=complete)
        asset = Asset(
            Resource("terraform", rtype, "x", f"{rtype}.x", Location("main.tf", 1, 1)),
            provider,
            "svc",
            regions=(Value.unknown("unset"),),
            source=source,
        )
        return placed_countries(asset, asset.regions[0], replace(catalog, regions=regions))

    countries, fact = placed("numspot", "numspot/numspot", "numspot_volume")  # type: ignore[misc]
    assert countries == ("FR",) and "every region of numspot is in FR" in fact
    assert placed("numspot", "numspot/numspot", "numspot_volume", complete=False) is None
    # Outscale's regions are in France, the United States and Japan: complete or not, unknown.
    assert placed("outscale", "outscale/outscale", "outscale_volume", complete=True) is None
    # Cloud Temple's Public Cloud VM product has regions of its own (fixed_region_except).
    assert placed("cloudtemple", "cloud-temple/cloudtemple", "cloudtemple_public_cloud_vm_instance") is None
    assert placed("cloudtemple", "cloud-temple/cloudtemple", "cloudtemple_compute_virtual_machine") is not None


def test_numspot_region_is_read_from_the_host(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "numspot",
        """
resource "numspot_volume" "v" {
  size = 10
}
resource "numspot_vm" "vm" {
  image_id               = "ami-0ac6a040"
  type                   = "ns-cus6-2c4r"
  availability_zone_name = "eu-west-2b"
}
""",
        provider='  numspot_host = "https://api.eu-west-2.numspot.com"',
    )
    assert found == {}


# --- qualification scopes: terraform_types (rules/catalog/operators.yaml) ------------------


# Three outcomes: covered (a source says yes), excluded (a source says no), unverified (no
# source either way). OVHcloud's and Scaleway's HDS certificates are not evidenced under the
# 2024 référentiel, so even their in-scope services are "unverified" until a source shows v2.
@pytest.mark.parametrize(
    ("operator", "name", "region", "resource_type", "outcome"),
    [
        ("scaleway", "HDS", "fr-par", "scaleway_object_bucket", "unverified"),
        ("scaleway", "HDS", "fr-par", "scaleway_object_bucket_server_side_encryption_configuration", "unverified"),
        ("scaleway", "HDS", "fr-par", "scaleway_block_volume", "unverified"),
        ("scaleway", "HDS", "fr-par", "scaleway_rdb_instance", "unverified"),
        ("scaleway", "HDS", "fr-par", "scaleway_k8s_cluster", "excluded"),  # type defaults to shared kapsule
        ("scaleway", "HDS", "nl-ams", "scaleway_object_bucket", "excluded"),
        ("ovh", "HDS", "gra11", "ovh_cloud_project_instance", "unverified"),
        ("ovh", "HDS", "gra", "ovh_cloud_project_database", "unverified"),  # Essential/Discovery plans are excluded
        ("ovh", "HDS", "gra11", "ovh_vps", "excluded"),
        ("ovh", "HDS", "gra11", "ovh_hosting_privatedatabase", "excluded"),
        ("ovh", "SecNumCloud", "eu-west-gra-snc", "ovh_cloud_project_instance", "excluded"),
        ("ovh", "SecNumCloud", "gra11", "openstack_compute_instance_v2", "excluded"),
        ("outscale", "SecNumCloud", "cloudgouv-eu-west-1", "outscale_vm", "covered"),
        ("outscale", "SecNumCloud", "cloudgouv-eu-west-1", "outscale_volume", "covered"),
        ("outscale", "SecNumCloud", "cloudgouv-eu-west-1", "outscale_oks_cluster", "unverified"),
        ("outscale", "SecNumCloud", "eu-west-2", "outscale_vm", "excluded"),
        ("cloudtemple", "SecNumCloud", "fr1", "cloudtemple_compute_virtual_machine", "covered"),
        ("cloudtemple", "SecNumCloud", "fr1", "cloudtemple_compute_iaas_opensource_virtual_machine", "covered"),
        ("cloudtemple", "SecNumCloud", "fr1", "cloudtemple_object_storage_bucket", "covered"),
        ("cloudtemple", "SecNumCloud", "fr1", "cloudtemple_public_cloud_vm_instance", "unverified"),
        ("s3ns", "SecNumCloud", "u-france-east1", "google_storage_bucket", "covered"),
        ("s3ns", "SecNumCloud", "u-france-east1", "google_sql_database_instance", "covered"),
        ("s3ns", "SecNumCloud", "u-france-east1", "google_kms_crypto_key", "unverified"),
        ("aws", "HDS", "eu-west-3", "aws_s3_bucket", "covered"),
        ("aws", "HDS", "us-east-1", "aws_s3_bucket", "excluded"),
        ("numspot", "HDS", "eu-west-2", "numspot_vm", "unverified"),
        ("aws-eusc", "HDS", "eusc-de-east-1", "aws_s3_bucket", "unverified"),
        ("aws", "SecNumCloud", "eu-west-3", "aws_s3_bucket", "excluded"),
    ],
)
def test_qualification_scope_terraform_types(
    operator: str, name: str, region: str, resource_type: str, outcome: str
) -> None:
    coverage = qualification(operators()[operator], name, region, resource_type)
    assert coverage.outcome == outcome, coverage.reason


def test_every_limited_scope_of_a_covering_status_lists_terraform_types() -> None:
    """A certified/qualified entry limited to services or offers says which Terraform types
    they are (an empty list = none), except where the catalog could not establish it."""
    not_established = {
        ("scaleway", "SecNumCloud")
    }  # in progress; the "Scaleway Cloud" offer's contents are not documented
    data = load_yaml(rules_dir() / "catalog" / "operators.yaml")
    for key, entry in data["operators"].items():
        for item in entry.get("qualifications") or ():
            scope = item.get("scope") or {}
            limited = any(isinstance(scope.get(k), list) for k in ("services", "offers"))
            if not limited or item.get("status") not in ("certified", "qualified"):
                continue
            if (key, item["name"]) in not_established:
                continue
            assert isinstance(scope.get("terraform_types"), list), (key, item["name"])


def test_numspot_bucket_region_comes_from_the_object_storage_host(tmp_path: Path) -> None:
    body = """
resource "numspot_bucket" "b" {
  name = "b"
}
"""
    # The API host does not place a bucket: the object-storage host does (naming an unlisted
    # region here), and when it is unset, the catalog's fact that every region is in France.
    api_only = '  numspot_host = "https://api.eu-west-2.numspot.com"'
    other_os = '  numspot_host = "https://api.eu-west-2.numspot.com"\n  numspot_host_os = "https://objectstorage.eu-central-9.numspot.com"'
    assert _located(tmp_path, "numspot", body, provider=other_os) == {"numspot_bucket.b": {"RES002"}}
    assert _located(tmp_path, "numspot", body, provider=api_only) == {}
    both = '  numspot_host = "https://api.eu-west-2.numspot.com"\n  numspot_host_os = "https://objectstorage.eu-west-2.numspot.com"'
    assert _located(tmp_path, "numspot", body, provider=both) == {}


def test_provider_region_attributes_by_type_pick_the_provider_setting_per_type(tmp_path: Path) -> None:
    # IONOS object storage is placed by the provider's s3_region, not by a datacenter.
    found = _located(
        tmp_path,
        "ionoscloud",
        'resource "ionoscloud_s3_bucket" "b" {\n  name = "b"\n}\n',
        provider='  s3_region = "us-central-1"',
    )
    assert found == {"ionoscloud_s3_bucket.b": {"RES001"}}


def test_a_provider_without_a_region_setting_is_said_so_not_blamed_on_the_environment(tmp_path: Path) -> None:
    found = _located(
        tmp_path,
        "ovh",
        'resource "ovh_cloud_project_instance" "vm" {\n  service_name = "p"\n}\n',
        provider='  endpoint = "ovh-eu"',
    )
    assert found == {"ovh_cloud_project_instance.vm": {"RES002"}}
    message = _messages(tmp_path)
    assert "has no region setting" in message and "environment" not in message
