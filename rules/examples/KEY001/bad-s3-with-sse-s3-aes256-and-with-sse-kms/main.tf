provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "imaging" {  # expect: KEY001
  bucket = "imaging-archive"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "imaging" {
  bucket = "imaging-archive"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
resource "aws_s3_bucket" "exports" {  # expect: KEY001
  bucket = "research-exports"
}
resource "aws_s3_bucket_server_side_encryption_configuration" "exports" {
  bucket = aws_s3_bucket.exports.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}
