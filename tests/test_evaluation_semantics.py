"""Terraform semantics public modules rely on (issue 15 §2): null is "not set", dynamic
blocks, count = 0 at any depth, values through modules, and declared type defaults.

Each fixture is the minimal general form (several providers, nested modules), scanned with
the hds profile and every rule, as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.model import Finding
from tests.conftest import write_tree
from tests.helpers import run_sovscan, scan


def _findings(root: Path) -> list[Finding]:
    return scan([root]).findings


def _of(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule_id == rule]


def _no_python_literals(findings: list[Finding]) -> None:
    for finding in findings:
        assert "None" not in finding.message and "''" not in finding.message, finding.message


# --- null means "not set" ------------------------------------------------------------------

NULL_VARIABLE = 'variable "region" {\n  type    = string\n  default = null\n}\n'


@pytest.mark.parametrize(
    ("provider", "resource", "region"),
    [
        (
            'provider "aws" {\n  region = "us-east-1"\n}\n',
            'resource "aws_s3_bucket" "b" {\n  region = var.region\n}\n',
            "us-east-1",
        ),
        (
            'provider "google" {\n  region = "us-central1"\n  zone = "us-central1-a"\n}\n',
            'resource "google_compute_disk" "d" {\n  name = "d"\n  zone = var.region\n}\n',
            "us-central1",
        ),
    ],
)
def test_null_region_falls_back_to_the_provider(tmp_path: Path, provider: str, resource: str, region: str) -> None:
    write_tree(tmp_path, {"main.tf": NULL_VARIABLE + provider + resource})
    findings = _findings(tmp_path)
    placed = _of(findings, "RES001")
    assert len(placed) == 1 and region in placed[0].message
    assert _of(findings, "RES002") == []
    _no_python_literals(findings)


def test_null_region_through_a_module_input_and_an_echoed_region(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "ap-south-1"\n}\n'
            'module "m" {\n  source = "./m"\n  region = null\n}\n',
            "m/main.tf": NULL_VARIABLE
            + 'resource "aws_s3_bucket" "b" {\n  region = var.region\n}\n'
            + 'resource "aws_sqs_queue" "q" {\n  region = aws_s3_bucket.b.region\n}\n',
        },
    )
    findings = _findings(tmp_path)
    assert sorted(f.address for f in _of(findings, "RES001")) == [
        "module.m.aws_s3_bucket.b",
        "module.m.aws_sqs_queue.q",
    ]
    assert all("ap-south-1" in f.message for f in _of(findings, "RES001"))
    assert _of(findings, "RES002") == []


def test_a_region_left_unset_everywhere_says_what_is_missing(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": NULL_VARIABLE
            + 'provider "aws" {\n  region = var.region\n}\n'
            + 'resource "aws_s3_bucket" "b" {}\n'
        },
    )
    findings = _findings(tmp_path)
    unknown = _of(findings, "RES002")
    assert len(unknown) == 1 and "region" in unknown[0].message
    _no_python_literals(findings)


# --- dynamic blocks ------------------------------------------------------------------------

GCS_PLACEMENT = """
provider "google" {
  region = "europe-west1"
}
variable "placement" {
  type    = any
  default = %s
}
resource "google_storage_bucket" "b" {
  name     = "b"
  location = "EU"
  dynamic "custom_placement_config" {
    for_each = var.placement == null ? [] : [var.placement]
    content {
      data_locations = custom_placement_config.value.data_locations
    }
  }
}
"""


def test_dynamic_block_with_an_empty_collection_creates_nothing(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": GCS_PLACEMENT % "null"})
    assert _of(_findings(tmp_path), "XFR003") == []


def test_dynamic_block_with_known_elements_is_read(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": GCS_PLACEMENT % '{ data_locations = ["US-EAST1", "EUROPE-WEST1"] }'})
    found = _of(_findings(tmp_path), "XFR003")
    assert len(found) == 1 and "us-east1" in found[0].message.lower()


def test_dynamic_block_with_an_unknown_collection_is_unknown_with_the_reason(tmp_path: Path) -> None:
    text = (
        (GCS_PLACEMENT % "null")
        .replace("default = null", "")
        .replace("var.placement == null ? [] : [var.placement]", "data.google_storage_buckets.all.buckets")
    )
    write_tree(tmp_path, {"main.tf": text + 'data "google_storage_buckets" "all" {\n  project = "p"\n}\n'})
    found = _of(_findings(tmp_path), "XFR003")
    assert len(found) == 1
    assert (
        "cannot be determined" in found[0].message
        and "for_each of dynamic 'custom_placement_config'" in found[0].message
    )


ACL = """
provider "aws" {
  region = "eu-west-3"
}
variable "grants" {
  type    = any
  default = %s
}
locals {
  grants = try(jsondecode(var.grants), var.grants)
}
resource "aws_s3_bucket_acl" "a" {
  count  = length(local.grants) > 0 ? 1 : 0
  bucket = "b"
  dynamic "access_control_policy" {
    for_each = length(local.grants) > 0 ? [true] : []
    content {
      dynamic "grant" {
        for_each = local.grants
        iterator = g
        content {
          permission = g.value.permission
          grantee {
            type = g.value.type
            id   = try(g.value.id, null)
            uri  = try(g.value.uri, null)
          }
        }
      }
    }
  }
}
data "aws_canonical_user_id" "me" {}
"""


@pytest.mark.parametrize(
    ("grants", "public"),
    [
        ("[]", False),
        ('[{ type = "CanonicalUser", permission = "FULL_CONTROL", id = data.aws_canonical_user_id.me.id }]', False),
        ('[{ type = "Group", permission = "READ", uri = "http://acs.amazonaws.com/groups/global/AllUsers" }]', True),
        ("jsonencode([])", False),
    ],
)
def test_nested_dynamic_blocks_with_an_iterator(tmp_path: Path, grants: str, public: bool) -> None:
    if grants.startswith("jsonencode"):
        grants = '"[]"'  # Terragrunt passes JSON text: try(jsondecode(…)) decodes it
    write_tree(tmp_path, {"main.tf": ACL % grants})
    exposed = _of(_findings(tmp_path), "EXP001")
    assert len(exposed) == (1 if public else 0), [f.message for f in exposed]


# --- count = 0 at any depth ----------------------------------------------------------------

DISABLED_CHILD = """
variable "create" {
  type    = bool
  default = true
}
variable "settings" {
  type = object({
    enabled = optional(bool, false)
  })
  default = {}
}
locals {
  create_store = var.create && var.settings.enabled
}
resource "aws_s3_bucket" "b" {
  count = var.create ? 1 : 0
}
resource "aws_s3_bucket_acl" "public" {
  count  = local.create_store ? 1 : 0
  bucket = "b"
  acl    = "public-read"
}
module "remote" {
  source = "terraform-aws-modules/kms/aws"
  count  = var.create ? 1 : 0
}
module "grandchild" {
  source = "../leaf"
  create = var.create
}
"""

LEAF = """
variable "create" {
  type = bool
}
resource "google_storage_bucket" "x" {
  count    = var.create ? 1 : 0
  name     = "x"
  location = "US"
}
"""


def test_count_zero_through_module_inputs_creates_nothing(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "us-east-1"\n}\n'
            'module "off" {\n  source = "./child"\n  create = false\n}\n'
            'module "on" {\n  source = "./child"\n}\nmodule "none" {\n  source = "./child"\n  count  = 0\n}\n',
            "child/main.tf": DISABLED_CHILD,
            "leaf/main.tf": LEAF,
        },
    )
    findings = _findings(tmp_path)
    assert not [f for f in findings if "module.off" in f.address or "module.none" in f.address], [
        (f.rule_id, f.address) for f in findings if "module.off" in f.address or "module.none" in f.address
    ]
    on = {f.address for f in findings if f.address.startswith("module.on")}
    assert "module.on.aws_s3_bucket.b[0]" in on and "module.on.module.grandchild.google_storage_bucket.x[0]" in on
    # optional(bool, false) with default {}: the public ACL is not created
    assert not [f for f in findings if "aws_s3_bucket_acl" in f.address]


def test_a_module_input_that_enables_a_resource_creates_it(tmp_path: Path) -> None:
    child = DISABLED_CHILD.replace('module "remote"', 'module "remote_unused"')
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\nmodule "on" {\n  source = "./child"\n'
            "  settings = { enabled = true }\n}\n",
            "child/main.tf": child,
            "leaf/main.tf": LEAF,
        },
    )
    exposed = _of(_findings(tmp_path), "EXP001")
    assert [f.address for f in exposed] == ["module.on.aws_s3_bucket_acl.public[0]"]


# --- values through modules ----------------------------------------------------------------

KEY_CHILD = """
variable "kms_key_arn" {
  type    = string
  default = null
}
resource "aws_ebs_volume" "v" {
  availability_zone = "eu-west-3a"
  size              = 10
  encrypted         = true
  kms_key_id        = var.kms_key_arn
}
"""

KEYS = (
    'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n'
    'output "key_arn" {\n  value = aws_kms_key.k.arn\n}\n'
)


@pytest.mark.parametrize(
    ("passed", "customer"),
    [
        ("aws_kms_key.k.arn", True),
        ("module.keys.key_arn", True),
        ("local.key", True),
        ('"arn:aws:kms:eu-west-3:111122223333:alias/aws/ebs"', False),
        ("null", False),
    ],
)
def test_a_customer_key_passed_through_modules_is_a_customer_key(tmp_path: Path, passed: str, customer: bool) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\n'
            + KEYS.replace("output", "locals {\n  key = aws_kms_key.k.arn\n}\noutput")
            + 'module "keys" {\n  source = "./keys"\n}\n'
            + f'module "outer" {{\n  source = "./outer"\n  kms_key_arn = {passed}\n}}\n',
            "keys/main.tf": KEYS,
            "outer/main.tf": 'variable "kms_key_arn" {\n  default = null\n}\n'
            'module "disk" {\n  source = "../disk"\n  kms_key_arn = var.kms_key_arn\n}\n',
            "disk/main.tf": KEY_CHILD,
        },
    )
    findings = [f for f in _of(_findings(tmp_path), "KEY001") if "aws_ebs_volume" in f.address]
    assert (findings == []) is customer, [f.message for f in findings]


def test_a_replication_destination_in_a_sibling_module_is_read_there(tmp_path: Path) -> None:
    source = """
