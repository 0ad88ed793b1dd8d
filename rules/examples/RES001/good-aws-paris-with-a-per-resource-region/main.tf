provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
resource "aws_s3_bucket" "copy" {
  bucket = "patient-records-copy"
  region = "eu-central-1"
}
resource "aws_iam_role" "reader" {
  name               = "reader"
  assume_role_policy = "{}"
}
