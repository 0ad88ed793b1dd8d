variable "phi_key_arn" {
  default = "arn:aws:kms:eu-west-3:111122223333:key/6f1c2a9e-3b7d-4c1e-9a55-0d2f8e7b4c21"
}
