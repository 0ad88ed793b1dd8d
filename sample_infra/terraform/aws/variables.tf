variable "environment" {
  description = "Deployment environment, used in resource names."
  type        = string
  default     = "prod"
}

variable "dr_region" {
  description = "Region of the AWS Backup vault that receives the nightly cross-region copy of the research database."
  type        = string
  default     = "eu-central-1" # Frankfurt
}

variable "private_subnet_ids" {
  description = "Private subnets of the platform VPC, for the research database."
  type        = list(string)
}

variable "db_security_group_ids" {
  description = "Security groups allowed to reach the research database."
  type        = list(string)
}
