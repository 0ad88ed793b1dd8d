# PACS gateway of a French regional health-data platform on 3DS OUTSCALE: a private Net in
# the SecNumCloud Region cloudgouv-eu-west-1, and an analytics volume someone created in
# Outscale's US Region.

resource "outscale_net" "hdh" {
  ip_range = "10.20.0.0/16"

  tags {
    key   = "name"
    value = "hdh-pacs"
  }
}

resource "outscale_subnet" "pacs" {
  net_id   = outscale_net.hdh.net_id
  ip_range = "10.20.1.0/24"
}

resource "outscale_security_group" "pacs" {
  description         = "DICOM traffic from the hospitals only"
  security_group_name = "hdh-pacs"
  net_id              = outscale_net.hdh.net_id
}

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "outscale_vm" "pacs_gateway" {
  image_id           = var.omi_id
  vm_type            = "tinav6.c4r8p2"
  subnet_id          = outscale_subnet.pacs.subnet_id
  security_group_ids = [outscale_security_group.pacs.security_group_id]

  block_device_mappings {
    device_name = "/dev/sda1"
    bsu {
      volume_size           = 50
      volume_type           = "gp2"
      delete_on_vm_deletion = true
    }
  }
}

# expect: RES001, PRV002 — Subregion us-east-2a is in Outscale's US Region us-east-2 (United States), outside the EEA; PRV002: outside the operator's HDS scope
resource "outscale_volume" "analytics_us" {
  provider       = outscale.us
  subregion_name = "us-east-2a"
  size           = 500
  volume_type    = "gp2"
}
