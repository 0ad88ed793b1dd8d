"""Turns command-line options into a scan and a report; returns the exit code.

Kept apart from `cli` so that Click parsing stays thin and this logic stays testable.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import click

from scanner import __version__
from scanner.config import (
    BASELINE_NAME,
    Config,
    ConfigError,
    apply_mapping,
    find_config_file,
    read_config_file,
    validate_profiles,
)

if TYPE_CHECKING:
    from scanner.report_cache import Reports

_RANK = {"note": 1, "warning": 2, "error": 3, "never": 99}


class ScanOptions(NamedTuple):
    """What `sovscan scan` was asked (a NamedTuple: cheap to build at import)."""

    paths: list[Path]
    profiles: tuple[str, ...] = ()
    output_format: str | None = None
    outputs: tuple[str, ...] = ()
    baseline: Path | None = None
    no_baseline: bool = False
    fail_on: str | None = None
    excludes: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_file: Path | None = None
    stdin_filename: str | None = None
    var_files: list[Path] | None = None
    var_values: tuple[str, ...] = ()
    env_vars: bool = False
    use_cache: bool = True
    color: str = "auto"
    strict: bool = False
    plans: tuple[Path, ...] = ()
    repo_root: Path | None = None
    allow_empty: bool = False
    list_files: bool = False


def _error(message: str) -> int:
    click.echo(f"sovscan: error: {message}", err=True)
    return 2


def build_config(options: ScanOptions, root: Path) -> Config:
    from scanner.data import names_in

    known_rules, known_profiles = set(names_in("rules")), set(names_in("profiles"))
    config = Config()
    path = options.config_file or find_config_file(root)
    if path is not None:
        data, label = read_config_file(path)
        config = apply_mapping(config, data, label, known_rules, known_profiles)
    if options.profiles:
        config = config._replace(profiles=validate_profiles(options.profiles, known_profiles))
    if options.fail_on:
        config = config._replace(fail_on=options.fail_on)
    if options.excludes:
        config = config._replace(excludes=config.excludes + options.excludes)
    disabled = set(config.disabled)
    if options.select:
        selected = _rule_list(options.select, known_rules, "--select")
        disabled |= known_rules - selected
    disabled |= _rule_list(options.ignore, known_rules, "--ignore")
    return config._replace(disabled=frozenset(disabled))


def _rule_list(values: tuple[str, ...], known_rules: set[str], option: str) -> set[str]:
    rules = {part.strip().upper() for value in values for part in value.split(",") if part.strip()}
    for rule in sorted(rules - known_rules):
        raise ConfigError(f"{option}: unknown rule '{rule}' (see 'sovscan rules')")
    return rules


class Output(NamedTuple):
    format: str
    path: Path


def plan_outputs(options: ScanOptions) -> tuple[list[Output], str | None]:
    """Files to write, and the format for the terminal (None: the terminal stays quiet).

    `-o FILE` takes --format or the file's extension and keeps the terminal quiet;
    `-o FORMAT:FILE` (repeatable) writes that format while the terminal still gets --format.
    """
    from scanner.render import FORMATS, format_for

    outputs: list[Output] = []
    plain = False
    for spec in options.outputs:
        name, sep, rest = spec.partition(":")
        if sep and name in FORMATS and rest:
            outputs.append(Output(name, Path(rest)))
            continue
        plain = True
        outputs.append(Output(options.output_format or format_for(spec) or "text", Path(spec)))
    terminal = None if plain else (options.output_format or "text")
    return outputs, terminal


def _var_values(pairs: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigError(f"--var expects NAME=VALUE, got '{pair}'")
        values[name.strip()] = value
    return values


def _env_vars() -> dict[str, str]:
    return {k[len("TF_VAR_") :]: v for k, v in sorted(os.environ.items()) if k.startswith("TF_VAR_") and len(k) > 7}


def _progress_printer() -> Callable[[int, int], None] | None:
    """A progress line on stderr for large scans, only when a person watches stderr."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < 300 or (done % 50 and done != total):
            return
        end = "\n" if done == total else "\r"
        sys.stderr.write(f"sovscan: parsed {done}/{total} files{end}")
        sys.stderr.flush()

    return show


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def execute(options: ScanOptions) -> int:
    from scanner.discover import UsageError, scan_root
    from scanner.inputs import ScanRequest, input_key, read_again, read_inputs
    from scanner.repo import find_repo_root

    stdin_text = None
    if [str(p) for p in options.paths] == ["-"]:
        stdin_text = sys.stdin.read()
        root = Path.cwd()
    else:
        missing = [p for p in options.paths if not p.exists() and not p.is_symlink()]
        if missing:
            return _error(f"path does not exist: {missing[0]}")
        root = scan_root(options.paths)
    try:
        config = build_config(options, root)
        request = ScanRequest(
            paths=options.paths,
            config=config,
            stdin_text=stdin_text,
            stdin_filename=options.stdin_filename,
            tool_version=__version__,
            var_files=tuple(options.var_files or ()),
            var_values=_var_values(options.var_values),
            env_vars=_env_vars() if options.env_vars else {},
            use_cache=options.use_cache and not os.environ.get("SOVSCAN_NO_CACHE"),
            progress=_progress_printer(),
            strict=options.strict,
            plans=tuple(options.plans),
            repo_root=find_repo_root(root, options.repo_root),
        )
        for var_file in request.var_files:
            if not var_file.is_file():
                raise ConfigError(f"--var-file does not exist: {var_file}")
        baseline = _read_baseline(options, root)
        inputs = read_inputs(request)
    except (ConfigError, UsageError) as error:
        return _error(str(error))
    if options.list_files:
        from scanner.listing import list_files

        sys.stdout.write(list_files(inputs))
        return 0
    outputs, terminal = plan_outputs(options)
    color = terminal is not None and _use_color(options.color)
    scan_key = input_key(inputs)
    cache, report_key = None, ""
    if scan_key is not None:
        from scanner.load.hcl_parser import cache_dir
        from scanner.report_cache import ReportCache

        cache = ReportCache(cache_dir())
        baseline_text = None if baseline is None else f"{baseline[0].name}\0{baseline[1]}"
        report_key = cache.key(scan_key, baseline_text, [output.format for output in outputs], terminal, color)
        found = inputs.discovery
        cached = cache.load(report_key, lambda what: read_again(found.root, what, found.repo_root), len(outputs))
        if cached is not None:
            return _emit(cached, outputs)
    from scanner.pipeline import run_scan

    result = run_scan(request, inputs)
    try:
        stale = _apply_baseline(result, baseline)
    except ConfigError as error:
        return _error(str(error))
    from scanner.render import render
    from scanner.report_cache import Reports

    reports = Reports(
        files=[render(result, output.format) for output in outputs],
        terminal=None if terminal is None else render(result, terminal, color=color),
        exit_code=_exit_code(result, config.fail_on),
        stale_baseline_entries=len(stale),
    )
    if cache is not None and result.execution_successful:
        cache.save(report_key, result.reads, reports)
    return _emit(reports, outputs)


