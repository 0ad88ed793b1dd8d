provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "ehr" {
  identifier     = "ehr"
  engine         = "postgres"
  instance_class = "db.m7g.large"
}
resource "aws_rds_cluster_instance" "registry" {
  identifier          = "registry-1"
  cluster_identifier  = "registry"
  engine              = "aurora-postgresql"
  instance_class      = "db.r7g.large"
  publicly_accessible = false
}
resource "aws_s3_bucket" "records" {
  bucket = "patient-records"
}
