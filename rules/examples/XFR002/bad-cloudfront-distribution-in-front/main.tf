provider "aws" {
  region = "eu-west-3"
}
resource "aws_cloudfront_distribution" "portal" {  # expect: XFR002
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
      restriction_type = "whitelist"
      locations        = ["FR", "BE", "DE"]
    }
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
