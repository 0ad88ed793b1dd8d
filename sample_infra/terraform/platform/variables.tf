variable "primary_region" {
  description = "Region of the primary copy of patient data."
  type        = string
  default     = "eu-west-3"
}

variable "dr_region" {
  description = "Disaster-recovery region; set per environment in terraform.tfvars."
  type        = string
}

variable "cohorts" {
  description = "Research cohorts, each with its own analytics workspace."
  type        = map(string)
  default     = {}
}
