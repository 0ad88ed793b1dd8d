provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "ehr" {  # expect: EXP001
  identifier          = "ehr"
  engine              = "postgres"
  instance_class      = "db.m7g.large"
  publicly_accessible = true
}
resource "aws_rds_cluster_instance" "registry" {  # expect: EXP001
  identifier          = "registry-1"
  cluster_identifier  = "registry"
  engine              = "aurora-postgresql"
  instance_class      = "db.r7g.large"
  publicly_accessible = true
}
