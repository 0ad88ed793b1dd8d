provider "aws" {
  region = "us-east-1"
}
# sovscan:ignore RES001 -- DPO decision 2026-014, migration ticket MIG-12
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
