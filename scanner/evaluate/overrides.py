"""A module's files as Terraform and OpenTofu combine them: extension precedence, then overrides.

- OpenTofu reads `.tofu` / `.tofu.json` files, and a `.tofu` file hides the `.tf` file of the
  same name (`main.tofu` hides `main.tf`; `x.tofu.json` hides `x.tf.json`). Terraform does not
  read `.tofu` files; sovscan follows OpenTofu where the two differ, so that a file either
  tool would read is read.
- `override.tf` and `*_override.tf` (and their `.tf.json` / `.tofu` forms) are set aside, then
  merged in lexicographic order into the blocks they name: attributes replace attributes; a
  nested block type in the override replaces every block of that type (a `lifecycle` block
  merges argument by argument); `locals` replace the named locals; `terraform` merges
  `required_providers` entry by entry. (Terraform's "Override Files" documentation.)
"""

from __future__ import annotations

import copy
from pathlib import PurePosixPath
from typing import Any

from scanner.evaluate.expressions import Context, evaluate

_TOFU = {".tofu": ".tf", ".tofu.json": ".tf.json"}


def _stem_and_suffix(rel: str) -> tuple[str, str]:
    name = PurePosixPath(rel).name
    for suffix in (".tofu.json", ".tf.json", ".tofu", ".tf"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def hidden_by_tofu(rels: list[str]) -> set[str]:
    """The `.tf` / `.tf.json` files OpenTofu ignores because a `.tofu` twin exists."""
    present = set(rels)
    hidden = set()
    for rel in rels:
        stem, suffix = _stem_and_suffix(rel)
        if suffix.lower() in _TOFU:
            twin = str(PurePosixPath(rel).with_name(stem + _TOFU[suffix.lower()]))
            if twin in present:
                hidden.add(twin)
    return hidden


def is_override(rel: str) -> bool:
    stem, _ = _stem_and_suffix(rel)
    return stem == "override" or stem.endswith("_override")


def merge_overrides(blocks: list[tuple[str, dict[str, Any]]], overrides: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Merge override blocks (file, block) into the module's (file, block) list in place;
    return the override files with a block that names nothing to override (Terraform
    refuses them; sovscan keeps such a block as written, so that nothing goes unread)."""
    orphans: list[str] = []
    for rel, block in overrides:
        if block["type"] == "locals":
            _merge_locals(blocks, rel, block)
            continue
        target = next((b for _, b in blocks if _key(b) == _key(block)), None)
        if target is None:
            orphans.append(rel)
            blocks.append((rel, block))
            continue
        _merge_block(target, _tagged(block, rel), top=block["type"])
    return orphans


def _key(block: dict[str, Any]) -> tuple[Any, ...]:
    if block["type"] == "provider":
        alias = block["attrs"].get("alias")
        value = evaluate(alias["expr"], Context("")).value if alias is not None else None
        return ("provider", *block["labels"], value)
    if block["type"] == "terraform":
        return ("terraform",)
    return (block["type"], *block["labels"])


def _tagged(block: dict[str, Any], rel: str) -> dict[str, Any]:
    """A copy of an override block whose attributes remember the file they were written in."""
    tagged = copy.deepcopy(block)
    stack = [tagged]
    while stack:
        current = stack.pop()
        for attr in current["attrs"].values():
            attr.setdefault("rel", rel)
        stack.extend(current["blocks"])
    return tagged


def _nested_key(block: dict[str, Any]) -> str:
    # `dynamic "x"` generates blocks of type x: an override of x replaces it as well.
    return str(block["labels"][0]) if block["type"] == "dynamic" and block["labels"] else str(block["type"])


def _merge_block(target: dict[str, Any], override: dict[str, Any], top: str) -> None:
    target["attrs"].update(override["attrs"])
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for nested in override["blocks"]:
        by_kind.setdefault(_nested_key(nested), []).append(nested)
    for kind, replacements in by_kind.items():
        if (top in ("resource", "data") and kind == "lifecycle") or (
            top == "terraform" and kind == "required_providers"
        ):
            existing = [b for b in target["blocks"] if b["type"] == kind]
            if existing:
                for replacement in replacements:
                    existing[0]["attrs"].update(replacement["attrs"])
                continue
        target["blocks"] = [b for b in target["blocks"] if _nested_key(b) != kind] + replacements


def _merge_locals(blocks: list[tuple[str, dict[str, Any]]], rel: str, block: dict[str, Any]) -> None:
    tagged = _tagged(block, rel)
    for name, attr in tagged["attrs"].items():
        holder = next((b for _, b in blocks if b["type"] == "locals" and name in b["attrs"]), None)
        if holder is None:
            blocks.append((rel, {**block, "attrs": {name: attr}, "blocks": []}))
        else:
            holder["attrs"][name] = attr
