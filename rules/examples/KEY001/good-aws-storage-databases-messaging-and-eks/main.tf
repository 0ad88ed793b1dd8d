provider "aws" {
  region = "eu-west-3"
}
resource "aws_ebs_volume" "pacs" {
  availability_zone = "eu-west-3a"
  size              = 500
  encrypted         = true
  kms_key_id        = var.phi_key_arn
}
resource "aws_efs_file_system" "reports" {
  encrypted  = true
  kms_key_id = var.phi_key_arn
}
resource "aws_db_instance" "research" {
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  storage_encrypted = true
  kms_key_id        = var.phi_key_arn
}
resource "aws_db_instance" "ehr_writer" {
  engine             = "aurora-postgresql"
  instance_class     = "db.r7g.large"
  cluster_identifier = "ehr"
}
resource "aws_db_instance" "research_replica" {
  replicate_source_db = "research-db"
  instance_class      = "db.m7g.large"
}
resource "aws_rds_cluster" "ehr" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
  kms_key_id        = var.phi_key_arn
}
resource "aws_docdb_cluster" "documents" {
  storage_encrypted = true
  kms_key_id        = var.phi_key_arn
}
resource "aws_neptune_cluster" "graph" {
  storage_encrypted = true
  kms_key_arn       = var.phi_key_arn
}
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "cohort-warehouse"
  node_type          = "ra3.xlplus"
  kms_key_id         = var.phi_key_arn
}
resource "aws_dynamodb_table" "consents" {
  name     = "patient-consents"
  hash_key = "patient_id"
  server_side_encryption {
    enabled     = true
    kms_key_arn = var.phi_key_arn
  }
}
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "portal-sessions"
  description                = "patient portal sessions"
  at_rest_encryption_enabled = true
  kms_key_id                 = var.phi_key_arn
}
resource "aws_opensearch_domain" "search" {
  domain_name = "clinical-notes"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = var.phi_key_arn
  }
}
resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy-notes"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = var.phi_key_arn
  }
}
resource "aws_sqs_queue" "lab_results" {
  name              = "lab-results"
  kms_master_key_id = "alias/lab-results"
}
resource "aws_sns_topic" "alerts" {
  name              = "critical-result-alerts"
  kms_master_key_id = var.phi_key_arn
}
resource "aws_cloudwatch_log_group" "fhir" {
  name       = "/ehr/fhir-api"
  kms_key_id = var.phi_key_arn
}
resource "aws_secretsmanager_secret" "db" {
  name       = "research-db-credentials"
  kms_key_id = var.phi_key_arn
}
resource "aws_kinesis_stream" "vitals" {
  name            = "icu-vitals"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = var.phi_key_arn
}
resource "aws_ecr_repository" "dicom" {
  name = "dicom-gateway"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.phi_key_arn
  }
}
resource "aws_backup_vault" "phi" {
  name        = "phi-backups"
  kms_key_arn = var.phi_key_arn
}
resource "aws_eks_cluster" "platform" {
  name     = "health-platform"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = var.phi_key_arn
    }
  }
}
