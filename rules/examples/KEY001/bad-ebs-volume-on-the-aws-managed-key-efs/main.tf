provider "aws" {
  region = "eu-west-3"
}
resource "aws_ebs_volume" "pacs" {  # expect: KEY001
  availability_zone = "eu-west-3a"
  size              = 500
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-3:111122223333:alias/aws/ebs"
}
resource "aws_efs_file_system" "reports" {  # expect: KEY001
  creation_token = "radiology-reports"
  encrypted      = true
}
