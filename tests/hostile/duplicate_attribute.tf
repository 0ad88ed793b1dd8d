provider "aws" {
  region = "eu-west-3"
  region = "us-east-1"
}

resource "aws_s3_bucket" "b" {}
