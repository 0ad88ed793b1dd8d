locals {
  a = local.b
  b = local.a
}

provider "aws" {
  region = local.a
}

resource "aws_s3_bucket" "b" {}
