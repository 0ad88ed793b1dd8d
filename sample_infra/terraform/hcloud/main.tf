# A research group's analysis servers on Hetzner Cloud: a server and its data volume in
# Falkenstein (Germany), and a mirror that was created in Ashburn (Virginia, United States).
# Hetzner Cloud has no HDS certificate in sovscan's catalog, so under the hds profile even
# the German location is not enough.

resource "hcloud_ssh_key" "research" {
  name       = "research-ops"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExampleExample research-ops"
}

resource "hcloud_firewall" "research" {
  name = "research"

  rule {
    direction  = "in"
    protocol   = "tcp"
    port       = "22"
    source_ips = ["192.0.2.0/24"]
  }
}

# expect: PRV002 — Hetzner Cloud holds no HDS certificate in sovscan's catalog (status unknown)
resource "hcloud_server" "analysis" {
  name         = "research-analysis"
  server_type  = "ccx23"
  image        = "debian-12"
  location     = "fsn1"
  ssh_keys     = [hcloud_ssh_key.research.id]
  firewall_ids = [hcloud_firewall.research.id]
}

# expect: PRV002 — Hetzner Cloud holds no HDS certificate in sovscan's catalog (status unknown)
resource "hcloud_volume" "cohort_data" {
  name     = "research-cohort-data"
  size     = 200
  location = "fsn1"
  format   = "ext4"
}

resource "hcloud_volume_attachment" "cohort_data" {
  volume_id = hcloud_volume.cohort_data.id
  server_id = hcloud_server.analysis.id
  automount = true
}

# expect: RES001, PRV002 — location ash is Ashburn, Virginia (United States), outside the EEA; PRV002: outside the operator's HDS scope
resource "hcloud_server" "analysis_mirror_us" {
  name        = "research-analysis-mirror"
  server_type = "ccx23"
  image       = "debian-12"
  location    = "ash"
  ssh_keys    = [hcloud_ssh_key.research.id]
}
