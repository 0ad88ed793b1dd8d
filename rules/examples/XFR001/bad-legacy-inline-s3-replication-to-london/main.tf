provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "imaging_copy" {
  bucket = "imaging-copy"
  region = "eu-west-2"
}
resource "aws_s3_bucket" "imaging" {  # expect: XFR001
  bucket = "imaging"
  replication_configuration {
    role = "arn:aws:iam::123456789012:role/s3-replication"
    rules {
      id     = "copy"
      status = "Enabled"
      destination {
        bucket = aws_s3_bucket.imaging_copy.arn
      }
    }
  }
}
