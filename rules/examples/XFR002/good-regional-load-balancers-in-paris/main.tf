provider "aws" {
  region = "eu-west-3"
}
resource "aws_lb" "portal" {
  name               = "patient-portal"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}
