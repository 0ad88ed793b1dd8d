# Patient records: the primary store in Paris, the DR copy through the "dr" alias.
module "patient_records" {
  source      = "./modules/patient-store"
  bucket_name = "hdh-patient-records"
}

module "patient_records_dr" {
  source      = "./modules/patient-store"
  bucket_name = "hdh-patient-records-dr"
  providers = {
    aws = aws.dr
  }
}

# One analytics workspace per cohort, in the region the cohort's ethics approval names.
module "analytics" {
  source   = "./modules/analytics"
  for_each = var.cohorts

  cohort = each.key
  region = each.value
}

# Imaging archive in Frankfurt (EU): compliant.
module "imaging" {
  source      = "./modules/patient-store"
  bucket_name = "hdh-imaging-archive"
  providers = {
    aws = aws.frankfurt
  }
}
