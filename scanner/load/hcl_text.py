"""Text rules of HCL shared by both parsers (`hcl_fast`, and `hcl_ast` over Lark's tree):
string escapes, merging template parts, heredoc bodies. No Lark here, so the fast path
never imports it; template text itself is read by `hcl_fast.heredoc`/`parse_template`.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from scanner.load.errors import LoadError

Node = list[Any]

_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}
_ESCAPE_RE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))", re.DOTALL)
INTERPOLATION = re.compile(r"(?<!\$)\$\{|(?<!%)%\{")


def unescape(text: str, line: int | None = None) -> str:
    def replace(match: re.Match[str]) -> str:
        code = match.group(1) or match.group(2)
        if code:
            return _code_point(int(code, 16), match.group(0), line)
        char = match.group(3)
        return _ESCAPES.get(char, "\\" + char)

    text = text.replace("$${", "${").replace("%%{", "%{")
    return _ESCAPE_RE.sub(replace, text) if "\\" in text else text


def _code_point(value: int, escape: str, line: int | None) -> str:
    """A `\\u`/`\\U` escape as HCL reads it: a surrogate becomes U+FFFD (never a lone
    surrogate, which no output encoding can hold); past U+10FFFF is a syntax error."""
    if value > sys.maxunicode:
        raise LoadError(f"HCL syntax error: invalid escape sequence '{escape}'", line)
    if 0xD800 <= value <= 0xDFFF:
        return "\ufffd"
    return chr(value)


def template(line: int, parts: list[Node]) -> Node:
    """Adjacent literal parts merged; a lone literal is the string itself."""
    merged: list[Node] = []
    for part in parts:
        # Only text joins text here: `${true}` or `${1e3}` become "true" and "1000" when
        # evaluated (HCL's conversion), not Python's "True" and "1000.0".
        joins = part[0] == "lit" and isinstance(part[2], str)
        if joins and merged and merged[-1][0] == "lit" and isinstance(merged[-1][2], str):
            merged[-1] = ["lit", line, merged[-1][2] + part[2]]
        else:
            merged.append(part)
    if not merged:
        return ["lit", line, ""]
    if len(merged) == 1 and merged[0][0] == "lit" and isinstance(merged[0][2], str):
        return merged[0]
    return ["tpl", line, merged]


def heredoc_text(token: str, trim: bool) -> str:
    """The body of a heredoc token (`<<EOF\\n…\\nEOF\\n`), `<<-` indentation removed."""
    lines = token.split("\n")
    body_lines = lines[1:-2] if lines[-1] == "" else lines[1:-1]
    if trim:
        indents = [len(x) - len(x.lstrip(" \t")) for x in body_lines if x.strip()]
        cut = min(indents, default=0)
        body_lines = [x[cut:] for x in body_lines]
    return "\n".join(body_lines) + ("\n" if body_lines else "")
