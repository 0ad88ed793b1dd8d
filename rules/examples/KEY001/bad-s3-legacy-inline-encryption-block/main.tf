provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {  # expect: KEY001
  bucket = "patient-records"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
