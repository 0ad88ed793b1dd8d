"""Differential tests: the hand-written HCL parser (`hcl_fast`) against python-hcl2's grammar.

`hcl_fast.parse_body` may answer None ("not sure, ask Lark"), but whenever it answers it
must give exactly the body that `hcl_ast.convert_body` builds from the Lark tree: same
nodes, same values and types, same lines. It must never accept text the grammar rejects,
and never raise. Checked on every Terraform file in the repository (and the benchmark
corpus when it has been fetched), on generated HCL and on small mutations of it.

The one accepted difference: python-hcl2's lexer reads `-12` as one negative literal or
as unary minus on 12 depending on parser state; `hcl_fast` always gives the unary form.
Both sides are normalised to the literal before comparing. That is all: when
the lexer's literal changes the parse (`b -12` is a syntax error, `-12.x` is `(-12).x`),
the fast parser must see it too, or answer None.

Runs are derandomized so that CI sees the same examples every time. To hunt for new
divergences: ``SOVSCAN_HYPOTHESIS_EXAMPLES=20000 python -m pytest tests/test_hcl_fast.py``.
"""

from __future__ import annotations

import contextlib
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

hcl_fast = pytest.importorskip("scanner.load.hcl_fast")

from scanner.load.hcl_ast import convert_body  # noqa: E402
from scanner.load.hcl_parser import parser  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BENCH_CORPUS = REPO / "benchmarks" / ".work" / "corpora" / "medium"
# The reference parses ~100 files/s: at most this many benchmark files, sampled evenly.
BENCH_LIMIT = 500
SUFFIXES = (".tf", ".tfvars", ".tf.seed", ".tfvars.seed")

