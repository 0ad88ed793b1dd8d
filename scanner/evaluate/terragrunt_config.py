"""A Terragrunt configuration evaluated as Terragrunt would, without running anything.

One `Scope` is one `.hcl` file evaluated for one unit: its `locals`, the names it can reach
(`local.*`, `include.*`, `dependency.*`) and Terragrunt's functions. An included file is
evaluated in its child's context (`get_terragrunt_dir()` and `find_in_parent_folders()`
start from the unit), a file read with `read_terragrunt_config` in its own. Functions that
run or decrypt something (`run_cmd`, `sops_decrypt_file`, the cloud identity lookups) are
never run: their value is unknown, and says so. Includes and reads are bounded in depth and
refuse cycles.
"""

from __future__ import annotations

import os
from typing import Any

from scanner.evaluate.budget import active
from scanner.evaluate.expressions import Context, accessors, evaluate, walk_reference
from scanner.load.terragrunt import TERRAGRUNT_FILE, HclFiles
from scanner.model import Location, Step, Value

MAX_DEPTH = 8  # includes and read_terragrunt_config, nested

NEVER_RUN = frozenset(
    {
        "run_cmd",
        "sops_decrypt_file",
        "get_aws_account_id",
        "get_aws_account_alias",
        "get_aws_caller_identity_arn",
        "get_aws_caller_identity_user_id",
        "get_platform",
        "get_terraform_command",
        "get_terraform_cli_args",
    }
)
_PATH_FUNCTIONS = frozenset(
    {
        "find_in_parent_folders",
        "get_terragrunt_dir",
        "get_original_terragrunt_dir",
        "get_parent_terragrunt_dir",
        "path_relative_to_include",
        "path_relative_from_include",
        "get_path_from_repo_root",
        "get_path_to_repo_root",
        "get_repo_root",
        "get_env",
        "read_terragrunt_config",
    }
)
TERRAGRUNT_FUNCTIONS = NEVER_RUN | _PATH_FUNCTIONS


