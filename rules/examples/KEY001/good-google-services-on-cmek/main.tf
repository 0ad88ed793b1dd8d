provider "google" {
  project = "health-research"
  region  = "europe-west9"
}
locals {
  cmek = "projects/health-kms/locations/europe-west9/keyRings/phi/cryptoKeys/phi-data"
}
resource "google_storage_bucket" "imaging" {
  name     = "imaging-archive"
  location = "europe-west9"
  encryption {
    default_kms_key_name = local.cmek
  }
}
resource "google_sql_database_instance" "cohort" {
  name                = "cohort"
  database_version    = "POSTGRES_16"
  encryption_key_name = local.cmek
}
resource "google_compute_disk" "scratch" {
  name = "genomics-scratch"
  zone = "europe-west9-a"
  disk_encryption_key {
    kms_key_self_link = local.cmek
  }
}
resource "google_bigquery_dataset" "claims" {
  dataset_id = "claims"
  location   = "europe-west9"
  default_encryption_configuration {
    kms_key_name = local.cmek
  }
}
resource "google_container_cluster" "platform" {
  name     = "health-platform"
  location = "europe-west9"
  database_encryption {
    state    = "ENCRYPTED"
    key_name = local.cmek
  }
}
resource "google_redis_instance" "cache" {
  name                 = "portal-cache"
  memory_size_gb       = 1
  customer_managed_key = local.cmek
}
