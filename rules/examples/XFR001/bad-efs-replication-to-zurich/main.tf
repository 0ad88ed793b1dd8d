provider "aws" {
  region = "eu-west-3"
}
resource "aws_efs_file_system" "scans" {
  creation_token = "scans"
}
resource "aws_efs_replication_configuration" "scans" {  # expect: XFR001
  source_file_system_id = aws_efs_file_system.scans.id
  destination {
    region = "eu-central-2"
  }
}
