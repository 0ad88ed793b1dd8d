provider "aws" {
  region = var.region
}
resource "aws_s3_bucket" "records" {  # expect: RES001
  bucket = "patient-records"
}
