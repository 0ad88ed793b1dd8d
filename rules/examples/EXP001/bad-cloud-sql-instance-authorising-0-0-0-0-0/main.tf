resource "google_sql_database_instance" "cohort" {  # expect: EXP001
  name             = "cohort"
  region           = "europe-west9"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
      authorized_networks {
        name  = "hospital"
        value = "192.0.2.0/24"
      }
      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }
  }
}
