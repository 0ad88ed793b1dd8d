"""Turn python-hcl2's raw Lark parse tree into a small expression tree of plain lists.

Plain lists and dicts (not classes) so that a parsed file can be cached as JSON.
Every expression node is `[op, line, ...operands]`:

    ["lit", line, value]                 string, number, bool or null
    ["tpl", line, [node, ...]]           string template: parts concatenated
    ["tuple", line, [node, ...]]
    ["object", line, [[key_node, value_node], ...]]
    ["name", line, "var"]                a bare identifier (var, local, aws_s3_bucket, each…)
    ["attr", line, node, "name"]         node.name
    ["index", line, node, key_node]      node[key]
    ["splat", line, node, [op, ...]]     node[*].a.b — ops are ["attr", name] / ["index", node]
    ["call", line, "name", [args], expand_final_argument]
    ["cond", line, test, then, else]
    ["binop", line, "op", left, right]
    ["unop", line, "op", operand]
    ["for", line, key_var|None, value_var, collection, key_expr|None, value_expr, cond|None, grouping]
    ["unsupported", line, "what"]        a construct the evaluator cannot read (template directives)

A body is `{"attrs": {name: {"expr": node, "line": l, "end_line": l2}}, "blocks": [block]}`
and a block adds `"type"`, `"labels"`, `"line"` and `"end_line"`.
"""

from __future__ import annotations

from typing import Any

from lark import Token, Tree

from scanner.load.errors import LoadError
from scanner.load.hcl_fast import heredoc
from scanner.load.hcl_text import Node, template, unescape


def _line(item: Tree | Token) -> int:
    if isinstance(item, Token):
        return item.line or 0
    meta = item.meta
    return 0 if meta.empty else meta.line


def _end_line(item: Tree | Token) -> int:
    if isinstance(item, Token):
        return item.end_line or item.line or 0
    meta = item.meta
    return 0 if meta.empty else meta.end_line


def _trees(tree: Tree) -> list[Tree]:
    return [c for c in tree.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]


def _name_of(item: Tree | Token) -> str:
    if isinstance(item, Token):
        return str(item)
    if item.data == "string":
        return "".join(str(p.children[0]) for p in _trees(item))
    token = item.children[0]
    return str(token)


def convert_body(body: Tree) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    blocks: list[dict[str, Any]] = []
    for child in _trees(body):
        if child.data == "attribute":
            name_node, _eq, expr = child.children[0], child.children[1], child.children[2]
            name = _name_of(name_node)
            if name in attrs:
                # As Terraform: "Attribute redefined … Each argument may be set only once."
                first = attrs[name]["line"]
                raise LoadError(f"attribute '{name}' is already set at line {first}", _line(child))
            attrs[name] = {
                "expr": expression(expr),
                "line": _line(child),
                "end_line": _end_line(child),
            }
        elif child.data == "block":
            blocks.append(_convert_block(child))
    return {"attrs": attrs, "blocks": blocks}


def _convert_block(block: Tree) -> dict[str, Any]:
    parts = [c for c in block.children if isinstance(c, Tree) and c.data != "new_line_or_comment"]
    body = parts[-1]
    names = [_name_of(p) for p in parts[:-1]]
    converted = convert_body(body)
    converted.update(
        type=names[0],
        labels=names[1:],
        line=_line(block),
        end_line=_end_line(block),
    )
    return converted


def expression(tree: Tree | Token) -> Node:
    if isinstance(tree, Token):
        return ["lit", _line(tree), str(tree)]
    handler = _HANDLERS.get(tree.data)
    if handler is None:
        return ["unsupported", _line(tree), f"expression '{tree.data}'"]
    return handler(tree)


def _expr_term(tree: Tree) -> Node:
    inner = _trees(tree)
    return expression(inner[0])


def _int(tree: Tree) -> Node:
    try:
        return ["lit", _line(tree), int(str(tree.children[0]))]
    except ValueError:  # more digits than sys.get_int_max_str_digits()
        return ["unsupported", _line(tree), "a number this long"]


def _float(tree: Tree) -> Node:
    text = str(tree.children[0])
    try:
        return ["lit", _line(tree), float(text)]
    except ValueError:  # python-hcl2's FLOAT_LITERAL also matches "-1-2.5"
        raise LoadError(f"HCL syntax error: cannot read the number '{text}'", _line(tree)) from None


def _literal_value(tree: Tree) -> Node:
    word = str(tree.children[0])
    return ["lit", _line(tree), {"true": True, "false": False, "null": None}[word]]


def _identifier(tree: Tree) -> Node:
    return ["name", _line(tree), str(tree.children[0])]


def _string(tree: Tree) -> Node:
    line = _line(tree)
    parts: list[Node] = []
    strip_next = False  # a `~}` before: the literal that follows loses its leading spaces
    for part in _trees(tree):
        inner = part.children[0]
        if isinstance(inner, Token):
            text = unescape(str(inner), line)
            parts.append(["lit", line, text.lstrip() if strip_next else text])
            strip_next = False
        elif inner.data == "interpolation":
            markers = [i for i, c in enumerate(inner.children) if isinstance(c, Token) and c.type == "STRIP_MARKER"]
            if 1 in markers and parts and parts[-1][0] == "lit":  # `${~`: the literal before loses its trailing spaces
                parts[-1] = ["lit", line, parts[-1][2].rstrip()]
            strip_next = bool(markers) and markers[-1] > 1
            parts.append(expression(_trees(inner)[0]))
        else:
            return ["unsupported", line, "template directive (%{ … })"]
    return template(line, parts)


