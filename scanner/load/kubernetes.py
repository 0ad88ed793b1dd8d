"""Load Kubernetes objects, with their line ranges, from untrusted YAML or JSON text.

The loader reads the parser's event stream (libyaml when PyYAML has it) and builds
plain Python data itself, iteratively, never through PyYAML's constructors. Because
nothing recursive runs over the input, nesting depth and alias expansion are bounded
exactly while the events arrive, and parsing stops at the first event over a bound:
MAX_DEPTH counts nested mappings and sequences (an alias counts as the depth of what it
names), MAX_NODES counts the nodes that aliases add, over the whole stream.

Scalars follow the YAML 1.2 core schema, not PyYAML's YAML 1.1 resolver:

* booleans are only ``true``/``True``/``TRUE``/``false``/``False``/``FALSE``;
  ``yes``, ``no``, ``NO``, ``on``, ``off``, ``y``, ``n`` stay strings;
* null is ``null``/``Null``/``NULL``/``~`` or an empty plain scalar;
* integers are decimal ``[-+]?[0-9]+`` (so ``0755`` is the integer 755, not octal 493),
  ``0o17`` octal or ``0x1F`` hexadecimal; decimal integers longer than Python's
  digit limit stay strings;
* floats are ``1.5``, ``-2e3``, ``.inf``, ``-.Inf``, ``.nan`` and the like;
* quoted and block scalars, timestamps and everything else are strings.

Other rules:

* In a mapping, a repeated key overwrites the earlier one: the last one wins, as in
  Kubernetes' lenient decoding.
* Keys are strings: a plain or quoted scalar key is kept as written (``1: x`` gives the
  key ``"1"``); a key that is a mapping or sequence is dropped with its value.
* ``<<`` merge keys are applied (Kubernetes' YAML library applies them): keys written in
  the mapping win over merged ones, and earlier merged mappings win over later ones.
* Tags: ``!!str``, ``!!int``, ``!!float``, ``!!bool`` and ``!!null`` convert the scalar
  when it has that form; any other tag is ignored and the value kept as plain data.
* An alias refers to the nearest preceding anchor of that name in the same document;
  an alias to an unknown or still open anchor is an error, so results have no cycles.
  Values reached through aliases are shared objects, not copies: do not mutate them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

import yaml

from scanner.load.errors import LoadError

MAX_DEPTH = 200
MAX_NODES = 1_000_000  # nodes a stream may add by re-using anchored nodes through aliases

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Line breaks that libyaml counts (YAML 1.1) but the rest of sovscan, editors and code
# scanning do not: lines are counted after "\n" only, as `text.split("\n")` does.
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")
_TAG_PREFIX = "tag:yaml.org,2002:"

_WORDS: dict[str, Any] = {
    "": None, "~": None, "null": None, "Null": None, "NULL": None,
    "true": True, "True": True, "TRUE": True,
    "false": False, "False": False, "FALSE": False,
    ".inf": math.inf, ".Inf": math.inf, ".INF": math.inf,
    "+.inf": math.inf, "+.Inf": math.inf, "+.INF": math.inf,
    "-.inf": -math.inf, "-.Inf": -math.inf, "-.INF": -math.inf,
    ".nan": math.nan, ".NaN": math.nan, ".NAN": math.nan,
}  # fmt: skip
_NUMBER_START = frozenset("0123456789+-.")
_INT = re.compile(r"[-+]?[0-9]+")
_INT_PREFIXED = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")

# A key may be spelled with escapes ("api\x56ersion", "\u006bind") or split by an escaped
# line break in a double-quoted scalar: a text with any of them is parsed to find out.
_ESCAPE = re.compile(r"\\[xuUN\n]")


class YamlLoadError(LoadError):
    """The text is not loadable YAML, or it exceeds a safety bound."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message, line)
        # Both in args, so the error survives pickling between worker processes.
        self.args = (message, line)

    def __str__(self) -> str:
        return self.message if self.line is None else f"line {self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class ManifestObject:
    """One Kubernetes object, the 1-based lines its YAML node spans, and the line of each scalar it holds, by
    JSON pointer within the object (`/spec/template/spec/containers/0/image`): findings about a field point
    there. Scalars reached through an alias or a `<<` merge have no line of their own."""

    obj: dict[str, Any]
    start_line: int
    end_line: int
    document: int
    lines: dict[str, int] = field(default_factory=dict, compare=False)


def pointer_token(key: str | int) -> str:
    """One step of a JSON pointer (RFC 6901): "~" and "/" escaped."""
    return str(key).replace("~", "~0").replace("/", "~1")


