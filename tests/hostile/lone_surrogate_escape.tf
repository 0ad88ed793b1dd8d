provider "aws" {
  region = "\ud800us-east-1"
}

resource "aws_s3_bucket" "b" {}
