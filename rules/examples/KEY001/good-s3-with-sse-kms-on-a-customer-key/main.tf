provider "aws" {
  region = "eu-west-3"
}
locals {
  records_key = "arn:aws:kms:eu-west-3:111122223333:key/6f1c2a9e-3b7d-4c1e-9a55-0d2f8e7b4c21"
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "records" {
  bucket = aws_s3_bucket.records.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = local.records_key
    }
    bucket_key_enabled = true
  }
}
resource "aws_s3_bucket" "imaging" {
  bucket = "imaging-archive"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "imaging" {
  bucket = "imaging-archive"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms:dsse"
      kms_master_key_id = "alias/imaging-archive"
    }
  }
}
