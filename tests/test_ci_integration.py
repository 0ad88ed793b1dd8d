"""Reports land right in CI: repository-relative paths, formats that fit where they go."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import bucket_tf, run_sovscan

BROKEN = 'resource "aws_s3_bucket" "b" {\n  bucket = \n'


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose Terraform lives under infra/: one finding, one unparseable file."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    infra = tmp_path / "infra"
    (infra / "modules").mkdir(parents=True)
    (infra / "main.tf").write_text(bucket_tf("data", "us-east-1"), encoding="utf-8")
    (infra / "modules" / "broken.tf").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def _report(repo: Path, cwd: Path, target: str, fmt: str, tmp: Path) -> str:
    out = tmp / f"report-{fmt}-{cwd.name}"
    proc = run_sovscan("scan", target, "--no-cache", "--format", fmt, "-o", str(out), cwd=cwd)
    assert proc.returncode in (1, 3), proc.stderr
    return out.read_text(encoding="utf-8")


def _sarif_uris(text: str) -> set[str]:
    run = json.loads(text)["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    return uris | {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for n in run["invocations"][0].get("toolExecutionNotifications", [])
        for loc in n.get("locations", [])
    }


def _gitlab_paths(text: str) -> set[str]:
    return {issue["location"]["path"] for issue in json.loads(text)}


def _junit_classes(text: str) -> set[str]:
    return {case.get("classname", "") for case in ET.fromstring(text).iter("testcase")}


def _markdown_paths(text: str) -> set[str]:
    return {p for p in ("infra/main.tf:", "infra/modules/broken.tf:") if p in text}


@pytest.mark.parametrize(
    ("fmt", "paths"),
    [("sarif", _sarif_uris), ("gitlab", _gitlab_paths), ("junit", _junit_classes), ("markdown", _markdown_paths)],
)
def test_paths_are_relative_to_the_repository_root(repo: Path, tmp_path: Path, fmt: str, paths) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    from_root = _report(repo, repo, "infra", fmt, out)
    from_infra = _report(repo, repo / "infra", ".", fmt, out)
    assert paths(from_root) == paths(from_infra)
    found = paths(from_root)
    assert any("infra/main.tf" in p for p in found) and any("infra/modules/broken.tf" in p for p in found), found
    if fmt == "sarif":
        base = json.loads(from_infra)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        assert base == repo.resolve().as_uri() + "/"


def test_terminal_text_keeps_short_paths(repo: Path) -> None:
    proc = run_sovscan("scan", ".", "--no-cache", cwd=repo / "infra")
    assert "\nmain.tf\n" in "\n" + proc.stdout and "infra/main.tf" not in proc.stdout


# --- SARIF ---------------------------------------------------------------------------

UNKNOWN_REGION = (
    'variable "r" {}\nprovider "aws" {\n  region = var.r\n}\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n'
)


def _sarif(tmp_path: Path, *args: str) -> dict:  # type: ignore[type-arg]
    proc = run_sovscan("scan", str(tmp_path), "--no-cache", "--format", "sarif", *args)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _rule(log: dict, rule_id: str) -> dict:  # type: ignore[type-arg]
    [rule] = [r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == rule_id]
    return rule


def test_security_severity_follows_the_profiles_level(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(UNKNOWN_REGION, encoding="utf-8")
    as_warning = _rule(_sarif(tmp_path, "--profile", "hds"), "RES002")
    as_error = _rule(_sarif(tmp_path, "--profile", "secnumcloud"), "RES002")
    assert as_warning["defaultConfiguration"]["level"] == "warning"
    assert 4.0 <= float(as_warning["properties"]["security-severity"]) < 7.0
    assert as_error["defaultConfiguration"]["level"] == "error"
    assert float(as_error["properties"]["security-severity"]) >= 7.0


def test_rule_descriptors_fit_github(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(bucket_tf("data", "us-east-1"), encoding="utf-8")
    log = _sarif(tmp_path, "--profile", "secnumcloud")
    from scanner.report.rule_docs import DOCS

    for rule in log["runs"][0]["tool"]["driver"]["rules"]:
        assert len(rule.get("fullDescription", {}).get("text", "")) <= 1024, rule["id"]
        assert rule["helpUri"].endswith(f"/blob/v0.1.0/docs/rules/{rule['id']}.md")
        assert (DOCS / f"{rule['id']}.md").is_file()


def test_rule_pages_are_current() -> None:
    from scanner.report.rule_docs import DOCS, all_pages

    pages = all_pages()
    assert sorted(p.name for p in DOCS.glob("*.md")) == sorted(pages), "run python -m scanner.report.rule_docs"
    for name, text in pages.items():
        assert (DOCS / name).read_text(encoding="utf-8") == text, f"{name}: run python -m scanner.report.rule_docs"


def test_message_links_its_provenance(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(
        'variable "region" {\n  default = "us-east-1"\n}\nprovider "aws" {\n  region = var.region\n}\n'
        'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
        encoding="utf-8",
    )
    [result] = [r for r in _sarif(tmp_path)["runs"][0]["results"] if r["ruleId"] == "RES001"]
    import re

    ids = {int(i) for i in re.findall(r"\]\((\d+)\)", result["message"]["text"])}
    assert ids and ids == {related["id"] for related in result["relatedLocations"]}


def test_more_results_than_github_shows_are_announced() -> None:
    import dataclasses

    from scanner.model import Finding, Level, Location, ScanResult
    from scanner.report.sarif import SHOWN_RESULTS, render_sarif

    finding = Finding("RES001", Level.ERROR, "m", Location("main.tf", 1, 1), address="a")
    many = [dataclasses.replace(finding, address=f"a{i}") for i in range(SHOWN_RESULTS + 1)]
    result = ScanResult(root="/r", tool_version="0.1.0", profiles=("hds",), rules=[], findings=many, notifications=[])
    notes = json.loads(render_sarif(result))["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(str(SHOWN_RESULTS) in n["message"]["text"].replace(",", "") for n in notes)
    result.findings = many[:SHOWN_RESULTS]
    assert "toolExecutionNotifications" not in json.loads(render_sarif(result))["runs"][0]["invocations"][0]


# --- JSON ----------------------------------------------------------------------------


def test_json_report_follows_its_schema_and_says_when_a_file_was_not_scanned(repo: Path) -> None:
    import jsonschema

    from tests.helpers import REPO

    schema = json.loads((REPO / "docs" / "json-report.schema.json").read_text(encoding="utf-8"))
    proc = run_sovscan("scan", str(repo / "infra"), "--no-cache", "--format", "json")
    report = json.loads(proc.stdout)
    jsonschema.validate(report, schema)
    assert report["summary"]["execution_successful"] is False  # modules/broken.tf was not scanned
    (repo / "infra" / "modules" / "broken.tf").unlink()
    clean = json.loads(run_sovscan("scan", str(repo / "infra"), "--no-cache", "--format", "json").stdout)
    jsonschema.validate(clean, schema)
    assert clean["summary"]["execution_successful"] is True


# --- GitHub workflow commands --------------------------------------------------------


def test_github_annotations_are_escaped_and_repository_relative(repo: Path) -> None:
    hostile = repo / "infra" / "a,b:c%d.tf"
    hostile.write_text(bucket_tf("x", "us-west-2").replace('"x"', '"x\\r\\n::error::forged"', 1), encoding="utf-8")
    proc = run_sovscan("scan", ".", "--no-cache", "--format", "github", cwd=repo / "infra")
    lines = proc.stdout.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in commands)
    main = [line for line in lines if line.startswith("::error file=infra/main.tf,line=")]
    assert any("title=sovscan RES001::" in line for line in main)
    odd = [line for line in commands if "a%2Cb%3Ac%25d.tf" in line]
    assert odd and all(line.split(" ", 1)[1].startswith("file=infra/a%2Cb%3Ac%25d.tf,line=") for line in odd)
    assert not any(line.startswith("::error::forged") for line in lines)
    assert lines[-1].startswith("sovscan: ") and proc.returncode == 1


def test_github_escaping_follows_the_toolkit() -> None:
    from scanner.report.github import escape_data, escape_property

    assert escape_data("50%\r\n::error::x") == "50%25%0D%0A::error::x"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


# --- Markdown ------------------------------------------------------------------------


def _large_tree(root: Path, files: int = 120, per_file: int = 5) -> int:
    for i in range(files):
        folder = root / f"team{i:03}"
        folder.mkdir(parents=True)
        body = 'provider "aws" {\n  region = "us-east-1"\n}\n' + "".join(
            f'resource "aws_s3_bucket" "bucket_with_a_long_name_{j}" {{\n  bucket = "b{i}-{j}"\n}}\n'
            for j in range(per_file)
        )
        (folder / "main.tf").write_text(body, encoding="utf-8")
    (root / "team000" / "notes.tf").write_text(UNKNOWN_REGION, encoding="utf-8")
    return files * per_file


def test_markdown_comment_fits_github_on_a_large_tree(tmp_path: Path) -> None:
    total = _large_tree(tmp_path / "infra")
    args = ("--no-cache", "--format", "markdown", "--select", "RES001,RES002")
    proc = run_sovscan("scan", str(tmp_path / "infra"), *args)
    text = proc.stdout
    assert len(text) < 65_536
    assert text.startswith("<!-- sovscan-report -->\n")
    import re

    more = re.search(r"\*\*(\d+) more findings? in the report artifact\*\*", text)
    rows = re.findall(r"^\| (error|warning|note) \|", text, re.M)
    assert more and len(rows) + int(more.group(1)) >= total
    assert rows[0] == "error" and "warning" not in rows[: rows.count("error")]


def test_markdown_links_files_when_the_repository_url_is_known(repo: Path) -> None:
    base = "https://github.com/o/r/blob/0123abc"
    proc = run_sovscan("scan", ".", "--no-cache", "--format", "markdown", "--repo-url", base, cwd=repo / "infra")
    assert f"]({base}/infra/main.tf#L" in proc.stdout
    env_free = run_sovscan("scan", ".", "--no-cache", "--format", "markdown", cwd=repo / "infra")
    assert "](https://" not in env_free.stdout


# --- first contact -------------------------------------------------------------------


def _run_env(*args: str, env: dict[str, str], cwd: Path | None = None, stdin: str | None = None):  # type: ignore[no-untyped-def]
    import os
    import sys

    from tests.helpers import REPO

    return subprocess.run(
        [sys.executable, "-m", "scanner", *args],
        cwd=cwd or REPO,
        input=stdin.encode() if stdin is not None else None,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), **env},
    )


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_narrow_stdout_never_crashes(encoding: str) -> None:
    proc = _run_env("scan", "sample_infra", "--no-cache", env={"PYTHONIOENCODING": encoding})
    assert b"Traceback" not in proc.stderr and b"UnicodeEncodeError" not in proc.stderr
    assert proc.returncode in (1, 3)  # the sample's findings, not a crash
    text = proc.stdout.decode(encoding)
    assert "<- " in text and "Scanned " in text


def test_yaml_on_stdin_is_detected_from_its_content() -> None:
    manifest = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: x\n"
    proc = run_sovscan("scan", "-", "--no-cache", "--format", "json", stdin=manifest)
    report = json.loads(proc.stdout)
    assert not [f for f in report["findings"] if f["rule"] == "PARSE001"], report["findings"]
    assert report["summary"]["resources"] == 1


def test_an_unknown_output_extension_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(bucket_tf("b", "us-east-1"), encoding="utf-8")
    refused = run_sovscan("scan", str(tmp_path), "--no-cache", "-o", str(tmp_path / "report.pdf"))
    assert refused.returncode == 2 and "FORMAT:" in refused.stderr and not (tmp_path / "report.pdf").exists()
    named = run_sovscan("scan", str(tmp_path), "--no-cache", "-o", f"json:{tmp_path / 'report.pdf'}")
    assert named.returncode == 1 and json.loads((tmp_path / "report.pdf").read_text(encoding="utf-8"))


def test_both_output_forms_treat_the_terminal_alike(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(bucket_tf("b", "us-east-1"), encoding="utf-8")
    plain = run_sovscan("scan", str(tmp_path), "--no-cache", "-o", str(tmp_path / "a.sarif"))
    named = run_sovscan("scan", str(tmp_path), "--no-cache", "-o", f"sarif:{tmp_path / 'b.sarif'}")
    assert plain.stdout == named.stdout == ""
    assert "a.sarif" in plain.stderr and "b.sarif" in named.stderr
    quiet = run_sovscan("scan", str(tmp_path), "--no-cache", "--quiet", "-o", f"sarif:{tmp_path / 'c.sarif'}")
    assert quiet.stdout == quiet.stderr == "" and quiet.returncode == 1
    terse = run_sovscan("scan", str(tmp_path), "--no-cache", "-q")
    assert terse.stdout == "" and terse.returncode == 1


def test_summary_counts_findings_by_rule(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(bucket_tf("b", "us-east-1"), encoding="utf-8")
    (tmp_path / "other.tf").write_text(
        bucket_tf("c", "us-west-2").replace('provider "aws" {', 'provider "aws" {\n  alias = "w"', 1), encoding="utf-8"
    )
    out = run_sovscan("scan", str(tmp_path), "--no-cache", "--select", "RES001").stdout
    assert "\nBy rule: RES001 " in out, out


@pytest.mark.parametrize(
    ("env", "colored"),
    [({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False), ({}, False)],
)
def test_color_follows_force_color_and_no_color(tmp_path: Path, env: dict[str, str], colored: bool) -> None:
    (tmp_path / "main.tf").write_text(bucket_tf("b", "us-east-1"), encoding="utf-8")
    base = {"NO_COLOR": "", "FORCE_COLOR": ""}
    proc = _run_env("scan", str(tmp_path), "--no-cache", env={**base, **env})
    assert (b"\x1b[" in proc.stdout) is colored


def test_help_lists_exit_codes_and_completion_prints_a_script() -> None:
    assert "Exit codes:" in run_sovscan("scan", "--help").stdout
    script = run_sovscan("completion", "bash")
    assert script.returncode == 0 and "_SOVSCAN_COMPLETE" in script.stdout
    done = _run_env(env={"_SOVSCAN_COMPLETE": "bash_complete", "COMP_WORDS": "sovscan sc", "COMP_CWORD": "1"})
    assert b"scan" in done.stdout


# --- the GitHub Action ---------------------------------------------------------------

FULL_SHA = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _action() -> dict:  # type: ignore[type-arg]
    import yaml

    from tests.helpers import REPO

    return yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))


def _step(step_id_or_name: str) -> dict:  # type: ignore[type-arg]
    steps = _action()["runs"]["steps"]
    [step] = [s for s in steps if step_id_or_name in (s.get("id"), s.get("name"))]
    return step


def test_action_pins_actions_and_keeps_expressions_out_of_scripts() -> None:
    from tests.helpers import REPO

    text = (REPO / "action.yml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip().startswith("uses:"):
            ref, _, comment = line.split("uses:", 1)[1].partition("#")
            assert FULL_SHA.match(ref.strip()), line
            assert re.match(r"\s*v\d", comment), f"version comment missing: {line}"
    for step in _action()["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash" and "${{" not in step["run"], step["name"]
    upload = _step("Upload SARIF to code scanning")
    assert "steps.inputs.outputs.upload == 'true'" in upload["if"]


def _bash(script: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    import os

    full = {**os.environ, **env}
    command = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script]
    return subprocess.run(command, cwd=cwd, env=full, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("value", ["True", "yes", "", "true; touch pwned"])
def test_action_refuses_an_upload_or_strict_that_is_not_true_or_false(tmp_path: Path, value: str) -> None:
    script = _step("inputs")["run"]
    for name in ("SOVSCAN_UPLOAD", "SOVSCAN_STRICT"):
        env = {"SOVSCAN_UPLOAD": "true", "SOVSCAN_STRICT": "true", name: value}
        env["GITHUB_OUTPUT"] = str(tmp_path / "out")
        done = _bash(script, env, tmp_path)
        assert done.returncode != 0 and "::error" in done.stdout, (name, value)
        assert not (tmp_path / "pwned").exists()
    ok = _bash(
        script, {"SOVSCAN_UPLOAD": "false", "SOVSCAN_STRICT": "true", "GITHUB_OUTPUT": str(tmp_path / "ok")}, tmp_path
    )
    assert ok.returncode == 0 and (tmp_path / "ok").read_text() == "strict=true\nupload=false\n"


def _venv_shim(runner_temp: Path) -> None:
    """What the install step leaves: sovscan in $RUNNER_TEMP/sovscan-venv (here, this checkout)."""
    import sys

    from tests.helpers import REPO

    bin_dir = runner_temp / "sovscan-venv" / "bin"
    bin_dir.mkdir(parents=True)
    shim = bin_dir / "sovscan"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH="{REPO}" exec "{sys.executable}" -m scanner "$@"\n', encoding="utf-8")
    shim.chmod(0o755)


def test_action_scan_step_shows_the_report_and_resists_hostile_inputs(repo: Path, tmp_path: Path) -> None:
    runner_temp = tmp_path / "runner"
    _venv_shim(runner_temp)
    summary, outputs = tmp_path / "summary.md", tmp_path / "github_output"
    env = {
        "RUNNER_TEMP": str(runner_temp),
        "SOVSCAN_PATH": "infra",
        "SOVSCAN_PROFILE": "hds, secnumcloud $(touch pwned1)",
        "SOVSCAN_ARGS": "--exclude legacy/** --fail-on error `touch pwned2` ;touch pwned3",
        "SOVSCAN_SARIF": "out.sarif",
        "SOVSCAN_STRICT": "true",
        "SOVSCAN_CONFIG": "",
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_REPOSITORY": "o/r",
        "GITHUB_SHA": "0" * 40,
    }
    done = _bash(_step("scan")["run"], env, repo)
    assert done.returncode == 0, done.stderr
    assert not list(repo.glob("pwned*")) and not list(tmp_path.glob("pwned*"))
    written = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    # The hostile words reach sovscan as plain arguments: a profile or a path it refuses.
    assert written["exit-code"] == "2" and "touch" in done.stderr
    env["SOVSCAN_PROFILE"], env["SOVSCAN_ARGS"] = "hds, secnumcloud", "--exclude legacy/** --fail-on error"
    outputs.unlink()
    done = _bash(_step("scan")["run"], env, repo)
    written = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    assert written["exit-code"] == "1" and written["written"] == "true"
    assert "infra/main.tf" not in done.stdout and "main.tf" in done.stdout and "Scanned " in done.stdout
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("<!-- sovscan-report -->") and "](https://github.com/o/r/blob/" in text
    log = json.loads((repo / "out.sarif").read_text(encoding="utf-8"))
    assert any(r["ruleId"] == "RES001" for r in log["runs"][0]["results"])


def test_recipes_install_the_tag_and_keep_expressions_out_of_scripts() -> None:
    import yaml

    from tests.helpers import REPO

    tag = "git+https://github.com/sovscan/sovscan@v0.1.0"
    for name in ("README.md", "docs/ci.md"):
        text = (REPO / name).read_text(encoding="utf-8")
        assert "pip install sovscan" not in text and tag in text, name
        for block in re.findall(r"```yaml\n(.*?)```", text, re.S):
            for script in _run_scripts(yaml.safe_load(block)):
                assert "${{" not in script, (name, script)
    assert "rev: v0.1.0" in (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "uses: sovscan/sovscan@v0.1.0" in (REPO / "action.yml").read_text(encoding="utf-8")


def _run_scripts(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [str(node["run"])] if "run" in node else []
        return found + [s for value in node.values() for s in _run_scripts(value)]
    if isinstance(node, list):
        return [s for item in node for s in _run_scripts(item)]
    return []


# --- HTML ----------------------------------------------------------------------------


def test_html_counts_instances_sorts_by_level_and_states_the_verdict(tmp_path: Path) -> None:
    total = _large_tree(tmp_path / "infra", files=20, per_file=3)
    out = tmp_path / "r.html"
    args = ("--no-cache", "--select", "RES001,RES002", "-o", f"html:{out}")
    assert run_sovscan("scan", str(tmp_path / "infra"), *args).returncode == 1
    page = out.read_text(encoding="utf-8")
    provider = page[page.index('id="chart-provider"') :]
    # Every copy of the same addresses counts, plus team000/notes.tf's bucket (RES002).
    assert f"<title>aws: {total + 1}</title>" in provider[: provider.index("</figure>")]
    levels = re.findall(r'<tr id="finding-\d+"[^>]* data-level="(\w+)"', page)
    assert levels and levels == sorted(levels, key=["error", "warning", "note"].index)
    assert 'id="verdict" class="verdict fail"' in page and "at or above error" in page
    clean = run_sovscan("scan", str(tmp_path / "infra"), *args[:-2], "--fail-on", "never", "-o", f"html:{out}")
    assert clean.returncode == 0 and 'class="verdict pass"' in out.read_text(encoding="utf-8")
