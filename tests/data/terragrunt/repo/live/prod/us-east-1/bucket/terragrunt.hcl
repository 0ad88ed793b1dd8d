include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "${get_terragrunt_dir()}/../../../../modules//bucket"
}

dependency "database" {
  config_path = "../../fr-par/database"
  mock_outputs = {
    endpoint = "db.fr-par.example"
  }
}

# This unit deploys to AWS: its own provider replaces the one root.hcl generates.
generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "aws" {
  region = "${get_env("AWS_REGION", "us-east-1")}"
}
EOF
}

inputs = {
  bucket_name = "exports-${basename(get_terragrunt_dir())}"
  database    = dependency.database.outputs.endpoint
}
