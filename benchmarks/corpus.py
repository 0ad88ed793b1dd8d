"""The benchmark corpora, built deterministically from a seed.

The same seed and GENERATOR_VERSION always give byte-identical files; a corpus folder
carries a stamp and is rebuilt only when the stamp differs.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from gen_common import write
from k8s_gen import write_kubernetes
from tf_gen import write_terraform

GENERATOR_VERSION = "1"
SCANNABLE = (".tf", ".tf.json", ".tfvars", ".tfvars.json", ".yaml", ".yml", ".json")


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    name: str
    tf_files: int  # target number of .tf/.tf.json files
    yaml_files: int  # target number of Kubernetes YAML files
    description: str


# large and x-large share one Terraform:YAML ratio, so the scaling exponent compares like with like.
SPECS: dict[str, CorpusSpec] = {
    "small": CorpusSpec("small", 1, 0, "one main.tf: an aws provider and 2 resources"),
    "medium": CorpusSpec("medium", 300, 400, "~300 .tf + ~400 Kubernetes YAML files"),
    "large": CorpusSpec("large", 2000, 800, "~2,000 .tf + ~800 Kubernetes YAML files"),
    "x-large": CorpusSpec("x-large", 7150, 2850, "~10,000 files: ~7,150 .tf + ~2,850 Kubernetes YAML"),
}

SMALL_MAIN_TF = """provider "aws" {
  region = "eu-west-3"
}

resource "aws_s3_bucket" "records" {
  bucket = "hdh-patient-records"

  tags = {
    data_classification = "health"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "records" {
  bucket = aws_s3_bucket.records.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
"""


def _rng(seed: int, name: str, part: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{name}:{part}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


GENERATOR_SOURCES = ("corpus.py", "gen_common.py", "tf_modules.py", "tf_gen.py", "k8s_gen.py")


def _generator_digest() -> str:
    """Changes whenever a generator source changes, so stale corpora are rebuilt."""
    digest = hashlib.sha256()
    for name in GENERATOR_SOURCES:
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:16]


def _stamp(spec: CorpusSpec, seed: int) -> dict[str, object]:
    return {
        "generator": GENERATOR_VERSION,
        "sources": _generator_digest(),
        "seed": seed,
        "tf": spec.tf_files,
        "yaml": spec.yaml_files,
    }


def count_files(folder: Path) -> int:
    """Files a scanner would consider (IaC extensions)."""
    return sum(1 for p in folder.rglob("*") if p.is_file() and p.name.endswith(SCANNABLE))


def build(spec: CorpusSpec, seed: int, work: Path) -> Path:
    """The corpus folder for `spec`, (re)built if its stamp does not match."""
    folder = work / "corpora" / spec.name
    stamp_path = work / "corpora" / f"{spec.name}.stamp.json"
    wanted = _stamp(spec, seed)
    if stamp_path.is_file() and json.loads(stamp_path.read_text(encoding="utf-8")) == wanted:
        return folder
    stamp_path.unlink(missing_ok=True)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if spec.name == "small":
        write(folder / "main.tf", SMALL_MAIN_TF)
    else:
        write_terraform(folder, _rng(seed, spec.name, "terraform"), spec.tf_files)
        if spec.yaml_files:
            write_kubernetes(folder, _rng(seed, spec.name, "kubernetes"), spec.yaml_files)
    stamp_path.write_text(json.dumps(wanted) + "\n", encoding="utf-8")
    return folder