def looks_like_yaml_manifest(text: str) -> bool:
    """A prefilter that cannot miss a manifest: False only for a text that cannot hold a
    Kubernetes object (neither `apiVersion` and `kind` anywhere, nor an escape that could
    spell them). Whatever the layout — flow style, indented, `? key` — `load_manifests`
    decides from the parsed document. Runs on every YAML and JSON file of a tree: plain
    substring searches, no parsing."""
    if "apiVersion" in text and "kind" in text:
        return True
    return "\\" in text and _ESCAPE.search(text) is not None


def load_manifests(text: str) -> list[ManifestObject]:
    """Return every Kubernetes object in a YAML (or JSON) stream, items of `*List` kinds unpacked.

    Documents that are not mappings with string `apiVersion` and `kind` are skipped.
    Raises YamlLoadError on a syntax error, on nesting deeper than MAX_DEPTH, and when
    aliases, expanded, add more than MAX_NODES nodes to the stream (counted over the whole
    stream, so a bomb cannot be split across documents).
    """
    parser = None
    try:
        # The pure-Python reader already checks characters when constructed.
        parser = _LOADER(text)
        return _Builder(text).run(parser)
    except yaml.MarkedYAMLError as exc:
        if "maximum nesting depth" in str(exc.problem):
            # libyaml 0.2.5 (PyYAML 6.0.4's wheels) has a bound of its own, above ours and
            # reached first on flow collections: the same refusal, said the same way.
            raise YamlLoadError(f"nesting deeper than {MAX_DEPTH} levels", _mark_line(text, exc.problem_mark)) from exc
        raise YamlLoadError(_describe(exc), _mark_line(text, exc.problem_mark)) from exc
    except yaml.reader.ReaderError as exc:
        raise YamlLoadError(_reader_problem(exc), _char_line(text, exc.character)) from exc
    except yaml.YAMLError as exc:
        raise YamlLoadError(str(exc), None) from exc
    except UnicodeEncodeError as exc:  # lone surrogates, e.g. from surrogateescape
        line = text.count("\n", 0, exc.start) + 1
        raise YamlLoadError("text holds a lone surrogate character", line) from exc
    finally:
        if parser is not None:
            parser.dispose()


def _describe(exc: yaml.MarkedYAMLError) -> str:
    parts = [part for part in (exc.context, exc.problem) if part]
    return ": ".join(parts) or "invalid YAML"


def _reader_problem(exc: yaml.reader.ReaderError) -> str:
    if isinstance(exc.character, int):
        return f"unacceptable character #x{exc.character:04x}: {exc.reason}"
    return str(exc.reason)


def _mark_line(text: str, mark: Any) -> int | None:
    return None if mark is None else _LineMap(text).line(mark)


def _char_line(text: str, character: Any) -> int | None:
    # The reader reports the first unacceptable character, so its first occurrence is it.
    index = text.find(chr(character)) if isinstance(character, int) else -1
    return None if index < 0 else text.count("\n", 0, index) + 1


class _LineMap:
    """1-based line numbers of parser marks, counted after "\n" only.

    A mark's own line number is right unless the text holds a break that libyaml counts
    and "\n" does not (CR, NEL, LS, PS); then lines are found from the mark's character index.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.exact = _OTHER_BREAKS.search(text) is None
        self._newlines: list[int] | None = None

    def _starts(self) -> list[int]:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return self._newlines

    def line(self, mark: Any) -> int:
        if self.exact:
            return int(mark.line) + 1
        return bisect_left(self._starts(), mark.index) + 1

    def column(self, mark: Any) -> int:
        """Characters from the start of the mark's line (as `line` counts lines) to the mark."""
        if self.exact:
            return int(mark.column)
        line = self.line(mark)
        start = self._starts()[line - 2] + 1 if line > 1 else 0
        return int(mark.index) - start


def _resolve_plain(text: str) -> Any:
    if text in _WORDS:
        return _WORDS[text]
    if text[0] not in _NUMBER_START:
        return text
    if _INT.fullmatch(text):
        return _to_int(text, text, 10)
    if _INT_PREFIXED.fullmatch(text):
        return _to_int(text, text[2:], 8 if text[1] == "o" else 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def _to_int(text: str, digits: str, base: int) -> int | str:
    try:
        return int(digits, base)
    except ValueError:  # over sys.get_int_max_str_digits()
        return text


def _resolve_tagged(tag: str, text: str) -> Any:
    """Apply an explicit standard tag when the text has that type's form; else keep the text."""
    kind = tag[len(_TAG_PREFIX) :] if tag.startswith(_TAG_PREFIX) else ""
    if kind not in ("int", "float", "bool", "null"):
        return text
    value = _resolve_plain(text) if text else None
    if kind == "float" and type(value) is int:
        return float(value)
    expected = {"int": int, "float": float, "bool": bool, "null": type(None)}[kind]
    return value if type(value) is expected else text


def _key_text(value: Any) -> str | None:
    """A mapping key as a string, or None for keys that cannot be one (mappings, sequences)."""
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int | float):
        return str(value)
    return None


