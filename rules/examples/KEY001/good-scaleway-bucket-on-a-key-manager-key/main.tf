resource "scaleway_object_bucket" "extracts" {
  name   = "snds-extracts"
  region = "fr-par"
}
resource "scaleway_object_bucket_server_side_encryption_configuration" "extracts" {
  bucket = "snds-extracts"
  region = "fr-par"
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "fr-par/5d0c6f4e-8b2a-4c1d-9e7f-3a2b1c0d9e8f"
    }
  }
}
resource "ovh_cloud_project_volume" "pacs" {
  service_name      = "0123456789abcdef0123456789abcdef"
  region_name       = "EU-WEST-PAR"
  availability_zone = "eu-west-par-a"
  name              = "pacs-data"
  size              = 500
  type              = "high-speed"
  encryption = {
    encrypted = true
    kms = {
      domain_id      = "7b1e4a2c-0d3f-4e5a-9b8c-6d7e8f9a0b1c"
      service_key_id = "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"
    }
  }
}
