provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {  # expect: RES001
  bucket = "patient-records"
  region = "eu-west-2"
}
