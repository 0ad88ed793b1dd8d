provider "aws" {
  region = "eu-west-3"
}
resource "aws_opensearch_domain" "search" {  # expect: TLS001
  domain_name    = "patient-search"
  engine_version = "OpenSearch_2.13"
  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}
