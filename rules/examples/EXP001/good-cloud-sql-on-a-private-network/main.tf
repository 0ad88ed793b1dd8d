resource "google_sql_database_instance" "cohort" {
  name             = "cohort"
  region           = "europe-west9"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/hospital/global/networks/hds"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}
resource "google_storage_bucket_iam_member" "lab" {
  bucket = "lab-results"
  role   = "roles/storage.objectViewer"
  member = "group:lab@example-hospital.fr"
}
