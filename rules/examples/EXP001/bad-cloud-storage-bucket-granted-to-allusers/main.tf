resource "google_storage_bucket_iam_member" "public" {  # expect: EXP001
  bucket = "imaging-exports"
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
resource "google_storage_bucket_iam_binding" "readers" {  # expect: EXP001
  bucket  = "lab-results"
  role    = "roles/storage.objectViewer"
  members = ["group:lab@example-hospital.fr", "allAuthenticatedUsers"]
}
