module "me" {
  source = "./"
}

module "again" {
  source = "."
}

provider "aws" {
  region = "eu-west-3"
}

resource "aws_s3_bucket" "b" {}
