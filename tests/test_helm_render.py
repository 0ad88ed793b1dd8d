"""`--helm`: charts rendered by the helm binary (a stub on PATH here), and every way that can go wrong failing
closed for that chart (issue 16 §3)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from scanner.load.helm_render import render_chart
from tests.helpers import REPO

RENDERED = """\
---
# Source: app/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: release-app
spec:
  ports:
    - port: 80
---
# Source: app/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-app
spec:
  template:
    spec:
      nodeSelector:
        topology.kubernetes.io/region: us-east-1
      containers:
        - name: app
          image: registry.example.eu/app:1.0
"""

# Templates that are not YAML: only a render can tell what they deploy.
CHART = {
    "chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\n",
    "chart/values.yaml": "region: us-east-1\n",
    "chart/templates/_helpers.tpl": '{{- define "app.name" -}}app{{- end }}\n',
    "chart/templates/deployment.yaml": "{{- if .Values.enabled }}\nkind: Deployment\n{{- end }}\n",
    "chart/templates/service.yaml": '{{ include "app.name" . }}: {{ .Values.x | nindent 2 }}\n',
}


def stub_helm(bin_dir: Path, body: str) -> Path:
    """A `helm` on PATH that records how it was called, then runs `body`."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    log = bin_dir / "calls.log"
    script = bin_dir / "helm"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$*" >> "{log}"\n'
        f'env | grep -E "^(HELM_|HTTPS?_PROXY|HOME)" | sort >> "{log}"\n' + body
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return log


def rendering(text: str) -> str:
    return f"cat <<'YAML'\n{text}YAML\n"


def write_chart(root: Path) -> Path:
    for rel, text in CHART.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def sovscan(root: Path, bin_dir: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    result = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(root), "--no-cache", "--format", "json", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PATH": path, "PYTHONPATH": str(REPO)},
    )
    report = json.loads(result.stdout) if result.stdout.strip() else {}
    return result, report


