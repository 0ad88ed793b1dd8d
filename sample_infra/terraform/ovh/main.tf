# Imaging network of a French hospital group on OVHcloud Public Cloud: a DICOM archive in
# Gravelines, a DICOM router in Strasbourg, the viewer platform on Managed Kubernetes — and
# a gateway for a Canadian research partner that was created in Beauharnois (BHS5, Canada).

# ---------------------------------------------------------------------------
# DICOM archive: Object Storage (S3) in Gravelines
# ---------------------------------------------------------------------------

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "ovh_cloud_project_storage" "dicom_archive" {
  service_name = var.service_name
  region_name  = "GRA"
  name         = "chu-dicom-archive"

  versioning = {
    status = "enabled"
  }
}

# S3 user of the DICOM router (identity: not placed).
resource "ovh_cloud_project_user" "dicom_router" {
  service_name = var.service_name
  description  = "DICOM router S3 access"
  role_names   = ["objectstore_operator"]
}

# ---------------------------------------------------------------------------
# DICOM router: a Public Cloud instance in Strasbourg
# ---------------------------------------------------------------------------

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "ovh_cloud_project_instance" "dicom_router" {
  service_name   = var.service_name
  region         = "SBG5"
  name           = "chu-dicom-router"
  billing_period = "hourly"

  boot_from {
    image_id = var.image_id
  }

  flavor {
    flavor_id = var.flavor_id
  }

  ssh_key {
    name = "chu-ops"
  }

  network {
    public = true
  }
}

# ---------------------------------------------------------------------------
# Viewer platform: Managed Kubernetes in Gravelines
# ---------------------------------------------------------------------------

# expect: PRV002 — the operator's HDS certificate under the 2024 référentiel is not verified
resource "ovh_cloud_project_kube" "viewer" {
  service_name = var.service_name
  name         = "chu-viewer"
  region       = "GRA11"
}

# Node pool of the cluster: it runs where the cluster is (not placed by itself).
resource "ovh_cloud_project_kube_nodepool" "viewer" {
  service_name  = var.service_name
  kube_id       = ovh_cloud_project_kube.viewer.id
  name          = "viewer-pool"
  flavor_name   = "b3-8"
  desired_nodes = 3
}

# ---------------------------------------------------------------------------
# Research partner gateway, created next to the partner in Canada
# ---------------------------------------------------------------------------

# expect: RES001, PRV002 — region BHS5 is Beauharnois, Québec (Canada), outside the EEA; PRV002: outside the operator's HDS scope
resource "ovh_cloud_project_instance" "partner_gateway_ca" {
  service_name   = var.service_name
  region         = "BHS5"
  name           = "chu-partner-gateway"
  billing_period = "hourly"

  boot_from {
    image_id = var.image_id
  }

  flavor {
    flavor_id = var.flavor_id
  }

  ssh_key {
    name = "chu-ops"
  }

  network {
    public = true
  }
}
