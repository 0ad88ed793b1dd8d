provider "aws" {
  region = "eu-west-3"
}
resource "aws_ebs_volume" "pacs" {  # expect: KEY002
  availability_zone = "eu-west-3a"
  size              = 500
}
resource "aws_efs_file_system" "reports" {  # expect: KEY002
  creation_token = "radiology-reports"
}
