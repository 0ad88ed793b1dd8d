variable "omi_id" {
  description = "OUTSCALE Machine Image of the PACS gateway (hardened Debian)."
  type        = string
  default     = "ami-00000000"
}
