resource "aws_s3_bucket" "b" {
  bucket = "level-6"
}

module "left" {
  source = "../m7"
}

module "right" {
  source = "../m7"
}
