"""Regenerate tests/data/terraform-fmt-reference.json: which Terraform files Terraform itself accepts.

For every `.tf` and `.tfvars` file of `sample_infra/`, `tests/` and the real-world corpus (`../shared/realworld/`),
`terraform fmt -` (no network, no provider) says whether HCL as Terraform reads it accepts the file. The reference
keeps that verdict with the file's SHA-256, so that tests/test_hcl_terraform_accepts.py checks sovscan against it
in CI, where terraform is not installed, and notices a file that changed since.

    python tests/tools/terraform_reference.py          # needs `terraform` on PATH
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.realworld.corpus import CORPUS  # noqa: E402

REFERENCE = REPO / "tests" / "data" / "terraform-fmt-reference.json"
SUFFIXES = (".tf", ".tfvars")
SKIPPED_FOLDERS = frozenset((".git", ".terraform", "node_modules"))
# Where each group's files are found, and the folder their names are relative to.
GROUPS = {"repository": (REPO, ("sample_infra", "tests")), "realworld": (CORPUS, (".",))}


def files(group: str) -> Iterator[tuple[str, Path]]:
    """(name relative to the group's base, path) of every Terraform file of a group, sorted."""
    base, folders = GROUPS[group]
    found: dict[str, Path] = {}
    for folder in folders:
        root = base / folder
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            relative = path.relative_to(base)
            if path.name.endswith(SUFFIXES) and path.is_file() and not SKIPPED_FOLDERS & set(relative.parts):
                found[relative.as_posix()] = path
    yield from sorted(found.items())


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def terraform_accepts(terraform: str, data: bytes) -> bool:
    """Whether `terraform fmt` parses the bytes (it reads stdin and needs no configuration)."""
    result = subprocess.run([terraform, "fmt", "-"], input=data, capture_output=True, timeout=60, check=False)
    return result.returncode == 0


def build(terraform: str) -> dict[str, dict[str, dict[str, object]]]:
    reference: dict[str, dict[str, dict[str, object]]] = {}
    for group in GROUPS:
        entries: dict[str, dict[str, object]] = {}
        for name, path in files(group):
            data = path.read_bytes()
            entries[name] = {"sha256": digest(data), "terraform_accepts": terraform_accepts(terraform, data)}
        reference[group] = entries
    return reference


def main() -> int:
    terraform = shutil.which("terraform")
    if terraform is None:
        print("terraform is not on PATH: the reference cannot be regenerated here", file=sys.stderr)
        return 2
    if not CORPUS.is_dir():
        print(f"the real-world corpus is absent ({CORPUS}): regenerate where it is", file=sys.stderr)
        return 2
    version = subprocess.run([terraform, "version", "-json"], capture_output=True, text=True, check=False)
    reference = build(terraform)
    document = {"terraform": json.loads(version.stdout).get("terraform_version", "unknown"), **reference}
    REFERENCE.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    counts = {
        group: sum(bool(e["terraform_accepts"]) for e in entries.values()) for group, entries in reference.items()
    }
    print(f"{REFERENCE.relative_to(REPO)}: accepted per group {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
