terraform {
  required_providers {
    openstack = {
      source = "terraform-provider-openstack/openstack"
    }
  }
}
provider "openstack" {
  auth_url = "https://auth.cloud.ovh.net/v3"
  region   = "SGP1"
}
resource "openstack_blockstorage_volume_v3" "records" {  # expect: RES001
  name = "records"
  size = 100
}
