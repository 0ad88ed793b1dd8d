provider "aws" {
  region = "eu-west-3"
}
resource "aws_rds_cluster" "ehr" {  # expect: KEY002
  cluster_identifier = "ehr"
  engine             = "aurora-postgresql"
}
resource "aws_docdb_cluster" "documents" {  # expect: KEY002
  cluster_identifier = "clinical-documents"
}
resource "aws_neptune_cluster" "graph" {  # expect: KEY002
  cluster_identifier = "care-pathways"
}
resource "aws_redshift_cluster" "warehouse" {  # expect: KEY002
  cluster_identifier = "cohort-warehouse"
  node_type          = "ra3.xlplus"
  encrypted          = false
}
