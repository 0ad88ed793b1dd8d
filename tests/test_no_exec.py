"""A scan runs no subprocess, opens no socket, and loads no Python from the scanned tree.

The scanned tree is a hostile pull request: Python files that leave a marker when
imported, a configuration that tries to name a plugin, Terraform that would run commands
(external data sources, provisioners, `file()`), a remote module source, a `.terraformrc`,
YAML tags that construct Python objects. While the scan runs in-process, every way to
start a process or open a connection is replaced by a tripwire, and an audit hook
watches imports, compiles, process starts, connections and the files opened.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scanner.runner import ScanOptions, execute

MARKER = "IMPORTED-MARKER"

EVIL_PY = f"""
import pathlib
pathlib.Path(__file__).with_name({MARKER!r}).write_text("imported " + __name__)
"""

HOSTILE_TREE: dict[str, str] = {
    "conftest.py": EVIL_PY,
    "evil.py": EVIL_PY,
    "sitecustomize.py": EVIL_PY,
    "usercustomize.py": EVIL_PY,
    "setup.py": EVIL_PY,
    "scanner/__init__.py": EVIL_PY,  # shadows the package name if the tree were on sys.path
    "scanner/pipeline.py": EVIL_PY,
    "yaml/__init__.py": EVIL_PY,
    "plugins/evil_plugin.py": EVIL_PY,
    ".terraformrc": 'plugin_cache_dir = "/tmp/x"\nprovider_installation {\n  dev_overrides {\n'
    '    "hashicorp/aws" = "./plugins"\n  }\n}\n',
    "terraform.rc": 'credentials "app.terraform.io" {\n  token = "x"\n}\n',
    "infra/main.tf": """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region                   = "us-east-1"
  shared_credentials_files = [file("${path.module}/creds.json")]
  assume_role {
    role_arn = templatefile("${path.module}/evil.tpl", { cmd = "touch marker" })
  }
}

provider "aws" {
  alias  = "fromfile"
  region = trimspace(file("/etc/hostname"))
}

provider "google" {
  credentials = file("../evil.py")
  region      = "europe-west9"
}

data "external" "pwn" {
  program = ["python3", "${path.module}/../evil.py"]
}

module "remote" {
  source = "git::https://example.com/x.git?ref=main"
}

module "registry" {
  source  = "hashicorp/consul/aws"
  version = "0.1.0"
}

resource "aws_s3_bucket" "b" {
  bucket = "x"

  provisioner "local-exec" {
    command = "python3 ../evil.py"
  }
}

