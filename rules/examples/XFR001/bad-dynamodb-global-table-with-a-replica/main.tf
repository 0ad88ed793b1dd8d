provider "aws" {
  region = "eu-west-3"
}
resource "aws_dynamodb_table" "consents" {  # expect: XFR001
  name         = "consents"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "patient_id"
  attribute {
    name = "patient_id"
    type = "S"
  }
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  replica {
    region_name = "eu-central-1"
  }
  replica {
    region_name = "us-east-1"
  }
}
