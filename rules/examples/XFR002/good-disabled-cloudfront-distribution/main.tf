resource "aws_cloudfront_distribution" "legacy" {
  enabled = false
  origin {
    domain_name = "legacy.example-hospital.fr"
    origin_id   = "legacy"
  }
  default_cache_behavior {
    target_origin_id       = "legacy"
    viewer_protocol_policy = "https-only"
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
