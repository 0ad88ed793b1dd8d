# HDH platform on Google Cloud: Healthcare API (FHIR + DICOM), patient-data lake,
# research database and GKE app platform. HDS requires health data to stay in the EEA.

data "google_storage_project_service_account" "gcs" {}

# ---------------------------------------------------------------------------
# Customer-managed encryption key, in the same region as the data
# ---------------------------------------------------------------------------

resource "google_kms_key_ring" "phi" {
  name     = "hdh-phi"
  location = "europe-west9"
}

# No location of its own: a crypto key lives in its key ring.
# expect: KEY004 — key held by an operator exposed to extra-EU law (no external key store)
resource "google_kms_crypto_key" "phi" {
  name            = "hdh-phi-data-lake"
  key_ring        = google_kms_key_ring.phi.id
  purpose         = "ENCRYPT_DECRYPT"
  rotation_period = "7776000s" # 90 days

  lifecycle {
    prevent_destroy = true
  }
}

resource "google_kms_crypto_key_iam_member" "gcs_phi" {
  crypto_key_id = google_kms_crypto_key.phi.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:${data.google_storage_project_service_account.gcs.email_address}"
}

# ---------------------------------------------------------------------------
# Patient-data lake and imaging archive
# ---------------------------------------------------------------------------

resource "google_storage_bucket" "patient_records" {
  name                        = "hdh-prod-patient-records"
  location                    = "EUROPE-WEST9"
  storage_class               = "STANDARD"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  encryption {
    default_kms_key_name = google_kms_crypto_key.phi.id
  }

  labels = {
    dataset = "ehr-extracts"
  }

  depends_on = [google_kms_crypto_key_iam_member.gcs_phi]
}

# The "EU" multi-region stores data only in EU member states: acceptable for HDS.
# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_storage_bucket" "imaging_archive" {
  name                        = "hdh-prod-imaging-archive"
  location                    = "EU"
  storage_class               = "NEARLINE"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  soft_delete_policy {
    retention_duration_seconds = 2592000 # 30 days
  }

  lifecycle_rule {
    condition {
      age = 365
    }
    action {
      type          = "SetStorageClass"
      storage_class = "ARCHIVE"
    }
  }

  labels = {
    dataset = "dicom-studies"
  }
}

# Export bucket feeding a BI vendor's dashboards, created from a quickstart that used
# location = "US".
# expect: RES001 — multi-region US stores the objects in United States data centres, outside the EEA
# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_storage_bucket" "analytics_export" {
  name                        = "hdh-prod-analytics-export"
  location                    = "US"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  lifecycle_rule {
    condition {
      age = 30
    }
    action {
      type = "Delete"
    }
  }

  labels = {
    dataset = "dashboard-extracts"
  }
}

# ---------------------------------------------------------------------------
# Cloud Healthcare API: FHIR R4 store and DICOM store
# ---------------------------------------------------------------------------

resource "google_healthcare_dataset" "clinical" {
  name      = "hdh-clinical"
  location  = "europe-west9"
  time_zone = "Europe/Paris"
}

# FHIR and DICOM stores have no location of their own: they live in their dataset.
resource "google_healthcare_fhir_store" "r4" {
  name                          = "patients-r4"
  dataset                       = google_healthcare_dataset.clinical.id
  version                       = "R4"
  enable_update_create          = true
  disable_referential_integrity = false
}

resource "google_healthcare_dicom_store" "imaging" {
  name    = "imaging-studies"
  dataset = google_healthcare_dataset.clinical.id
}

# ---------------------------------------------------------------------------
# Research: database and analytics
# ---------------------------------------------------------------------------

# Restored from a dump shared by a London research partner, and left there.
# expect: RES001 — Cloud SQL region europe-west2 is London (United Kingdom), outside the EEA
# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_sql_database_instance" "research" {
  name                = "hdh-research-pg"
  database_version    = "POSTGRES_16"
  region              = "europe-west2"
  deletion_protection = true

  settings {
    tier              = "db-custom-4-16384"
    edition           = "ENTERPRISE"
    availability_type = "REGIONAL"
    disk_type         = "PD_SSD"
    disk_size         = 100
    disk_autoresize   = true

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "02:00"
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/hdh-platform-prod/global/networks/hdh-vpc"
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    database_flags {
      name  = "cloudsql.iam_authentication"
      value = "on"
    }

    user_labels = {
      dataset = "pseudonymised-cohorts"
    }
  }
}

resource "google_bigquery_dataset" "cohorts" {
  dataset_id                 = "research_cohorts"
  location                   = "europe-west9"
  description                = "Pseudonymised cohorts for approved research projects"
  delete_contents_on_destroy = false

  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.phi.id
  }

  labels = {
    dataset = "pseudonymised-cohorts"
  }
}

# Pseudonymisation worker placed next to a Swiss partner's SFTP drop. Switzerland is
# not in the EEA.
# expect: RES001 — zone europe-west6-a is Zurich (Switzerland), outside the EEA
resource "google_compute_instance" "deid_worker" {
  name         = "hdh-deid-worker-1"
  machine_type = "n2d-standard-4"
  zone         = "europe-west6-a"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
      size  = 50
    }
  }

  network_interface {
    subnetwork = "projects/hdh-platform-prod/regions/europe-west6/subnetworks/hdh-partners"
  }

  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }

  service_account {
    email  = "deid-worker@hdh-platform-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }

  metadata = {
    enable-oslogin = "TRUE"
  }
}

# ---------------------------------------------------------------------------
# Application platform
# ---------------------------------------------------------------------------

# expect: KEY001 — provider-managed key only, no customer-managed key
resource "google_container_cluster" "platform" {
  name                = "hdh-platform"
  location            = "europe-west9"
  enable_autopilot    = true
  deletion_protection = true

  release_channel {
    channel = "REGULAR"
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
  }
}
