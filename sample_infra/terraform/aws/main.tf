# Health Data Hub (HDH) platform: patient-data lake, imaging archive and research
# database on AWS. HDS certification requires health data to be hosted in the EEA;
# the default provider (providers.tf) is Paris, eu-west-3.

locals {
  name_prefix = "hdh-${var.environment}"
}

data "aws_caller_identity" "current" {}

# ---------------------------------------------------------------------------
# Encryption key for personal health data (PHI)
# ---------------------------------------------------------------------------

# Single-region key: a multi-Region key would copy the key material to other regions.
# expect: KEY004 — key held by an operator exposed to extra-EU law (no external key store)
resource "aws_kms_key" "phi" {
  description             = "CMK for personal health data in the HDH data lake and research DB"
  enable_key_rotation     = true
  rotation_period_in_days = 365
  deletion_window_in_days = 30
  multi_region            = false
}

resource "aws_kms_alias" "phi" {
  name          = "alias/${local.name_prefix}-phi"
  target_key_id = aws_kms_key.phi.key_id
}

# ---------------------------------------------------------------------------
# Patient-data lake (raw EHR extracts, FHIR bulk exports)
# ---------------------------------------------------------------------------

# expect: LOG001 — access logging not enabled
resource "aws_s3_bucket" "patient_records" {
  bucket = "${local.name_prefix}-patient-records"

  tags = {
    dataset = "ehr-extracts"
  }
}

resource "aws_s3_bucket_versioning" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "patient_records" {
  bucket = aws_s3_bucket.patient_records.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ---------------------------------------------------------------------------
# Imaging archive (DICOM studies from the hospitals' PACS)
# ---------------------------------------------------------------------------

# expect: LOG001 — access logging not enabled
resource "aws_s3_bucket" "imaging_archive" {
  bucket = "${local.name_prefix}-imaging-archive"

  tags = {
    dataset = "dicom-studies"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "imaging_archive" {
  bucket = aws_s3_bucket.imaging_archive.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.phi.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "imaging_archive" {
  bucket = aws_s3_bucket.imaging_archive.id

  rule {
    id     = "studies-to-glacier-ir"
    status = "Enabled"

    filter {}

    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
  }
}

# ---------------------------------------------------------------------------
# Cross-region replica of the patient-data lake
#
# Added "for resilience" by copying a tutorial: the replica and its key live in
# us-east-1 (provider aws.us), so every patient record is copied to the United States.
# A compliant alternative is a replica in eu-central-1 (Frankfurt) or eu-west-1 (Dublin).
# ---------------------------------------------------------------------------

# expect: RES001 — replica bucket lands in us-east-1 (United States), outside the EEA
# expect: KEY001, LOG001, PRV002 — provider-managed key only, no customer-managed key; access logging not enabled; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket" "replica" {
  provider = aws.us
  bucket   = "${local.name_prefix}-patient-records-replica"

  tags = {
    dataset = "ehr-extracts"
    role    = "replica"
  }
}

# expect: RES001, PRV002 — versioning of the replica bucket is configured in us-east-1 (United States), outside the EEA; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.us
  bucket   = aws_s3_bucket.replica.id

  versioning_configuration {
    status = "Enabled"
  }
}

# expect: RES001 — key that encrypts the replicated health data is created in us-east-1 (United States)
# expect: KEY004, PRV002 — key held by an operator exposed to extra-EU law (no external key store); PRV002: outside the operator's HDS scope
resource "aws_kms_key" "replica" {
  provider                = aws.us
  description             = "CMK for the patient-records replica"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

data "aws_iam_policy_document" "s3_replication_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

# IAM is a global service: the role itself is not placed in any region.
resource "aws_iam_role" "replication" {
  name               = "${local.name_prefix}-s3-replication"
  assume_role_policy = data.aws_iam_policy_document.s3_replication_assume.json
}

data "aws_iam_policy_document" "s3_replication" {
  statement {
    actions   = ["s3:GetReplicationConfiguration", "s3:ListBucket"]
    resources = [aws_s3_bucket.patient_records.arn]
  }

  statement {
    actions = [
      "s3:GetObjectVersionForReplication",
      "s3:GetObjectVersionAcl",
      "s3:GetObjectVersionTagging",
    ]
    resources = ["${aws_s3_bucket.patient_records.arn}/*"]
  }

  statement {
    actions   = ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"]
    resources = ["${aws_s3_bucket.replica.arn}/*"]
  }

  statement {
    actions   = ["kms:Decrypt"]
    resources = [aws_kms_key.phi.arn]
  }

  statement {
    actions   = ["kms:Encrypt"]
    resources = [aws_kms_key.replica.arn]
  }
}

resource "aws_iam_role_policy" "replication" {
  name   = "s3-replication"
  role   = aws_iam_role.replication.id
  policy = data.aws_iam_policy_document.s3_replication.json
}

# The replication rule is configured on the source bucket, in eu-west-3: the findings
# are on the destination resources above, which is where the data ends up.
# expect: XFR001 — copies data to us-east-1
resource "aws_s3_bucket_replication_configuration" "patient_records" {
  depends_on = [
    aws_s3_bucket_versioning.patient_records,
    aws_s3_bucket_versioning.replica,
  ]

  role   = aws_iam_role.replication.arn
  bucket = aws_s3_bucket.patient_records.id

  rule {
    id     = "replicate-all"
    status = "Enabled"

    filter {}

    delete_marker_replication {
      status = "Disabled"
    }

    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }

    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD_IA"

      encryption_configuration {
        replica_kms_key_id = aws_kms_key.replica.arn
      }
    }
  }
}

# ---------------------------------------------------------------------------
# Data exchange with external research partners
# ---------------------------------------------------------------------------

# Drop zone for a research partner in Zurich, using the AWS provider 6.x per-resource
# `region` argument. Switzerland has an EU adequacy decision, but it is not in the EEA:
# HDS hosting cannot sit there.
# expect: RES001 — per-resource region eu-central-2 is Zurich (Switzerland), outside the EEA
# expect: KEY001, LOG001, PRV002 — provider-managed key only, no customer-managed key; access logging not enabled; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket" "research_exchange_zrh" {
  region = "eu-central-2"
  bucket = "${local.name_prefix}-research-exchange-zrh"

  tags = {
    dataset = "pseudonymised-cohort-extracts"
    partner = "zurich-university-hospital"
  }
}

