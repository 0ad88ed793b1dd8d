"""`--helm`: render a chart with the `helm` binary, the one thing a scan may run (opt-in).

`helm template RELEASE CHART [--values FILE…]` runs without a shell, with its input closed,
in a fresh empty home (every `HELM_*` folder in it, no plugin, no repository, no registry
login), with proxies that lead nowhere (so that it neither downloads a dependency nor
resolves a name), in its own process group, killed at the timeout, and with its output
capped in size. Its output is split by the `# Source: CHART/templates/FILE` comments that
helm writes above each document, so that each object is located in the template that made
it. Anything wrong — no `helm`, a failure, a timeout, too much output — is an error for
that chart (it fails closed), never a crash.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

RELEASE = "release"
DEFAULT_TIMEOUT = 60.0
MAX_OUTPUT_BYTES = 20 * 1024 * 1024
_SOURCE = re.compile(r"^# Source: (.+?)\s*$")
_NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing listens, nothing is resolved


class Rendered(NamedTuple):
    """A chart's rendered documents by template (scan-root-relative path → YAML), or why not."""

    documents: dict[str, str]
    error: str | None = None


def render_chart(
    chart: str,
    root: str,
    values: Sequence[Path] = (),
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_OUTPUT_BYTES,
) -> Rendered:
    """Render the chart in folder `chart` (absolute); paths in the result are relative to `root`."""
    helm = shutil.which("helm")
    if helm is None:
        return Rendered({}, "--helm was given but no helm binary is on PATH")
    with tempfile.TemporaryDirectory(prefix="sovscan-helm-") as home:
        output = os.path.join(home, "out.yaml")
        errors = os.path.join(home, "err.txt")
        args = [helm, "template", RELEASE, chart]
        for path in values:
            args += ["--values", str(path)]
        try:
            code = _run(args, _environment(home), home, output, errors, timeout, max_bytes)
        except OSError as error:
            return Rendered({}, f"helm could not be started: {error.strerror or error}")
        if code is None:
            return Rendered({}, f"helm template did not finish within {timeout:g} s and was stopped")
        size = os.path.getsize(output)
        if size >= max_bytes:
            return Rendered({}, f"helm template wrote more than the limit of {max_bytes:,} bytes")
        if code != 0:
            return Rendered({}, f"helm template failed (exit {code}): {_first_line(errors)}")
        with open(output, encoding="utf-8", errors="replace") as stream:
            text = stream.read()
    return Rendered(split_by_source(text, chart, root))


def _environment(home: str) -> dict[str, str]:
    folders = {
        "HELM_CACHE_HOME": "cache",
        "HELM_CONFIG_HOME": "config",
        "HELM_DATA_HOME": "data",
        "HELM_PLUGINS": "plugins",
        "HELM_REPOSITORY_CACHE": "repository",
    }
    env = {name: os.path.join(home, folder) for name, folder in folders.items()}
    env.update(
        {
            "PATH": os.environ.get("PATH", os.defpath),
            "HOME": home,
            "HELM_REGISTRY_CONFIG": os.path.join(home, "registry.json"),
            "HELM_REPOSITORY_CONFIG": os.path.join(home, "repositories.yaml"),
            "KUBECONFIG": os.path.join(home, "kubeconfig"),
            "HTTP_PROXY": _NOWHERE,
            "HTTPS_PROXY": _NOWHERE,
            "http_proxy": _NOWHERE,
            "https_proxy": _NOWHERE,
            "NO_PROXY": "",
            "LC_ALL": "C",
        }
    )
    return env


def _limit_output(max_bytes: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)


def _run(
    args: list[str], env: dict[str, str], home: str, output: str, errors: str, timeout: float, max_bytes: int
) -> int | None:
    """helm's exit code, or None if it was stopped at the timeout."""
    with open(output, "wb") as out, open(errors, "wb") as err:
        process = subprocess.Popen(  # a fixed argument list, no shell
            args,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            cwd=home,
            start_new_session=True,
            preexec_fn=lambda: _limit_output(max_bytes),  # only setrlimit, before exec
        )
        try:
            return process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(process)
            return None


def _stop(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        process.kill()
    process.wait()


def _first_line(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as stream:
        text = stream.read(4000)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0][:300] if lines else "no message"


def split_by_source(text: str, chart: str, root: str) -> dict[str, str]:
    """Documents grouped by the template helm says made them (`# Source: app/templates/x.yaml`);
    a source that would lead out of the chart is located at the chart's Chart.yaml."""
    fallback = _relative(os.path.join(chart, "Chart.yaml"), root)
    documents: dict[str, list[str]] = {}
    current: list[str] = []
    source = fallback

    def close() -> None:
        if any(line.strip() and not line.startswith("#") for line in current):
            documents.setdefault(source, []).append("\n".join(current))

    for line in text.split("\n"):
        if line.rstrip() == "---":
            close()
            current, source = [], fallback
            continue
        match = _SOURCE.match(line)
        if match and not any(part.strip() for part in current if not part.startswith("#")):
            source = _template(match.group(1), chart, root) or fallback
        current.append(line)
    close()
    return {rel: "\n---\n".join(parts) + "\n" for rel, parts in sorted(documents.items())}


def _template(source: str, chart: str, root: str) -> str | None:
    parts = PurePosixPath(source).parts[1:]  # the first part is the chart's name
    if not parts or ".." in parts:
        return None
    path = os.path.normpath(os.path.join(chart, *parts))
    if not path.startswith(os.path.normpath(chart) + os.sep):
        return None
    return _relative(path, root)


def _relative(path: str, root: str) -> str:
    return PurePosixPath(os.path.relpath(path, root)).as_posix()
