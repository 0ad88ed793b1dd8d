# Every resource states its location explicitly: Paris (europe-west9), or the "EU"
# multi-region, which keeps data in EU member states.

# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_storage_bucket" "patient_records" {
  name                        = "hdh-prod-patient-records-par"
  location                    = "EUROPE-WEST9"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  labels = {
    data_classification = "health"
  }
}

# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_storage_bucket" "imaging_archive" {
  name                        = "hdh-prod-imaging-archive-eu"
  location                    = "EU"
  storage_class               = "NEARLINE"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  labels = {
    data_classification = "health"
  }
}

# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_sql_database_instance" "research" {
  name                = "hdh-research-pg-par"
  database_version    = "POSTGRES_16"
  region              = "europe-west9"
  deletion_protection = true

  settings {
    tier              = "db-custom-2-7680"
    edition           = "ENTERPRISE"
    availability_type = "REGIONAL"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/hdh-platform-prod/global/networks/hdh-vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_container_cluster" "platform" {
  name                = "hdh-platform"
  location            = "europe-west9"
  enable_autopilot    = true
  deletion_protection = true

  release_channel {
    channel = "REGULAR"
  }
}
