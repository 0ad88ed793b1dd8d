"""A short Markdown summary for a pull-request or merge-request comment.

Counts by level (in the title), the ten most important unsuppressed findings as a table, the others and
the suppressed ones folded in `<details>`. The first line is an HTML comment a bot can
search for to update its previous comment instead of adding a new one.

The comment stays under GitHub's 65,536-character limit (`LIMIT`): past it, the rows that
do not fit are left out, the highest levels first kept, and a line says how many more
findings the report artifact holds. Paths are relative to the repository root, and link
to the file when the caller gives the repository's URL (`link_base`, the URL a
repository path is appended to, such as `https://github.com/o/r/blob/<sha>`).

A pull-request comment renders more than Markdown: GitHub turns `@user` into a mention (a
notification to that person), `#123` and `GH-123` into issue links, hexadecimal words
into commit links, and backslash escapes do not stop it: only code spans do. So text from
scanned files never reaches the comment as prose: identifiers and values (the address,
the path, the values the finding recorded, anything the message quotes) are code spans,
and of what remains only plain words stay prose (escaped); any other word is a code span
too. Output is deterministic.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from scanner.config.weakening import Weakening
from scanner.model import Finding, Level, ScanResult
from scanner.report.escape import escape_markdown, markdown_code
from scanner.report.fingerprint import sorted_findings
from scanner.report.paths import in_repository

MARKER = "<!-- sovscan-report -->"
TOP = 10
_LEVELS = (Level.ERROR, Level.WARNING, Level.NOTE)
_HEADER = "| level | rule | location | resource | message |\n|---|---|---|---|---|"


# GitHub refuses a comment longer than 65,536 characters; leave room for what a recipe adds.
LIMIT = 60_000


def render_markdown(result: ScanResult, link_base: str = "") -> str:
    findings = sorted_findings(result.findings)
    active = sorted((f for f in findings if f.suppression is None), key=lambda f: -Level(f.level).rank)
    suppressed = [f for f in findings if f.suppression is not None]
    head = [MARKER, _title(active, suppressed), _scope(result)]
    tail = []
    if result.weakened:
        tail.append(_weakened(result))
    if result.incomplete:
        tail.append("**The scan did not complete**: part of it was not evaluated; see the full report.")
    elif not result.execution_successful:
        tail.append("**Some files could not be read or parsed** (PARSE001) and were not checked.")
    rows = [_row(f, link_base) for f in active]
    hidden_rows = [_suppressed_row(f, link_base) for f in suppressed]
    budget = LIMIT - sum(len(part) + 2 for part in head + tail) - 400
    shown, budget = _fitting(rows, budget - len(_HEADER))
    shown_hidden, _ = _fitting(hidden_rows, budget - len(_SUPPRESSED_HEADER))
    parts = list(head)
    if shown:
        parts.append("\n".join([_HEADER, *shown[:TOP]]))
    if len(shown) > TOP:
        parts.append(_folded(_plural(len(shown) - TOP, "more finding"), "\n".join([_HEADER, *shown[TOP:]])))
    if shown_hidden:
        table = "\n".join([_SUPPRESSED_HEADER, *shown_hidden])
        parts.append(_folded(_plural(len(shown_hidden), "suppressed finding"), table))
    left_out = len(rows) - len(shown) + len(hidden_rows) - len(shown_hidden)
    if left_out:
        parts.append(f"**{_plural(left_out, 'more finding')} in the report artifact** (this comment is kept short).")
    parts += tail
    return "\n\n".join(parts) + "\n"


def _fitting(rows: list[str], budget: int) -> tuple[list[str], int]:
    """The first rows that fit in `budget` characters, and what is left of it."""
    shown = []
    for row in rows:
        if len(row) + 1 > budget:
            break
        shown.append(row)
        budget -= len(row) + 1
    return shown, budget


def _weakened(result: ScanResult) -> str:
    def item(w: Weakening) -> str:
        detail = f" {markdown_code(w.detail)}" if w.detail else ""
        return f"{markdown_code(w.setting)}{detail} ({markdown_code(w.source)})"

    parts = []
    applied = [item(w) for w in result.weakened if w.applied]
    refused = [item(w) for w in result.weakened if not w.applied]
    if applied:
        parts.append(f"**Weakened by**: {'; '.join(applied)}.")
    if refused:
        parts.append(f"**Not applied (from the scanned tree)**: {'; '.join(refused)}.")
    return " ".join(parts)


def _title(active: list[Finding], suppressed: list[Finding]) -> str:
    if not active:
        text = "no findings"
    else:
        text = ", ".join(_plural(sum(1 for f in active if f.level == level), level.value) for level in _LEVELS)
    if suppressed:
        text += f" ({len(suppressed)} suppressed)"
    return f"### sovscan: {text}"


def _scope(result: ScanResult) -> str:
    label = "profile" if len(result.profiles) == 1 else "profiles"
    profiles = ", ".join(markdown_code(p) for p in result.profiles) or "none"
    scanned = f"{_plural(result.files_scanned, 'file')}, {_plural(result.resources, 'resource')}"
    return f"Scanned {scanned} · {label} {profiles} · sovscan {result.tool_version}"


_SUPPRESSED_HEADER = "| rule | location | resource | justification |\n|---|---|---|---|"


def _suppressed_row(f: Finding, link_base: str) -> str:
    why = f.suppression.justification if f.suppression else ""
    kind = f.suppression.kind if f.suppression else ""
    return f"| {_cell(f.rule_id)} | {_where(f, link_base)} | {_code(f.address)} | {kind}: {_prose(why)} |"


def _row(f: Finding, link_base: str) -> str:
    level = Level(f.level).value
    return f"| {level} | {_cell(f.rule_id)} | {_where(f, link_base)} | {_code(f.address)} | {_message(f)} |"


def _where(f: Finding, link_base: str) -> str:
    path = in_repository(f.repo_prefix, f.location.path)
    line = f.location.start_line
    text = _code(f"{path}:{line}")
    if not link_base or path.startswith("/"):
        return text
    anchor = f"#L{line}" if line > 0 else ""
    return f"[{text}]({link_base.rstrip('/')}/{quote(path, safe='/')}{anchor})"


def _code(text: str) -> str:
    # In a GFM table a pipe ends the cell even inside a code span, unless escaped.
    return markdown_code(text).replace("|", "\\|") if text else ""


def _cell(text: str) -> str:
    return escape_markdown(text)


# Quoted in a message: `x`, 'x' or "x" (Python's repr picks either quote).
_QUOTED = r"`+(?P<tick>[^`]+)`+|'(?P<single>[^'\n]*)'|\"(?P<double>[^\"\n]*)\""
# A word that cannot render as anything but itself: letters, digits, inner hyphens,
# apostrophes and plus signs, an opening parenthesis, closing punctuation.
_PLAIN_WORD = re.compile(r"\(?[^\W_](?:[^\W_]|['’+-](?=[^\W_]))*[),.;:!?]*|[(),.;:!?]+")
# Plain words GitHub still links: GH-123, and hexadecimal words that may name a commit.
_LINKED_WORD = re.compile(r"\(?(?:(?i:gh-\d+)|(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{7,40})[),.;:!?]*")
_MIN_VALUE = 3  # shorter recorded values ("US") would cut ordinary words


def _message(f: Finding) -> str:
    """The message with the scanned values in code spans, the rule's own words escaped."""
    path = in_repository(f.repo_prefix, f.location.path)
    values = {f.address, f.location.path, path, *_recorded_values(f.properties)}
    literal = sorted((v for v in values if len(v) >= _MIN_VALUE), key=lambda v: (-len(v), v))
    bounded = [rf"(?<![\w.-]){re.escape(v)}(?![\w-])" for v in literal]
    pattern = re.compile("|".join([_QUOTED, *(f"(?P<v{i}>{b})" for i, b in enumerate(bounded))]))
    parts, end = [], 0
    for match in pattern.finditer(f.message):
        parts.append(_prose(f.message[end : match.start()]))
        value = next(group for group in match.groupdict().values() if group is not None)
        parts.append(_code(value) or _code(match.group()))
        end = match.end()
    parts.append(_prose(f.message[end:]))
    return _joined(parts)


def _joined(parts: list[str]) -> str:
    """Two code spans that touch would read as one broken span: a space between them."""
    out = ""
    for part in parts:
        if out.endswith("`") and part.startswith("`"):
            out += " "
        out += part
    return out


def _recorded_values(properties: dict[str, object]) -> list[str]:
    found = []
    for value in properties.values():
        items = value if isinstance(value, list | tuple) else [value]
        found += [item for item in items if isinstance(item, str)]
    return found


def _prose(text: str) -> str:
    """Plain words escaped; any other word (`@user`, `#1`, `<img>`, `[x](y)`) a code span."""
    out = []
    for piece in re.split(r"(\s+)", text):
        if not piece or piece.isspace():
            out.append(" " if piece else "")
        elif _PLAIN_WORD.fullmatch(piece) and not _LINKED_WORD.fullmatch(piece):
            out.append(escape_markdown(piece))
        else:
            out.append(_code(piece))
    return "".join(out)


def _folded(summary: str, body: str) -> str:
    return f"<details><summary>{summary}</summary>\n\n{body}\n\n</details>"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