# Aggregated, anonymised statistics shared with an NHS partner in London. Anonymised
# data is no longer personal health data, so the DPO signed off this exception.
# expect: RES001 suppressed — bucket lands in eu-west-2 (London, United Kingdom), outside the EEA; suppressed in source with a DPO justification
# sovscan:ignore RES001 -- DPO approval DPO-2026-014: anonymised statistics only, reviewed 2026-10-01
# expect: KEY001, LOG001, PRV002 — provider-managed key only, no customer-managed key; access logging not enabled; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket" "anonymised_stats_uk" {
  provider = aws.london
  bucket   = "${local.name_prefix}-anonymised-stats-uk"

  tags = {
    dataset             = "aggregated-statistics"
    data_classification = "anonymised"
  }
}

# ---------------------------------------------------------------------------
# Research database (pseudonymised cohorts)
# ---------------------------------------------------------------------------

resource "aws_db_subnet_group" "research" {
  name       = "${local.name_prefix}-research"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "research" {
  identifier     = "${local.name_prefix}-research-pg"
  engine         = "postgres"
  engine_version = "16.4"
  instance_class = "db.m6g.large"

  allocated_storage     = 200
  max_allocated_storage = 1000
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.phi.arn

  db_name                       = "research"
  username                      = "research_admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.phi.key_id

  db_subnet_group_name   = aws_db_subnet_group.research.name
  vpc_security_group_ids = var.db_security_group_ids
  publicly_accessible    = false
  multi_az               = true

  iam_database_authentication_enabled = true
  performance_insights_enabled        = true
  performance_insights_kms_key_id     = aws_kms_key.phi.arn
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]

  backup_retention_period   = 35
  backup_window             = "01:00-02:00"
  maintenance_window        = "sun:03:00-sun:04:00"
  copy_tags_to_snapshot     = true
  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "${local.name_prefix}-research-pg-final"
}

# ---------------------------------------------------------------------------
# Backups: nightly snapshot in Paris, copied to a DR vault
# ---------------------------------------------------------------------------

resource "aws_backup_vault" "primary" {
  name        = "${local.name_prefix}-primary-vault"
  kms_key_arn = aws_kms_key.phi.arn
}

# The DR region is a variable: eu-central-1 by default, but terraform.tfvars sets it
# to us-east-1.
# expect: RES001 — region comes from terraform.tfvars (us-east-1), overriding the eu-central-1 default
# expect: KEY001, PRV002 — provider-managed key only, no customer-managed key; PRV002: outside the operator's HDS scope
resource "aws_backup_vault" "dr" {
  region = var.dr_region
  name   = "${local.name_prefix}-dr-vault"
}

# expect: XFR001 — copies data to us-east-1
resource "aws_backup_plan" "research_db" {
  name = "${local.name_prefix}-research-db"

  rule {
    rule_name         = "nightly"
    target_vault_name = aws_backup_vault.primary.name
    schedule          = "cron(0 2 * * ? *)"
    start_window      = 60
    completion_window = 240

    lifecycle {
      delete_after = 35
    }

    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn

      lifecycle {
        delete_after = 90
      }
    }
  }
}

resource "aws_backup_selection" "research_db" {
  name         = "research-db"
  plan_id      = aws_backup_plan.research_db.id
  iam_role_arn = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/service-role/AWSBackupDefaultServiceRole"
  resources    = [aws_db_instance.research.arn]
}

# ---------------------------------------------------------------------------
# Audit trail of access to health data (HDS requires traceability of access)
# ---------------------------------------------------------------------------

# Access logs name patients and clinicians: they are health data too.
# expect: RES002 — provider aws.security sets no region; it comes from AWS_REGION or the CLI profile at run time
# expect: KEY001, PRV002 — provider-managed key only, no customer-managed key; PRV002: HDS coverage unverified
resource "aws_cloudwatch_log_group" "phi_access_audit" {
  provider          = aws.security
  name              = "/hdh/${var.environment}/phi-access-audit"
  retention_in_days = 365
}