def test_helm_renders_the_chart_and_findings_point_at_its_templates(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    log = stub_helm(tmp_path / "bin", rendering(RENDERED))
    values = tmp_path / "prod.yaml"
    values.write_text("enabled: true\n")
    result, report = sovscan(root, tmp_path / "bin", "--helm", "--helm-values", str(values))
    assert result.returncode == 1, result.stderr
    [res] = [f for f in report["findings"] if f["rule"] == "RES003"]
    assert res["path"] == "chart/templates/deployment.yaml"
    assert "us-east-1" in res["message"]
    assert not [f for f in report["findings"] if f["rule"] == "PARSE001"]
    assert not [n for n in report["notifications"] if "not rendered" in n["message"]]
    calls = log.read_text()
    assert f"template release {root / 'chart'} --values {values}" in calls
    # An empty home of its own, and proxies that lead nowhere.
    assert "HTTPS_PROXY=http://127.0.0.1:9" in calls
    plugins = next(line for line in calls.splitlines() if line.startswith("HELM_PLUGINS="))
    assert "sovscan-helm-" in plugins and not Path(plugins.split("=", 1)[1]).exists()


def test_without_helm_option_nothing_runs_and_the_chart_is_reported_not_rendered(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    (root / "config.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n")
    log = stub_helm(tmp_path / "bin", rendering(RENDERED))
    result, report = sovscan(root, tmp_path / "bin")
    assert result.returncode == 0, result.stderr
    assert not log.exists()
    assert [n["path"] for n in report["notifications"] if "not rendered" in n["message"]] == ["chart/Chart.yaml"]
    assert not report["findings"]


def test_a_helm_that_hangs_is_stopped_at_the_timeout(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    pid_file = tmp_path / "sleeper.pid"
    stub_helm(tmp_path / "bin", f'sleep 60 &\necho $! > "{pid_file}"\nwait\n')
    started = time.monotonic()
    result, report = sovscan(root, tmp_path / "bin", "--helm", "--helm-timeout", "1")
    assert time.monotonic() - started < 40
    assert result.returncode == 1, result.stderr
    [failure] = [f for f in report["findings"] if f["rule"] == "PARSE001"]
    assert failure["path"] == "chart/Chart.yaml"
    assert "did not finish" in failure["message"]
    # helm's whole process group was stopped, not only helm.
    pid = int(pid_file.read_text())
    with pytest.raises(ProcessLookupError):
        for _ in range(50):
            os.kill(pid, 0)
            time.sleep(0.1)


def test_a_helm_that_fails_fails_closed_for_that_chart(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    (root / "plain.yaml").write_text(
        RENDERED.split("---\n")[2].replace("# Source: app/templates/deployment.yaml\n", "")
    )
    stub_helm(tmp_path / "bin", 'echo "Error: template: app/templates/deployment.yaml:3: boom" >&2\nexit 3\n')
    result, report = sovscan(root, tmp_path / "bin", "--helm")
    assert result.returncode == 1, result.stderr
    [failure] = [f for f in report["findings"] if f["rule"] == "PARSE001"]
    assert failure["path"] == "chart/Chart.yaml"
    assert "exit 3" in failure["message"] and "boom" in failure["message"]
    # The rest of the tree is still scanned.
    assert [f["path"] for f in report["findings"] if f["rule"] == "RES003"] == ["plain.yaml"]


def test_helm_missing_fails_closed(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(root), "--no-cache", "--format", "json", "--helm"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PATH": str(empty), "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1, result.stderr
    [failure] = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "PARSE001"]
    assert "no helm binary" in failure["message"]


def test_helm_is_refused_in_strict_mode(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    log = stub_helm(tmp_path / "bin", rendering(RENDERED))
    result, _ = sovscan(root, tmp_path / "bin", "--helm", "--strict")
    assert result.returncode == 2
    assert "--strict" in result.stderr
    assert "helm: allow" in result.stderr  # says how to allow it
    assert not log.exists()


def test_helm_in_strict_mode_runs_when_the_trusted_config_allows_it(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    log = stub_helm(tmp_path / "bin", rendering(RENDERED))
    trusted = tmp_path / "trusted.yaml"
    trusted.write_text("helm: allow\n")
    result, report = sovscan(root, tmp_path / "bin", "--helm", "--strict", "--config", str(trusted))
    assert result.returncode == 1, result.stderr
    assert log.exists()
    assert [f for f in report["findings"] if f["rule"] == "RES003"]


def test_a_tree_config_cannot_allow_helm_in_strict_mode(tmp_path: Path) -> None:
    root = write_chart(tmp_path / "repo")
    (root / ".git").mkdir()
    (root / ".sovscan.yaml").write_text("helm: allow\n")
    log = stub_helm(tmp_path / "bin", rendering(RENDERED))
    trusted = tmp_path / "trusted.yaml"
    trusted.write_text("profile: [hds]\n")
    for extra in ((), ("--config", str(trusted))):
        result, _ = sovscan(root, tmp_path / "bin", "--helm", "--strict", *extra)
        assert result.returncode == 2, result.stderr
        assert ".sovscan.yaml" in result.stderr and "cannot allow" in result.stderr
        assert not log.exists()


def test_a_tree_config_asking_for_helm_is_listed_as_refused(tmp_path: Path) -> None:
    """Outside strict mode --helm needs no permission; a tree file that sets the key is still
    shown as a setting it may not make."""
    root = write_chart(tmp_path / "repo")
    (root / ".git").mkdir()
    (root / ".sovscan.yaml").write_text("helm: allow\n")
    result = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(root), "--no-cache", "--format", "json", "--allow-empty"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    weakened = json.loads(result.stdout)["weakened"]
    assert {"setting": "helm", "detail": "allow", "source": ".sovscan.yaml", "applied": False} in weakened


def test_output_over_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_chart(tmp_path / "repo")
    stub_helm(tmp_path / "bin", "while :; do echo 'kind: ConfigMap'; done\n")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    result = render_chart(str(root / "chart"), str(root), timeout=30, max_bytes=64 * 1024)
    assert result.error is not None and "limit" in result.error
    assert not result.documents


def test_a_source_out_of_the_chart_is_located_at_its_chart_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_chart(tmp_path / "repo")
    hostile = RENDERED.replace("app/templates/deployment.yaml", "app/../../../etc/passwd")
    stub_helm(tmp_path / "bin", rendering(hostile))
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    result = render_chart(str(root / "chart"), str(root))
    assert result.error is None
    assert sorted(result.documents) == ["chart/Chart.yaml", "chart/templates/service.yaml"]
