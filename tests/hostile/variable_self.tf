variable "region" {
  default = var.region
}

provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "b" {}