_HUNT = int(os.environ.get("SOVSCAN_HYPOTHESIS_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=_HUNT or 300,
    deadline=None,
    derandomize=not _HUNT,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


class _Error:
    def __repr__(self) -> str:
        return "ERROR"


ERROR = _Error()


def reference(text: str) -> Any:
    """What the Lark path gives: the body, or ERROR for a syntax (or conversion) error."""
    try:
        tree = parser().parse(text)
        return convert_body(tree.children[0])
    except Exception:  # noqa: BLE001 - Lark syntax errors, LoadError, ValueError, RecursionError
        return ERROR


def fold_negatives(node: Any) -> Any:
    """`["unop", L, "-", ["lit", L2, n]]` as `["lit", L, -n]`, inner nodes first (so -(-1)
    is 1 on both sides). Templates need nothing more: only text joins text in a template
    (`hcl_text.template`), so `"x${-12}"` keeps its number as a part on both sides."""
    if isinstance(node, dict):
        return {key: fold_negatives(value) for key, value in node.items()}
    if not isinstance(node, list):
        return node
    items = [fold_negatives(item) for item in node]
    if len(items) == 4 and items[0] == "unop" and items[2] == "-":
        operand = items[3]
        if (
            isinstance(operand, list)
            and len(operand) == 3
            and operand[0] == "lit"
            and isinstance(operand[2], int | float)
            and not isinstance(operand[2], bool)
        ):
            return ["lit", items[1], -operand[2]]
    return items


def tagged(value: Any) -> Any:
    """A strict, comparable form: every scalar tagged with its type (1, 1.0 and True are
    equal in Python, not in a parsed tree); dict order kept."""
    if isinstance(value, list):
        return ("list", tuple(tagged(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple((k, tagged(v)) for k, v in value.items()))
    if isinstance(value, float):
        return ("float", repr(value))
    return (type(value).__name__, value)


def normalise(body: Any) -> Any:
    return tagged(fold_negatives(body))


def check(text: str) -> tuple[Any, Any]:
    """Assert the contract on `text`; return (fast, reference) for coverage counts."""
    assert text.endswith("\n")
    try:
        fast = hcl_fast.parse_body(text)
    except BaseException as error:  # the contract is: never raise
        raise AssertionError(f"parse_body raised {error!r} on {text!r}") from error
    ref = reference(text)
    if fast is None:
        return fast, ref
    assert ref is not ERROR, f"fast parser accepted text the grammar rejects: {text!r}\nfast: {fast!r}"
    assert normalise(fast) == normalise(ref), f"different trees for {text!r}\nfast: {fast!r}\nref:  {ref!r}"
    return fast, ref


# --- 1. every Terraform file we have ---------------------------------------------------


def _tf_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    found = [p for p in root.rglob("*") if p.name.endswith(SUFFIXES) and "node_modules" not in p.parts]
    return sorted(p for p in found if p.is_file())


def _read(path: Path) -> list[str]:
    """The texts to check for a file: as decoded by the scanner (BOM gone, line endings
    normalised), and raw (CRLF and all); undecodable bytes replaced."""
    from scanner.discover.walk import ReadFailure, decode

    data = path.read_bytes()
    raw = data.decode("utf-8", errors="replace")
    texts = [raw]
    with contextlib.suppress(ReadFailure):
        texts.append(decode(data))
    out = []
    for text in texts:
        text = text if text.endswith("\n") else text + "\n"
        if text not in out:
            out.append(text)
    return out


def _bench_files() -> list[Path]:
    files = _tf_files(BENCH_CORPUS)
    if len(files) > BENCH_LIMIT:
        step = len(files) / BENCH_LIMIT
        files = [files[int(i * step)] for i in range(BENCH_LIMIT)]
    return files


def test_corpus_differential() -> None:
    repo_files = _tf_files(REPO / "sample_infra") + _tf_files(REPO / "tests")
    bench = _bench_files()
    covered_roots = (REPO / "sample_infra", BENCH_CORPUS)
    accepted = 0
    fell_back: list[str] = []
    for path in repo_files + bench:
        for text in _read(path):
            fast, ref = check(text)
            if ref is ERROR or not any(path.is_relative_to(root) for root in covered_roots):
                continue
            accepted += 1
            if fast is None:
                fell_back.append(str(path.relative_to(REPO)))
    for path in repo_files:  # the repository's own files again, with CRLF line endings
        check(_read(path)[-1].replace("\r\n", "\n").replace("\n", "\r\n"))
    assert accepted > 0
    assert len(fell_back) <= 0.02 * accepted, f"{len(fell_back)}/{accepted} texts fell back to Lark: {fell_back}"


# --- 2. generated HCL ------------------------------------------------------------------

NAMES = ("a", "b", "x", "var", "local", "each", "count", "aws_s3_bucket", "my-name", "_u", "v2", "region")
# Words the grammar lexes as keywords (or literals) where a name could also stand.
KEYWORDS = ("in", "for_each", "if", "for", "else", "endif", "endfor", "true", "false", "null")
BINARY_OPS = ("||", "&&", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%")
NUMBERS = ("0", "1", "42", "007", "1.5", "0.25", "1e3", "1E+2", "2.5e-3", "-1", "-12", "-1.5", "-2e3", "-0", "9" * 25)
LITERALS = (*NUMBERS, "true", "false", "null")
FUNCTIONS = ("f", "lookup", "merge", "try", "provider::aws::arn_parse", "provider::terraform::decode_tfvars")
STRING_TEXT = (
    "abc",
    " ",
    "eu-west-3",
    "é",
    "😀",
    "$",
    "%",
    "a$b",
    "100%",
    "{",
    "}",
    "'",
    "#",
    "//",
    "/*",
    "\\n",
    '\\"',
    "\\\\",
    "\\u00e9",
    "\\U0001F600",
    "\\x",
    "\\t",
    "\\r",
    "$${x}",
    "%%{y}",
    "$${",
    "\t",
)
HEREDOC_TEXT = ("abc", "  indented", "\tt", '"q"', "é", "$", "%", "$${x}", "%%{y}", "\\n", "#", "EOFX", "")
SPACE = st.sampled_from(("", " ", " ", " ", "  ", "\t"))


@cache
def _sampled(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


def pick(draw: st.DrawFn, options: tuple[str, ...]) -> str:
    return draw(_sampled(options))


@cache
@st.composite
def gap(draw: st.DrawFn, inline: bool) -> str:
    """Where the grammar allows `new_line_or_comment?`: blanks, or newlines and comments."""
    if inline or draw(st.integers(0, 3)) > 0:
        return draw(SPACE)
    return draw(SPACE) + draw(
        st.sampled_from(
            ["\n", "\n  ", "\n\n\t", " # c\n", "// c\n  ", "/* c */", " /* c */\n", "/* a\n b */ ", "\n# c\n\n"]
        )
    )


@cache
@st.composite
def string(draw: st.DrawFn, depth: int) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth > 0 and draw(st.integers(0, 3)) == 0:
            parts.append("${" + draw(SPACE) + draw(expression(depth - 1, True)) + draw(SPACE) + "}")
        elif draw(st.integers(0, 40)) == 0:
            parts.append(pick(draw, ("%{ if x }y%{ endif }", "%{for i in x}${i}%{endfor}", "\n")))
        else:
            parts.append(pick(draw, STRING_TEXT))
    return '"' + "".join(parts) + '"'


@cache
@st.composite
def heredoc(draw: st.DrawFn, depth: int) -> str:
    marker = pick(draw, ("EOF", "EOT", "E", "END_1"))
    trim = draw(st.booleans())
    lines = []
    for _ in range(draw(st.integers(0, 3))):
        line = pick(draw, ("", "  ", "    ", "\t"))
        for _ in range(draw(st.integers(0, 3))):
            if depth > 0 and draw(st.integers(0, 3)) == 0:
                line += "${" + draw(expression(depth - 1, True)) + "}"
            else:
                line += pick(draw, HEREDOC_TEXT)
        lines.append(line + "\n")
    closing = pick(draw, ("", "", "  ", "\t")) + marker + "\n"
    return "<<" + ("-" if trim else "") + marker + "\n" + "".join(lines) + closing


def separated(draw: st.DrawFn, items: list[str], inline: bool, trailing: bool) -> str:
    """Items separated by commas, with blanks or newlines around them."""
    out = ""
    for i, item in enumerate(items):
        out += item
        if i < len(items) - 1 or (trailing and draw(st.booleans())):
            out += draw(gap(inline)) + "," + draw(gap(inline))
    return out


@cache
@st.composite
def tuple_(draw: st.DrawFn, depth: int, inline: bool) -> str:
    items = draw(st.lists(expression(depth - 1, inline), max_size=3))
    return "[" + draw(gap(inline)) + separated(draw, items, inline, True) + draw(gap(inline)) + "]"


@cache
@st.composite
def object_key(draw: st.DrawFn, depth: int, inline: bool) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 3:
        return pick(draw, NAMES)
    if kind <= 5:
        return pick(draw, KEYWORDS)
    if kind <= 7:
        return draw(string(0))
    if kind == 8:
        return "(" + draw(expression(depth - 1, inline)) + ")"
    return draw(expression(depth - 1, inline))


@cache
@st.composite
def object_(draw: st.DrawFn, depth: int, inline: bool) -> str:
    out = "{" + draw(gap(inline))
    count = draw(st.integers(0, 3))
    for i in range(count):
        out += draw(object_key(depth, inline)) + pick(draw, (" = ", "=", ": ", " : ", ":"))
        out += draw(expression(depth - 1, inline))
        last = i == count - 1
        choice = draw(st.integers(0, 2))
        if choice == 0 and not inline and not (last and draw(st.booleans())):
            out += draw(SPACE) + pick(draw, ("\n", "\n  ", " # c\n", "\n\n"))  # newline-separated
        elif choice == 1 or not last:
            out += draw(gap(inline)) + "," + draw(gap(inline))
        else:
            out += draw(gap(inline))
    return out + "}"


@cache
@st.composite
def call(draw: st.DrawFn, depth: int, inline: bool) -> str:
    args = draw(st.lists(expression(depth - 1, inline), max_size=3))
    out = pick(draw, FUNCTIONS) + "(" + draw(gap(inline)) + separated(draw, args, inline, False)
    if args:
        out += pick(draw, ("", "", ",", "...", " ..."))
    return out + draw(gap(inline)) + ")"


@cache
@st.composite
def for_(draw: st.DrawFn, depth: int, inline: bool) -> str:
    variables = pick(draw, ("v", "k, v", "k,v", "i, x"))
    is_object = draw(st.booleans())
    sub = expression(depth - 1, inline)
    out = ("{" if is_object else "[") + draw(gap(inline)) + "for " + variables + " in " + draw(sub)
    out += draw(gap(inline)) + ":" + draw(gap(inline))
    if is_object:
        out += draw(sub) + pick(draw, (" => ", "=>")) + draw(gap(inline))
    out += draw(sub) + draw(gap(inline))
    if is_object and draw(st.booleans()):
        out += "..." + draw(gap(inline))
    if draw(st.booleans()):
        out += "if " + draw(sub) + draw(gap(inline))
    return out + ("}" if is_object else "]")


@cache
@st.composite
def accessors(draw: st.DrawFn, depth: int, inline: bool) -> str:
    out = ""
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.integers(0, 7))
        if kind <= 2:
            out += "." + pick(draw, (*NAMES, "true", "null", "in", "for_each"))
        elif kind == 3:
            out += "." + pick(draw, ("0", "1", "10"))
        elif kind <= 5:
            out += "[" + draw(expression(depth - 1, inline)) + "]"
        else:
            out += pick(draw, (".*", "[*]"))
    return out


@cache
@st.composite
def term(draw: st.DrawFn, depth: int, inline: bool) -> str:
    """An `expr_term` (what unary operators and accessors apply to)."""
    kind = draw(st.integers(0, 3 if depth <= 0 else 13))
    if kind <= 1:
        return pick(draw, NAMES) + (draw(accessors(depth, inline)) if depth > 0 else "")
    if kind == 2:
        return pick(draw, LITERALS)
    if kind == 13:
        return pick(draw, LITERALS) + draw(accessors(depth, inline))
    if kind == 3:
        return draw(string(depth))
    if kind == 4:
        return "(" + draw(gap(inline)) + draw(expression(depth - 1, inline)) + draw(gap(inline)) + ")"
    if kind == 5:
        return draw(tuple_(depth, inline)) + draw(accessors(depth, inline))
    if kind == 6:
        return draw(object_(depth, inline)) + draw(accessors(depth, inline))
    if kind <= 8:
        return draw(call(depth, inline)) + draw(accessors(depth, inline))
    if kind == 9:
        return draw(for_(depth, inline)) + draw(accessors(depth, inline))
    if kind == 10 and not inline:
        return draw(heredoc(depth))
    return pick(draw, NAMES) + draw(accessors(depth, inline))


@cache
@st.composite
def operand(draw: st.DrawFn, depth: int, inline: bool) -> str:
    inner = draw(term(depth, inline))
    if draw(st.integers(0, 5)) == 5 and not inner.startswith("-"):
        return pick(draw, ("-", "!", "- ", "-", "!")) + inner
    return inner


@cache
@st.composite
def expression(draw: st.DrawFn, depth: int, inline: bool = False) -> str:
    kind = draw(st.integers(0, 9)) if depth > 0 else 0
    if kind <= 4:
        return draw(operand(depth, inline))
    if kind <= 7:
        out = draw(operand(depth - 1, inline))
        for _ in range(draw(st.integers(1, 3))):
            op = pick(draw, BINARY_OPS)
            spacing = draw(st.integers(0, 5))
            if spacing == 5 and not inline and op != "-":
                before = pick(draw, ("\n", "\n  ", "\n\t", " # c\n", "// c\n  "))  # line continuation
                after = draw(gap(inline))
            elif spacing >= 2:
                before, after = draw(SPACE), draw(gap(inline))
            else:  # tight on one side or both: `x -12` is not `x - 12` to python-hcl2's lexer
                before, after = ("", "") if spacing == 0 else (" ", "")
                op = "-" if draw(st.booleans()) else op
            right = pick(draw, NUMBERS) if draw(st.integers(0, 4)) == 4 else draw(operand(depth - 1, inline))
            out += before + op + after + right
        return out
    sub = expression(depth - 1, inline)
    test = draw(sub)
    before_q = draw(SPACE) if inline or draw(st.integers(0, 4)) else "\n"
    out = test + before_q + "?" + draw(gap(inline)) + draw(sub) + draw(gap(inline)) + ":" + draw(gap(inline))
    return out + draw(sub)


@cache
@st.composite
def body(draw: st.DrawFn, depth: int, indent: str = "") -> str:
    out = ""
    used: set[str] = set()
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 9))
        if kind <= 5:
            name = pick(draw, (*NAMES, *KEYWORDS[:3], "true", "null"))
            if name in used and draw(st.integers(0, 9)) < 9:  # now and then, an attribute set twice
                name += str(len(used))
            used.add(name)
            value = draw(expression(draw(st.integers(0, 3)), False))
            out += indent + name + pick(draw, (" = ", "=", "  =  ", "\t= ")) + value
        elif kind <= 7 and depth > 0:
            labels = draw(st.lists(st.one_of(_sampled((*NAMES, "in")), string(0)), max_size=2))
            out += indent + " ".join([pick(draw, ("resource", "locals", "dynamic", "in", "b")), *labels])
            out += pick(draw, (" ", "", " ", "\n"))
            if draw(st.integers(0, 4)) == 0:
                out += "{" + pick(draw, ("", " ", " x = 1 ", " b {} ")) + "}"
            else:
                out += "{" + draw(SPACE) + "\n" + draw(body(depth - 1, indent + "  ")) + indent + "}"
        elif kind == 8:
            out += indent + pick(draw, ("# c", "// c", "/* c */", "/* a\n b */", ""))
        else:
            out += pick(draw, ("", "\t", "  "))
        end = draw(st.integers(0, 30))
        out += "\n" if end < 28 else " # t\n" if end == 28 else " /* t */\n" if end == 29 else " "
    return out


@cache
@st.composite
def document(draw: st.DrawFn) -> str:
    text = draw(body(2))
    if not text.endswith("\n"):
        text += "\n"
    if draw(st.integers(0, 5)) == 0:
        text = text.replace("\n", "\r\n")
    return text


@SETTINGS
@given(document())
def test_generated(text: str) -> None:
    check(text)


# --- 3. small edits of generated HCL ---------------------------------------------------

EDIT_CHARS = tuple('{}[]()",=\n-.*?:$%#/<>!\\ \r')


@cache
@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A generated text with 1-3 characters deleted, inserted or duplicated, mostly at
    the structural characters where an edit changes how the text parses."""
    text = draw(document())
    for _ in range(draw(st.integers(1, 3))):
        structural = [i for i, char in enumerate(text) if char in EDIT_CHARS]
        if structural and draw(st.integers(0, 3)) < 3:
            pos = draw(st.sampled_from(structural))
        else:
            pos = draw(st.integers(0, max(len(text) - 1, 0)))
        edit = pick(draw, ("delete", "insert", "duplicate"))
        if edit == "delete":
            text = text[:pos] + text[pos + 1 :]
        elif edit == "duplicate":
            text = text[:pos] + text[pos : pos + 1] + text[pos:]
        else:
            text = text[:pos] + pick(draw, EDIT_CHARS) + text[pos:]
    return text if text.endswith("\n") else text + "\n"


@SETTINGS
@given(mutated())
def test_mutated(text: str) -> None:
    check(text)


# --- 4. cases worth keeping --------------------------------------------------------------

REGRESSIONS = [
    "a = x + y\nb = 1\n",  # a binary expression absorbs the following newlines: a ends on line 2
    "a = x + y\n\n\n# c\nb = 1\n",
    "a = x\n+ y\nb = 1\n",  # line continuation before an operator
    "a = x\n- y\n",  # no continuation before "-": a syntax error
    "a = x\n\n+ y\n",
    "a = x # c\n+ y\n",
    "a = x ? y : z + 1\nb = 1\n",
    "a = x\n? y : z\n",
    "a = x ? y ? 1 : 2 : z ? 3 : 4\n",
    "a = -1.5\n",
    "a = -12\nb = 1 - -12\nc = [-1, - 1, -x]\n",
    # python-hcl2 lexes "-12" and "-1.5" after an operand as one negative literal: a syntax error
    "a = b -12\n",
    "a = f(x)-10\n",
    "a = 1 -1.5\n",
    "a = x[0] -00\n",
    'a = "${b -12}"\n',
    "a = [1 -12]\n",
    "a = b -1e3\n",
    "a = b -4\nc = b-4\nd = b - 42\n",  # one digit, or a name with a dash, or spaced: fine
    "a = 0.25-1.5\n",
    # ... and before an accessor, `-12` is that literal: (-12).x, not -(12.x)
    "a = -12.x\n",
    "a = -12[0]\n",
    "a = x ? -12[*] : 1\n",
    "a = -1.x\nb = -1.5.x\n",
    "a = -1e3\nb = 1.5e-3\nc = 1E+2\nd = 007\n",
    "a = - -1\n",
    "a = !-1\n",
    "a = 1 b = 2\n",
    "a = <<EOF\nhi\nEOF\nb = 1\n",
    "a = <<-EOF\n    hi\n      ${x}\n    EOF\nb = 1\n",
    "a = <<EOF\n${a.b} $${c}\n  EOF\n",
    "a = <<EOF\nEOF\n",
    "a = <<EOF\r\nhi\r\nEOF\r\nb = 1\r\n",
    "a = [<<EOF\nx\nEOF\n, 1]\n",
    'k = {a = 1, "b" = 2\n c: 3\n(d) = 4}\n',
    "k = {in = 1, for_each = 2, true = 3, if = 4}\n",
    "k = {\n  in = 1\n  for_each = 2\n}\n",
    "k = {a = 1 b = 2}\n",
    "k = {a = 1,}\nt = [1, 2,]\nu = [\n  1,\n  2\n]\n",
    'a = "${b}\\n$${d}"\n',
    'a = "\\u00e9\\x\\"\\\\ %%{x} 100%"\n',
    'a = "${"${x}"}"\n',
    'a = "%{ if x }y%{ endif }"\n',
    'a = "${\nx}"\n',
    "a = x[*].a[0]\n",
    'a = x.*.b.0\nb = x.0.1\nc = x[0]["k"]\n',
    "a = f(a, b...)\n",
    "a = f(\n  a,\n  b,\n)\n",
    "a = f(a\n, b)\n",
    "a = provider::aws::arn_parse(x)\n",
    "a = true(1)\n",
    "m = {for k, v in m : k => v... if v}\n",
    "m = [for x in xs : x if x != null]\n",
    "m = [\n  for x in xs :\n  x\n]\n",
    'in {}\nresource "a" b {\n}\nx "y" {\n  z = 1\n}\n',
    'b "x\\ty" {}\n',
    "b {\n}\nb { a = 1 }\n",
    "b\n{\n}\n",
    "a = 1 // c\nb = 2 /* c */\n/* x\ny */ c = 3\n",
    "a = 1\na = 2\n",
    "true = 1\nnull = 2\nin = 3\n",
    "a = 1\r\nb = {\r\n  c = 2\r\n}\r\n",
    "\ta\t=\t1\n",
    "a = 99999999999999999999999999999999999999999\n",
    "a = (\n  1 +\n  2\n)\n",
    "a = x &&\n  y ||\n  z\n",
    "a = 1 + 2 * 3 - 4 / 5 % 6 < 7 == 8 != 9 >= 10 <= 11 > 12 && !x || y\n",
    # `/* … */` is whitespace, `#` and `//` end a line
    'a = /* c */ "x"\nb = x /* c */ + y\nc = f(/**/ 1)\n',
    'resource "a" /* c */ "b" /* d */ {\n  a = 1 /* e */\n}\n',
    "a = x\n/* c */ + y\n",
    "a = x\n/* c */\n+ y\n",
    "a = 1 /* c\n */\nb = 2\n",
    "a = 1 /* c\n */ b = 2\n",
    "a = 1 /* unclosed\n",
    # Unicode identifiers
    'étiquette = var.naïve\nναι "x" {\n  é-1_a = [for é in xs : é]\n}\n',
    "a = x.é[0]\n",
    # escaped template sequences, closed or not
    'a = "$${"\nb = "%%{ x"\nc = "$${x}${y}"\n',
    'a = "${~ x ~}"\n',
    "a = f(\n  x\n  ...\n)\nb = f(x\n)\nc = f(\n  x...\n)\n",
]


@pytest.mark.parametrize("text", REGRESSIONS)
def test_regression(text: str) -> None:
    check(text)
