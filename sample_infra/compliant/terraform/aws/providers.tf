# Paris: primary region of the patient-data lake.
provider "aws" {
  region = "eu-west-3"

  default_tags {
    tags = {
      project             = "hdh-platform"
      environment         = "prod"
      managed_by          = "terraform"
      data_classification = "health"
    }
  }
}

# Frankfurt: disaster-recovery replica. Germany is in the EEA.
provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"

  default_tags {
    tags = {
      project             = "hdh-platform"
      environment         = "prod"
      managed_by          = "terraform"
      data_classification = "health"
    }
  }
}
