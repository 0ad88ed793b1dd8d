"""Helpers shared by the corpus generators: placeholders, names, regions, file writing.

Everything here is deterministic: randomness comes only from the `random.Random` passed in.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")

# Regions per cloud: mostly inside the EEA, a few outside, as in a real estate.
EEA_REGIONS = {
    "aws": ("eu-west-3", "eu-west-1", "eu-central-1", "eu-north-1", "eu-south-1", "eu-south-2"),
    "azurerm": ("francecentral", "westeurope", "northeurope", "germanywestcentral", "swedencentral"),
    "google": ("europe-west9", "europe-west1", "europe-west4", "europe-west3", "europe-north1"),
}
OTHER_REGIONS = {
    "aws": ("us-east-1", "eu-west-2", "eu-central-2", "ap-southeast-1"),
    "azurerm": ("eastus", "uksouth", "switzerlandnorth"),
    "google": ("us-central1", "europe-west2", "europe-west6"),
}

PROJECTS = (
    "patient-portal",
    "imaging",
    "research-dwh",
    "billing",
    "identity",
    "telemedicine",
    "lab-results",
    "pharmacy",
    "scheduling",
    "genomics",
    "claims",
    "hospital-erp",
    "fhir-gateway",
    "analytics",
    "notifications",
    "consent",
)
ENVS = ("dev", "staging", "preprod", "prod", "dr", "qa", "sandbox")
NAMES = (
    "primary",
    "archive",
    "audit",
    "exports",
    "reports",
    "imaging",
    "cohort",
    "analytics",
    "backup",
    "events",
    "ingest",
    "raw",
    "curated",
    "staging",
    "scratch",
    "documents",
    "invoices",
    "consents",
)
TEAMS = ("platform", "data", "clinical-apps", "sre", "security", "research")


def render(template: str, values: dict[str, object]) -> str:
    """Replace `{{name}}` placeholders; every placeholder must have a value."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise KeyError(f"no value for placeholder {key!r}")
        return str(values[key])

    return _PLACEHOLDER.sub(replace, template)


def region(rng: random.Random, cloud: str, outside_rate: float = 0.06) -> str:
    pool = OTHER_REGIONS[cloud] if rng.random() < outside_rate else EEA_REGIONS[cloud]
    return rng.choice(pool)


def hcl_string(text: str) -> str:
    """A quoted HCL string literal (JSON escaping is valid HCL; `${` and `%{` are escaped)."""
    return json.dumps(text).replace("${", "$${").replace("%{", "%%{")


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def unique_names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct resource labels (names from NAMES, numbered once they run out)."""
    pool = list(NAMES)
    rng.shuffle(pool)
    out: list[str] = []
    for i in range(count):
        base = pool[i % len(pool)]
        out.append(base if i < len(pool) else f"{base}_{i // len(pool) + 1}")
    return out
