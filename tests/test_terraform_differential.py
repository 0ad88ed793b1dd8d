"""Differential test: sovscan's expression evaluation against the real Terraform.

Runs where a `terraform` binary is on PATH (skipped cleanly elsewhere). Expressions that
use only functions and literals need no provider, so `terraform console` evaluates them
with nothing downloaded. Hypothesis generates the expressions; each example is one
`terraform console` run over a batch of them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.evaluate.expressions import Context, evaluate
from scanner.load.terraform import load_hcl
from scanner.model import Value

TERRAFORM = shutil.which("terraform")
pytestmark = pytest.mark.skipif(TERRAFORM is None, reason="terraform is not installed")

words = st.sampled_from(["eu", "west", "3", "us", "East", "a", "b", "Paris", " x ", "fr-par", ""])
string = st.recursive(
    words.map(json.dumps),
    lambda inner: st.one_of(
        inner.map(lambda s: f"lower({s})"),
        inner.map(lambda s: f"upper({s})"),
        inner.map(lambda s: f"trimspace({s})"),
        st.tuples(inner, inner).map(lambda p: f'format("%s-%s", {p[0]}, {p[1]})'),
        st.tuples(inner, inner).map(lambda p: f'"${{{p[0]}}}/${{{p[1]}}}"'),
        inner.map(lambda s: f'replace({s}, "e", "E")'),
        inner.map(lambda s: f'coalesce("", {s}, "z")'),
        inner.map(lambda s: f"tostring({s})"),
        st.tuples(inner, inner).map(lambda p: f'join("-", [{p[0]}, {p[1]}])'),
        st.tuples(inner, inner).map(lambda p: f'lookup({{k = {p[0]}}}, "k", {p[1]})'),
        st.tuples(inner, inner).map(lambda p: f'lookup({{k = {p[0]}}}, "nope", {p[1]})'),
        st.tuples(inner, inner).map(lambda p: f"element([{p[0]}, {p[1]}], 3)"),
        st.tuples(inner, inner, inner).map(lambda p: f"length({p[0]}) > 2 ? {p[1]} : {p[2]}"),
        st.tuples(inner, inner).map(lambda p: f"contains([{p[0]}], {p[1]}) ? {p[0]} : {p[1]}"),
        st.tuples(inner, inner).map(lambda p: f'split("-", format("%s-%s", {p[0]}, {p[1]}))[0]'),
        st.tuples(inner, inner).map(lambda p: f"concat([{p[0]}], tolist([{p[1]}]))[1]"),
        st.tuples(inner, inner).map(lambda p: f"keys(merge({{b = {p[0]}}}, {{a = {p[1]}}}))[0]"),
        st.tuples(inner, inner).map(lambda p: f"values({{b = {p[0]}, a = {p[1]}}})[0]"),
        st.tuples(inner, inner).map(lambda p: f'join(",", [for w in [{p[0]}, {p[1]}] : upper(w) if w != "a"])'),
        st.tuples(inner, inner).map(lambda p: f'join(",", toset([{p[0]}, {p[1]}, {p[0]}]))'),
        st.tuples(inner, inner).map(
            lambda p: f'join(",", values({{for k, v in {{x = {p[0]}, y = {p[1]}}} : k => lower(v)}}))'
        ),
    ),
    max_leaves=6,
)


def _sovscan(expression: str) -> Value:
    body = load_hcl(f"x = {expression}\n")
    return evaluate(body["attrs"]["x"]["expr"], Context("t.tf"))


def _terraform(expressions: list[str], workdir: Path) -> list[object]:
    program = "jsonencode([" + ", ".join(expressions) + "])\n"
    env = {**os.environ, "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1", "TF_CLI_CONFIG_FILE": os.devnull}
    completed = subprocess.run(
        [TERRAFORM, "console"], input=program, cwd=workdir, capture_output=True, text=True, timeout=60, env=env
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(json.loads(completed.stdout.strip().splitlines()[-1]))


@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(string, min_size=20, max_size=20))
def test_expressions_evaluate_like_terraform(tmp_path_factory: pytest.TempPathFactory, expressions: list[str]) -> None:
    workdir = tmp_path_factory.mktemp("tf")
    (workdir / "main.tf").write_text("")
    expected = _terraform(expressions, workdir)
    for expression, want in zip(expressions, expected, strict=True):
        got = _sovscan(expression)
        if got.known:
            assert got.value == want, expression


def test_known_constructs_match_terraform(tmp_path: Path) -> None:
    expressions = [
        '"${"eu"}-west-${3}"',
        'format("%s-%d", "eu-west", 3)',
        'substr("europe-west9", 0, 6)',
        'element(["a", "b", "c"], 4)',
        'lookup({a = "x"}, "a")',
        "keys({b = 1, a = 2})",
        'toset(["b", "a", "b"])',
        'merge({a = "x"}, {a = "y", b = "z"})',
        '[for k, v in {a = "x", b = "y"} : "${k}=${v}"]',
        '{for v in ["a", "b"] : v => upper(v)}',
        '[{r = "a"}, {r = "b"}][*].r',
        'length("abc") + 2 * 3',
        'try(lookup({}, "k"), "fallback")',
    ]
    (tmp_path / "main.tf").write_text("")
    expected = _terraform(expressions, tmp_path)
    for expression, want in zip(expressions, expected, strict=True):
        got = _sovscan(expression)
        assert got.known, (expression, got.reason)
        assert got.value == want, expression
