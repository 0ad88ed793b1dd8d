# Hetzner Cloud. The provider has no location: every server and volume names its own.
# The API token comes from HCLOUD_TOKEN.
provider "hcloud" {}
