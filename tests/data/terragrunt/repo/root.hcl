# Shared by every unit: the provider is generated from the region of the unit's folder.
locals {
  environment = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  location    = read_terragrunt_config(find_in_parent_folders("region.hcl"))
  region      = local.location.locals.region
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "scaleway" {
  region = "${local.region}"
}
EOF
}

inputs = {
  environment = local.environment.locals.environment
  owner       = get_env("TEAM", "platform")
}
