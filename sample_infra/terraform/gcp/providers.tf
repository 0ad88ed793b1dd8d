# europe-west9 is Paris. Resources without their own location/region/zone are created
# in this region.
provider "google" {
  project = "hdh-platform-prod"
  region  = "europe-west9"

  default_labels = {
    project             = "hdh-platform"
    environment         = "prod"
    managed_by          = "terraform"
    data_classification = "health"
  }
}