variable "destination_arn" {
  type = string
}
resource "aws_s3_bucket" "src" {}
resource "aws_s3_bucket_replication_configuration" "r" {
  bucket = aws_s3_bucket.src.id
  role   = "arn:aws:iam::111122223333:role/r"
  rule {
    status = "Enabled"
    destination {
      bucket = var.destination_arn
    }
  }
}
"""
    for region, leaves in (("eu-central-1", False), ("us-east-1", True)):
        root = tmp_path / region
        write_tree(
            root,
            {
                "main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\n'
                f'provider "aws" {{\n  alias  = "replica"\n  region = "{region}"\n}}\n'
                'module "dest" {\n  source = "./dest"\n  providers = { aws = aws.replica }\n}\n'
                'module "src" {\n  source = "./src"\n  destination_arn = module.dest.arn\n}\n',
                "dest/main.tf": 'resource "aws_s3_bucket" "d" {}\noutput "arn" {\n  value = aws_s3_bucket.d.arn\n}\n',
                "src/main.tf": source,
            },
        )
        transfers = [f for f in _findings(root) if f.rule_id == "XFR001"]
        assert bool(transfers) is leaves, (region, [f.message for f in transfers])
        assert all("cannot be determined" not in f.message for f in transfers)


def test_the_cli_reports_no_python_literal_for_a_null_region(tmp_path: Path) -> None:
    write_tree(tmp_path, {"main.tf": NULL_VARIABLE + 'resource "aws_s3_bucket" "b" {\n  region = var.region\n}\n'})
    completed = run_sovscan("scan", str(tmp_path), "--no-cache", "--no-baseline", "--format", "text")
    assert "None" not in completed.stdout and "''" not in completed.stdout
    assert "region" in completed.stdout


def test_an_empty_region_is_said_in_words(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {"main.tf": 'provider "aws" {\n  region = "eu-west-3"\n}\nresource "aws_s3_bucket" "b" {\n  region = ""\n}\n'},
    )
    findings = _findings(tmp_path)
    assert len(_of(findings, "RES002")) == 1 and "empty" in _of(findings, "RES002")[0].message
    _no_python_literals(findings)


def test_an_unknown_value_is_not_stated_as_a_violation(tmp_path: Path) -> None:
    gke = """
