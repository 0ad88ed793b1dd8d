resource "aws_s3_bucket" "b" {
  bucket = "level-5"
}

module "left" {
  source = "../m6"
}

module "right" {
  source = "../m6"
}
