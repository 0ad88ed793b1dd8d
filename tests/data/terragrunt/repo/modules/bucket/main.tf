variable "bucket_name" {
  type = string
}

variable "database" {
  type = string
}

resource "aws_s3_bucket" "exports" {
  bucket = var.bucket_name
}
