provider "aws" {
  region = "eusc-de-east-1"
}
resource "aws_s3_bucket" "records" {  # expect: PRV002
  bucket = "patient-records"
}
