"""Terraform files (`.tf`, `.tfvars`, `.tf.json`, `.tfvars.json`) into plain bodies.

Both syntaxes give the same shape (see `hcl_ast`), so everything after loading treats
`.tf.json` exactly like `.tf`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from scanner.load.errors import LoadError
from scanner.load.nesting import check_nesting

_BLOCKS_WITH_TWO_LABELS = {"resource", "data"}
_BLOCKS_WITH_ONE_LABEL = {"provider", "variable", "module", "output", "check", "ephemeral"}


def load_hcl(text: str) -> dict[str, Any]:
    """Parse HCL text into a body; raise LoadError with the line of a syntax error."""
    check_nesting(text)
    source = text if text.endswith("\n") else text + "\n"
    from scanner.load.hcl_fast import parse_body

    body = parse_body(source)
    if body is not None:
        return body
    # The fast parser was unsure: python-hcl2's grammar decides, and words any error.
    from lark.exceptions import UnexpectedInput

    from scanner.load.hcl_ast import convert_body
    from scanner.load.hcl_parser import parser

    try:
        tree = parser().parse(source)
    except UnexpectedInput as error:
        raise LoadError(_syntax_message(error), getattr(error, "line", None)) from None
    except RecursionError:
        raise LoadError("nesting too deep to parse", None) from None
    try:
        return convert_body(tree.children[0])
    except RecursionError:
        raise LoadError("nesting too deep to read", None) from None


def _syntax_message(error: Exception) -> str:
    token = getattr(error, "token", None)
    if token is not None and str(token).strip():
        shown = str(token).strip().splitlines()[0][:40]
        return f"HCL syntax error: unexpected '{shown}'"
    char = getattr(error, "char", None)
    if char:
        return f"HCL syntax error: unexpected character {char!r}"
    return "HCL syntax error: unexpected end of input"


def load_json_config(text: str) -> dict[str, Any]:
    """Parse Terraform JSON syntax into the same body shape as HCL.

    Line numbers come from a second, cheap pass: each top-level block's line is where its
    name first appears, which is what a reader looks for.
    """
    check_nesting(text)
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int)
    except json.JSONDecodeError as error:
        raise LoadError(f"JSON syntax error: {error.msg}", error.lineno) from None
    except _DuplicateKey as duplicate:
        raise LoadError(
            f"duplicate JSON object property {duplicate.key!r}", _second_line(text, duplicate.key)
        ) from None
    except RecursionError:
        raise LoadError("nesting too deep to parse", None) from None
    if _SURROGATE_ESCAPE.search(text):
        data = _without_surrogates(data)
    if not isinstance(data, dict):
        raise LoadError("a Terraform JSON file must hold an object", 1)
    locator = _LineLocator(text)
    return _json_top(data, locator)


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """As Terraform's JSON syntax: a property may appear only once in an object."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _second_line(text: str, key: str) -> int | None:
    needle = json.dumps(key)
    first = text.find(needle)
    second = text.find(needle, first + 1) if first >= 0 else -1
    return text.count("\n", 0, second) + 1 if second >= 0 else None


def _json_int(digits: str) -> int | float:
    try:
        return int(digits)
    except ValueError:  # more digits than sys.get_int_max_str_digits()
        return float(digits)


# `\ud800`-style escapes: JSON lets a lone surrogate through, which no output can encode.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: Any) -> Any:
    """Lone surrogates become U+FFFD, as HCL reads them (depth is bounded by check_nesting)."""
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


class _LineLocator:
    """Finds the line of a JSON key, searching forward so repeated names map in order."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._newlines = [i for i, ch in enumerate(text) if ch == "\n"]
        self._cursor = 0

    def line_of(self, key: str) -> int:
        needle = json.dumps(key)
        found = self._text.find(needle, self._cursor)
        if found < 0:
            found = self._text.find(needle)
        if found < 0:
            return 1
        self._cursor = found + len(needle)
        return self._line_at(found)

    def _line_at(self, offset: int) -> int:
        from bisect import bisect_left

        return bisect_left(self._newlines, offset) + 1


def _json_top(data: dict[str, Any], locator: _LineLocator) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    attrs: dict[str, Any] = {}
    for block_type, content in data.items():
        if block_type in _BLOCKS_WITH_TWO_LABELS:
            blocks.extend(_json_labelled(block_type, content, 2, locator))
        elif block_type in _BLOCKS_WITH_ONE_LABEL:
            blocks.extend(_json_labelled(block_type, content, 1, locator))
        elif block_type in ("locals", "terraform", "moved", "import", "removed"):
            line = locator.line_of(block_type)
            for body in _as_list(content):
                blocks.append(_json_block(block_type, [], body, line))
        elif block_type != "//":
            line = locator.line_of(block_type)
            attrs[block_type] = {"expr": _json_value(content, line), "line": line, "end_line": line}
    return {"attrs": attrs, "blocks": blocks}


def _as_list(content: Any) -> list[Any]:
    return content if isinstance(content, list) else [content]


def _json_labelled(block_type: str, content: Any, depth: int, locator: _LineLocator) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for mapping in _as_list(content):
        if not isinstance(mapping, dict):
            continue
        for label, inner in mapping.items():
            line = locator.line_of(label)
            if depth == 2:
                for sub in _as_list(inner):
                    if isinstance(sub, dict):
                        for name, body in sub.items():
                            name_line = locator.line_of(name)
                            for each in _as_list(body):
                                out.append(_json_block(block_type, [label, name], each, name_line))
            else:
                for each in _as_list(inner):
                    out.append(_json_block(block_type, [label], each, line))
    return out


def _json_block(block_type: str, labels: list[str], body: Any, line: int) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    if isinstance(body, dict):
        for key, value in body.items():
            if key == "//":
                continue
            attrs[key] = {"expr": _json_value(value, line), "line": line, "end_line": line}
    return {"type": block_type, "labels": labels, "line": line, "end_line": line, "attrs": attrs, "blocks": []}


def _json_value(value: Any, line: int) -> list[Any]:
    if isinstance(value, str):
        if "${" in value or "%{" in value:
            from scanner.load.hcl_fast import parse_template

            return parse_template(value, line)
        return ["lit", line, value]
    if isinstance(value, list):
        return ["tuple", line, [_json_value(v, line) for v in value]]
    if isinstance(value, dict):
        return ["object", line, [[["lit", line, k], _json_value(v, line)] for k, v in value.items() if k != "//"]]
    return ["lit", line, value]
