locals {
  region = lower("EU-WEST-3")
}
provider "aws" {
  region = local.region
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
