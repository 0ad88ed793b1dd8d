# Production values. The DR region below is the finding: it moves the patient-record
# replica of module.patient_records_dr to Virginia.
dr_region = "us-east-1"

cohorts = {
  oncology   = "eu-west-3"
  cardiology = "eu-central-1"
}