def _emit(reports: Reports, outputs: list[Output]) -> int:
    """Print and write a scan's reports; its exit code."""
    from scanner.atomic import write_atomically

    if reports.stale_baseline_entries:
        click.echo(
            f"sovscan: {reports.stale_baseline_entries} baseline entries no longer match a finding (stale)", err=True
        )
    for output, text in zip(outputs, reports.files, strict=True):
        try:
            write_atomically(output.path, text, durable=True)
        except OSError as error:
            return _error(f"cannot write {output.path}: {error.strerror or error}")
    if reports.terminal is not None:
        sys.stdout.write(reports.terminal)
        sys.stdout.flush()
    return reports.exit_code


def _read_baseline(options: ScanOptions, root: Path) -> tuple[Path, str] | None:
    path = options.baseline
    if path is None and not options.no_baseline and (root / BASELINE_NAME).is_file():
        path = root / BASELINE_NAME
    if path is None:
        return None
    try:
        return path, path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read baseline {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"cannot read baseline {path}: not UTF-8 text") from None


def _apply_baseline(result: object, baseline: tuple[Path, str] | None) -> list[dict[str, object]]:
    from scanner.baseline import BaselineError, apply_baseline
    from scanner.model import Level, Notification

    if baseline is None:
        return []
    path, text = baseline
    try:
        stale = apply_baseline(result, text, path.name)  # type: ignore[arg-type]
    except BaselineError as error:
        raise ConfigError(f"{path}: {error.message}") from None
    for entry in stale:
        result.notifications.append(  # type: ignore[attr-defined]
            Notification(
                Level.NOTE,
                f"stale baseline entry: {entry.get('rule')} {entry.get('address') or ''} no longer found",
                str(entry.get("path") or "") or None,
            )
        )
    return stale


def _exit_code(result: object, fail_on: str) -> int:
    threshold = _RANK[fail_on]
    failing = any(
        f.suppression is None and f.level.rank >= threshold
        for f in result.findings  # type: ignore[attr-defined]
    )
    if failing:
        return 1
    if not result.execution_successful:  # type: ignore[attr-defined]
        return 3
    return 0


def create_baseline_file(
    paths: list[Path], profiles: tuple[str, ...], config_file: Path | None, output: Path | None
) -> int:
    from scanner.atomic import write_atomically
    from scanner.baseline import create_baseline
    from scanner.discover import UsageError, scan_root
    from scanner.pipeline import ScanRequest, run_scan

    missing = [p for p in paths if not p.exists()]
    if missing:
        return _error(f"path does not exist: {missing[0]}")
    root = scan_root(paths)
    try:
        config = build_config(ScanOptions(paths=paths, profiles=profiles, config_file=config_file), root)
        result = run_scan(ScanRequest(paths=paths, config=config, tool_version=__version__, use_cache=True))
    except (ConfigError, UsageError) as error:
        return _error(str(error))
    target = output or root / BASELINE_NAME
    try:
        write_atomically(target, create_baseline(result), durable=True)
    except OSError as error:
        return _error(f"cannot write {target}: {error.strerror or error}")
    count = sum(1 for f in result.findings if f.suppression is None)
    click.echo(f"sovscan: wrote {count} findings to {target}", err=True)
    return 0


def merge_files(inputs: list[Path], output: Path | None, output_format: str) -> int:
    from scanner.atomic import write_atomically
    from scanner.merge import MergeError, combine_results, merge_sarif, sarif_to_result
    from scanner.render import render

    try:
        texts = [p.read_text(encoding="utf-8") for p in inputs]
        merged = merge_sarif(texts)
        if output_format == "html":
            merged = render(combine_results(sarif_to_result(merged)), "html")
    except OSError as error:
        return _error(f"cannot read input: {error.strerror or error}")
    except UnicodeDecodeError:
        return _error("an input is not UTF-8 text")
    except MergeError as error:
        return _error(str(getattr(error, "message", error)))
    if output is None:
        sys.stdout.write(merged)
        return 0
    try:
        write_atomically(output, merged, durable=True)
    except OSError as error:
        return _error(f"cannot write {output}: {error.strerror or error}")
    return 0
