"""Terragrunt units: a folder with `terragrunt.hcl` deploys one module, with its inputs.

Each unit's configuration is merged as Terragrunt merges it (its includes first, the unit's
own settings over them), then its module — the local `terraform.source`, the unit's own
folder without one, or a remote source found in `.terragrunt-cache/` — is evaluated once for
the unit, like a module instance: `inputs` are its variables (as `TF_VAR_*`, below tfvars
and `--var`), `generate` blocks add their `contents` as files of the module (located at the
`.hcl` lines that write them), and every finding carries the unit in its provenance and its
root. A remote source not downloaded is reported like a remote module not downloaded.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, NamedTuple

from scanner.discover.walk import classify
from scanner.evaluate.instance import Instance
from scanner.evaluate.module import Block, Module, TfFile
from scanner.evaluate.terragrunt_config import Scope
from scanner.load.terragrunt import TERRAGRUNT_FILE, HclFiles
from scanner.model import Location, Step, Value

if TYPE_CHECKING:
    from scanner.evaluate.project import Project

Parse = Callable[[str, str, str], "dict[str, Any] | None"]  # (rel, kind, text) -> body, or None (reported)
_GENERATED_KINDS = frozenset({"tf", "tf.json", "tfvars", "tfvars.json"})
Fail = Callable[[str, str, "int | None"], None]  # (rel, message, line): the unit is not fully read


class UnitPlan(NamedTuple):
    directory: str  # the unit's folder, relative to the scan root
    location: Location  # its terragrunt.hcl
    module_dir: str | None  # the folder of the module it deploys; None when it cannot be read
    generated: list[TfFile]  # files its `generate` blocks write into the module
    inputs: dict[str, Value]
    unresolved: str | None = None  # why the module it deploys is not read
    source: Block | None = None  # the `terraform` block that names it, as a module call


def is_terragrunt(rel: str) -> bool:
    return PurePosixPath(rel).name == TERRAGRUNT_FILE


def plan_units(
    bodies: dict[str, dict[str, Any]], files: HclFiles, env: dict[str, str], parse: Parse, fail: Fail
) -> list[UnitPlan]:
    """The units among the parsed `terragrunt.hcl` files `bodies` (rel → body); a file that
    another one includes is a parent configuration, not a unit."""
    plans: list[tuple[str, UnitPlan]] = []
    included: set[str] = set()
    for rel, body in sorted(bodies.items()):
        path = files.absolute(rel)
        try:
            scope = Scope(files, path, body, os.path.dirname(path), env=env)
            merged = _Merged(scope, fail)
            included.update(merged.included)
            plans.append((path, _plan(rel, scope, merged, files, parse, fail)))
        except Exception as error:  # noqa: BLE001 - a fault costs this unit, not the scan
            fail(rel, f"Terragrunt unit not evaluated: internal error ({type(error).__name__}: {error})", None)
    return [plan for path, plan in plans if path not in included]


class _Merged:
    """A unit's configuration with its includes merged in: Terragrunt's shallow merge (the
    unit's top-level keys win), or a deep one for `merge_strategy = "deep"`."""

    def __init__(self, scope: Scope, fail: Fail) -> None:
        self.included: set[str] = set()
        self.inputs: dict[str, Value] = {}
        self.generate: dict[str, tuple[Scope, dict[str, Any]]] = {}
        self.terraform: tuple[Scope, dict[str, Any]] | None = None
        self._merge(scope, fail, "shallow")

    def _merge(self, scope: Scope, fail: Fail, strategy: str) -> None:
        for block in scope.blocks("include"):
            name = block["labels"][0] if block.get("labels") else ""
            parent = scope.includes().get(name)
            if isinstance(parent, Value) or parent is None:
                reason = parent.reason if isinstance(parent, Value) else "an include is not evaluated"
                fail(scope.rel, f"Terragrunt include not read: {reason}", int(block["line"]))
                continue
            self.included.add(parent.path)
            own = _literal(scope, block["attrs"].get("merge_strategy")) or "shallow"
            if own != "no_merge":
                self._merge(parent, fail, own)
        for name, value in scope.inputs().items():
            previous = self.inputs.get(name)
            deep = strategy.startswith("deep") and previous is not None
            self.inputs[name] = _deep(previous, value) if deep else value
        for block in scope.blocks("generate"):
            self.generate[(block.get("labels") or [""])[0]] = (scope, block)
        for block in scope.blocks("terraform"):
            if "source" in block["attrs"]:
                self.terraform = (scope, block)


def _deep(parent: Any, child: Value) -> Value:
    maps = isinstance(parent, Value) and parent.known and child.known and isinstance(parent.value, dict)
    if not maps or not isinstance(child.value, dict):
        return child
    merged = dict(parent.value)
    for key, item in child.value.items():
        merged[key] = _deep(Value(merged[key]), Value(item)).value if key in merged else item
    return Value(merged, origin=child.origin)


def _literal(scope: Scope, attr: dict[str, Any] | None) -> str | None:
    if attr is None:
        return None
    value = scope.evaluate(attr["expr"])
    return str(value.value) if value.known else None


def _plan(rel: str, scope: Scope, merged: _Merged, files: HclFiles, parse: Parse, fail: Fail) -> UnitPlan:
    directory = str(PurePosixPath(rel).parent)
    location = Location(rel, 1, 1)
    generated = _generated(merged, parse, fail)
    module_dir, unresolved, source = directory, None, None
    if merged.terraform is not None:
        owner, block = merged.terraform
        source = _as_module_call(owner, block)
        module_dir, unresolved = _source_dir(owner, block, files)
    return UnitPlan(directory, location, module_dir, generated, dict(merged.inputs), unresolved, source)


def _source_dir(scope: Scope, block: dict[str, Any], files: HclFiles) -> tuple[str | None, str | None]:
    value = scope.evaluate(block["attrs"]["source"]["expr"])
    if not value.known or not isinstance(value.value, str):
        return None, f"Terragrunt unit: its terraform source is unknown ({value.reason})"
    source = value.value
    if source.startswith(("./", "../", "/")) or source in (".", ".."):
        path = os.path.normpath(os.path.join(scope.terragrunt_dir, source.split("?", 1)[0]))
    else:
        path = files.cached_module(scope.terragrunt_dir, _subdir(source))
        if path is None:
            return None, (
                f"Terragrunt unit: remote source {source!r} is not downloaded here (no single "
                ".terragrunt-cache/ copy of it); its resources' regions are unknown"
            )
    if not files.inside(path):
        return None, f"Terragrunt unit: source {source!r} leaves the repository, so it is not read"
    return files.rel(path), None


def _subdir(source: str) -> str:
    """The `//subdir` of a remote source (`git::https://host/repo.git//modules/db?ref=v1`)."""
    address = source.split("?", 1)[0]
    scheme = address.find("://")
    start = scheme + 3 if scheme >= 0 else 0
    cut = address.find("//", start)
    return address[cut + 2 :] if cut >= 0 else ""


def _as_module_call(scope: Scope, block: dict[str, Any]) -> Block:
    """The `terraform` block as the module call it stands for, for what reports a module."""
    data = {
        "type": "module",
        "labels": ["terragrunt"],
        "line": block["line"],
        "end_line": block["end_line"],
        "attrs": {"source": block["attrs"]["source"]},
        "blocks": [],
    }
    return Block(scope.rel, data)


def _generated(merged: _Merged, parse: Parse, fail: Fail) -> list[TfFile]:
    generated = []
    for _, (scope, block) in sorted(merged.generate.items()):
        attrs = block["attrs"]
        if _literal(scope, attrs.get("disable")) in ("True", "true"):
            continue
        name = _literal(scope, attrs.get("path"))
        contents = attrs.get("contents")
        if name is None or contents is None:
            fail(scope.rel, "a Terragrunt generate block whose path or contents is unknown", int(block["line"]))
            continue
        kind = classify(PurePosixPath(name).name)
        if kind not in _GENERATED_KINDS:
            continue  # a file Terraform does not read (a lock file, a version pin)
        text = scope.evaluate(contents["expr"])
        if not text.known or not isinstance(text.value, str):
            fail(scope.rel, f"the contents of generated {name} are unknown: {text.reason}", int(contents["line"]))
            continue
        # Padded so that the generated file's lines are the lines of the .hcl that write them.
        line = int(contents["line"])
        start = line if int(contents["end_line"]) > line else line - 1
        body = parse(scope.rel, str(kind), "\n" * start + text.value)
        if body is not None:
            if_exists = _literal(scope, attrs.get("if_exists"))
            generated.append(_Generated(scope.rel, str(kind), body, name, if_exists, int(block["line"])))
    return generated


class _Generated(TfFile):
    """A generated file: where it is written from, under the name it is written as."""

    __slots__ = ("if_exists", "line", "name")

    def __init__(self, rel: str, kind: str, body: dict[str, Any], name: str, if_exists: str | None, line: int) -> None:
        super().__init__(rel, kind, body)
        self.name = PurePosixPath(name).name
        self.if_exists = if_exists or "error"
        self.line = line


class UnitInstance(Instance):
    """The module a unit deploys, evaluated with the unit's inputs."""

    def __init__(self, module: Module, project: Project, plan: UnitPlan) -> None:
        calls = (Step(f"Terragrunt unit {plan.directory}", plan.location),)
        super().__init__(module, project, "", None, {}, calls, project.cli)
        self.unit_inputs = plan.inputs

    def _compute_variables(self) -> dict[str, Value]:
        values = super()._compute_variables()
        # Terragrunt passes inputs as TF_VAR_* variables: tfvars, --var and a TF_VAR_* already set win.
        stronger = set(self.cli.env) | set(self.cli.values)
        for var_file in [*self.module.var_files, *self.cli.files]:
            stronger.update(var_file.body["attrs"])
        for name, value in self.unit_inputs.items():
            if name in self.module.variables and name not in stronger:
                values[name] = value
        return values


def deploy(project: Project, plan: UnitPlan, load: Callable[[str], Module | None]) -> None:
    """Add the unit's module instance (and what it calls) to `project`."""
    from scanner.evaluate.project import UnresolvedCall

    files: list[TfFile] = []
    unresolved = plan.unresolved
    if plan.module_dir is not None:
        base = load(plan.module_dir)
        if base is not None:
            files = [*base.config_files, *base.var_files]
        elif plan.module_dir != plan.directory:
            unresolved = f"Terragrunt unit: no Terraform files in its source {plan.module_dir}"
    names = {PurePosixPath(f.rel).name for f in files}
    for made in plan.generated:
        assert isinstance(made, _Generated)
        if made.name in names and made.if_exists != "overwrite" and made.if_exists != "overwrite_terragrunt":
            if made.if_exists != "skip":
                project.budget.record(
                    f"Terragrunt unit {plan.directory}: generate writes {made.name}, which its module already has, "
                    f'and if_exists is "{made.if_exists}": terragrunt would stop there',
                    made.rel,
                    made.line,
                )
            continue
        files = [f for f in files if PurePosixPath(f.rel).name != made.name]
        files.append(made)
    module = Module(plan.module_dir or plan.directory, files)
    if not module.config_files and unresolved is None:
        return  # a configuration that deploys nothing (a parent configuration, or an empty unit)
    unit = UnitInstance(module, project, plan)
    project.local_calls.append((plan.directory, module.directory))
    project.add_root(unit, plan.directory)
    if unresolved is not None and plan.source is not None:
        project.unresolved.append(UnresolvedCall(unit, plan.source, unresolved))


MAX_READER_UNITS = 5000  # units evaluated to find who reads a changed configuration


def units_reading(root: str, repo_root: str, configs: set[str], read: Callable[[str], str | None]) -> list[str]:
    """The `terragrunt.hcl` units under `root` whose evaluation reads one of `configs`
    (real paths of files named one by one, as pre-commit names a changed `root.hcl`): each
    unit is evaluated as a scan evaluates it, and every file it reads — through `include`,
    `read_terragrunt_config`, at any depth — is recorded. `read` gives a file's text by
    absolute path. A unit that cannot be evaluated counts as a reader if its text names one
    of the configs' file names: when in doubt, it is scanned."""
    from scanner.discover.walk import SKIPPED_DIRS
    from scanner.evaluate.budget import Budget, activated
    from scanner.load.errors import LoadError
    from scanner.load.terraform import load_hcl

    def parse(rel: str, kind: str, text: str) -> dict[str, Any] | None:
        try:
            return load_hcl(text) if kind in ("tf", "tfvars", "terragrunt") else None
        except (LoadError, RecursionError, ValueError):
            return None

    names = {os.path.basename(config) for config in configs}
    readers: list[str] = []
    seen = 0
    for folder, subdirs, filenames in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in SKIPPED_DIRS)
        if TERRAGRUNT_FILE not in filenames:
            continue
        unit = os.path.join(folder, TERRAGRUNT_FILE)
        if os.path.realpath(unit) in configs:
            continue  # named itself
        seen += 1
        if seen > MAX_READER_UNITS:
            break
        reads: set[str] = set()
        failures: list[str] = []

        def recording(rel: str, reads: set[str] = reads) -> str | None:
            path = os.path.normpath(os.path.join(root, rel))
            reads.add(os.path.realpath(path))
            return read(path)

        def failed(rel: str, message: str, line: int | None, failures: list[str] = failures) -> None:
            failures.append(message)

        files = HclFiles(Path(root), Path(repo_root), recording, lambda rel, text: parse(rel, "tf", text))
        rel = files.rel(unit)
        text = read(unit) or ""
        body = parse(rel, "terragrunt", text)
        try:
            with activated(Budget()) as budget:  # a hostile unit costs its own budget
                if body is not None:
                    plan_units({rel: body}, files, {}, parse, failed)
            doubtful = body is None or bool(failures) or budget.incomplete or bool(budget.records)
        except Exception:  # noqa: BLE001 - a fault here decides by name, below
            doubtful = True
        if reads & configs or (doubtful and any(name in text for name in names)):
            readers.append(unit)
    return sorted(readers)
