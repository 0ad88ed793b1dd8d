# No default and no .tfvars file in this folder: the pipeline passes it with
# `-var dr_location=...`, so the region is only known at run time.
variable "dr_location" {
  description = "Azure region of the disaster-recovery copy of the patient records."
  type        = string
}
