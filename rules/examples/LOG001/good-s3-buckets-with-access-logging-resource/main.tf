provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
resource "aws_s3_bucket_logging" "records" {
  bucket        = aws_s3_bucket.records.id
  target_bucket = "hds-access-logs-eu-west-3"
  target_prefix = "patient-records/"
}
resource "aws_s3_bucket" "imaging" {
  bucket = "imaging"
  logging {
    target_bucket = "hds-access-logs-eu-west-3"
    target_prefix = "imaging/"
  }
}
resource "aws_s3_bucket" "exports" {
  bucket = "research-exports"
}
resource "aws_s3_bucket_logging" "exports" {
  bucket        = "research-exports"
  target_bucket = "hds-access-logs-eu-west-3"
  target_prefix = "research-exports/"
}
