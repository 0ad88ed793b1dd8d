provider "aws" {
  region = "eu-west-3"
}
provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
resource "aws_s3_bucket" "records_dr" {
  provider = aws.frankfurt
  bucket   = "patient-records-dr"
}
resource "aws_s3_bucket_replication_configuration" "records" {
  role   = "arn:aws:iam::123456789012:role/s3-replication"
  bucket = aws_s3_bucket.records.id
  rule {
    id     = "all-objects"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.records_dr.arn
    }
  }
}