resource "aws_s3_bucket" "from_file" {
  provider = aws.fromfile
  bucket   = "y"
}
""",
    "infra/creds.json": '{"secret": "do not read me"}\n',
    "infra/evil.tpl": "${cmd}\n",
    "infra/.terraform/modules/modules.json": json.dumps(
        {"Modules": [{"Key": "remote", "Source": "git::https://example.com/x.git", "Dir": "../evil"}]}
    ),
    "k8s/tags.yaml": (
        "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: tags\n"
        "  annotations:\n    a: !!python/object/apply:os.system ['touch pwned']\n"
        "    b: !!python/name:os.system\n    c: !!python/module:evil\n"
        "spec:\n  forProvider:\n    region: us-east-1\n"
    ),
    "k8s/kustomization.yaml": (
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\ngenerators: [plugin.yaml]\n"
    ),
    "k8s/plugin.yaml": (
        "apiVersion: builtin\nkind: Exec\nmetadata:\n  name: x\n"
        "  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: ../evil.py\n"
    ),
    "chart/Chart.yaml": "apiVersion: v2\nname: x\nversion: 0.1.0\n",
    "chart/templates/job.yaml": "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: {{ .Values.x | exec }}\n",
}


class Forbidden(AssertionError):
    """Raised by every tripwire; also recorded, in case some `except Exception` swallows it."""


class Tripwires:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.calls: list[str] = []
        self.opened: list[str] = []
        self.armed = False

    def trip(self, what: str) -> None:
        self.calls.append(what)
        raise Forbidden(f"a scan must not {what}")

    def audit(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.armed:
            return
        if event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.forkpty"):
            self.trip(f"start a process ({event}: {args[:2]!r})")
        if event in ("socket.connect", "socket.getaddrinfo", "socket.bind", "socket.sendto", "urllib.Request"):
            self.trip(f"use the network ({event}: {args[1:3]!r})")
        if event in ("ctypes.dlopen", "ctypes.dlsym"):
            self.trip(f"load native code ({event}: {args[:1]!r})")
        if event == "import":
            filename = args[1]
            if filename and self._in_tree(str(filename)):
                self.trip(f"import {args[0]} from the scanned tree ({filename})")
        if event == "compile":
            filename = args[1]
            if isinstance(filename, (str, bytes)) and self._in_tree(os.fsdecode(filename)):
                self.trip(f"compile code from the scanned tree ({filename!r})")
        if event == "exec":
            code = args[0]
            filename = getattr(code, "co_filename", "")
            if filename and self._in_tree(filename):
                self.trip(f"run code from the scanned tree ({filename})")
        if event == "open":
            path = args[0]
            if isinstance(path, (str, bytes, os.PathLike)):
                self.opened.append(os.fsdecode(path))

    def _in_tree(self, filename: str) -> bool:
        try:
            return Path(filename).resolve().is_relative_to(self.root.resolve())
        except (OSError, ValueError, RuntimeError):
            return False


_AUDIT: list[Tripwires] = []


def _audit_hook(event: str, args: tuple[Any, ...]) -> None:
    # An audit hook cannot be removed: one hook for the session, pointing at the active test.
    if _AUDIT:
        _AUDIT[-1].audit(event, args)


sys.addaudithook(_audit_hook)


@pytest.fixture
def tripwires(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tripwires]:
    wires = Tripwires(tmp_path)

    def forbid(what: str) -> Any:
        def tripped(*args: Any, **kwargs: Any) -> Any:
            wires.trip(f"{what}{args[:2]!r}")

        return tripped

    monkeypatch.setattr(socket, "socket", forbid("open a socket"))
    monkeypatch.setattr(socket, "create_connection", forbid("connect"))
    monkeypatch.setattr(socket, "getaddrinfo", forbid("resolve a name"))
    monkeypatch.setattr(subprocess, "Popen", forbid("start a process"))
    for name in ("system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, forbid(f"os.{name}"))
    for name in dir(os):
        if name.startswith(("exec", "spawn")) and callable(getattr(os, name)):
            monkeypatch.setattr(os, name, forbid(f"os.{name}"))
    _AUDIT.append(wires)
    try:
        yield wires
    finally:
        _AUDIT.remove(wires)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _scan(wires: Tripwires, root: Path, capsys: pytest.CaptureFixture[str], fmt: str = "json") -> tuple[int, str, str]:
    modules_before = set(sys.modules)
    path_before = list(sys.path)
    wires.armed = True
    try:
        code = execute(ScanOptions(paths=[root], output_format=fmt, color="never"))
    finally:
        wires.armed = False
    out, err = capsys.readouterr()
    assert wires.calls == []
    assert not (root / MARKER).exists()
    assert not list(root.rglob(MARKER))
    assert sys.path == path_before
    new = [sys.modules[m] for m in set(sys.modules) - modules_before]
    from_tree = [m.__name__ for m in new if wires._in_tree(getattr(m, "__file__", None) or "")]
    assert from_tree == []
    return code, out, err


def _allowed_reads(root: Path) -> list[Path]:
    import scanner

    roots = [root, Path(scanner.__file__).parent.parent, Path(sys.prefix), Path(sys.base_prefix)]
    roots += [Path(p) for p in sys.path if p]
    cache = os.environ.get("SOVSCAN_CACHE_DIR")
    if cache:
        roots.append(Path(cache))
    return [r.resolve() for r in roots]


def test_scanning_a_hostile_tree_runs_nothing(
    tmp_path: Path, tripwires: Tripwires, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "pr"
    _write(root, HOSTILE_TREE)
    code, out, err = _scan(tripwires, root, capsys)
    assert "Traceback" not in err
    result = json.loads(out)
    assert result["summary"]["execution_successful"], result["notifications"]
    assert code == 1  # the scan completed and found the us-east-1 buckets
    found = {(f["rule"], f["path"], f["address"]) for f in result["findings"]}
    assert ("RES001", "infra/main.tf", "aws_s3_bucket.b") in found
    assert ("RES001", "k8s/tags.yaml", "Bucket/tags") in found
    # file() is never evaluated: the region it would read is unknown, and nothing it names is read.
    unknown = [f for f in result["findings"] if f["address"] == "aws_s3_bucket.from_file"]
    assert [f["rule"] for f in unknown if f["rule"].startswith("RES")] == ["RES002"]
    assert "do not read me" not in out
    # The module the PR's modules.json points out of the tree is never read.
    assert not any(f["path"].startswith("evil") for f in result["findings"])
    # Nothing outside the scanned tree, the installation and the cache was opened.
    allowed = _allowed_reads(root)
    outside = [
        p
        for p in tripwires.opened
        if not any(Path(p).resolve().is_relative_to(a) for a in allowed) and not p.startswith(("/dev/", "/proc/"))
    ]
    assert outside == []
    # (creds.json is opened as every .json is, to see whether it is a manifest; it is not reported.)
    assert not any(Path(p).name in ("evil.tpl", "hostname") for p in tripwires.opened)


@pytest.mark.parametrize("fmt", ["text", "sarif"])
def test_other_formats_run_nothing_either(
    fmt: str, tmp_path: Path, tripwires: Tripwires, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "pr"
    _write(root, HOSTILE_TREE)
    code, out, _err = _scan(tripwires, root, capsys, fmt)
    assert code == 1
    assert out


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (".sovscan.yaml", "plugins: evil.py\n", "unknown key 'plugins'"),
        (".sovscan.yaml", "plugin: [evil.py, conftest.py]\n", "unknown key 'plugin'"),
        (".sovscan.yaml", "profile: !!python/object/apply:evil.run []\n", "invalid YAML"),
        (".sovscan.yaml", "exclude: !!python/name:os.system\n", "invalid YAML"),
        (".sovscan.yaml", "fail-on: !!python/module:evil\n", "invalid YAML"),
        ("pyproject.toml", '[tool.sovscan]\nplugins = ["evil.py"]\n', "unknown key 'plugins'"),
        ("pyproject.toml", '[tool.sovscan]\nrules-dir = "plugins"\n', "unknown key 'rules-dir'"),
    ],
)
def test_configuration_cannot_name_code(
    name: str, text: str, message: str, tmp_path: Path, tripwires: Tripwires, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "pr"
    _write(root, {**HOSTILE_TREE, name: text})
    code, out, err = _scan(tripwires, root, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("sovscan: error: ")
    assert err.count("\n") == 1
    assert message in err


def test_the_tripwires_work(tmp_path: Path, tripwires: Tripwires) -> None:
    """The guards themselves: a process, a socket and an import from the tree are all caught."""
    _write(tmp_path, {"evil.py": EVIL_PY})
    tripwires.armed = True
    try:
        with pytest.raises(Forbidden):
            subprocess.run(["true"], check=False)
        with pytest.raises(Forbidden):
            socket.create_connection(("example.com", 443))
        with pytest.raises(Forbidden):
            os.system("true")
        sys.path.insert(0, str(tmp_path))
        try:
            with pytest.raises(Forbidden):
                __import__("evil")
        finally:
            sys.path.remove(str(tmp_path))
            sys.modules.pop("evil", None)
    finally:
        tripwires.armed = False
    assert len(tripwires.calls) == 4
    assert not (tmp_path / MARKER).exists()
