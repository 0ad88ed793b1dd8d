provider "aws" {
  region = "eu-west-3"
}
resource "aws_lb_listener" "portal_http" {  # expect: TLS001
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"
  port              = 80
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/portal/73e2d6bc24d8a067"
  }
}
