"""HCL that Terraform accepts parses.

Two halves: the forms of HCL that real configurations use (each checked for its value, not only that it parses),
and a differential test over every `.tf`/`.tfvars` file of `sample_infra/`, `tests/` and the real-world corpus:
whatever `terraform fmt` accepts must load. The verdicts come from tests/data/terraform-fmt-reference.json, which
`tests/tools/terraform_reference.py` regenerates where terraform is installed, so CI checks them without it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scanner.discover.walk import ReadFailure, decode
from scanner.load.errors import LoadError
from scanner.load.terraform import load_hcl
from tests.helpers import run_core
from tests.tools.terraform_reference import GROUPS, REFERENCE, digest, files

# Files Terraform reads and sovscan refuses on purpose, each with why.
DELIBERATE = {
    # Terraform reads bytes that are not UTF-8 (in a comment); the scanner fails closed with PARSE001 rather than
    # guess an encoding (tests/test_hostile.py holds that).
    "tests/hostile/latin1.tf": "not UTF-8: refused on purpose",
}


def value(text: str, name: str = "a") -> Any:
    """The parsed expression node of attribute `name`."""
    return load_hcl(text)["attrs"][name]["expr"]


# --- the forms ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a `/* … */` comment is whitespace wherever it stands
        ('a = /* name */ "x"\n', ["lit", 1, "x"]),
        ('a = "x" /* name */\n', ["lit", 1, "x"]),
        ("a = /**/ 1\n", ["lit", 1, 1]),
        ("a = f(/* c */ 1)\n", ["call", 1, "f", [["lit", 1, 1]], False]),
        ("a = x /* c */ + 1\n", ["binop", 1, "+", ["name", 1, "x"], ["lit", 1, 1]]),
        # Unicode identifiers, in names, attributes and references
        ("a = var.étiquette\n", ["attr", 1, ["name", 1, "var"], "étiquette"]),
        ("a = [for é in xs : é]\n", ["for", 1, None, "é", ["name", 1, "xs"], None, ["name", 1, "é"], None, False]),
        # escaped template sequences, closed or not
        ('a = "$${x} %%{y}"\n', ["lit", 1, "${x} %{y}"]),
        ('a = "$${"\n', ["lit", 1, "${"]),
        # strip markers in an interpolation remove the spaces beside it
        ('a = "x ${~ y ~} z"\n', ["tpl", 1, [["lit", 1, "x"], ["name", 1, "y"], ["lit", 1, "z"]]]),
        ('a = "p  ${~ 1} q"\n', ["tpl", 1, [["lit", 1, "p"], ["lit", 1, 1], ["lit", 1, " q"]]]),
        # numbers with exponents
        ("a = 1e3\n", ["lit", 1, 1000.0]),
        ("a = 1.5E-3\n", ["lit", 1, 0.0015]),
        # the expansion of a call's last argument on a line of its own
        ("a = f(\n  x\n  ...\n)\n", ["call", 1, "f", [["name", 2, "x"]], True]),
    ],
)
def test_form_reads_as_terraform_reads_it(text: str, expected: Any) -> None:
    assert value(text) == expected


def test_unicode_block_and_attribute_names() -> None:
    body = load_hcl('étiquette = 1\nnaïve "x" {\n  ναι = 2\n}\n')
    assert body["attrs"]["étiquette"]["expr"] == ["lit", 1, 1]
    block = body["blocks"][0]
    assert (block["type"], block["labels"], block["attrs"]["ναι"]["line"]) == ("naïve", ["x"], 3)


def test_comment_between_block_labels() -> None:
    block = load_hcl('resource "aws_s3_bucket" /* data */ "b" {\n  bucket = "x"\n}\n')["blocks"][0]
    assert block["labels"] == ["aws_s3_bucket", "b"]


@pytest.mark.parametrize(
    "text",
    [
        'a = "%{ if x }y%{ else }z%{ endif }"\n',
        'a = "%{ for k, v in m }${k}=${v}%{ endfor }"\n',
        "a = <<-EOT\n    %{~ for x in y ~}\n    ${x}\n    %{~ endfor ~}\n  EOT\n",
        "a = <<-EOT\n  hi\n  EOT\n",
        "a = f(xs...)\n",
        "a = x[*].y\nb = x.*.y\nc = x[0][*]\n",
        "a = [for a in xs : [for b in a : b]]\n",
        "a = {for k, v in {for a, b in c : a => b} : k => v...}\n",
        "a = {(k) = 1, (var.k) : 2}\n",
        "a = {\n  b = 1 /* c */,\n  d = 2\n}\n",
        'b "x" {\n  a = 1\n  /*\n  c = 2\n  */\n}\n',
        "a = 1 /* multi\n line */\nb = 2\n",
    ],
)
def test_terraform_form_parses(text: str) -> None:
    load_hcl(text)


def test_commented_region_is_read_by_the_scan(tmp_path: Path) -> None:
    (tmp_path / "main.tf").write_text(
        'variable "région" {\n  default = /* Virginia */ "us-east-1"\n}\n'
        'provider "aws" {\n  region = var.région\n}\n'
        'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n',
        encoding="utf-8",
    )
    result = run_core("scan", str(tmp_path), "--format", "json", "--no-cache")
    rules = [finding["rule"] for finding in json.loads(result.stdout)["findings"]]
    assert rules == ["RES001"]  # the region came through a variable with a Unicode name and a commented default


# --- the differential test against Terraform's own verdicts -------------------------------------------------


def _reference() -> dict[str, Any]:
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


def _cases() -> list[Any]:
    reference = _reference()
    cases = []
    for group in GROUPS:
        for name, entry in sorted(reference[group].items()):
            if entry["terraform_accepts"] and name not in DELIBERATE:
                cases.append(pytest.param(group, name, entry["sha256"], id=f"{group}:{name}"))
    return cases


@pytest.mark.parametrize(("group", "name", "sha256"), _cases())
def test_what_terraform_accepts_parses(group: str, name: str, sha256: str) -> None:
    base, _ = GROUPS[group]
    path = base / name
    if group == "realworld" and not base.is_dir():
        pytest.skip(f"the real-world corpus is absent ({base})")
    if not path.is_file():
        pytest.fail(f"{name} is gone: regenerate the reference (python tests/tools/terraform_reference.py)")
    data = path.read_bytes()
    assert digest(data) == sha256, f"{name} changed: regenerate the reference (tests/tools/terraform_reference.py)"
    try:
        load_hcl(decode(data))
    except (LoadError, ReadFailure) as error:
        pytest.fail(f"terraform accepts {name}, sovscan does not: {error}")


@pytest.mark.parametrize("group", list(GROUPS))
def test_reference_covers_every_file(group: str) -> None:
    base, _ = GROUPS[group]
    if group == "realworld" and not base.is_dir():
        pytest.skip(f"the real-world corpus is absent ({base})")
    recorded = _reference()[group]
    missing = [name for name, _ in files(group) if name not in recorded]
    assert not missing, f"not in the reference, regenerate it (tests/tools/terraform_reference.py): {missing}"


def test_deliberate_exceptions_are_still_needed() -> None:
    reference = _reference()["repository"]
    for name in DELIBERATE:
        assert reference[name]["terraform_accepts"], f"{name}: terraform refuses it now, drop it from DELIBERATE"
