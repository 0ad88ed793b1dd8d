provider "aws" {
  region = "eu-west-3"
}
resource "aws_eks_cluster" "platform" {  # expect: LOG001
  name                      = "hds-platform"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = ["api", "authenticator"]
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
resource "aws_eks_cluster" "batch" {  # expect: LOG001
  name     = "hds-batch"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}
