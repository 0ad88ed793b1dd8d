include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

terraform {
  source = "../../../../modules//database"
}

inputs = {
  name = "patients-${include.root.locals.environment.locals.environment}"
}
