provider "aws" {
  region = "us-east-1"
}
# sovscan:ignore RES001 until=9999-12-31 -- temporary migration window, ticket MIG-12
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
