provider "aws" {
  region = "eu-west-3"
}
variable "replica_region" {
  type = string
}
resource "aws_dynamodb_table" "consents" {  # expect: XFR001
  name         = "consents"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "patient_id"
  attribute {
    name = "patient_id"
    type = "S"
  }
  replica {
    region_name = var.replica_region
  }
}
