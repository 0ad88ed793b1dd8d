provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {  # expect: KEY001
  bucket = "patient-records"
}
