provider "aws" {
  region = "eu-west-3"
}
resource "aws_kms_external_key" "records" {  # expect: KEY004
  description = "patient records, key material from our HSM"
}
resource "aws_kms_replica_key" "records_frankfurt" {  # expect: KEY004
  region          = "eu-central-1"
  primary_key_arn = "arn:aws:kms:eu-west-3:111122223333:key/mrk-6f1c2a9e3b7d4c1e9a550d2f8e7b4c21"
}
resource "aws_kms_replica_external_key" "imaging_frankfurt" {  # expect: KEY004
  region          = "eu-central-1"
  primary_key_arn = "arn:aws:kms:eu-west-3:111122223333:key/mrk-0d2f8e7b4c216f1c2a9e3b7d4c1e9a55"
}
