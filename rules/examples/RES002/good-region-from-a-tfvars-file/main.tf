variable "region" {}
provider "aws" {
  region = var.region
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
