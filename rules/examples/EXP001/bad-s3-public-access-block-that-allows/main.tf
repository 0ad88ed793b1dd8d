provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "reports" {
  bucket = "lab-reports"
}
resource "aws_s3_bucket_public_access_block" "reports" {  # expect: EXP001
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = false
  restrict_public_buckets = false
}