def _heredoc(tree: Tree) -> Node:
    return heredoc(str(tree.children[0]), _line(tree), tree.data == "heredoc_template_trim")


def _tuple(tree: Tree) -> Node:
    return ["tuple", _line(tree), [expression(c) for c in _trees(tree)]]


def _object(tree: Tree) -> Node:
    items = []
    for elem in _trees(tree):
        key_tree, value_tree = _trees(elem)[0], _trees(elem)[-1]
        key_inner = _trees(key_tree)
        if key_inner:
            key = expression(key_inner[0])
            if key[0] == "name":
                key = ["lit", key[1], key[2]]
        else:
            key = ["lit", _line(key_tree), _name_of(key_tree.children[0])]
        items.append([key, expression(value_tree)])
    return ["object", _line(tree), items]


def _get_attr(tree: Tree) -> Node:
    base, accessor = _trees(tree)
    return ["attr", _line(tree), expression(base), _accessor_name(accessor)]


def _accessor_name(accessor: Tree) -> str:
    target = _trees(accessor)[0]
    return _name_of(target)


def _index(tree: Tree) -> Node:
    base, accessor = _trees(tree)
    return ["index", _line(tree), expression(base), _index_key(accessor)]


def _index_key(accessor: Tree) -> Node:
    if accessor.data == "short_index":
        token = next(c for c in accessor.children if isinstance(c, Token) and c.type == "INT_LITERAL")
        return ["lit", _line(accessor), int(str(token))]
    return expression(_trees(accessor)[0])


def _splat(tree: Tree) -> Node:
    base, splat = _trees(tree)
    ops: list[Any] = []
    for op in _trees(splat):
        if op.data == "get_attr":
            ops.append(["attr", _accessor_name(op)])
        else:
            ops.append(["index", _index_key(op)])
    return ["splat", _line(tree), expression(base), ops]


def _call(tree: Tree) -> Node:
    names = [str(c.children[0]) for c in tree.children if isinstance(c, Tree) and c.data == "identifier"]
    args_tree = next((c for c in _trees(tree) if c.data == "arguments"), None)
    args: list[Node] = []
    expand = False
    if args_tree is not None:
        args = [expression(c) for c in _trees(args_tree)]
        expand = any(isinstance(c, Token) and c.type == "ELLIPSIS" for c in args_tree.children)
    return ["call", _line(tree), "::".join(names), args, expand]


def _conditional(tree: Tree) -> Node:
    test, then, other = _trees(tree)
    return ["cond", _line(tree), expression(test), expression(then), expression(other)]


def _binary(tree: Tree) -> Node:
    left, term = _trees(tree)[:2]
    operator, right = _trees(term)
    op = str(operator.children[0]).strip()
    return ["binop", _line(tree), op, expression(left), expression(right)]


def _unary(tree: Tree) -> Node:
    op = str(tree.children[0])
    return ["unop", _line(tree), op, expression(_trees(tree)[0])]


def _for(tree: Tree) -> Node:
    parts = _trees(tree)
    intro = parts[0]
    names = [str(c.children[0]) for c in _trees(intro) if c.data == "identifier"]
    collection = expression(_trees(intro)[-1])
    key_var, value_var = (names[0], names[1]) if len(names) == 2 else (None, names[0])
    cond_tree = parts[-1] if parts[-1].data == "for_cond" else None
    exprs = [p for p in parts[1:] if p is not cond_tree]
    cond = expression(_trees(cond_tree)[0]) if cond_tree is not None else None
    grouping = any(isinstance(c, Token) and c.type == "ELLIPSIS" for c in tree.children)
    if tree.data == "for_object_expr":
        key_expr, value_expr = expression(exprs[0]), expression(exprs[1])
    else:
        key_expr, value_expr = None, expression(exprs[0])
    return ["for", _line(tree), key_var, value_var, collection, key_expr, value_expr, cond, grouping]


def _template_string(tree: Tree) -> Node:
    return ["unsupported", _line(tree), "escaped template string"]


_HANDLERS = {
    "expr_term": _expr_term,
    "int_lit": _int,
    "float_lit": _float,
    "literal_value": _literal_value,
    "identifier": _identifier,
    "string": _string,
    "heredoc_template": _heredoc,
    "heredoc_template_trim": _heredoc,
    "tuple": _tuple,
    "object": _object,
    "get_attr_expr_term": _get_attr,
    "index_expr_term": _index,
    "attr_splat_expr_term": _splat,
    "full_splat_expr_term": _splat,
    "function_call": _call,
    "conditional": _conditional,
    "binary_op": _binary,
    "unary_op": _unary,
    "for_tuple_expr": _for,
    "for_object_expr": _for,
    "template_string": _template_string,
}
