provider "aws" {
  region = "eu-west-3"
}
resource "aws_secretsmanager_secret" "db" {  # expect: XFR001
  name = "ehr/db-credentials"
  replica {
    region = "us-west-2"
  }
}
