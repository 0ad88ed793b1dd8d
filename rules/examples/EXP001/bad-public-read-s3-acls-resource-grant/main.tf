provider "aws" {
  region = "eu-west-3"
}
resource "aws_s3_bucket_acl" "reports" {  # expect: EXP001
  bucket = "lab-reports"
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "scans" {  # expect: EXP001
  bucket = "scans"
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      permission = "READ"
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
    }
  }
}
resource "aws_s3_bucket" "legacy" {  # expect: EXP001
  bucket = "legacy-exports"
  acl    = "public-read-write"
}
