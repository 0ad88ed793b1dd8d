"""Neutralise untrusted text (names, values, paths from scanned files) before display.

Terminals: a resource named `x\\x1b[2J` must not clear the screen, and a bidi override
(U+202E) must not make `eu-west-1` read as something else. Control characters are
replaced by a visible escape (`\\x1b`, `\\u202e`) rather than dropped, so a reviewer sees
that the scanned file contains them.

Markdown: text from scanned files must not turn into links, images, HTML or emphasis.
"""

from __future__ import annotations

import re

# C0 and DEL, C1, Arabic letter mark, LRM/RLM, line/paragraph separators,
# bidi embeddings/overrides and isolates, and lone surrogates (from surrogateescape
# decoding) which would make `print` raise.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_KEEP_NEWLINE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are
# the ones that can start markup inline or at the start of a line.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~&:\"'=$])")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_safe(text: object, keep_newlines: bool = False) -> str:
    """Text with every control, bidi and separator character shown as a visible escape.

    Newlines are escaped too unless `keep_newlines`, so one finding stays one line.
    """
    pattern = _UNSAFE_KEEP_NEWLINE if keep_newlines else _UNSAFE
    return pattern.sub(_visible, str(text))


def escape_markdown(text: object) -> str:
    """Inline Markdown that renders as the literal text, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", terminal_safe(text))


def markdown_code(text: object) -> str:
    """An inline code span showing the literal text; nothing inside is interpreted."""
    body = terminal_safe(text)
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * (longest + 1)
    # A span starting or ending with a backtick (or a space) needs padding to parse.
    if body.startswith(("`", " ")) or body.endswith(("`", " ")):
        body = f" {body} "
    return f"{fence}{body}{fence}"
