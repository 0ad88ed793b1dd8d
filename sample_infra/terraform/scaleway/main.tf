# Health Data Hub (HDH) on Scaleway, the host chosen in April 2026 for the SNDS copy.
# Every Scaleway region is in the EU, so nothing here leaves the EEA; what the hds profile
# also checks is whether Scaleway's HDS certificate covers each product in each region
# (per sovscan's catalog: Object Storage, Block Storage, eligible Instances and Kapsule
# Dedicated, in fr-par only; the 2024 référentiel transition is not evidenced for Scaleway).

locals {
  name_prefix = "hdh-snds"
}

# ---------------------------------------------------------------------------
# SNDS extracts: Object Storage in Paris (HDS bucket, tagged at creation)
# ---------------------------------------------------------------------------

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "scaleway_object_bucket" "snds_extracts" {
  name   = "${local.name_prefix}-extracts"
  region = "fr-par"

  versioning {
    enabled = true
  }

  tags = {
    hds     = "true"
    dataset = "snds-extracts"
  }
}

# Customer-managed key in Scaleway Key Manager (Paris) for the SNDS buckets.
# expect: PRV002 — Key Manager is not in the HDS scope sovscan could verify for Scaleway
resource "scaleway_key_manager_key" "snds" {
  name        = "${local.name_prefix}-objects"
  region      = "fr-par"
  usage       = "symmetric_encryption"
  algorithm   = "aes_256_gcm"
  unprotected = false

  rotation_policy {
    rotation_period = "2160h" # 90 days
  }
}

resource "scaleway_object_bucket_server_side_encryption_configuration" "snds_extracts" {
  bucket = scaleway_object_bucket.snds_extracts.name
  region = "fr-par"

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = scaleway_key_manager_key.snds.id
    }
  }
}

# Disaster-recovery copy in Amsterdam: inside the EEA, but outside the Paris-only scope
# of Scaleway's HDS certificate for storage.
# expect: PRV002, KEY001 — nl-ams is outside the fr-par scope of Scaleway's HDS certificate; no Key Manager key encrypts it
resource "scaleway_object_bucket" "snds_extracts_dr" {
  name   = "${local.name_prefix}-extracts-dr"
  region = "nl-ams"

  tags = {
    dataset = "snds-extracts"
  }
}

# ---------------------------------------------------------------------------
# Pseudonymisation worker: an Instance with a Block Storage volume (zone fr-par-1)
# ---------------------------------------------------------------------------

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "scaleway_block_volume" "cohort_workspace" {
  name       = "${local.name_prefix}-cohort-workspace"
  iops       = 5000
  size_in_gb = 200
}

# expect: PRV002 — Scaleway's HDS scope excludes it: type = PRO2-S is an Instance offer Scaleway excludes from HDS (DEV1, GP1, PLAY2, PRO2, COPARM1, ENT1)
resource "scaleway_instance_server" "pseudonymiser" {
  name  = "${local.name_prefix}-pseudonymiser"
  type  = "PRO2-S"
  image = "ubuntu_noble"

  additional_volume_ids = [scaleway_block_volume.cohort_workspace.id]
}

# ---------------------------------------------------------------------------
# Research database and application platform
# ---------------------------------------------------------------------------

# expect: PRV002 — Managed Databases are not in the HDS scope sovscan could verify for Scaleway
resource "scaleway_rdb_instance" "research" {
  name               = "${local.name_prefix}-research"
  node_type          = "DB-PRO2-XXS"
  engine             = "PostgreSQL-16"
  is_ha_cluster      = true
  encryption_at_rest = true
  user_name          = "hdh_admin"
  password           = var.research_db_password
}

# Network plumbing: holds no data, so no PRV finding (rules/catalog/roles.yaml).
resource "scaleway_vpc_private_network" "platform" {
  name = "${local.name_prefix}-platform"
}

# expect: PRV002 — a shared Kapsule cluster (type defaults to kapsule): Scaleway's HDS provisions cover Kapsule Dedicated only
resource "scaleway_k8s_cluster" "platform" {
  name                        = "${local.name_prefix}-platform"
  version                     = "1.35"
  cni                         = "cilium"
  private_network_id          = scaleway_vpc_private_network.platform.id
  delete_additional_resources = true
}

# expect: PRV002 — PRO2 nodes: an Instance offer Scaleway excludes from HDS
resource "scaleway_k8s_pool" "platform_default" {
  cluster_id  = scaleway_k8s_cluster.platform.id
  name        = "default"
  node_type   = "PRO2-M"
  size        = 3
  autoscaling = false
}

# ---------------------------------------------------------------------------
# Sandbox bucket created with the region-less provider
# ---------------------------------------------------------------------------

# expect: RES002, KEY001, PRV002 — provider scaleway.sandbox sets no region (SCW_DEFAULT_REGION or the config file decide at run time); no Key Manager key encrypts it; PRV002: outside the operator's HDS scope
resource "scaleway_object_bucket" "sandbox_exports" {
  provider = scaleway.sandbox
  name     = "${local.name_prefix}-sandbox-exports"
}
