provider "aws" {
  region = "eusc-de-east-1"
}
resource "aws_s3_bucket" "records" {  # expect: PRV001
  bucket = "patient-records"
}
