provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "ehr" {  # expect: LOG001
  identifier     = "ehr"
  engine         = "postgres"
  engine_version = "16.4"
  instance_class = "db.m7g.large"
}
resource "aws_rds_cluster" "registry" {  # expect: LOG001
  cluster_identifier = "registry"
  engine             = "aurora-postgresql"
}
