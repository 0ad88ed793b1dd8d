provider "aws" {
  region = "eu-west-3"
}
resource "aws_sqs_queue" "lab_results" {  # expect: KEY001
  name              = "lab-results"
  kms_master_key_id = "alias/aws/sqs"
}
resource "aws_sns_topic" "alerts" {  # expect: KEY001
  name = "critical-result-alerts"
}
resource "aws_cloudwatch_log_group" "fhir" {  # expect: KEY001
  name = "/ehr/fhir-api"
}
resource "aws_secretsmanager_secret" "db" {  # expect: KEY001
  name = "research-db-credentials"
}
resource "aws_kinesis_stream" "vitals" {  # expect: KEY001
  name            = "icu-vitals"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
