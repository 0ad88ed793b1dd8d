# 3DS OUTSCALE, SecNumCloud region cloudgouv-eu-west-1 (France). Resources without a
# Subregion of their own are created in this Region. Provider 1.x also accepts the same
# setting as `api { region = "cloudgouv-eu-west-1" }`.
provider "outscale" {
  region = "cloudgouv-eu-west-1"
}

# Outscale's US Region (Ohio), operated by Outscale Inc. under US law.
provider "outscale" {
  alias  = "us"
  region = "us-east-2"
}
