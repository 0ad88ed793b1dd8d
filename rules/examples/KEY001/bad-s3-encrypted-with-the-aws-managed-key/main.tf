provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {  # expect: KEY001
  bucket = "patient-records"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "records" {
  bucket = aws_s3_bucket.records.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/aws/s3"
    }
  }
}
