resource "aws_s3_bucket" "b" {
  bucket = "level-13"
}

module "left" {
  source = "../m14"
}

module "right" {
  source = "../m14"
}
