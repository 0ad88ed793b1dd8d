"""The Markdown report goes into a pull-request comment: nothing from the scanned files may
render there as a mention, an issue or commit reference, HTML, a link or an image."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import run_sovscan

HOSTILE = "eu``west`1 @octocat #12 GH-7 <img src=x> [x](http://e) ![i](http://e/i.png) cafe1234 www.e.com"
TREE = f"""provider "aws" {{
  region = "us-east-1"
}}
provider "aws" {{
  alias  = "weird"
  region = "{HOSTILE}"
}}
resource "aws_s3_bucket" "@octocat" {{
  bucket = "#1"
}}
# sovscan:ignore RES001 -- asked by @octocat in #12 and GH-7, see [x](http://e) <b>now</b> cafe1234
resource "aws_s3_bucket" "#1" {{
  bucket = "x"
}}
resource "aws_s3_bucket" "<img src=x>" {{
  bucket = "x"
}}
resource "aws_s3_bucket" "[x](http://e)" {{
  bucket = "x"
}}
resource "aws_s3_bucket" "tick`s" {{
  provider = aws.weird
  bucket   = "x"
}}
"""


def _outside_code_spans(line: str) -> str:
    """The text of a Markdown line that is not inside a code span (CommonMark: a run of n
    backticks opens a span that the next run of exactly n backticks closes)."""
    out, i = [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            out.append(line[i : i + 2])
            i += 2
            continue
        if line[i] != "`":
            out.append(line[i])
            i += 1
            continue
        run = len(line[i:]) - len(line[i:].lstrip("`"))
        closing = re.compile(rf"(?<!`)`{{{run}}}(?!`)").search(line, i + run)
        if closing is None:
            out.append(line[i : i + run])
            i += run
        else:
            i = closing.end()
    return "".join(out)


def _report(tmp_path: Path) -> str:
    (tmp_path / "main.tf").write_text(TREE, encoding="utf-8")
    run = run_sovscan("scan", str(tmp_path), "--format", "markdown", "--no-cache")
    assert run.returncode == 1, run.stderr
    return run.stdout


def test_scanned_text_cannot_mention_link_or_inject(tmp_path: Path) -> None:
    report = _report(tmp_path)
    ours = re.compile(r"<!-- sovscan-report -->|</?details>|</?summary>")
    for line in report.splitlines():
        prose = ours.sub("", _outside_code_spans(line))
        rendered = re.sub(r"\\(.)", r"\1", prose)  # a backslash escape does not stop a mention
        assert "@" not in rendered, line
        assert not re.search(r"#\d", rendered), line
        assert not re.search(r"(?i)gh-\d", rendered), line
        assert not re.search(r"\bcafe1234\b", rendered), line
        assert "www." not in rendered and "http" not in rendered, line
        assert not re.search(r"(?<!\\)[<\[!]", prose.replace("\\!", "")), line


def test_hostile_values_are_shown_in_code_spans(tmp_path: Path) -> None:
    report = _report(tmp_path)
    for shown in (
        "`aws_s3_bucket.@octocat`",
        "`aws_s3_bucket.#1`",
        "`aws_s3_bucket.<img src=x>`",
        "`aws_s3_bucket.[x](http://e)`",
        "``aws_s3_bucket.tick`s``",
        f"```{HOSTILE}```",
    ):
        assert shown in report
