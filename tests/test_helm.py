"""Helm charts without rendering: a chart's templates and values are never read as manifests, and each chart gets
one notification saying it was not rendered and how to scan its rendered output (issue 16 §3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import write_tree
from tests.helpers import run_sovscan

# A template that happens to be valid YAML: read as a manifest it would invent a Deployment pulling
# "{{ .Values.image.repository }}" from Docker Hub.
DEPLOYMENT_TEMPLATE = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: "{{ include "app.fullname" . }}"
spec:
  template:
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
"""
# A template that is not valid YAML: read as a manifest it would be a PARSE001.
SERVICE_TEMPLATE = """\
{{- if .Values.service.enabled }}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "app.fullname" . }}
spec:
  ports: {{ toYaml .Values.service.ports | nindent 4 }}
{{- end }}
"""
# A manifest outside any chart, with a finding of its own.
PLAIN_DEPLOYMENT = """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: us-docker.pkg.dev/acme/web:1.0
"""
VALUES = "image:\n  repository: nginx\n  tag: latest\nkind: Deployment\napiVersion: v1\n"


def chart(prefix: str) -> dict[str, str]:
    return {
        f"{prefix}Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
        f"{prefix}values.yaml": VALUES,
        f"{prefix}values-prod.yaml": VALUES,
        f"{prefix}templates/deployment.yaml": DEPLOYMENT_TEMPLATE,
        f"{prefix}templates/service.yaml": SERVICE_TEMPLATE,
        f"{prefix}templates/sub/extra.yaml": SERVICE_TEMPLATE,
        f"{prefix}templates/_helpers.tpl": '{{- define "app.fullname" -}}app{{- end }}\n',
    }


def scan_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run_sovscan("scan", *args, "--format", "json", "--no-cache")
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def helm_notes(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in report["notifications"] if "helm template" in n["message"]]


def test_chart_templates_and_values_are_not_read_as_manifests(tmp_path: Path) -> None:
    write_tree(tmp_path, {**chart("charts/app/"), "k8s/web.yaml": PLAIN_DEPLOYMENT})
    _, report = scan_json(str(tmp_path))
    located = {(f["rule"], f["path"]) for f in report["findings"]}
    assert not [path for _, path in located if path.startswith("charts/")], located
    assert ("PRV003", "k8s/web.yaml") in located  # the plain manifest beside the chart is still checked
    assert report["summary"]["files"] == 1


def test_one_notification_per_chart_with_the_render_recipe(tmp_path: Path) -> None:
    write_tree(tmp_path, {**chart("charts/app/"), **chart("charts/app/charts/sub/"), **chart("other/")})
    write_tree(tmp_path, {"k8s/web.yaml": PLAIN_DEPLOYMENT})
    _, report = scan_json(str(tmp_path))
    notes = helm_notes(report)
    charts = ["charts/app/Chart.yaml", "charts/app/charts/sub/Chart.yaml", "other/Chart.yaml"]
    assert [n["path"] for n in notes] == charts
    assert all(n["level"] == "warning" for n in notes)
    assert (
        "helm template RELEASE charts/app | sovscan scan - --stdin-filename charts/app/rendered.yaml"
        in (notes[0]["message"])
    )


def test_a_templates_folder_without_chart_is_scanned(tmp_path: Path) -> None:
    write_tree(tmp_path, {"templates/web.yaml": PLAIN_DEPLOYMENT, "values.yaml": PLAIN_DEPLOYMENT})
    _, report = scan_json(str(tmp_path))
    assert {(f["rule"], f["path"]) for f in report["findings"]} >= {
        ("PRV003", "templates/web.yaml"),
        ("PRV003", "values.yaml"),
    }
    assert not helm_notes(report)


def test_crds_of_a_chart_are_scanned(tmp_path: Path) -> None:
    """A chart's crds/ are plain YAML that Helm applies as it is."""
    write_tree(tmp_path, {**chart(""), "crds/web.yaml": PLAIN_DEPLOYMENT})
    _, report = scan_json(str(tmp_path))
    assert ("PRV003", "crds/web.yaml") in {(f["rule"], f["path"]) for f in report["findings"]}
    assert [n["path"] for n in helm_notes(report)] == ["Chart.yaml"]


def test_scanning_only_a_chart_fails_and_says_why(tmp_path: Path) -> None:
    write_tree(tmp_path, chart("app/"))
    for target in (tmp_path / "app", tmp_path / "app" / "templates"):
        result = run_sovscan("scan", str(target), "--no-cache")
        assert result.returncode == 2
        assert "Helm chart not rendered" in result.stderr and "helm template" in result.stderr


def test_rendered_output_on_stdin_is_scanned(tmp_path: Path) -> None:
    """The recipe works: rendered output named after the chart's templates is read as manifests."""
    write_tree(tmp_path, chart("app/"))
    result = run_sovscan(
        "scan", "-", "--stdin-filename", "app/templates/web.yaml", "--format", "json", "--no-cache",
        cwd=tmp_path, stdin=PLAIN_DEPLOYMENT,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert ("PRV003", "app/templates/web.yaml") in {(f["rule"], f["path"]) for f in report["findings"]}
