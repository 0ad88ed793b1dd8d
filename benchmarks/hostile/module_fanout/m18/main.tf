resource "aws_s3_bucket" "b" {
  bucket = "level-18"
}

module "left" {
  source = "../m19"
}

module "right" {
  source = "../m19"
}
