resource "aws_s3_bucket" "b" {
  bucket = "level-19"
}

module "left" {
  source = "../m20"
}

module "right" {
  source = "../m20"
}
