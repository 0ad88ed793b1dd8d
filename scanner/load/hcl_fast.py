"""A hand-written HCL parser for the common case, nine times faster than Lark's LALR.

It gives exactly the body `hcl_ast.convert_body` builds from python-hcl2's grammar (same
nodes, same lines), or None when the text strays from what it is sure to read the same
way: a syntax error, a template directive, an unusual layout (two attributes on one line,
a comment before a continued operator…). None sends the caller to the Lark parser, which
stays the authority on what is valid and on the message of a syntax error, so this
parser can only be faster, never more lenient. tests/test_hcl_fast.py holds it to that.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from sys import intern
from typing import Any

from scanner.load.errors import LoadError
from scanner.load.hcl_text import INTERPOLATION, Node, heredoc_text, template, unescape

_NL_TOKEN = r"(?:\n[ \t]*|\#[^\n]*\n|//[^\n]*\n)"
# A `/* … */` comment is whitespace, as HCL reads it; `#` and `//` comments end a line.
_GAP = r"(?:[ \t\r]|/\*[\s\S]*?\*/)*"
_CODE = re.compile(
    rf"{_GAP}(?:"
    rf"(?P<nl>{_NL_TOKEN}(?:{_GAP}{_NL_TOKEN})*)"
    r"|(?P<name>[^\W\d][\w-]*)"
    r"|(?P<num>[0-9])"
    r"|(?P<op>\.\.\.|\.\*|\[\*\]|==|!=|<=|>=|&&|\|\||=>|::|\$\{|%\{|<<|/(?![*/])|[-+*%<>!?:=.,()\[\]{}\"])"
    r"|(?P<eof>\Z))"
)
# python-hcl2's FLOAT_LITERAL and INT_LITERAL (a leading "-" is read by the caller).
_FLOAT = re.compile(r"(?:-?[0-9]+|(?:-[0-9])+)(?:\.[0-9]+(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)")
_INT = re.compile(r"[0-9]+")
# Where python-hcl2's lexer reads "-" and what follows as one negative number (two digits
# or more, a fraction, an exponent): after an operand that is a syntax error there
# (`b -12`), before an accessor the accessor applies to the number (`-12.x`).
_NEGATIVE_NUMBER = re.compile(r"-[0-9](?:[0-9]|\.[0-9]|[eE][+-]?[0-9]|-[0-9])")
_NEGATIVE_INT_ACCESSED = re.compile(r"-[0-9]{2,}[.\[]")
_NAME = re.compile(r"[^\W\d][\w-]*")  # Unicode, as HCL's identifiers
_HEREDOC = re.compile(r"<<(?P<m>[a-zA-Z][a-zA-Z0-9._-]*)\r?\n(?:(?:.|\n)*?\r?\n)??\s*(?P=m)\r?\n")
_HEREDOC_TRIM = re.compile(r"<<-(?P<m>[a-zA-Z][a-zA-Z0-9._-]*)\r?\n(?:(?:.|\n)*?\r?\n)??\s*(?P=m)\r?\n")
_TEMPLATE_CHARS = re.compile(r"(?:[^$%]|\$(?!\$?\{)|%(?!%?\{))+")
_STRING_CHARS = re.compile(r"(?:[^\"\\$%]|\\.|\$(?!\$?\{)|%(?!%?\{))+")
_ESCAPED_TEMPLATE = re.compile(r"(?:\$\$|%%)\{")
_PURE_NEWLINE = re.compile(r"\n[ \t]*\Z")

_PRECEDENCE = {
    "||": 1,
    "&&": 2,
    "==": 3,
    "!=": 3,
    "<": 4,
    ">": 4,
    "<=": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "/": 6,
    "%": 6,
}
# python-hcl2's post-lexer joins a newline to a following operator (a line continuation),
# except "-", which would also start a negative number on the next line.
_CONTINUES = frozenset(("==", "!=", "<", ">", "<=", ">=", "*", "/", "%", "&&", "||", "+", "?"))
# Words the grammar reads as keywords where a key or a name could also stand.
_KEYWORDS = frozenset(("in", "for", "if", "for_each", "else", "endif", "endfor"))
_LITERALS = {"true": True, "false": False, "null": None}
# Longer chains of operators or accessors (`a[0][0]…`) build trees deep enough to exhaust
# the recursion of whatever reads them: Lark's path words that error.
_MAX_CHAIN = 64
# String literals up to this length are shared: regions, types, tags repeat everywhere.
_INTERNED = 48


class _Unsure(Exception):
    """The text is not one this parser is sure to read as python-hcl2 would."""


def parse_body(text: str) -> dict[str, Any] | None:
    """The body of `text` (which ends with a newline), or None to ask the Lark parser."""
    try:
        return _Parser(text).top()
    except (_Unsure, LoadError, RecursionError, ValueError):
        return None


def parse_template(text: str, line: int) -> Node:
    """A template's text (a heredoc body, a `.tf.json` string) as a node placed on `line`.

    Unlike a quoted string, the text is raw: no escapes, and quotes are plain characters,
    also in string literals inside an interpolation, as Terraform reads them.
    """
    try:
        return _Template(text, line).template()
    except _Directive:
        return ["unsupported", line, "template directive (%{ … })"]
    except (_Unsure, LoadError, RecursionError, ValueError):
        return ["unsupported", line, "template that could not be parsed"]


def heredoc(token: str, line: int, trim: bool) -> Node:
    """A heredoc token (`<<EOF\n…\nEOF\n`) as a node: its body, read as a template."""
    text = heredoc_text(token, trim)
    if INTERPOLATION.search(text):
        return parse_template(text, line)
    return ["lit", line, text.replace("$${", "${").replace("%%{", "%{")]


class _Directive(Exception):
    """A `%{ … }` template directive, which sovscan does not evaluate."""


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.pos = 0  # where the next token is scanned
        self.prev_end = 0  # end of the last consumed token
        self.prev_kind = ""
        self.scanned_at = -1
        self.kind = ""
        self.value = ""
        self.start = 0
        self.end = 0
        self.after_at = -1  # where the token after_nl() last looked past starts
        self.after_kind = ""

    # --- tokens --------------------------------------------------------------------------

    def line_at(self, offset: int) -> int:
        return bisect_left(self.newlines, offset) + 1

    def peek(self) -> str:
        if self.scanned_at != self.pos:
            self._scan()
        return self.kind

    def _scan(self) -> None:
        match = _CODE.match(self.text, self.pos)
        if match is None:
            raise _Unsure("no token")
        group = match.lastgroup or ""
        value = match.group(group)
        self.start = match.start(group)
        self.end = match.end()
        if group == "op":
            self.kind = value
        else:
            self.kind = group
            if group == "name":
                value = intern(value)  # names repeat across a tree (var, each, tags…): one shared copy
        self.value = value
        self.scanned_at = self.pos

    def take(self) -> str:
        kind = self.peek()
        self.pos = self.prev_end = self.end
        self.prev_kind = kind
        return self.value

    def expect(self, kind: str) -> None:
        if self.peek() != kind:
            raise _Unsure(f"expected {kind}")
        self.take()

    def skip_nl(self) -> bool:
        if self.peek() == "nl":
            self.take()
            return True
        return False

    def after_nl(self) -> str:
        """The kind of the token that follows the current newline run."""
        # Asked up to three times at the end of every attribute (by each enclosing
        # expression level): remembered, and the current token restored, not scanned again.
        if self.after_at == self.end:
            return self.after_kind
        saved = (self.pos, self.kind, self.value, self.start, self.end, self.scanned_at)
        self.pos = self.end
        kind = self.peek()
        self.pos, self.kind, self.value, self.start, self.end, self.scanned_at = saved
        self.after_at, self.after_kind = self.end, kind
        return kind

    def at_line_break(self) -> bool:
        """Whether a newline separates what was read from what comes next."""
        return self.prev_kind in ("nl", "heredoc") or self.peek() == "nl"

    # --- bodies --------------------------------------------------------------------------

    def top(self) -> dict[str, Any]:
        body = self.body()
        if self.peek() != "eof":
            raise _Unsure("unexpected token at top level")
        return body

    def body(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {}
        blocks: list[dict[str, Any]] = []
        while True:
            self.skip_nl()
            if self.peek() != "name":
                return {"attrs": attrs, "blocks": blocks}
            start = self.start
            name = self.take()
            if self.peek() == "=":
                if name in attrs:
                    raise _Unsure("attribute set twice")  # Lark's path words the error
                self.take()
                expr = self.expression()
                attrs[name] = {"expr": expr, "line": self.line_at(start), "end_line": self.line_at(self.prev_end)}
            else:
                blocks.append(self.block(name, start))
            if not (self.at_line_break() or self.peek() in ("}", "eof")):
                raise _Unsure("two items on one line")

    def block(self, block_type: str, start: int) -> dict[str, Any]:
        labels: list[str] = []
        while True:
            kind = self.peek()
            if kind == "name":
                labels.append(self.take())
            elif kind == '"':
                labels.append(self.label())
            else:
                break
        self.skip_nl()
        self.expect("{")
        body = self.body()
        if self.peek() != "}":
            raise _Unsure("block not closed")
        end_line = self.line_at(self.start)
        self.take()
        body.update(type=block_type, labels=labels, line=self.line_at(start), end_line=end_line)
        return body

    def label(self) -> str:
        self.take()
        match = _STRING_CHARS.match(self.text, self.pos)
        raw = match.group() if match else ""
        end = self.pos + len(raw)
        if self.text[end : end + 1] != '"' or "\\" in raw:
            raise _Unsure("label with escapes or templates")
        self.pos = self.prev_end = end + 1
        self.prev_kind = "string"
        return raw

    # --- expressions ---------------------------------------------------------------------

    def expression(self) -> Node:
        self.peek()
        start = self.start
        test = self.binary(1)
        if self.peek() == "nl" and self._continues("?"):
            self.take()
        if self.peek() != "?":
            return test
        self.take()
        self.skip_nl()
        then = self.expression()
        self.skip_nl()
        self.expect(":")
        self.skip_nl()
        other = self.expression()
        return ["cond", self.line_at(start), test, then, other]

    def _continues(self, wanted: str | None = None) -> bool:
        """At a newline run: True if python-hcl2 joins it to the operator that follows."""
        following = self.after_nl()
        if following not in _PRECEDENCE and following != "?":
            return False
        if wanted is not None and following != wanted:
            return False
        if following in _CONTINUES and _PURE_NEWLINE.match(self.value):
            return True
        raise _Unsure("newline before an operator")

    def binary(self, level: int) -> Node:
        self.peek()
        start = self.start
        left = self.unary()
        for _ in range(_MAX_CHAIN):
            kind = self.peek()
            if kind == "nl":
                following = self.after_nl()
                if following not in _PRECEDENCE and following != "?":
                    return left
                if following == "?" or _PRECEDENCE[following] < level:
                    return left
                if not self._continues():
                    return left
                self.take()
                kind = self.peek()
            precedence = _PRECEDENCE.get(kind)
            if precedence is None or precedence < level:
                return left
            if kind == "-" and _NEGATIVE_NUMBER.match(self.text, self.start):
                raise _Unsure("python-hcl2 reads this minus as a negative number")
            self.take()
            self.skip_nl()
            right = self.binary(precedence + 1)
            left = ["binop", self.line_at(start), kind, left, right]
            # The grammar lets a binary expression end with newlines, and Lark's LALR
            # parser shifts them into it: the attribute then ends on the next line.
            if self.peek() == "nl":
                following = self.after_nl()
                if following in _PRECEDENCE or following == "?":
                    if following == "-" or not self._continues():
                        raise _Unsure("newline then an operator after a binary expression")
                else:
                    self.take()
        raise _Unsure("a chain of operators this long")

    def unary(self) -> Node:
        if self.peek() == "-":
            if _NEGATIVE_INT_ACCESSED.match(self.text, self.start):
                raise _Unsure("python-hcl2 applies this accessor to a negative number")
            number = _FLOAT.match(self.text, self.start)
            if number is None:
                start = self.start
                self.take()
                if self.peek() == "-" or self.peek() == "!":
                    raise _Unsure("unary operator twice")
                return ["unop", self.line_at(start), "-", self.term()]
        elif self.kind == "!":
            start = self.start
            self.take()
            if self.peek() == "-" or self.peek() == "!":
                raise _Unsure("unary operator twice")
            return ["unop", self.line_at(start), "!", self.term()]
        return self.term()

    def term(self) -> Node:
        kind = self.peek()
        start = self.start
        line = self.line_at(start)
        if kind == "name":
            node = self.name_or_call(line)
        elif kind == "num" or kind == "-":
            node = self.number(line)
        elif kind == '"':
            node = self.string(line)
        elif kind == "[":
            node = self.tuple_or_for(line)
        elif kind == "{":
            node = self.object_or_for(line)
        elif kind == "(":
            self.take()
            self.skip_nl()
            node = self.expression()
            self.skip_nl()
            self.expect(")")
        elif kind == "<<":
            node = self.heredoc_term(line)
        else:
            raise _Unsure(f"unexpected {kind!r}")
        return self.postfix(node, line)

    def number(self, line: int) -> Node:
        float_match = _FLOAT.match(self.text, self.start)
        if float_match is not None:
            self.pos = self.prev_end = float_match.end()
            self.prev_kind = "num"
            return ["lit", line, float(float_match.group())]
        int_match = _INT.match(self.text, self.start)
        if int_match is None:
            raise _Unsure("not a number")
        self.pos = self.prev_end = int_match.end()
        self.prev_kind = "num"
        try:
            return ["lit", line, int(int_match.group())]
        except ValueError:  # more digits than sys.get_int_max_str_digits()
            return ["unsupported", line, "a number this long"]

    def name_or_call(self, line: int) -> Node:
        name = self.take()
        kind = self.peek()
        if kind == "(" or kind == "::":
            return self.call(name, line)
        if name in _LITERALS:
            return ["lit", line, _LITERALS[name]]
        return ["name", line, name]

    def call(self, name: str, line: int) -> Node:
        if name in _LITERALS:
            raise _Unsure("literal called as a function")
        names = [name]
        if self.peek() == "::":
            for _ in range(2):
                self.expect("::")
                if self.peek() != "name":
                    raise _Unsure("namespaced function name")
                names.append(self.take())
        self.expect("(")
        self.skip_nl()
        args: list[Node] = []
        expand = False
        while self.peek() != ")":
            args.append(self.expression())
            kind = self.peek()
            if kind == "...":
                self.take()
                expand = True
                self.skip_nl()
                break
            newline = self.skip_nl()
            if self.peek() == ",":
                self.take()
                self.skip_nl()
                if newline and self.peek() == ")":
                    raise _Unsure("newline before a trailing comma")
            elif self.peek() != ")":
                raise _Unsure("argument list")
        self.expect(")")
        return ["call", line, "::".join(names), args, expand]

    def postfix(self, node: Node, line: int) -> Node:
        for _ in range(_MAX_CHAIN):
            kind = self.peek()
            if kind == ".":
                node = ["attr", line, node, self.dot()] if self._dot_name() else ["index", line, node, self.dot_index()]
            elif kind == "[":
                self.take()
                node = ["index", line, node, self.bracket_index()]
            elif kind == ".*" or kind == "[*]":
                self.take()
                node = ["splat", line, node, self.splat_ops()]
            else:
                return node
        raise _Unsure("a chain of accessors this long")

    def _dot_name(self) -> bool:
        following = self.text[self.end : self.end + 1]
        if following.isdigit():
            return False
        if _NAME.match(self.text, self.end) is None:
            raise _Unsure("after a dot")
        return True

    def dot(self) -> str:
        self.take()
        match = _NAME.match(self.text, self.pos)
        if match is None:
            raise _Unsure("attribute name")
        self.pos = self.prev_end = match.end()
        self.prev_kind = "name"
        return intern(match.group())

    def dot_index(self) -> Node:
        line = self.line_at(self.start)
        self.take()
        match = _INT.match(self.text, self.pos)
        if match is None:
            raise _Unsure("short index")
        self.pos = self.prev_end = match.end()
        self.prev_kind = "num"
        return ["lit", line, int(match.group())]

    def bracket_index(self) -> Node:
        self.skip_nl()
        key = self.expression()
        self.skip_nl()
        self.expect("]")
        return key

    def splat_ops(self) -> list[Any]:
        ops: list[Any] = []
        for _ in range(_MAX_CHAIN):
            kind = self.peek()
            if kind == ".":
                ops.append(["attr", self.dot()] if self._dot_name() else ["index", self.dot_index()])
            elif kind == "[":
                self.take()
                ops.append(["index", self.bracket_index()])
            else:
                return ops
        raise _Unsure("a chain of accessors this long")

    # --- strings -------------------------------------------------------------------------

    def string(self, line: int) -> Node:
        self.take()
        text = self.text
        pos = self.pos
        parts: list[Node] = []
        while True:
            match = _STRING_CHARS.match(text, pos)
            if match is not None:
                literal = unescape(match.group(), line)
                parts.append(["lit", line, intern(literal) if len(literal) <= _INTERNED else literal])
                pos = match.end()
            char = text[pos : pos + 1]
            if char == '"':
                self.pos = self.prev_end = pos + 1
                self.prev_kind = "string"
                return template(line, parts)
            if char == "$" and text.startswith("${", pos):
                self.pos = pos + 2
                if self.peek() == "nl":
                    raise _Unsure("newline in an interpolation")
                parts.append(self.expression())
                if self.peek() != "}":
                    raise _Unsure("interpolation not closed")
                pos = self.end
                continue
            escaped = _ESCAPED_TEMPLATE.match(text, pos)
            if escaped is None:
                raise _Unsure("template directive or unterminated string")
            parts.append(["lit", line, unescape(escaped.group(), line)])
            pos = escaped.end()

    def heredoc_term(self, line: int) -> Node:
        trim = self.text.startswith("<<-", self.start)
        match = (_HEREDOC_TRIM if trim else _HEREDOC).match(self.text, self.start)
        if match is None:
            raise _Unsure("heredoc")
        self.pos = self.prev_end = match.end()
        self.prev_kind = "heredoc"
        return heredoc(match.group(), line, trim)

    # --- collections ---------------------------------------------------------------------

    def tuple_or_for(self, line: int) -> Node:
        self.take()
        self.skip_nl()
        if self.peek() == "name" and self.value == "for":
            return self.for_expression(line, "]")
        items: list[Node] = []
        while self.peek() != "]":
            items.append(self.expression())
            self.skip_nl()
            if self.peek() == ",":
                self.take()
                self.skip_nl()
            elif self.peek() != "]":
                raise _Unsure("tuple")
        self.take()
        return ["tuple", line, items]

    def object_or_for(self, line: int) -> Node:
        self.take()
        self.skip_nl()
        if self.peek() == "name" and self.value == "for":
            return self.for_expression(line, "}")
        items: list[Node] = []
        while self.peek() != "}":
            if self.peek() == "name" and self.value in _KEYWORDS:
                raise _Unsure("keyword as an object key")
            key = self.expression()
            if key[0] == "name":
                key = ["lit", key[1], key[2]]
            if self.peek() not in ("=", ":"):
                raise _Unsure("object element")
            self.take()
            items.append([key, self.expression()])
            newline = self.at_line_break()
            self.skip_nl()
            if self.peek() == ",":
                self.take()
                self.skip_nl()
            elif self.peek() != "}" and not newline:
                raise _Unsure("object elements on one line without a comma")
        self.take()
        return ["object", line, items]

    def for_expression(self, line: int, closer: str) -> Node:
        self.take()  # for
        self.skip_nl()
        names = [self._identifier()]
        if self.peek() == ",":
            self.take()
            names.append(self._identifier())
        self.skip_nl()
        if self.peek() != "name" or self.value != "in":
            raise _Unsure("for without in")
        self.take()
        self.skip_nl()
        collection = self.expression()
        self.skip_nl()
        self.expect(":")
        self.skip_nl()
        key_expr: Node | None = None
        if closer == "}":
            key_expr = self.expression()
            self.expect("=>")
            self.skip_nl()
        value_expr = self.expression()
        self.skip_nl()
        grouping = False
        if closer == "}" and self.peek() == "...":
            self.take()
            grouping = True
            self.skip_nl()
        cond: Node | None = None
        if self.peek() == "name" and self.value == "if":
            self.take()
            self.skip_nl()
            cond = self.expression()
            self.skip_nl()
        self.expect(closer)
        key_var, value_var = (names[0], names[1]) if len(names) == 2 else (None, names[0])
        return ["for", line, key_var, value_var, collection, key_expr, value_expr, cond, grouping]

    def _identifier(self) -> str:
        if self.peek() != "name" or self.value in _KEYWORDS or self.value in _LITERALS:
            raise _Unsure("for variable")
        return self.take()


class _Template(_Parser):
    """Template text: literal runs and `${ … }` interpolations, every node on one line."""

    def __init__(self, text: str, line: int) -> None:
        super().__init__(text + "\n")  # a newline after the text, never inside a part
        self.size = len(text)
        self.fixed_line = line

    def line_at(self, offset: int) -> int:
        return self.fixed_line

    def template(self) -> Node:
        text, line, pos = self.text, self.fixed_line, 0
        parts: list[Node] = []
        while pos < self.size:
            match = _TEMPLATE_CHARS.match(text, pos, self.size)
            if match is not None:
                parts.append(["lit", line, match.group()])
                pos = match.end()
                continue
            if text.startswith("${", pos):
                self.pos = pos + 2
                if self.peek() == "nl":
                    raise _Unsure("newline in an interpolation")
                parts.append(self.expression())
                if self.peek() != "}" or self.end > self.size:
                    raise _Unsure("interpolation not closed")
                pos = self.end
            elif text.startswith("$${", pos) or text.startswith("%%{", pos):
                parts.append(["lit", line, text[pos + 1 : pos + 3]])
                pos += 3
            else:
                raise _Directive
        return template(line, parts)
