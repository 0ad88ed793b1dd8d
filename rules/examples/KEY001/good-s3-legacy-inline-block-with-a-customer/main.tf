provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "arn:aws:kms:eu-west-3:111122223333:key/6f1c2a9e-3b7d-4c1e-9a55-0d2f8e7b4c21"
      }
    }
  }
}
