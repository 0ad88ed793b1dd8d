resource "aws_s3_bucket" "records" {  # expect: RES002
  bucket = "patient-records"
}
