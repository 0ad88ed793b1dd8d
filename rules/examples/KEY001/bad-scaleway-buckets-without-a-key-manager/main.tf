resource "scaleway_object_bucket" "extracts" {  # expect: KEY001
  name   = "snds-extracts"
  region = "fr-par"
}
resource "scaleway_object_bucket" "exports" {  # expect: KEY001
  name   = "research-exports"
  region = "fr-par"
}
resource "scaleway_object_bucket_server_side_encryption_configuration" "exports" {
  bucket = scaleway_object_bucket.exports.name
  region = "fr-par"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
resource "ovh_cloud_project_volume" "pacs" {  # expect: KEY001
  service_name = "0123456789abcdef0123456789abcdef"
  region_name  = "EU-WEST-PAR"
  name         = "pacs-data"
  size         = 500
  type         = "high-speed"
  encryption = {
    encrypted = true
  }
}
