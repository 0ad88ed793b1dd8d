# Hardening gaps in an otherwise Paris-hosted platform: data stays in the EEA, but keys,
# transport, edge caching and exceptions are handled badly. The `# expect:` markers name
# the rules that find each gap (see ../../README.md).

provider "aws" {
  region = "eu-west-3"
}

# A research database created from a console quick-start: storage encryption was never
# requested (the AWS default is off).
# expect: KEY001, KEY002, LOG001 — provider-managed key; storage encryption off; no access logs
resource "aws_db_instance" "cohort" {
  identifier     = "cohort-db"
  engine         = "postgres"
  instance_class = "db.m7g.large"
}

# A customer-managed key whose automatic rotation was never switched on.
# expect: KEY004, KEY005 — key held by AWS; rotation off
resource "aws_kms_key" "cohort" {
  description = "cohort exports"
}

# The patient portal behind CloudFront: even PriceClass_100 caches in North America.
# expect: XFR002 — global CDN edge
resource "aws_cloudfront_distribution" "portal" {
  enabled     = true
  price_class = "PriceClass_100"
  origin {
    domain_name = "portal-alb-123456.eu-west-3.elb.amazonaws.com"
    origin_id   = "portal-alb"
  }
  default_cache_behavior {
    target_origin_id       = "portal-alb"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

# A storage account for a legacy client that still speaks TLS 1.0 over HTTP.
# expect: EXP001, KEY001, LOG001, TLS001 — open to every network; provider-managed key; no access logs; HTTP and TLS 1.0 accepted
# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "azurerm_storage_account" "legacy_exchange" {
  name                       = "hdhlegacyexchange"
  resource_group_name        = "rg-health"
  location                   = "francecentral"
  account_tier               = "Standard"
  account_replication_type   = "ZRS"
  https_traffic_only_enabled = false
  min_tls_version            = "TLS1_0"
}

# A UK partner's export account: RA-GRS also copies it to UK West.
# expect: SUP001 — suppression without a justification
# sovscan:ignore RES001
# expect: EXP001, KEY001, LOG001, RES001, XFR003, PRV002 — open to every network; provider-managed key; no access logs; outside the EEA; geo-redundant copy to UK West; PRV002: HDS coverage unverified
resource "azurerm_storage_account" "uk_partner" {
  name                     = "ukpartnerexports"
  resource_group_name      = "rg-research"
  location                 = "uksouth"
  account_tier             = "Standard"
  account_replication_type = "RAGRS"
}

# A migration window that has closed.
# expect: SUP002 — suppression expired
# sovscan:ignore RES001 until=2025-06-30 -- migration to eu-west-3, ticket MIG-204
# expect: KEY001, LOG001, RES001, PRV002 — provider-managed key; no access logs; outside the EEA; PRV002: outside the operator's HDS scope
resource "aws_s3_bucket" "migration_staging" {
  bucket = "hdh-migration-staging"
  region = "us-east-1"
}
