# The platform team's root module: one default configuration in Paris, and aliases the
# modules receive through `providers = { … }`. Where each resource lands depends on
# which configuration its module call passes — sovscan follows the mapping.
provider "aws" {
  region = var.primary_region
}

provider "aws" {
  alias  = "frankfurt"
  region = "eu-central-1"
}

provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
