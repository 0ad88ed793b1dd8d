provider "aws" {
  region = "eu-west-3"
}
resource "aws_dynamodb_table" "consents" {  # expect: KEY001
  name     = "patient-consents"
  hash_key = "patient_id"
  attribute {
    name = "patient_id"
    type = "S"
  }
}
resource "aws_dynamodb_table" "appointments" {  # expect: KEY001
  name     = "appointments"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
}
