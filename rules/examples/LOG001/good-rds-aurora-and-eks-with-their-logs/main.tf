provider "aws" {
  region = "eu-west-3"
}
resource "aws_db_instance" "ehr" {
  identifier                      = "ehr"
  engine                          = "postgres"
  engine_version                  = "16.4"
  instance_class                  = "db.m7g.large"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}
resource "aws_rds_cluster" "registry" {
  cluster_identifier              = "registry"
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}
resource "aws_rds_cluster_instance" "registry" {
  identifier         = "registry-1"
  cluster_identifier = aws_rds_cluster.registry.id
  engine             = "aurora-mysql"
  instance_class     = "db.r7g.large"
}
resource "aws_eks_cluster" "platform" {
  name                      = "hds-platform"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