provider "google" {
  region = "europe-west1"
}
variable "components" {
  type = list(string)
}
resource "google_container_cluster" "c" {
  name            = "c"
  location        = "europe-west1"
  logging_service = "logging.googleapis.com/kubernetes"
  dynamic "logging_config" {
    for_each = data.google_client_openid_userinfo.me.email == "" ? [] : [1]
    content {
      enable_components = var.components
    }
  }
}
data "google_client_openid_userinfo" "me" {}
"""
    write_tree(tmp_path, {"main.tf": gke})
    logging = _of(_findings(tmp_path), "LOG001")
    assert len(logging) == 1
    message = logging[0].message
    assert "possibly cluster logging is disabled" in message and "cannot be verified" in message
    assert "logging_config" in message


# --- zones read at apply time, in a known region ---------------------------------------------

ZONES_CHILD = """
variable "azs" {
  type = list(string)
}
resource "aws_ebs_volume" "v" {
  count             = 2
  availability_zone = element(var.azs, count.index)
  size              = 10
}
"""


@pytest.mark.parametrize(
    ("selection", "placed"),
    [
        ("data.aws_availability_zones.available.names[0]", True),
        ("local.azs[1]", True),
        ("data.aws_subnet.picked.availability_zone", True),
        ('var.zone != "" ? var.zone : data.aws_availability_zones.available.names[0]', False),
        ("data.aws_ebs_volume.other.availability_zone", False),
    ],
)
def test_a_zone_read_at_apply_time_is_in_its_data_sources_region(tmp_path: Path, selection: str, placed: bool) -> None:
    main = (
        'provider "aws" {\n  region = "us-east-1"\n}\n'
        'variable "zone" {\n  type = string\n}\n'
        'data "aws_availability_zones" "available" {}\n'
        'data "aws_subnet" "picked" {\n  id = "subnet-1"\n}\n'
        'data "aws_ebs_volume" "other" {\n  most_recent = true\n}\n'
        "locals {\n  azs = slice(data.aws_availability_zones.available.names, 0, 3)\n}\n"
        f'resource "aws_instance" "i" {{\n  ami = "ami-1"\n  availability_zone = {selection}\n}}\n'
    )
    write_tree(tmp_path, {"main.tf": main})
    findings = [f for f in _findings(tmp_path) if f.address == "aws_instance.i"]
    rules = sorted(f.rule_id for f in findings if f.rule_id.startswith("RES"))
    if placed:
        assert rules == ["RES001"], [f.message for f in findings]
    else:
        # A conditional is a choice (issue 20): each alternative whose zone is not read is
        # its own RES002 under its condition; none may pass, none may be placed.
        assert rules and set(rules) == {"RES002"}, [f.message for f in findings]
    if placed:
        assert "us-east-1" in next(f for f in findings if f.rule_id == "RES001").message


def test_zones_passed_into_a_module_and_a_google_zone_list(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "main.tf": 'provider "aws" {\n  region = "ap-south-1"\n}\n'
            'provider "google" {\n  region = "europe-west1"\n}\n'
            'data "aws_availability_zones" "a" {}\n'
            'data "google_compute_zones" "z" {\n  region = "us-central1"\n}\n'
            'module "m" {\n  source = "./m"\n  azs = data.aws_availability_zones.a.names\n}\n'
            'resource "google_compute_disk" "d" {\n  name = "d"\n  zone = data.google_compute_zones.z.names[0]\n}\n',
            "m/main.tf": ZONES_CHILD,
        },
    )
    placed = {f.address: f.message for f in _findings(tmp_path) if f.rule_id == "RES001"}
    assert (
        "ap-south-1" in placed["module.m.aws_ebs_volume.v[0]"]
        and "ap-south-1" in placed["module.m.aws_ebs_volume.v[1]"]
    )
    assert "us-central1" in placed["google_compute_disk.d"]


def test_a_companion_named_through_each_is_not_every_element(tmp_path: Path) -> None:
    # Each encryption configuration names one bucket of its for_each: bucket "b" has none.
    main = """
provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_key" "k" {}
resource "aws_s3_bucket" "a" {}
resource "aws_s3_bucket" "b" {}
resource "aws_s3_bucket_server_side_encryption_configuration" "sse" {
  for_each = { a = aws_s3_bucket.a, b = aws_s3_bucket.b }
  bucket   = each.key == "a" ? each.value.id : "elsewhere"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}
"""
    write_tree(tmp_path, {"main.tf": main})
    keyed = {f.address for f in _of(_findings(tmp_path), "KEY001")}
    assert "aws_s3_bucket.b" in keyed


# --- lookup() in an empty map: the default, whatever the key ----------------------------------


@pytest.mark.parametrize(("default", "rules"), [('"EU"', []), ('"US"', ["RES001"])])
def test_lookup_in_an_empty_map_is_its_default_whatever_the_key(tmp_path: Path, default: str, rules: list[str]) -> None:
    main = (
        'provider "google" {\n  project = "p"\n  region = "europe-west1"\n}\n'
        'variable "name" {\n  type = string\n}\n'
        'variable "locations" {\n  type = map(string)\n  default = {}\n}\n'
        'resource "google_storage_bucket" "b" {\n  name = var.name\n'
        f"  location = lookup(var.locations, lower(var.name), {default})\n}}\n"
    )
    write_tree(tmp_path, {"main.tf": main})
    found = sorted(f.rule_id for f in _findings(tmp_path) if f.rule_id.startswith("RES"))
    assert found == rules
