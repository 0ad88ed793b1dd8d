"""Hostile input: every bad file gets a clear message, the rest of the scan goes on, nothing crashes.

Each case puts one bad input (from `tests/hostile/`, or generated here when it is big, a
symlink, a FIFO…) next to a canary tree whose findings are known, and runs the whole
pipeline twice: the real command in a subprocess and `run_scan` in-process. Both must
report the bad input as expected, still report the canary, and never crash.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from scanner.discover.walk import UsageError
from scanner.model import Level, ScanResult
from scanner.report.json_report import render_json
from scanner.report.sarif import render_sarif
from scanner.report.text import render_text
from tests.conftest import SCHEMA
from tests.helpers import REPO, run_sovscan, scan

CORPUS = Path(__file__).parent / "hostile"
CLI_TIMEOUT = 60

CANARY_TF = 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_s3_bucket" "canary" {\n  bucket = "c"\n}\n'
CANARY_YAML = (
    "# a Crossplane bucket outside the EEA\n"
    "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: canary\n"
    "spec:\n  forProvider:\n    region: us-east-1\n"
)
# What the canary always yields, whatever sits next to it: (rule, path, line).
CANARY_FINDINGS = {("RES001", "canary/main.tf", 5), ("RES001", "canary/bucket.yaml", 2)}
# The rules these tests are about; others (encryption, logging…) may also fire on the samples.
WATCHED = frozenset({"PARSE001", "RES001", "RES002"})
BAD_TF = 'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_s3_bucket" "b" {}\n'
MANIFEST_HEAD = "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: big\n"
FIFTY_MB = 50 * 1024 * 1024
NESTING = 10_000


# --- running a scan both ways -------------------------------------------------------


@dataclass
class Outcome:
    """What one scan produced, the same shape whether it ran in a subprocess or in-process."""

    exit_code: int
    findings: list[dict[str, Any]]
    notifications: list[dict[str, Any]]
    execution_successful: bool
    stderr: str = ""

    def found(self, path: str) -> set[tuple[str, int]]:
        return {(f["rule"], f["start_line"]) for f in self.findings if f["path"] == path and f["rule"] in WATCHED}

    def messages(self, path: str) -> list[str]:
        return [f["message"] for f in self.findings if f["path"] == path and f["rule"] in WATCHED]

    def notes(self, path: str) -> list[tuple[str, str]]:
        return [(n["level"], n["message"]) for n in self.notifications if n["path"] == path]


def _run_cli(root: Path, *extra: str) -> Outcome:
    completed = run_sovscan("scan", str(root), "--format", "json", *extra)
    assert "Traceback" not in completed.stderr, completed.stderr
    assert completed.returncode in (0, 1, 3), (completed.returncode, completed.stderr)
    data = json.loads(completed.stdout)
    return Outcome(
        exit_code=completed.returncode,
        findings=data["findings"],
        notifications=data["notifications"],
        execution_successful=data["summary"]["execution_successful"],
        stderr=completed.stderr,
    )


def _exit_code(result: ScanResult) -> int:
    """The README's contract for --fail-on error."""
    if any(f.suppression is None and f.level == Level.ERROR for f in result.findings):
        return 1
    return 0 if result.execution_successful else 3


def _check_renderings(result: ScanResult) -> None:
    """Every output format renders and encodes as UTF-8; the SARIF is schema-valid."""
    for text in (render_text(result, color=False), render_text(result, color=True), render_json(result)):
        text.encode("utf-8")
    sarif = render_sarif(result)
    sarif.encode("utf-8")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(json.loads(sarif))


def _run_in_process(root: Path) -> Outcome:
    result = scan([root])
    _check_renderings(result)
    return Outcome(
        exit_code=_exit_code(result),
        findings=[
            {
                "rule": f.rule_id,
                "level": str(f.level),
                "message": f.message,
                "path": f.location.path,
                "start_line": f.location.start_line,
            }
            for f in result.findings
        ],
        notifications=[
            {"level": str(n.level), "message": n.message, "path": n.path, "line": n.line, "rule": n.rule_id}
            for n in result.notifications
        ],
        execution_successful=result.execution_successful,
    )


RUNNERS: dict[str, Callable[[Path], Outcome]] = {"cli": _run_cli, "in-process": _run_in_process}


@pytest.fixture(params=sorted(RUNNERS))
def run(request: pytest.FixtureRequest) -> Callable[[Path], Outcome]:
    return RUNNERS[request.param]


