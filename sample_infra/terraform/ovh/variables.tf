variable "service_name" {
  description = "ID of the Public Cloud project (ordered with the HDS option)."
  type        = string
  default     = "0123456789abcdef0123456789abcdef"
}

variable "image_id" {
  description = "Debian 12 image of the project."
  type        = string
  default     = "00000000-0000-0000-0000-000000000000"
}

variable "flavor_id" {
  description = "b3-8 flavor of the project."
  type        = string
  default     = "11111111-1111-1111-1111-111111111111"
}
