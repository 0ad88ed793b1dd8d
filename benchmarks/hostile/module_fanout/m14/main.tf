resource "aws_s3_bucket" "b" {
  bucket = "level-14"
}

module "left" {
  source = "../m15"
}

module "right" {
  source = "../m15"
}
