# Default provider: Paris. Regional resources without their own `region` land in fr-par,
# zonal ones in fr-par-1. Scaleway lets SCW_DEFAULT_REGION / SCW_DEFAULT_ZONE override
# these values at apply time, so keep them out of the CI environment.
provider "scaleway" {
  region = "fr-par"
  zone   = "fr-par-1"
}

# Sandbox credentials for the data-science team. No region here: it comes from
# SCW_DEFAULT_REGION or the Scaleway config file of whoever runs `terraform apply`.
provider "scaleway" {
  alias = "sandbox"
}