def _canary(root: Path) -> None:
    (root / "canary").mkdir(parents=True, exist_ok=True)
    (root / "canary" / "main.tf").write_text(CANARY_TF, encoding="utf-8")
    (root / "canary" / "bucket.yaml").write_text(CANARY_YAML, encoding="utf-8")


def _assert_canary(outcome: Outcome) -> None:
    found = {
        (f["rule"], f["path"], f["start_line"])
        for f in outcome.findings
        if f["path"].startswith("canary/") and f["rule"] in WATCHED
    }
    assert found == CANARY_FINDINGS, outcome.findings
    internal = [n for n in outcome.notifications if "internal error" in n["message"]]
    assert not internal, internal


# --- the cases ----------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One bad input, placed at `case/<name>`, and what the scan must say about it.

    `findings` are (rule, line, text in the message) and must be exactly the findings in
    the case's files; `notes` are (level, text) notifications that must be there.
    """

    id: str
    build: Callable[[Path], None]
    findings: tuple[tuple[str, int, str], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    path: str = ""  # the file the findings are in, relative to the root (default: the only file)
    elsewhere: tuple[tuple[str, str, int], ...] = ()  # (path, rule, line) findings in other files of the case
    exit_code: int = 1  # the canary always fails the scan
    skip: str | None = None
    marks: tuple[Any, ...] = field(default_factory=tuple)


def corpus(name: str, dest: str | None = None) -> Callable[[Path], None]:
    def build(root: Path) -> None:
        target = root / "case" / (dest or name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / name, target)

    return build


def text_file(name: str, text: str) -> Callable[[Path], None]:
    def build(root: Path) -> None:
        (root / "case").mkdir(parents=True, exist_ok=True)
        (root / "case" / name).write_text(text, encoding="utf-8")

    return build


def fifty_mb(name: str, head: str) -> Callable[[Path], None]:
    """A real 50 MB file (not sparse), made here so that the repository never holds one."""

    def build(root: Path) -> None:
        (root / "case").mkdir(parents=True, exist_ok=True)
        line = b"# padding padding padding padding padding padding padding padding padding padding\n"
        with (root / "case" / name).open("wb") as handle:
            handle.write(head.encode())
            handle.write(line * (FIFTY_MB // len(line) + 1))

    return build


def symlinks(links: dict[str, str], files: dict[str, str] | None = None) -> Callable[[Path], None]:
    """`links` maps a link (under case/) to its target as written; `files` are created relative to root."""

    def build(root: Path) -> None:
        (root / "case").mkdir(parents=True, exist_ok=True)
        for rel, text in (files or {}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for link, target in links.items():
            os.symlink(target, root / "case" / link)

    return build


def fifo(name: str) -> Callable[[Path], None]:
    def build(root: Path) -> None:
        (root / "case").mkdir(parents=True, exist_ok=True)
        os.mkfifo(root / "case" / name)

    return build


def unreadable(name: str, text: str) -> Callable[[Path], None]:
    def build(root: Path) -> None:
        (root / "case").mkdir(parents=True, exist_ok=True)
        path = root / "case" / name
        path.write_text(text, encoding="utf-8")
        path.chmod(0)

    return build


def undecodable_name(root: Path) -> None:
    (root / "case").mkdir(parents=True, exist_ok=True)
    path = os.path.join(os.fsencode(root / "case"), b"r\xe9gion-\xff.tf")
    with open(path, "wb") as handle:
        handle.write(BAD_TF.encode())


AS_ROOT = "permissions do not apply to root" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
TOO_LONG_WHILE_PARSING = "nesting too deep to read"

CASES = [
    # Syntax errors and truncation: PARSE001 at the line of the error.
    Case("hcl-syntax-error", corpus("hcl_syntax_error.tf"), (("PARSE001", 4, "HCL syntax error"),)),
    Case("hcl-truncated", corpus("hcl_truncated.tf"), (("PARSE001", 6, "HCL syntax error: unexpected end of input"),)),
    Case("yaml-syntax-error", corpus("yaml_syntax_error.yaml"), (("PARSE001", 5, "did not find expected ',' or ']'"),)),
    Case("yaml-truncated", corpus("yaml_truncated.yaml"), (("PARSE001", 6, "found unexpected end of stream"),)),
    # Empty files are valid and say nothing.
    Case("empty-tf", corpus("empty.tf")),
    Case("whitespace-tf", corpus("whitespace_only.tf")),
    Case("empty-yaml", corpus("empty.yaml")),
    Case("comments-only-yaml", corpus("comments_only.yaml")),
    # Binary and mis-encoded files: Terraform fails closed; a YAML file only when it is a manifest.
    Case("binary-tf", corpus("binary_png.tf"), (("PARSE001", 1, "not valid UTF-8 text at line 1 (byte 0)"),)),
    Case("binary-yaml", corpus("binary_png.yaml"), notes=(("note", "not scanned: not valid UTF-8 text"),)),
    Case("nul-bytes-tf", corpus("nul_bytes.tf"), (("PARSE001", 1, "binary file (contains NUL bytes)"),)),
    Case("nul-bytes-manifest", corpus("nul_manifest.yaml"), (("PARSE001", 1, "binary file (contains NUL bytes)"),)),
    Case("latin-1-tf", corpus("latin1.tf"), (("PARSE001", 1, "not valid UTF-8 text at line 1 (byte 3)"),)),
    Case("latin-1-manifest", corpus("latin1_manifest.yaml"), (("PARSE001", 1, "not valid UTF-8 text"),)),
    # Byte-order marks and line endings: decoded, scanned, and the lines are right.
    Case("utf-16-le-bom-crlf-tf", corpus("utf16le_bom_crlf.tf"), (("RES001", 5, "us-east-1"),)),
    Case("utf-16-be-bom-tf", corpus("utf16be_bom.tf"), (("RES001", 5, "us-east-1"),)),
    Case("utf-16-bom-manifest", corpus("utf16le_bom_manifest.yaml"), (("RES001", 2, "us-east-1"),)),
    Case("utf-8-bom-tf", corpus("utf8_bom.tf"), (("RES001", 5, "us-east-1"),)),
    Case("utf-8-bom-manifest", corpus("utf8_bom_manifest.yaml"), (("RES001", 2, "us-east-1"),)),
    Case("crlf-tf", corpus("crlf.tf"), (("RES001", 7, "us-east-1"),)),
    Case("crlf-manifest", corpus("crlf_manifest.yaml"), (("RES001", 3, "us-east-1"),)),
    Case("cr-only-tf", corpus("cr_only.tf"), (("RES001", 6, "us-east-1"),)),
    # Over the size limit: not read, reported.
    Case("50mb-tf", fifty_mb("big.tf", BAD_TF), (("PARSE001", 1, "over the size limit"),)),
    Case("50mb-manifest", fifty_mb("big.yaml", MANIFEST_HEAD), (("PARSE001", 1, "over the size limit"),)),
    Case("50mb-other-yaml", fifty_mb("big.yaml", "a: b\n"), notes=(("note", "over the size limit"),)),
    # 10,000 levels of nesting.
    Case(
        "deep-hcl-brackets",
        text_file("deep.tf", "locals {\n  x = " + "[" * NESTING + "]" * NESTING + "\n}\n"),
        (("PARSE001", 2, "nesting deeper than 200 levels"),),
    ),
    Case(
        "deep-hcl-blocks",
        text_file("deep.tf", 'resource "aws_s3_bucket" "b" {\n' + "a {\n" * NESTING + "}\n" * NESTING + "}\n"),
        (("PARSE001", 201, "nesting deeper than 200 levels"),),
    ),
    Case(
        "deep-hcl-parentheses",
        text_file("deep.tf", "locals {\n  x = " + "(" * NESTING + "1" + ")" * NESTING + "\n}\n"),
        (("PARSE001", 2, "nesting deeper than 200 levels"),),
    ),
    Case(
        "deep-hcl-index-chain",
        text_file("deep.tf", "locals {\n  x = a" + "[0]" * 3000 + "\n}\n"),
        (("PARSE001", 1, TOO_LONG_WHILE_PARSING),),
    ),
    Case(
        "deep-tf-json",
        text_file("deep.tf.json", '{"locals": {"x": ' + "[" * NESTING + "]" * NESTING + "}}\n"),
        (("PARSE001", 1, "nesting deeper than 200 levels"),),
    ),
    Case(
        "deep-yaml-flow",
        text_file("deep.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: " + "[" * NESTING + "]" * NESTING + "\n"),
        (("PARSE001", 3, "nesting deeper than 200 levels"),),
    ),
    Case(
        "deep-yaml-flow-mappings",
        text_file(
            "deep.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: " + "{a: " * NESTING + "b" + "}" * NESTING + "\n"
        ),
        (("PARSE001", 3, "nesting deeper than 200 levels"),),
    ),
    Case(
        "deep-yaml-block",
        text_file("deep.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n" + "- " * NESTING + "x\n"),
        (("PARSE001", 4, "nesting deeper than 200 levels"),),
    ),
    # Alias bombs: stopped while parsing, in one document or split over many.
    Case("alias-bomb", corpus("alias_bomb.yaml"), (("PARSE001", 12, "YAML alias bomb"),)),
    Case("alias-bomb-split", corpus("alias_bomb_split.yaml"), (("PARSE001", 98, "YAML alias bomb"),)),
    # Duplicate keys: Terraform refuses them (so do we); YAML takes the last one, as Kubernetes.
    Case("duplicate-hcl-attribute", corpus("duplicate_attribute.tf"), (("PARSE001", 3, "'region' is already set"),)),
    Case(
        "duplicate-tf-json-key", corpus("duplicate_key.tf.json"), (("PARSE001", 5, "duplicate JSON object property"),)
    ),
    Case("duplicate-yaml-key", corpus("duplicate_keys.yaml"), (("RES001", 11, "last-wins-us"),)),
    # YAML 1.1 surprises and wrong types where a rule reads the value: never a silent pass.
    Case(
        "yaml-1.1-region",
        corpus("yaml11_region.yaml"),
        (
            ("RES002", 1, "'NO' is not in"),
            ("RES002", 9, "'on' is not in"),
            ("RES002", 17, "'yes' is not in"),
            ("RES002", 25, "not a region name (bool)"),
            ("RES002", 33, "not a region name (int)"),
            ("RES002", 41, "not a region name (NoneType)"),
            ("RES002", 49, "'2024-01-01' is not in"),
            ("RES002", 57, "not a region name (float)"),
            ("RES002", 65, "not a region name (list)"),
            ("RES002", 73, "not a region name (dict)"),
        ),
    ),
    Case("documents-not-mappings", corpus("not_a_mapping.yaml"), (("RES001", 12, "Bucket/b"),)),
    Case(
        "wrong-types",
        corpus("wrong_types.yaml"),
        (("RES002", 1, "sets no region"), ("RES002", 6, "sets no region"), ("RES002", 12, "sets no region")),
    ),
    # Cycles and modules that would loop or leave the root.
    Case("locals-cycle", corpus("locals_cycle.tf"), (("RES002", 10, "cycle"),)),
    Case("variable-self-reference", corpus("variable_self.tf"), (("RES002", 9, "var.region"),)),
    Case(
        "module-calls-itself",
        corpus("module_self.tf"),
        (("RES002", 1, "a cycle"), ("RES002", 5, "a cycle")),
    ),
    Case(
        "module-source-escapes-root",
        corpus("module_escape.tf"),
        (("RES002", 1, "leaves the scan root"), ("RES002", 5, "leaves the scan root")),
    ),
    # Escapes that cannot become text.
    Case("lone-surrogate-escape-hcl", corpus("lone_surrogate_escape.tf"), (("RES002", 5, "'\ufffdus-east-1'"),)),
    Case("lone-surrogate-escape-json", corpus("lone_surrogate_escape.tf.json"), (("RES002", 1, "'\ufffd'"),)),
    Case("escape-past-unicode", corpus("bad_escape.tf"), (("PARSE001", 2, "invalid escape sequence"),)),
    Case("huge-number-hcl", corpus("huge_number.tf")),
    Case("huge-number-json", corpus("huge_number.tf.json")),
    # Symbolic links: never followed out of the repository (a file Terraform would read
    # there fails the scan), loops never hang or crash.
    Case("symlink-dir-loop", symlinks({"up": "..", "here": "."})),
    Case(
        "symlink-file-self-loop",
        symlinks({"self.tf": "self.tf"}),
        (("PARSE001", 1, "Too many levels of symbolic links"),),
    ),
    Case(
        "symlink-file-pair-loop",
        symlinks({"a.tf": "b.tf", "b.tf": "a.tf"}),
        (("PARSE001", 1, "Too many levels of symbolic links"),),
        path="case/a.tf",
        elsewhere=(("case/b.tf", "PARSE001", 1),),
    ),
    Case(
        "symlink-out-of-root",
        symlinks({"linked.tf": "../../outside/secret.tf"}, {"../outside/secret.tf": BAD_TF}),
        (("PARSE001", 1, "symbolic link out of the repository"),),
    ),
    Case(
        "symlink-dir-out-of-root",
        symlinks({"linked": "../../outside"}, {"../outside/secret.tf": BAD_TF}),
        (("PARSE001", 1, "symbolic link out of the repository"),),
    ),
    Case("symlink-dangling", symlinks({"gone.tf": "nowhere.tf"}), (("PARSE001", 1, "No such file or directory"),)),
    # Files that cannot be read.
    Case(
        "unreadable-tf",
        unreadable("secret.tf", BAD_TF),
        (("PARSE001", 1, "permission denied"),),
        skip=AS_ROOT,
    ),
    Case("fifo-tf", fifo("pipe.tf"), (("PARSE001", 1, "not a regular file"),)),
    Case("undecodable-file-name", undecodable_name, (("RES001", 5, "us-east-1"),), path="case/r\\xe9gion-\\xff.tf"),
]


def _case_path(case: Case, root: Path) -> str:
    if case.path:
        return case.path
    names = sorted(p.name for p in (root / "case").iterdir())
    return f"case/{names[0]}"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
def test_hostile_input(case: Case, run: Callable[[Path], Outcome], tmp_path: Path) -> None:
    if case.skip:
        pytest.skip(case.skip)
    root = tmp_path / "root"
    _canary(root)
    case.build(root)
    path = _case_path(case, root)

    outcome = run(root)

    _assert_canary(outcome)
    assert outcome.exit_code == case.exit_code
    # A file not fully read (PARSE001) makes the scan unsuccessful; nothing else here does.
    unread = any(rule == "PARSE001" for rule, _, _ in case.findings) or any(e[1] == "PARSE001" for e in case.elsewhere)
    assert outcome.execution_successful is not unread
    assert outcome.found(path) == {(rule, line) for rule, line, _ in case.findings}, outcome.findings
    messages = " | ".join(outcome.messages(path))
    for _rule, _line, text in case.findings:
        assert text in messages
    # Nothing is reported anywhere else: neither a stray finding nor a file read out of the root.
    others = {
        (f["path"], f["rule"], f["start_line"])
        for f in outcome.findings
        if f["path"] != path and not f["path"].startswith("canary/") and f["rule"] in WATCHED
    }
    assert others == set(case.elsewhere)
    notes = outcome.notifications
    for level, text in case.notes:
        assert any(n["level"] == level and text in n["message"] and n["path"].startswith("case/") for n in notes), notes


# --- cases that are not a file in a tree ----------------------------------------------


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    completed = run_sovscan("scan", str(missing))
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr == f"sovscan: error: path does not exist: {missing}\n"
    with pytest.raises(UsageError, match="path does not exist"):
        scan([missing])


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, chmod 000 does not stop a read: make the open fail instead, in-process and in the CLI."""
    root = tmp_path / "root"
    _canary(root)
    (root / "case").mkdir()
    (root / "case" / "secret.tf").write_text(BAD_TF, encoding="utf-8")
    (root / "case" / "secret.yaml").write_text(CANARY_YAML, encoding="utf-8")
    original, original_path_open = os.open, Path.open

    def deny(path: Any) -> None:
        if os.path.basename(os.fspath(path)).startswith("secret."):
            raise PermissionError(13, "Permission denied", os.fspath(path))

    def denying_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        deny(path)
        return original(path, *args, **kwargs)

    def denying_path_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        deny(self)
        return original_path_open(self, *args, **kwargs)

    def check(outcome: Outcome) -> None:
        _assert_canary(outcome)
        assert outcome.found("case/secret.tf") == {("PARSE001", 1)}
        assert "permission denied" in outcome.messages("case/secret.tf")[0]
        # A YAML file that cannot be read may be a manifest kubectl reads: the scan fails closed.
        assert outcome.found("case/secret.yaml") == {("PARSE001", 1)}
        assert not outcome.execution_successful

    with monkeypatch.context() as patch:
        patch.setattr(os, "open", denying_open)
        patch.setattr(Path, "open", denying_path_open)
        check(_run_in_process(root))

    wrapper = (
        "import os, sys\n"
        "original = os.open\n"
        "def denying_open(path, *args, **kwargs):\n"
        "    if os.path.basename(os.fspath(path)).startswith('secret.'):\n"
        "        raise PermissionError(13, 'Permission denied', os.fspath(path))\n"
        "    return original(path, *args, **kwargs)\n"
        "os.open = denying_open\n"
        "import pathlib\n"
        "original_path_open = pathlib.Path.open\n"
        "def denying_path_open(self, *args, **kwargs):\n"
        "    if self.name.startswith('secret.'):\n"
        "        raise PermissionError(13, 'Permission denied', str(self))\n"
        "    return original_path_open(self, *args, **kwargs)\n"
        "pathlib.Path.open = denying_path_open\n"
        "from scanner.cli import run\n"
        "sys.argv = ['sovscan', *sys.argv[1:]]\n"
        "run()\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", wrapper, "scan", str(root), "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert "Traceback" not in completed.stderr
    assert completed.returncode == 1
    data = json.loads(completed.stdout)
    check(Outcome(1, data["findings"], data["notifications"], data["summary"]["execution_successful"]))


def test_control_characters_in_a_file_name_do_not_reach_the_terminal(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _canary(root)
    (root / "case").mkdir()
    (root / "case" / "evil\x1b[2J\x1b]0;pwned\x07\nname.tf").write_text(BAD_TF, encoding="utf-8")
    completed = run_sovscan("scan", str(root), "--color", "never")
    assert completed.returncode == 1
    assert "\x1b" not in completed.stdout
    assert "\x07" not in completed.stdout
    assert "evil" in completed.stdout


def test_explicit_symlink_loop_on_the_command_line(tmp_path: Path) -> None:
    """As pre-commit would pass it: a file argument that is a symlink to itself."""
    os.symlink("self.tf", tmp_path / "self.tf")
    (tmp_path / "main.tf").write_text(BAD_TF, encoding="utf-8")
    completed = run_sovscan("scan", "self.tf", "main.tf", "--format", "json", cwd=tmp_path)
    assert "Traceback" not in completed.stderr
    assert completed.returncode == 1
    findings = {(f["rule"], f["path"]) for f in json.loads(completed.stdout)["findings"] if f["rule"] in WATCHED}
    assert findings == {("PARSE001", "self.tf"), ("RES001", "main.tf")}


# --- beyond the loaders: special files, module directories, modules.json ---------------


def _cli_in_time(
    root: Path, *args: str, cwd: Path | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scanner", "scan", *args],
        cwd=cwd or REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def test_fifo_named_yaml_does_not_hang(tmp_path: Path) -> None:
    """Sniffing whether an unreadable .yaml is a manifest used to open the FIFO and block forever."""
    root = tmp_path / "root"
    _canary(root)
    (root / "case").mkdir()
    os.mkfifo(root / "case" / "pipe.yaml")
    completed = _cli_in_time(root, str(root), "--format", "json")
    assert completed.returncode == 1
    notes = json.loads(completed.stdout)["notifications"]
    assert any(n["path"] == "case/pipe.yaml" and "not a regular file" in n["message"] for n in notes)


def test_fifo_elsewhere_in_the_tree_does_not_hang_file_mode(tmp_path: Path) -> None:
    """File mode looks for the modules calling a named file in every .tf: a FIFO used to block it."""
    _canary(tmp_path)
    (tmp_path / "other").mkdir()
    os.mkfifo(tmp_path / "other" / "pipe.tf")
    completed = _cli_in_time(tmp_path, "canary/main.tf", "--format", "json", cwd=tmp_path)
    assert completed.returncode == 1


def test_symlink_loop_in_a_called_module_directory(tmp_path: Path) -> None:
    """Path.resolve() raises RuntimeError on a loop (Python 3.11); it used to lose every Terraform finding."""
    root = tmp_path / "root"
    _canary(root)
    (root / "case").mkdir()
    (root / "case" / "main.tf").write_text('module "m" {\n  source = "./.terraform/modules/m"\n}\n', encoding="utf-8")
    module = root / "case" / ".terraform" / "modules" / "m"
    module.mkdir(parents=True)
    os.symlink("loop.tf", module / "loop.tf")
    _assert_canary(_run_in_process(root))


def test_modules_calling_each_other_are_still_scanned(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _canary(root)
    (root / "case" / "a").mkdir(parents=True)
    (root / "case" / "b").mkdir(parents=True)
    (root / "case" / "a" / "main.tf").write_text(BAD_TF + 'module "b" {\n  source = "../b"\n}\n', encoding="utf-8")
    (root / "case" / "b" / "main.tf").write_text('module "a" {\n  source = "../a"\n}\n', encoding="utf-8")
    outcome = _run_in_process(root)
    _assert_canary(outcome)
    assert ("RES001", 5) in outcome.found("case/a/main.tf")


@pytest.mark.parametrize(
    "manifest",
    [
        pytest.param('{"Modules": 5}', id="modules-not-a-list"),
        pytest.param("[" * NESTING + "]" * NESTING, id="deep-nesting"),
    ],
)
def test_hostile_modules_json(manifest: str, tmp_path: Path) -> None:
    root = tmp_path / "root"
    _canary(root)
    (root / "canary" / "remote.tf").write_text('module "m" {\n  source = "git::https://example.com/x.git"\n}\n')
    (root / "canary" / ".terraform" / "modules").mkdir(parents=True)
    (root / "canary" / ".terraform" / "modules" / "modules.json").write_text(manifest, encoding="utf-8")
    outcome = _run_in_process(root)
    internal = [n for n in outcome.notifications if "internal error" in n["message"]]
    assert not internal, internal
    assert ("RES001", "canary/main.tf", 5) in {(f["rule"], f["path"], f["start_line"]) for f in outcome.findings}


def test_modules_json_cannot_point_out_of_the_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _canary(root)
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "main.tf").write_text(BAD_TF, encoding="utf-8")
    (root / "case").mkdir()
    (root / "case" / "main.tf").write_text('module "m" {\n  source = "git::https://example.com/x.git"\n}\n')
    (root / "case" / ".terraform" / "modules").mkdir(parents=True)
    for target in (str(outside), "../../outside", "../../../outside"):
        manifest = {"Modules": [{"Key": "m", "Source": "git::https://example.com/x.git", "Dir": target}]}
        (root / "case" / ".terraform" / "modules" / "modules.json").write_text(json.dumps(manifest))
        outcome = _run_in_process(root)
        _assert_canary(outcome)
        assert {
            (f["rule"], f["path"])
            for f in outcome.findings
            if not f["path"].startswith("canary/") and f["rule"] in WATCHED
        } == {("RES002", "case/main.tf")}


# --- a hostile configuration file in the scanned tree -----------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param(".sovscan.yaml", b"\xff\xfe\x00garbage", "cannot read configuration file", id="binary"),
        pytest.param(".sovscan.yaml", b"- a\n- b\n", "must be a mapping", id="a-list"),
        pytest.param(".sovscan.yaml", b"exclude: [unclosed\n", "invalid YAML", id="syntax-error"),
        pytest.param(
            ".sovscan.yaml",
            b'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
            b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
            b"exclude: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n",
            "unknown key 'a'",
            id="alias-bomb",
        ),
        pytest.param(
            ".sovscan.yaml", b"exclude: " + b"[" * NESTING + b"]" * NESTING + b"\n", "nesting deeper", id="deep-10k"
        ),
        pytest.param(
            "pyproject.toml", b"[tool.sovscan]\nexclude = [[[[1]]]]\n", "'exclude' must be", id="toml-nested-list"
        ),
    ],
)
def test_hostile_configuration_is_a_usage_error(name: str, content: bytes, message: str, tmp_path: Path) -> None:
    _canary(tmp_path)
    (tmp_path / name).write_bytes(content)
    completed = _cli_in_time(tmp_path, str(tmp_path))
    assert completed.returncode == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1
    assert message in completed.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param(".sovscan.yaml", "exclude: " + "[" * 100_000 + "]" * 100_000 + "\n", id="yaml-flow-100k"),
        pytest.param(".sovscan.yaml", "exclude:\n" + "- " * 100_000 + "x\n", id="yaml-block-100k"),
        pytest.param(
            "pyproject.toml", "[tool.sovscan]\nexclude = " + "[" * 100_000 + "]" * 100_000 + "\n", id="toml-100k"
        ),
    ],
)
def test_deeply_nested_configuration_is_a_usage_error(name: str, content: str, tmp_path: Path) -> None:
    """libyaml's composer recursed until SIGSEGV on these, tomllib raised RecursionError."""
    _canary(tmp_path)
    (tmp_path / name).write_text(content, encoding="utf-8")
    completed = _cli_in_time(tmp_path, str(tmp_path))
    assert completed.returncode == 2, (completed.returncode, completed.stderr[-300:])
    assert "Traceback" not in completed.stderr
    assert completed.stderr.count("\n") == 1
    assert "nesting" in completed.stderr
