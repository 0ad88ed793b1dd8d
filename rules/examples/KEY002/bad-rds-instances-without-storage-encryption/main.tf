provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "research" {  # expect: KEY002
  identifier     = "research-db"
  engine         = "postgres"
  instance_class = "db.m7g.large"
}
resource "aws_db_instance" "billing" {  # expect: KEY002
  identifier        = "billing-db"
  engine            = "mysql"
  instance_class    = "db.m7g.large"
  storage_encrypted = false
}
