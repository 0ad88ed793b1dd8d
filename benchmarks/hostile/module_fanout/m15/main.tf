resource "aws_s3_bucket" "b" {
  bucket = "level-15"
}

module "left" {
  source = "../m16"
}

module "right" {
  source = "../m16"
}
