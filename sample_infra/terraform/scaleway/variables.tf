variable "research_db_password" {
  description = "Initial password of the research database administrator (from the CI secret store)."
  type        = string
  sensitive   = true
}
