provider "aws" {
  region = "eu-west-3"
}
resource "aws_elasticache_replication_group" "sessions" {  # expect: KEY002
  replication_group_id = "portal-sessions"
  description          = "patient portal sessions"
}
resource "aws_elasticache_replication_group" "queue" {  # expect: KEY002
  replication_group_id       = "triage-queue"
  description                = "triage queue"
  engine                     = "valkey"
  at_rest_encryption_enabled = false
}
resource "aws_opensearch_domain" "search" {  # expect: KEY002
  domain_name = "clinical-notes"
}
resource "aws_elasticsearch_domain" "legacy" {  # expect: KEY002
  domain_name = "legacy-notes"
  encrypt_at_rest {
    enabled = false
  }
}
resource "aws_kinesis_stream" "vitals" {  # expect: KEY002
  name        = "icu-vitals"
  shard_count = 2
}
resource "aws_sqs_queue" "lab_results" {  # expect: KEY002
  name                    = "lab-results"
  sqs_managed_sse_enabled = false
}
