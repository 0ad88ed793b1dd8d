# OVHcloud Europe API (OVH SAS). The provider has no region: every Public Cloud resource
# names its own (`region` or `region_name`). Credentials come from OVH_APPLICATION_KEY,
# OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY.
provider "ovh" {
  endpoint = "ovh-eu"
}
