provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {  # expect: PRV002
  bucket = "patient-records"
}