def _is_object(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("apiVersion"), str) and isinstance(value.get("kind"), str)


def _merge(sources: list[dict[str, Any]], own: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for source in sources:
        for key, value in source.items():
            merged.setdefault(key, value)
    merged.update(own)
    return merged


_NO_KEY: Any = object()  # a mapping frame is waiting for a key
_SKIP_KEY: Any = object()  # the pending key was a collection: drop its value
_MERGE_KEY: Any = object()  # the pending key is a plain `<<`


class _Frame:
    """A mapping or sequence being built."""

    __slots__ = (
        "anchor",
        "flow",
        "height",
        "is_map",
        "key",
        "merges",
        "path",
        "spans",
        "start_count",
        "start_line",
        "value",
    )

    def __init__(
        self,
        is_map: bool,
        event: Any,
        start_line: int,
        start_count: int,
        spans: list[tuple[int, int]] | None,
        path: str | None,
    ) -> None:
        self.value: Any = {} if is_map else []
        self.is_map = is_map
        self.flow = bool(event.flow_style)
        self.key: Any = _NO_KEY
        self.anchor: str | None = event.anchor
        self.start_count = start_count
        self.start_line = start_line
        self.height = 0
        self.merges: list[dict[str, Any]] = []
        # Line spans of a root-level sequence's entries: the items of a `kind: List`.
        self.spans = spans
        self.path = path  # JSON pointer from the document's root; None under a key that is not a string


class _Builder:
    """Turns parser events into Python data and collects the Kubernetes objects found."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_map = _LineMap(text)
        self.lines: list[str] | None = None
        self.count = 0  # nodes built so far, aliases expanded: gives each anchor's size
        self.reused = 0  # of which added through aliases
        self.document = -1
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.item_spans: dict[int, tuple[list[Any], list[tuple[int, int]]]] = {}
        self.last_line = 0
        self.found: list[ManifestObject] = []
        self.scalar_lines: dict[str, int] = {}  # of the current document, by JSON pointer

    def run(self, parser: Any) -> list[ManifestObject]:
        handlers = {
            yaml.ScalarEvent: self._scalar,
            yaml.MappingStartEvent: self._open,
            yaml.SequenceStartEvent: self._open,
            yaml.MappingEndEvent: self._close,
            yaml.SequenceEndEvent: self._close,
            yaml.AliasEvent: self._alias,
            yaml.DocumentStartEvent: self._start_document,
        }
        while True:
            event = parser.get_event()
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
            elif isinstance(event, yaml.StreamEndEvent):
                return self.found

    def _start_document(self, event: Any) -> None:
        self.document += 1
        self.anchors = {}
        self.item_spans = {}
        self.scalar_lines = {}

    def _reuse(self, size: int, event: Any) -> None:
        # Only re-used nodes are bounded: the others cost at most a few bytes of text each.
        self.count += size
        self.reused += size
        if self.reused > MAX_NODES:
            raise YamlLoadError(
                f"document expands to more than {MAX_NODES} nodes (YAML alias bomb?)",
                self.line_map.line(event.start_mark),
            )

    def _check_depth(self, depth: int, event: Any) -> None:
        if depth > MAX_DEPTH:
            raise YamlLoadError(f"nesting deeper than {MAX_DEPTH} levels", self.line_map.line(event.start_mark))

    def _scalar(self, event: Any) -> None:
        self.count += 1
        text = event.value
        if event.style in ("|", ">"):
            self.last_line = self._block_scalar_end(event.end_mark)
        elif text or event.tag is not None or event.anchor is not None:
            # An untagged empty scalar has no text; its mark may even sit on a later line.
            self.last_line = self.line_map.line(event.end_mark)
        if event.tag is None and event.implicit[0]:
            value = _resolve_plain(text)
        elif event.tag is None or event.tag == "!":
            value = text
        else:
            value = _resolve_tagged(event.tag, text)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1, 0)
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.is_map and parent.key is _NO_KEY:
            parent.key = _MERGE_KEY if text == "<<" and event.implicit[0] and event.tag is None else text
            return
        line = self.line_map.line(event.start_mark)
        if parent is not None and parent.path is not None:
            if not parent.is_map:
                self.scalar_lines[f"{parent.path}/{len(parent.value)}"] = line
            elif isinstance(parent.key, str):
                key = parent.key
                if "/" in key or "~" in key:
                    key = pointer_token(key)
                self.scalar_lines[f"{parent.path}/{key}"] = line
        self._complete(value, line, 0)

    @staticmethod
    def _child_path(parent: _Frame) -> str | None:
        """The JSON pointer of the node that `parent` is about to receive."""
        if parent.path is None:
            return None
        if not parent.is_map:
            return f"{parent.path}/{len(parent.value)}"
        key = parent.key
        return f"{parent.path}/{pointer_token(key)}" if isinstance(key, str) else None

    def _open(self, event: Any) -> None:
        self._check_depth(len(self.stack) + 1, event)
        start_count = self.count
        self.count += 1
        is_map = isinstance(event, yaml.MappingStartEvent)
        at_root_field = len(self.stack) == 1 and self.stack[0].is_map
        spans: list[tuple[int, int]] | None = [] if at_root_field and not is_map else None
        path = self._child_path(self.stack[-1]) if self.stack else ""
        self.stack.append(_Frame(is_map, event, self.line_map.line(event.start_mark), start_count, spans, path))

    def _close(self, event: Any) -> None:
        frame = self.stack.pop()
        if frame.flow:
            self.last_line = self.line_map.line(event.end_mark)
        value = _merge(frame.merges, frame.value) if frame.merges else frame.value
        height = frame.height + 1
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (value, self.count - frame.start_count, height)
        if frame.spans is not None:
            self.item_spans[id(value)] = (value, frame.spans)
        self._complete(value, frame.start_line, height)

    def _alias(self, event: Any) -> None:
        line = self.line_map.line(event.start_mark)
        if event.anchor not in self.anchors:
            raise YamlLoadError(f"found undefined alias {event.anchor!r}", line)
        value, size, height = self.anchors[event.anchor]
        self._reuse(size, event)
        self._check_depth(len(self.stack) + height, event)
        self.last_line = self.line_map.line(event.end_mark)
        self._complete(value, line, height)

    def _complete(self, value: Any, start_line: int, height: int) -> None:
        """Attach a finished node to its parent, or emit it when it is a document's root."""
        if not self.stack:
            self._emit(value, start_line)
            return
        parent = self.stack[-1]
        parent.height = max(parent.height, height)
        if parent.spans is not None:
            parent.spans.append((start_line, self.last_line))
        if not parent.is_map:
            parent.value.append(value)
        elif parent.key is _NO_KEY:
            key = _key_text(value)
            parent.key = _SKIP_KEY if key is None else key
        else:
            self._set(parent, value)

    def _set(self, frame: _Frame, value: Any) -> None:
        key, frame.key = frame.key, _NO_KEY
        if key is _MERGE_KEY:
            sources = value if isinstance(value, list) else [value]
            if sources and all(isinstance(source, dict) for source in sources):
                frame.merges.extend(sources)
                return
            key = "<<"
        if key is not _SKIP_KEY:
            frame.value[key] = value

    def _emit(self, value: Any, start_line: int) -> None:
        if not _is_object(value):
            return
        items = value.get("items")
        if not (value["kind"].endswith("List") and isinstance(items, list)):
            self.found.append(ManifestObject(value, start_line, self.last_line, self.document, self.scalar_lines))
            return
        seen, spans = self.item_spans.get(id(items), (None, []))
        if seen is not items:  # `items` came through an alias: no spans of its own
            spans = [(start_line, self.last_line)] * len(items)
        for index, (item, (first, last)) in enumerate(zip(items, spans, strict=True)):
            if _is_object(item):
                self.found.append(ManifestObject(item, first, last, self.document, self._item_lines(index)))

    def _item_lines(self, index: int) -> dict[str, int]:
        """The scalar lines of item `index` of a `kind: List`, by pointer within the item."""
        prefix = f"/items/{index}/"
        return {key[len(prefix) - 1 :]: line for key, line in self.scalar_lines.items() if key.startswith(prefix)}

    def _block_scalar_end(self, mark: Any) -> int:
        """The last non-blank line of a block scalar, whose end mark is past its trailing blank lines."""
        if self.lines is None:
            self.lines = self.text.split("\n")
        index = min(self.line_map.line(mark) - 1, len(self.lines) - 1)
        if not self.lines[index][: self.line_map.column(mark)].strip():
            index -= 1
        while index > 0 and not self.lines[index].strip():
            index -= 1
        return index + 1
