provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "research" {
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  storage_encrypted = true
}
resource "aws_rds_cluster" "ehr" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}
resource "aws_docdb_cluster" "documents" {
  storage_encrypted = true
}
resource "aws_neptune_cluster" "graph" {
  storage_encrypted = true
}
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "cohort-warehouse"
  node_type          = "ra3.xlplus"
  encrypted          = true
}
resource "aws_ebs_volume" "pacs" {
  availability_zone = "eu-west-3a"
  size              = 500
  encrypted         = true
}
resource "aws_efs_file_system" "reports" {
  encrypted = true
}
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "portal-sessions"
  description                = "patient portal sessions"
  at_rest_encryption_enabled = true
}
resource "aws_opensearch_domain" "search" {
  domain_name = "clinical-notes"
  encrypt_at_rest {
    enabled = true
  }
}
resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy-notes"
  encrypt_at_rest {
    enabled = true
  }
}
resource "aws_kinesis_stream" "vitals" {
  name            = "icu-vitals"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = "alias/icu-vitals"
}
