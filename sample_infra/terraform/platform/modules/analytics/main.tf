# An analytics workspace per research cohort: the region comes from the caller's
# for_each map, so each instance lands somewhere else.
variable "cohort" {
  type = string
}

variable "region" {
  type = string
}

resource "aws_athena_workgroup" "cohort" {
  name   = "cohort-${var.cohort}"
  region = var.region

  configuration {
    enforce_workgroup_configuration = true
  }
}