class Scope:
    """One `.hcl` file evaluated for one unit."""

    def __init__(
        self,
        files: HclFiles,
        path: str,
        body: dict[str, Any],
        terragrunt_dir: str,
        *,
        env: dict[str, str] | None = None,
        chain: tuple[str, ...] = (),
        included_from: Scope | None = None,
    ) -> None:
        self.files = files
        self.path = path  # absolute
        self.rel = files.rel(path)
        self.body = body
        self.terragrunt_dir = terragrunt_dir  # absolute: what get_terragrunt_dir() returns here
        self.env = env or {}
        self.chain = (*chain, path)
        self.included_from = included_from
        self._locals: dict[str, Value] = {}
        self._active: set[str] = set()
        self._includes: dict[str, Scope | Value] | None = None

    # --- the file's blocks --------------------------------------------------

    def blocks(self, block_type: str) -> list[dict[str, Any]]:
        return [b for b in self.body.get("blocks", []) if b.get("type") == block_type]

    def attr(self, name: str) -> dict[str, Any] | None:
        return self.body.get("attrs", {}).get(name)

    def location(self, node: dict[str, Any]) -> Location:
        return Location(self.rel, int(node["line"]), int(node["end_line"]))

    def evaluate(self, expr: list[Any]) -> Value:
        """An expression of this file, Terragrunt's functions included."""
        bindings: dict[str, Value] = {}
        ctx = Context(self.rel, self._resolve, None, active())
        ctx.bindings = bindings  # shared: the calls rewritten below bind their values here
        return evaluate(self._rewrite(expr, ctx), ctx)

    # --- includes -------------------------------------------------------------

    def includes(self) -> dict[str, Scope | Value]:
        """Each `include` block's file, evaluated for this unit (or why it could not be)."""
        if self._includes is None:
            self._includes = {}
            for block in self.blocks("include"):
                name = block["labels"][0] if block.get("labels") else ""
                self._includes[name] = self._include(block)
        return self._includes

    def _include(self, block: dict[str, Any]) -> Scope | Value:
        attr = block["attrs"].get("path")
        where = (Step(f"include in {self.rel}", self.location(block)),)
        if attr is None:
            return Value.unknown("an include block without a path", where)
        path = self.evaluate(attr["expr"])
        if not path.known or not isinstance(path.value, str):
            return Value.unknown(f"the included file is unknown: {path.reason or 'not a path'}", where)
        target = self._path(path.value)
        return self.scope_of(target, self.terragrunt_dir, where, included=True)

    def scope_of(self, target: str, terragrunt_dir: str, where: tuple[Step, ...], *, included: bool) -> Scope | Value:
        if target in self.chain:
            return Value.unknown(f"{self.files.rel(target)} includes or reads itself (a cycle)", where)
        if len(self.chain) > MAX_DEPTH:
            reason = f"includes and reads nested deeper than {MAX_DEPTH} levels are not evaluated"
            active().record(reason, self.rel, where[0].location.start_line if where else None)
            return Value.unknown(reason, where)
        body = self.files.body(target)
        if body is None:
            unread = "absent, out of the repository, or not parsed"
            return Value.unknown(f"{self.files.rel(target)} cannot be read ({unread})", where)
        return Scope(
            self.files,
            target,
            body,
            terragrunt_dir,
            env=self.env,
            chain=self.chain,
            included_from=self if included else None,
        )

    def include_dir(self, name: str | None = None) -> str | None:
        """The folder of the included file (`get_parent_terragrunt_dir`, `path_relative_to_include`)."""
        if self.included_from is not None:
            return os.path.dirname(self.path)
        scopes = [s for n, s in self.includes().items() if isinstance(s, Scope) and (name is None or n == name)]
        return os.path.dirname(scopes[0].path) if scopes else None

    # --- names ------------------------------------------------------------------

    def local(self, name: str) -> Value:
        if name in self._locals:
            return self._locals[name]
        for block in self.blocks("locals"):
            attr = block["attrs"].get(name)
            if attr is None:
                continue
            if name in self._active:
                return Value.unknown(f"local.{name} in {self.rel} is part of a reference cycle")
            self._active.add(name)
            try:
                value = self.evaluate(attr["expr"])
            finally:
                self._active.discard(name)
            value = value.behind(Step(f"local.{name} in {self.rel}", self.location(attr)))
            self._locals[name] = value
            return value
        return Value.unknown(f"local.{name} is not defined in {self.rel}")

    def exported(self) -> dict[str, Any]:
        """What `read_terragrunt_config` and an exposed include give: locals and inputs."""
        names = [n for block in self.blocks("locals") for n in block["attrs"]]
        result: dict[str, Any] = {"locals": {n: self.local(n) for n in names}}
        inputs = self.inputs()
        result["inputs"] = dict(inputs)
        return result

    def inputs(self) -> dict[str, Value]:
        """This file's own `inputs`, each with the line that sets it."""
        attr = self.attr("inputs")
        if attr is None:
            return {}
        node = attr["expr"]
        found: dict[str, Value] = {}
        if node[0] == "object":
            for key_node, value_node in node[2]:
                key = self.evaluate(key_node)
                if not key.known:
                    continue
                line = int(value_node[1]) if isinstance(value_node[1], int) else int(attr["line"])
                step = Step(f"inputs.{key.value} in {self.rel}", Location(self.rel, line, line))
                found[str(key.value)] = self.evaluate(value_node).behind(step)
            return found
        whole = self.evaluate(node)
        step = Step(f"inputs in {self.rel}", self.location(attr))
        if whole.known and isinstance(whole.value, dict):
            for key, value in whole.value.items():
                item = value if isinstance(value, Value) else Value(value, origin=whole.origin)
                found[str(key)] = item.behind(step)
        return found

    def dependency_outputs(self, name: str) -> Value:
        for block in self.blocks("dependency"):
            if (block.get("labels") or [""])[0] != name:
                continue
            mock = block["attrs"].get("mock_outputs")
            where = Step(f'mock_outputs of dependency "{name}" in {self.rel}', self.location(mock or block))
            if mock is None:
                return Value.unknown(f'dependency "{name}": its outputs are known only once it is applied', (where,))
            return self.evaluate(mock["expr"]).behind(where)
        for scope in self.includes().values():
            if isinstance(scope, Scope):
                found = scope.dependency_outputs(name)
                if found.known or "not declared" not in (found.reason or ""):
                    return found
        return Value.unknown(f'dependency "{name}" is not declared in {self.rel}')

    def _resolve(self, node: list[Any], ctx: Context) -> Value:
        parts = accessors(node, ctx)
        if isinstance(parts, Value):
            return parts
        root, chain = parts
        if root == "local" and chain:
            value = self.local(str(chain[0]))
            return walk_reference(Value({chain[0]: value}, origin=value.origin), node, ctx)
        if root == "include" and chain:
            return self._include_reference(node, chain, ctx)
        if root == "dependency" and len(chain) >= 2 and chain[1] == "outputs":
            outputs = self.dependency_outputs(str(chain[0]))
            return walk_reference(Value({chain[0]: {"outputs": outputs}}, origin=outputs.origin), node, ctx)
        return Value.unknown(f"{root} is not a name Terragrunt evaluates here ({self.rel})")

    def _include_reference(self, node: list[Any], chain: list[Any], ctx: Context) -> Value:
        includes = self.includes()
        # `include.<name>.locals.x` for a labelled include, `include.locals.x` for the unlabelled one.
        labelled = str(chain[0]) in includes and str(chain[0]) != ""
        name = str(chain[0]) if labelled else ""
        scope = includes.get(name)
        if scope is None:
            return Value.unknown(f"include.{chain[0]} is not an include of {self.rel}")
        if isinstance(scope, Value):
            return scope
        exported = scope.exported()
        return walk_reference(Value({name: exported} if labelled else exported), node, ctx)

    # --- Terragrunt's functions -------------------------------------------------

    def _rewrite(self, node: Any, ctx: Context) -> Any:
        """The expression with each call of a Terragrunt function replaced by a name bound to its value."""
        if not isinstance(node, list) or not node:
            return node
        if node[0] == "call" and node[2] in TERRAGRUNT_FUNCTIONS:
            args = [evaluate(self._rewrite(arg, ctx), ctx) for arg in node[3]]
            value = self._call(str(node[2]), args, int(node[1]))
            name = f"\0terragrunt{len(ctx.bindings)}"
            ctx.bindings[name] = value
            return ["name", node[1], name]
        return [self._rewrite(item, ctx) if isinstance(item, list) else item for item in node]

    def _call(self, name: str, args: list[Value], line: int) -> Value:
        where = (Step(f"{name}() in {self.rel}", Location(self.rel, line, line)),)
        if name in NEVER_RUN:
            return Value.unknown(f"{name}() would run a command or read a secret: sovscan never runs it", where)
        for arg in args:
            if not arg.known:
                return Value.unknown(arg.reason or f"an argument of {name}() is unknown", arg.origin or where)
        values = [a.value for a in args]
        if name == "get_env":
            return self._get_env(values, where)
        if name == "read_terragrunt_config":
            return self._read_config(values, where)
        path = self._path_function(name, values)
        if path is None:
            return Value.unknown(f"{name}() found nothing here ({self.rel})", where)
        return Value(path, origin=where)

    def _get_env(self, values: list[Any], where: tuple[Step, ...]) -> Value:
        if not values:
            return Value.unknown("get_env() without a name", where)
        variable = str(values[0])
        if variable.startswith("TF_VAR_") and variable[7:] in self.env:
            return Value(self.env[variable[7:]], origin=(Step(variable, Location("<environment>", 1, 1)),))
        if len(values) > 1:
            return Value(values[1], origin=where)
        return Value.unknown(f"environment variable {variable} is set at run time, and has no default here", where)

    def _read_config(self, values: list[Any], where: tuple[Step, ...]) -> Value:
        if not values or not isinstance(values[0], str):
            return Value.unknown("read_terragrunt_config() without a path", where)
        target = self._path(values[0])
        # Read once per unit: a file read by many others costs one evaluation, not one per path to it.
        memo = self.files.exports
        if target not in self.chain and target in memo:
            return Value(memo[target], origin=where)
        scope = self.scope_of(target, os.path.dirname(target), where, included=False)
        if isinstance(scope, Value):
            if len(values) > 1:
                return Value(values[1], origin=where)
            return scope
        memo[target] = scope.exported()
        return Value(memo[target], origin=where)

    def _path_function(self, name: str, values: list[Any]) -> str | None:
        files = self.files
        if name == "find_in_parent_folders":
            wanted = str(values[0]) if values else TERRAGRUNT_FILE
            found = files.find_in_parent_folders(self.terragrunt_dir, wanted)
            if found is None and len(values) > 1:
                return str(values[1])
            return found
        if name in ("get_terragrunt_dir", "get_original_terragrunt_dir"):
            return self.terragrunt_dir
        if name == "get_repo_root":
            return files.repo_root
        if name == "get_path_from_repo_root":
            return _relative(self.terragrunt_dir, files.repo_root)
        if name == "get_path_to_repo_root":
            return _relative(files.repo_root, self.terragrunt_dir)
        include_dir = self.include_dir(str(values[0]) if values else None)
        if include_dir is None:
            return "." if name.startswith("path_relative") else None
        if name == "get_parent_terragrunt_dir":
            return include_dir
        if name == "path_relative_to_include":
            return _relative(self.terragrunt_dir, include_dir)
        if name == "path_relative_from_include":
            return _relative(include_dir, self.terragrunt_dir)
        return None

    def _path(self, written: str) -> str:
        """A path as Terragrunt reads it: relative to the folder of the file that names it."""
        return os.path.normpath(os.path.join(os.path.dirname(self.path), written))


def _relative(path: str, start: str) -> str:
    return os.path.relpath(path, start).replace(os.sep, "/")
