provider "google" {
  project = "health-research"
  region  = "europe-west9"
}
resource "google_storage_bucket" "imaging" {  # expect: KEY001
  name     = "imaging-archive"
  location = "europe-west9"
}
resource "google_sql_database_instance" "cohort" {  # expect: KEY001
  name             = "cohort"
  database_version = "POSTGRES_16"
}
resource "google_compute_disk" "scratch" {  # expect: KEY001
  name = "genomics-scratch"
  zone = "europe-west9-a"
  size = 200
}
resource "google_bigquery_dataset" "claims" {  # expect: KEY001
  dataset_id = "claims"
  location   = "europe-west9"
}
resource "google_container_cluster" "platform" {  # expect: KEY001
  name     = "health-platform"
  location = "europe-west9"
  database_encryption {
    state    = "DECRYPTED"
    key_name = ""
  }
}
resource "google_redis_instance" "cache" {  # expect: KEY001
  name           = "portal-cache"
  memory_size_gb = 1
}
