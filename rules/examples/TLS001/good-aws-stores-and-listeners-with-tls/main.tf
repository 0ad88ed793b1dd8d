provider "aws" {
  region = "eu-west-3"
}
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "portal-sessions"
  description                = "portal sessions"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
}
resource "aws_opensearch_domain" "search" {
  domain_name    = "patient-search"
  engine_version = "OpenSearch_2.13"
  domain_endpoint_options {
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
  node_to_node_encryption {
    enabled = true
  }
}
resource "aws_lb_listener" "portal_http" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
resource "aws_lb_listener" "portal_https" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-3:123456789012:certificate/0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-3:123456789012:targetgroup/portal/73e2d6bc24d8a067"
  }
}
