resource "aws_s3_bucket" "a" {
  bucket = "a"
  tags = {
    team = 
  }
}
