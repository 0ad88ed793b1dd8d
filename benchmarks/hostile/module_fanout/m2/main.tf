resource "aws_s3_bucket" "b" {
  bucket = "level-2"
}

module "left" {
  source = "../m3"
}

module "right" {
  source = "../m3"
}
