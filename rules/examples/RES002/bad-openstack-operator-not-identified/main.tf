terraform {
  required_providers {
    openstack = {
      source = "terraform-provider-openstack/openstack"
    }
  }
}
provider "openstack" {
  region = "GRA11"
}
resource "openstack_blockstorage_volume_v3" "records" {  # expect: RES002
  name = "records"
  size = 100
}
