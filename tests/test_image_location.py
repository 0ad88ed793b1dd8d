"""Kubernetes image findings point at the image line, not at the object's first line (issue 15 §2)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scanner.load.kubernetes import load_manifests
from tests.conftest import write_tree
from tests.helpers import run_sovscan

DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: docker.io/acme/migrate:1
      containers:
        - name: sidecar
          image: docker.io/acme/migrate:1
        - name: web
          image: >-
            us-docker.pkg.dev/acme/web:1.0
"""
LIST = """\
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: a}
    spec:
      containers:
        - {name: a, image: us-docker.pkg.dev/acme/a:1}
  - apiVersion: v1
    kind: Pod
    metadata:
      name: b
    spec:
      containers:
        - name: b
          image: us-docker.pkg.dev/acme/b:1
"""


def prv003(root: Path, *extra: str) -> list[dict[str, Any]]:
    result = run_sovscan("scan", str(root), "--select", "PRV003", "--format", "json", *extra)
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "PRV003"]


def where(findings: list[dict[str, Any]]) -> dict[str, tuple[str, int, int]]:
    return {f["properties"]["image"]: (f["path"], f["start_line"], f["end_line"]) for f in findings}


@pytest.mark.parametrize("cached", [False, True])
def test_each_image_finding_points_at_its_image_line(tmp_path: Path, cached: bool, cache_dir: Path) -> None:
    write_tree(tmp_path, {"web.yaml": DEPLOYMENT, "list.yaml": LIST})
    options = () if cached else ("--no-cache",)
    if cached:
        prv003(tmp_path)  # fills the parse cache: the second scan reads the lines from it
    assert where(prv003(tmp_path, *options)) == {
        # an image named twice points at its first use
        "docker.io/acme/migrate:1": ("web.yaml", 10, 10),
        "us-docker.pkg.dev/acme/web:1.0": ("web.yaml", 15, 15),
        "us-docker.pkg.dev/acme/a:1": ("list.yaml", 9, 9),
        "us-docker.pkg.dev/acme/b:1": ("list.yaml", 17, 17),
    }


def test_provenance_still_names_the_object(tmp_path: Path) -> None:
    write_tree(tmp_path, {"web.yaml": DEPLOYMENT})
    finding = prv003(tmp_path, "--no-cache")[0]
    assert [(step["path"], step["line"]) for step in finding["provenance"]] == [("web.yaml", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "# sovscan:ignore PRV003 -- mirrored in the EU registry\n" + DEPLOYMENT,  # above the object
        DEPLOYMENT.replace(  # above the image line
            "        - name: web\n", "        - name: web\n          # sovscan:ignore PRV003 -- mirrored\n"
        ),
    ],
)
def test_suppression_above_the_object_or_the_image(tmp_path: Path, text: str) -> None:
    write_tree(tmp_path, {"web.yaml": text})
    findings = prv003(tmp_path, "--no-cache")
    suppressed = {f["properties"]["image"] for f in findings if f["suppressed"]}
    assert "us-docker.pkg.dev/acme/web:1.0" in suppressed


def test_loader_records_the_line_of_every_scalar_by_pointer() -> None:
    text = "apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n    a/b~c: x\nspec:\n  containers:\n    - image: y\n"
    (obj,) = load_manifests(text)
    assert obj.lines["/metadata/annotations/a~1b~0c"] == 5
    assert obj.lines["/spec/containers/0/image"] == 8


PINNED = """\
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  nodeSelector:
    topology.kubernetes.io/region: us-east-1
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - key: topology.kubernetes.io/zone
                operator: In
                values:
                  - eu-west-3a
                  - us-west-2b
  containers:
    - name: app
      image: registry.example.eu/app:1
      env:
        - name: DD_SITE
          value: datadoghq.com
        - name: OTEL_EXPORTER_OTLP_ENDPOINT
          valueFrom:
            secretKeyRef: {name: s, key: k}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: telemetry
data:
  DD_SITE: us3.datadoghq.com
"""


def test_placement_and_endpoint_findings_point_at_their_fields(tmp_path: Path) -> None:
    write_tree(tmp_path, {"pod.yaml": PINNED})
    result = run_sovscan("scan", str(tmp_path), "--select", "RES003,EGR001", "--format", "json", "--no-cache")
    located = {(f["rule"], f["start_line"]) for f in json.loads(result.stdout)["findings"]}
    # the nodeSelector label, the affinity value outside the zone, the env value, the secret-fed variable's
    # name, and the ConfigMap key
    assert located == {("RES003", 7), ("RES003", 17), ("EGR001", 23), ("EGR001", 24), ("EGR001", 33)}
