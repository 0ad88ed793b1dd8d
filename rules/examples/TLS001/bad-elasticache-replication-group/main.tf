provider "aws" {
  region = "eu-west-3"
}
resource "aws_elasticache_replication_group" "sessions" {  # expect: TLS001
  replication_group_id = "portal-sessions"
  description          = "portal sessions"
  engine               = "valkey"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}
