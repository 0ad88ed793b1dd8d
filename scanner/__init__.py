"""sovscan: data-sovereignty and health-data-hosting checks for Terraform and Kubernetes."""

__version__ = "0.1.0"
