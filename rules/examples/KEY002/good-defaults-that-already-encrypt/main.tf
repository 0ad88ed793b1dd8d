provider "aws" {
  region = "eu-west-3"
}
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "cohort-warehouse"
  node_type          = "ra3.xlplus"
}
resource "aws_elasticache_replication_group" "queue" {
  replication_group_id = "triage-queue"
  description          = "triage queue"
  engine               = "valkey"
}
resource "aws_rds_cluster" "reporting" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
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
resource "aws_sqs_queue" "lab_results" {
  name = "lab-results"
}
resource "aws_sqs_queue" "referrals" {
  name                    = "referrals"
  sqs_managed_sse_enabled = false
  kms_master_key_id       = "alias/referrals"
}
