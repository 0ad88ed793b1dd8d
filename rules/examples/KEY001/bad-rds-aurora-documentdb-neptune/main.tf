provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "research" {  # expect: KEY001
  identifier        = "research-db"
  engine            = "postgres"
  instance_class    = "db.m7g.large"
  storage_encrypted = true
}
resource "aws_rds_cluster" "ehr" {  # expect: KEY001
  cluster_identifier = "ehr"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}
resource "aws_docdb_cluster" "documents" {  # expect: KEY001
  cluster_identifier = "clinical-documents"
  storage_encrypted  = true
}
resource "aws_neptune_cluster" "graph" {  # expect: KEY001
  cluster_identifier = "care-pathways"
  storage_encrypted  = true
}
resource "aws_redshift_cluster" "warehouse" {  # expect: KEY001
  cluster_identifier = "cohort-warehouse"
  node_type          = "ra3.xlplus"
}
