"""sovscan's evaluator against the values `terraform console` gives (tests/data/terraform-console-reference.json).

Runs without terraform: the reference is generated where terraform is installed, by
tests/tools/terraform_console_reference.py, and committed. For every expression, sovscan gives Terraform's value
or says the value is unknown where it deliberately does not evaluate (a listed function, verb or directive); it
never gives another known value, and never a known value where Terraform fails or leaves the value unknown.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scanner.evaluate.expressions import Context, evaluate
from scanner.load.terraform import load_hcl
from scanner.model import Value
from tests.tools.console_expressions import all_expressions

REFERENCE = Path(__file__).parent / "data" / "terraform-console-reference.json"
EXPRESSIONS: dict[str, dict[str, Any]] = json.loads(REFERENCE.read_text(encoding="utf-8"))["expressions"]
EVALUATED = {expression: entry for expression, entry in EXPRESSIONS.items() if "syntax_error" not in entry}

# Disagreements with Terraform not fixed yet: each is a known value sovscan gives that Terraform does not.
KNOWN_DISAGREEMENTS: dict[str, str] = {
    "[for x in null : x]": "sovscan iterates over null as over nothing, where Terraform fails; making it an error "
    "turns 9 terraform-aws-eks resources unknown, because a null module input to a `nullable = false` variable "
    "(which takes its default, {}) is not modelled yet (scanner/evaluate/instance.py)",
    '{a = 1, "b" = 2\n c: 3\n(d) = 4}': "the HCL loader reads the parenthesised key `(d)` as the name d, where "
    "Terraform evaluates the expression d (scanner/load/hcl_ast.py, not this module's to change)",
}


# Where sovscan deliberately says "unknown" though Terraform has a value: template directives, functions and
# format verbs it does not implement. Any other unknown is a regression (the evaluator lost a value it had).
DELIBERATELY_UNKNOWN = frozenset(
    (
        '"%{for r in ["a", "b"]}${r},%{endfor}"',
        '"%{if true}yes%{else}no%{endif}"',
        'can(format("%x", 255))',
        'cidrsubnet("10.0.0.0/16", 8, 2)',
        'format("%-5s|", "ab")',
        'format("%.2f", 3.14159)',
        'format("%05d", 42)',
        'format("%5s|", "ab")',
        'format("%q", "a")',
        'format("%x", 255)',
        'one([for r in ["eu-west-3", "us-east-1"] : r if startswith(r, "eu")])',
        'regex("[a-z]+", "eu-west-3")',
        r'replace("eu-west-3", "/-\\d$/", "")',
        'startswith("eu-west-3", "eu")',
        'tobool("true")',
        'try(format("%05d", 42), "not evaluated")',
    )
)


def _plain(value: Any) -> Any:
    """A value without its nested located values (an unknown inside stays a Value, so it never compares equal)."""
    if isinstance(value, Value):
        return _plain(value.value) if value.known else value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def sovscan(expression: str) -> Value:
    return evaluate(load_hcl(f"x = {expression}\n")["attrs"]["x"]["expr"], Context("t.tf"))


def _cases() -> list[Any]:
    return [
        pytest.param(
            expression,
            marks=pytest.mark.xfail(strict=True, reason=KNOWN_DISAGREEMENTS[expression])
            if expression in KNOWN_DISAGREEMENTS
            else (),
            id=expression[:60],
        )
        for expression in EVALUATED
    ]


def _same(got: Any, want: Any) -> bool:
    """Equal as Terraform values: numbers by value (1 == 1.0) but never a boolean for a number."""
    if isinstance(got, bool) or isinstance(want, bool):
        return isinstance(got, bool) and isinstance(want, bool) and got == want
    if isinstance(got, list) and isinstance(want, list):
        return len(got) == len(want) and all(_same(g, w) for g, w in zip(got, want, strict=True))
    if isinstance(got, dict) and isinstance(want, dict):
        return got.keys() == want.keys() and all(_same(got[k], want[k]) for k in got)
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return got == want
    return type(got) is type(want) and got == want


@pytest.mark.parametrize("expression", _cases())
def test_sovscan_agrees_with_terraform_console(expression: str) -> None:
    entry = EVALUATED[expression]
    got = sovscan(expression)
    if "error" in entry:
        assert not got.known, f"Terraform fails ({entry['error']}) but sovscan gives {got.value!r}"
        return
    if "terraform_unknown" in entry:
        assert not got.known, f"Terraform leaves the value unknown but sovscan gives {got.value!r}"
        return
    if expression in DELIBERATELY_UNKNOWN:
        assert not got.known, "listed as deliberately unknown: take it off the list now that it is evaluated"
    else:
        assert got.known, f"sovscan no longer evaluates it: {got.reason}"
        assert _same(_plain(got.value), entry["value"]), f"Terraform gives {entry['value']!r}"


def test_reference_covers_exactly_the_generators_expressions() -> None:
    """A new fixture or curated expression fails here until tests/tools/terraform_console_reference.py is rerun."""
    expected = all_expressions()
    assert sorted(EXPRESSIONS) == sorted(expected)
    assert {expression: entry["sources"] for expression, entry in EXPRESSIONS.items()} == expected
