provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "research" {  # expect: KEY002
  engine         = "postgres"
  instance_class = "db.m7g.large"
}
