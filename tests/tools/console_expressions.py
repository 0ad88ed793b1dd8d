"""The expressions whose `terraform console` values tests/data/terraform-console-reference.json records.

Two sources, both provider-free and deterministic: a curated list exercising every function sovscan
evaluates (scanner/evaluate/functions.py) and every construct of scanner/evaluate/expressions.py, and the
reference-free expressions of the repository's Terraform fixtures (locals, variable defaults, tfvars values and
module inputs of `sample_infra/` and `tests/`), collected by `fixture_expressions()`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scanner.load.terraform import load_hcl

REPO = Path(__file__).resolve().parents[2]
FIXTURE_FOLDERS = ("sample_infra", "tests")
SKIPPED_FOLDERS = frozenset((".git", ".terraform", "node_modules", "realworld", "hostile", "fuzz"))
# Functions whose value depends on the machine, the clock, randomness or files: never in the reference.
IMPURE_FUNCTIONS = frozenset(
    (
        "timestamp",
        "plantimestamp",
        "uuid",
        "bcrypt",
        "templatefile",
        "abspath",
        "pathexpand",
        "file",
        "fileexists",
        "fileset",
        "filebase64",
        "filebase64sha256",
        "filebase64sha512",
        "filemd5",
        "filesha1",
        "filesha256",
        "filesha512",
        # Terragrunt's, in the Terragrunt tests' fixtures
        "get_env",
        "read_terragrunt_config",
        "find_in_parent_folders",
        "get_terragrunt_dir",
        "path_relative_to_include",
    )
)

CURATED: tuple[str, ...] = (
    # literals, numbers, null
    '"eu-west-3"',
    "42",
    "1.5",
    "-7",
    "1e3",
    "true",
    "null",
    '["a", 1, true, null]',
    '{a = 1, "b-c" = "x", d = null}',
    "{}",
    "[]",
    # arithmetic, comparison, logic
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "10 / 4",
    "10 % 3",
    "-3 % 2",
    "7 - 10",
    "!true",
    "true && false",
    "true || false",
    "1 == 1.0",
    '"a" == "a"',
    '"1" == 1',
    "[1, 2] == [1, 2]",
    "{a = 1} == {a = 1}",
    "null == null",
    '"a" != "b"',
    "3 > 2",
    "3 >= 3",
    "2 < 1",
    "2 <= 2",
    # conditionals
    'true ? "eu-west-3" : "us-east-1"',
    'false ? "eu-west-3" : "us-east-1"',
    '1 > 2 ? "a" : "b"',
    'length("abc") > 2 ? upper("x") : lower("Y")',
    'null == null ? "unset" : "set"',
    'true ? null : "x"',
    # templates and heredocs
    '"${"eu"}-west-${3}"',
    '"${1 + 1}"',
    '"${true}"',
    '"${1.5}"',
    '"$${literal}"',
    '"%%{literal}"',
    '"a\\tb\\n"',
    '"quote \\" and backslash \\\\"',
    '"unicode \\u00e9"',
    '"${upper("eu")}-${lower("WEST")}-3"',
    '"prefix-${"x"}"',
    '"%{if true}yes%{else}no%{endif}"',
    '"%{for r in ["a", "b"]}${r},%{endfor}"',
    "<<EOT\nhello\nworld\nEOT",
    "<<-EOT\n    indented\n      more\n    EOT",
    '<<EOT\nregion ${"eu-west-3"}\nEOT',
    # index, attribute, splat
    '["a", "b", "c"][1]',
    '{a = "x"}.a',
    '{a = "x"}["a"]',
    '{a = {b = "deep"}}.a.b',
    '[{r = "a"}, {r = "b"}][*].r',
    '[{r = "a"}, {r = "b"}].*.r',
    "[[1, 2], [3]][0][1]",
    "{a = [1, 2]}.a[1]",
    '["a", "b"][-1]',
    '["a", "b"][2]',
    '{a = "x"}.b',
    '{a = "x"}["b"]',
    '[{r = "a"}][0].r',
    # for expressions
    '[for v in ["a", "b"] : upper(v)]',
    '[for i, v in ["a", "b"] : "${i}=${v}"]',
    '[for k, v in {a = "x", b = "y"} : "${k}=${v}"]',
    '{for v in ["a", "b"] : v => upper(v)}',
    "{for k, v in {b = 1, a = 2} : v => k}",
    "[for v in [1, 2, 3, 4] : v * 2 if v % 2 == 0]",
    '{for v in ["a", "b", "a"] : v => v...}',
    '{for k, v in {x = "eu", y = "us"} : k => v if v != "us"}',
    "[for v in [] : v]",
    "{for v in [] : v => v}",
    '[for v in toset(["b", "a"]) : v]',
    "[for k, v in {b = 1, a = 2} : k]",
    # strings
    'lower("EU-West-3")',
    'upper("eu-west-3")',
    'trimspace("  eu-west-3 \\n")',
    'format("%s-%s-%d", "eu", "west", 3)',
    'format("%d", 3.0)',
    'format("%s", 3)',
    'format("%s", true)',
    'format("%%s %s", "x")',
    'format("%05d", 42)',
    'format("%5s|", "ab")',
    'format("%-5s|", "ab")',
    'format("%.2f", 3.14159)',
    'format("%x", 255)',
    'format("%q", "a")',
    'format("%v", "a")',
    'format("%s")',
    'format("%d", "x")',
    'format("no verbs")',
    'join("-", ["eu", "west", "3"])',
    'join(",", [])',
    'join("-", ["a"], ["b", "c"])',
    'join(",", [1, 2])',
    'join(",", [true])',
    'split(",", "a,b,,c")',
    'split(",", "")',
    'split("", "abc")',
    'split("-", "eu-west-3")[1]',
    'replace("eu-west-3", "-", "_")',
    'replace("aaa", "a", "b")',
    'replace("eu-west-3", "/-\\\\d$/", "")',
    'replace("abc", "", "-")',
    'substr("europe-west9", 0, 6)',
    'substr("europe-west9", -5, -1)',
    'substr("europe-west9", 7, -1)',
    'substr("abc", 1, 10)',
    'substr("abc", 5, 1)',
    'substr("héllo", 1, 2)',
    'tostring("x")',
    "tostring(1)",
    "tostring(1.5)",
    "tostring(true)",
    "tostring(null)",
    "tostring([1])",
    "lower(1)",
    "upper(true)",
    # numbers and type conversion
    'tonumber("3")',
    'tonumber("3.5")',
    "tonumber(4)",
    "tonumber(null)",
    'tonumber("x")',
    'tonumber("1e2")',
    'tonumber(" 3")',
    'tolist(["a", "b"])',
    'tolist(toset(["b", "a"]))',
    'tolist([1, "a"])',
    "tolist(null)",
    'toset(["b", "a", "b"])',
    "toset([3, 1, 2, 10])",
    'toset([1, "a"])',
    'toset(["10", "9", "a", "B"])',
    "toset([])",
    # collections
    'lookup({a = "x"}, "a")',
    'lookup({a = "x"}, "b", "default")',
    'lookup({a = "x"}, "b")',
    'lookup({}, "b", "d")',
    'lookup({a = {b = 1}}, "a")',
    'element(["a", "b", "c"], 4)',
    'element(["a", "b", "c"], 0)',
    'element(["a", "b", "c"], -1)',
    "element([], 0)",
    'coalesce("", "eu-west-3", "x")',
    'coalesce(null, "a")',
    "coalesce(1, 2)",
    'coalesce("", null)',
    'coalesce(null, 1, "a")',
    'concat(["a"], ["b", "c"])',
    "concat([], [])",
    'concat(["a"], [1])',
    'merge({a = "x"}, {a = "y", b = "z"})',
    "merge({a = 1}, null)",
    "merge()",
    "merge({a = {x = 1}}, {a = {y = 2}})",
    "keys({b = 1, a = 2, c = 3})",
    "keys({})",
    "values({b = 1, a = 2})",
    'values({b = "y", a = "x", c = "z"})',
    'length("abc")',
    'length("héllo")',
    "length([1, 2])",
    "length({a = 1})",
    "length([])",
    "length(toset([1, 1, 2]))",
    'contains(["a", "b"], "a")',
    'contains(["a", "b"], "c")',
    "contains([1, 2], 1)",
    'contains(["1"], 1)',
    'contains(toset(["a"]), "a")',
    "flatten([[1, 2], [3, [4, 5]], []])",
    "flatten([])",
    'flatten([["a"], "b"])',
    'compact(["a", "", "b", null])',
    "compact([])",
    'distinct(["a", "b", "a", "c", "b"])',
    "distinct([1, 1, 2])",
    "distinct([[1], [1]])",
    'one(["a"])',
    "one([])",
    'one(["a", "b"])',
    "one(toset([]))",
    'coalescelist([], ["a"], ["b"])',
    "coalescelist([], [])",
    'coalescelist(["x"])',
    # jsondecode and its types
    'jsondecode("{\\"region\\": \\"eu-west-3\\"}")',
    'jsondecode("[1, 2.5, true, null]")',
    'jsondecode("\\"s\\"")',
    'jsondecode("{\\"a\\": {\\"b\\": [1]}}").a.b[0]',
    'jsondecode("not json")',
    "jsondecode(1)",
    # variadic expansion
    'join("-", ["a", "b"]...)',
    'concat([["a"], ["b"]]...)',
    "merge([{a = 1}, {b = 2}]...)",
    'format("%s-%s", ["a", "b"]...)',
    # try and can
    'try(lookup({}, "k"), "fallback")',
    'try({a = "x"}.b, "fallback")',
    'try(["a"][3], "fallback")',
    'try("first", "second")',
    'try(jsondecode("x"), "not json")',
    'try(tonumber("x"), 0)',
    'try(null, "x")',
    'can(lookup({}, "k"))',
    'can(["a"][0])',
    "can({a = 1}.b)",
    'can(tonumber("x"))',
    'can(jsondecode("{}"))',
    'try(one(["a", "b"]), "many")',
    'try(format("%05d", 42), "not evaluated")',
    'try(replace("a1", "/\\d/", ""), "not evaluated")',
    'can(format("%x", 255))',
    'try(jsondecode(1), "not a string")',
    # null handling
    'coalesce(null, "")  == "" ? "empty" : "set"',
    '[null, "a"][0] == null',
    'null != "x"',
    "{a = null}.a == null",
    'length(compact([null, ""]))',
    '"${null}"',
    "lower(null)",
    'join(",", [null])',
    'concat(null, ["a"])',
    # type conversions Terraform makes on its own
    'true ? 1 : "a"',
    'false ? 1 : "a"',
    'true ? "x" : null',
    'false ? [] : ["a"]',
    '1 + "2"',
    '"10" > "9"',
    '"a" + 1',
    'true == "true"',
    '-"3"',
    'try(-"3", 0)',
    '!"false"',
    '!"true"',
    "!1",
    "!null",
    "-true",
    "7 % 2.5",
    "-7 % -3",
    "1 / 0",
    '{1 = "x"}',
    '"abc"[0]',
    "length(null)",
    'contains(["a"], null)',
    'lookup({a = 1, b = "x"}, "a")',
    "flatten([null])",
    'element("abc", 0)',
    'upper("é")',
    'split(",", null)',
    'replace(null, "a", "b")',
    'replace("a", null, "b")',
    "substr(null, 0, 1)",
    'format("%s", null)',
    'format(null, "a")',
    '"${[1]}"',
    '"${{a = 1}}"',
    '"x${null}"',
    'tobool("true")',
    'startswith("eu-west-3", "eu")',
    'cidrsubnet("10.0.0.0/16", 8, 2)',
    'regex("[a-z]+", "eu-west-3")',
    "[for x in null : x]",
    "{for k, v in {a = 1} : v => k}",
    '{for v in ["a", "a"] : v => v}',
    '[for v in {a = "x"} : v]',
    # dynamic-ish collections: shapes real modules build
    '{for k, v in {prod = "eu-west-3", pilot = "us-east-1"} : k => v if v == "eu-west-3"}',
    'lookup({prod = "eu-west-3", staging = "eu-west-1"}, "prod", "eu-west-1")',
    '{prod = {region = "eu-west-3"}, pilot = {region = "us-east-1"}}["pilot"].region',
    'merge({region = "eu-west-3"}, {})["region"]',
    '[for s in [{name = "a", region = "eu-west-3"}, {name = "b", region = "eu-west-1"}] : s.region]',
    'flatten([for k, v in {a = ["x", "y"], b = ["z"]} : [for i in v : "${k}-${i}"]])',
    'length([for v in [] : v]) == 0 ? "none" : "some"',
    'keys({for v in ["b", "a"] : v => true})',
    'distinct(flatten([["eu-west-3"], ["eu-west-3", "eu-west-1"]]))',
    'coalescelist([for v in ["a", ""] : v if v != ""], ["default"])',
    'lower(format("%s-%s-%d", upper(element(split(",", "eu,us"), 0)), "WEST", 2))',
    'element(concat(["eu-west-3"], []), 0)',
    'try({prod = "eu-west-3"}["dev"], "eu-west-1")',
    'contains(keys({a = 1, b = 2}), "b") ? "yes" : "no"',
    'one([for r in ["eu-west-3", "us-east-1"] : r if startswith(r, "eu")])',
    '{for r in ["eu-west-3"] : r => upper(r)}["eu-west-3"]',
    'values(merge({b = "x"}, {a = "y"}))[0]',
    'join(",", toset(["b", "a", "b"]))',
    'join(",", values({for k, v in {x = "EU", y = "US"} : k => lower(v)}))',
)


def _strip_lines(node: Any) -> Any:
    """An expression tree without its line numbers, to compare one text's tree with another's."""
    if isinstance(node, list):
        if len(node) >= 2 and isinstance(node[0], str) and isinstance(node[1], int) and not isinstance(node[1], bool):
            return [node[0], *(_strip_lines(part) for part in node[2:])]
        return [_strip_lines(part) for part in node]
    return node


def _is_pure(node: Any, bound: frozenset[str] = frozenset()) -> bool:
    """Whether an expression reads nothing but literals, its own `for` variables and pure functions."""
    if not isinstance(node, list) or not node:
        return True
    kind = node[0]
    if kind == "name":
        return node[2] in bound
    if kind == "unsupported":
        return False
    if kind == "call" and (node[2] in IMPURE_FUNCTIONS or "::" in str(node[2])):
        return False
    if kind == "for":
        inner = bound | {name for name in (node[2], node[3]) if name}
        return _is_pure(node[4], bound) and all(_is_pure(part, inner) for part in node[5:])
    return all(_is_pure(part, bound) for part in node)


def _source(lines: list[str], attribute: dict[str, Any]) -> str | None:
    """The attribute's expression as written (from its first line's `=` to its last line)."""
    first, last = attribute["line"], attribute.get("end_line", attribute["line"])
    head = lines[first - 1]
    if "=" not in head:
        return None
    text = "\n".join([head.split("=", 1)[1], *lines[first:last]]).strip()
    try:
        alone = load_hcl(f"x = {text}\n")
    except Exception:  # noqa: BLE001 - a text that does not stand alone is skipped, not collected
        return None
    if alone["blocks"] or list(alone["attrs"]) != ["x"]:
        return None
    return text if _strip_lines(alone["attrs"]["x"]["expr"]) == _strip_lines(attribute["expr"]) else None


def _attributes(body: dict[str, Any], suffix: str) -> Iterator[dict[str, Any]]:
    """The attributes whose values are evaluation inputs: tfvars values, locals, variable defaults, module inputs."""
    if suffix == ".tfvars":
        yield from body["attrs"].values()
        return
    for block in body["blocks"]:
        if block["type"] in ("locals", "module"):
            yield from (a for name, a in block["attrs"].items() if name not in ("source", "version"))
        elif block["type"] == "variable" and "default" in block["attrs"]:
            yield block["attrs"]["default"]


def _fixture_files() -> Iterator[Path]:
    for folder in FIXTURE_FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            relative = path.relative_to(REPO)
            if path.suffix in (".tf", ".tfvars") and path.is_file() and not SKIPPED_FOLDERS & set(relative.parts):
                yield path


def _inline_fixtures() -> Iterator[tuple[str, str, str]]:
    """(file, suffix, text) of the Terraform written inline in the test modules (string constants)."""
    for path in sorted((REPO / "tests").glob("test_*.py")):
        name = path.relative_to(REPO).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "=" in node.value:
                yield name, ".tf", node.value
                yield name, ".tfvars", node.value


def _fixture_texts() -> Iterator[tuple[str, str, str]]:
    for path in _fixture_files():
        yield path.relative_to(REPO).as_posix(), path.suffix, path.read_text(encoding="utf-8", errors="replace")
    yield from _inline_fixtures()


def fixture_expressions() -> dict[str, list[str]]:
    """Each reference-free expression of the fixtures, with the files that hold it."""
    found: dict[str, list[str]] = {}
    for name, suffix, text in _fixture_texts():
        try:
            body = load_hcl(text)
        except Exception:  # noqa: BLE001 - fixtures that do not parse are other tests' business
            continue
        lines = text.splitlines()
        for attribute in _attributes(body, suffix):
            if not _is_pure(attribute["expr"]):
                continue
            source = _source(lines, attribute)
            if source is not None:
                found.setdefault(source, []).append(name)
    return {expression: sorted(set(files)) for expression, files in sorted(found.items())}


def all_expressions() -> dict[str, list[str]]:
    """Every expression of the reference, with where it comes from ("curated" or fixture files)."""
    expressions: dict[str, list[str]] = {expression: ["curated"] for expression in CURATED}
    for expression, files in fixture_expressions().items():
        expressions.setdefault(expression, []).extend(files)
    return expressions
