"""python-hcl2's Lark grammar, built once per machine and kept as JSON data.

python-hcl2 compiles its grammar on first use (1.5–3 s) and caches the result as a
pickle inside its own install directory; where that directory is read-only, every
process pays the compile again. We build the same LALR parser from python-hcl2's own
grammar and post-lexer, and keep the compiled tables in the user's cache directory
as JSON (never pickle: a cache file can be tampered with, and JSON cannot run code).
Importing python-hcl2's package would also pull its transformer and reconstructor,
which we do not use, so only the grammar file and the post-lexer module are read.

Where that grammar rejects HCL that Terraform accepts, `_AMENDMENTS` corrects it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

_FORMAT = "1"

# Where python-hcl2's grammar is stricter than HCL as Terraform reads it (hashicorp/hcl's
# hclsyntax): (python-hcl2's text, ours). A pair that no longer matches stops the build,
# so an upgrade of python-hcl2 cannot silently undo one.
_AMENDMENTS = (
    # A `/* … */` comment is whitespace wherever it stands (`bucket = /* name */ "x"`);
    # only `#` and `//` comments end a line, with the newline they absorb.
    (
        r"NL_OR_COMMENT: /\n[ \t]*/ | /#.*\n/ | /\/\/.*\n/ | /\/\*(.|\n)*?(\*\/)/",
        r"NL_OR_COMMENT: /\n[ \t]*/ | /#.*\n/ | /\/\/.*\n/" + "\n" + r"%ignore /\/\*(.|\n)*?\*\//",
    ),
    # Identifiers are Unicode: a letter or "_", then letters, digits, "_" or "-" (`étiquette`).
    ("NAME : /[a-zA-Z_][a-zA-Z0-9_-]*/", r"NAME : /[^\W\d][\w-]*/"),
    # `$${` and `%%{` are the literal `${` and `%{`, closed or not (`"$${"`).
    (r"ESCAPED_INTERPOLATION.2: /\$\$\{[^}]*\}/", r"ESCAPED_INTERPOLATION.2: /\$\$\{/"),
    (r"ESCAPED_DIRECTIVE.2: /%%\{[^}]*\}/", r"ESCAPED_DIRECTIVE.2: /%%\{/"),
    # The expansion `...` of a call's last argument may stand on its own line.
    (
        "arguments : (expression (new_line_or_comment? COMMA new_line_or_comment? expression)* "
        "(COMMA | ELLIPSIS)? new_line_or_comment?)",
        "arguments : (expression (new_line_or_comment? COMMA new_line_or_comment? expression)* "
        "(COMMA | new_line_or_comment? ELLIPSIS)? new_line_or_comment?)",
    ),
    # Strip markers in interpolations as in directives: `"${~ x ~}"`.
    (
        "interpolation: INTERP_START expression RBRACE",
        "interpolation: INTERP_START STRIP_MARKER? expression STRIP_MARKER? RBRACE",
    ),
)


def amended_grammar(grammar: str) -> str:
    """python-hcl2's grammar text with `_AMENDMENTS` applied."""
    for theirs, ours in _AMENDMENTS:
        if grammar.count(theirs) != 1:
            raise RuntimeError(f"python-hcl2's grammar changed: cannot amend {theirs!r}")
        grammar = grammar.replace(theirs, ours)
    return grammar


def hcl2_package_dir() -> Path:
    spec = importlib.util.find_spec("hcl2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("python-hcl2 is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def hcl2_version() -> str:
    try:
        from importlib.metadata import version

        return version("python-hcl2")
    except Exception:  # noqa: BLE001 - metadata may be missing in odd installs
        return "unknown"


def _load_postlexer_module(package_dir: Path) -> ModuleType:
    name = "scanner._hcl2_postlexer"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, package_dir / "postlexer.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("python-hcl2's post-lexer could not be found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules[name] = module
    return module


def _grammar_key(grammar: bytes, postlexer: bytes) -> str:
    import lark

    digest = hashlib.sha256()
    for part in (_FORMAT.encode(), lark.__version__.encode(), grammar, postlexer):
        digest.update(part)
        digest.update(b"\0")
    return digest.hexdigest()[:20]


def _int_keys(mapping: dict[str, Any]) -> dict[int, Any]:
    return {int(key): value for key, value in mapping.items()}


def _from_json(data: dict[str, Any], postlex: Any) -> Any:
    from lark import Lark

    data["memo"] = _int_keys(data["memo"])
    table = data["data"]["parser"]["parser"]
    table["states"] = _int_keys(table["states"])
    return Lark.__new__(Lark)._load(data, postlex=postlex)


def _to_json(parser: Any) -> str:
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    data, memo = parser.memo_serialize([TerminalDef, Rule])
    data["options"] = {k: v for k, v in data["options"].items() if k != "postlex"}
    return json.dumps({"data": data, "memo": memo}, separators=(",", ":"))


def _write_atomically(path: Path, text: str) -> None:
    from scanner.caches.atomic import write_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text)
    except OSError:
        pass  # a read-only home only costs the compile next time


@lru_cache(maxsize=1)
def parser() -> Any:
    """The LALR parser for HCL2, with positions on every node."""
    from lark import Lark

    package_dir = hcl2_package_dir()
    grammar_path = package_dir / "hcl2.lark"
    grammar = amended_grammar(grammar_path.read_text(encoding="utf-8")).encode("utf-8")
    postlexer_module = _load_postlexer_module(package_dir)
    postlexer = (package_dir / "postlexer.py").read_bytes()
    from scanner.caches.store import cache_dir

    cache_file = cache_dir() / f"hcl2-grammar-{_grammar_key(grammar, postlexer)}.json"
    postlex = postlexer_module.PostLexer()
    try:
        with cache_file.open(encoding="utf-8") as handle:
            return _from_json(json.load(handle), postlex)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    built = Lark(
        grammar.decode("utf-8"),
        parser="lalr",
        propagate_positions=True,
        postlex=postlex,
    )
    _write_atomically(cache_file, _to_json(built))
    return built
