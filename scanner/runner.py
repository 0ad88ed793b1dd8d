"""Turns command-line options into a scan and a report; returns the exit code.

Kept apart from `cli` so that Click parsing stays thin and this logic stays testable.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import click

from scanner import __version__
from scanner.config import Config, ConfigError, apply_mapping, find_config_file, read_config_file, validate_profiles

_RANK = {"note": 1, "warning": 2, "error": 3, "never": 99}


@dataclass(slots=True)
class ScanOptions:
    paths: list[Path]
    profiles: tuple[str, ...] = ()
    output_format: str | None = None
    output: Path | None = None
    fail_on: str | None = None
    excludes: tuple[str, ...] = ()
    config_file: Path | None = None
    stdin_filename: str | None = None
    var_files: list[Path] | None = None
    var_values: tuple[str, ...] = ()
    env_vars: bool = False
    use_cache: bool = True
    color: str = "auto"


def _error(message: str) -> int:
    click.echo(f"sovscan: error: {message}", err=True)
    return 2


def build_config(options: ScanOptions, root: Path) -> Config:
    from scanner.check.library import all_profiles, all_rules

    known_rules, known_profiles = set(all_rules()), set(all_profiles())
    config = Config()
    path = options.config_file or find_config_file(root)
    if path is not None:
        data, label = read_config_file(path)
        config = apply_mapping(config, data, label, known_rules, known_profiles)
    if options.profiles:
        config = replace(config, profiles=validate_profiles(options.profiles, known_profiles))
    if options.fail_on:
        config = replace(config, fail_on=options.fail_on)
    if options.excludes:
        config = replace(config, excludes=config.excludes + options.excludes)
    return config


def _format(options: ScanOptions) -> str:
    if options.output_format:
        return options.output_format
    if options.output is not None:
        suffix = options.output.name.lower()
        if suffix.endswith(".sarif") or suffix.endswith(".sarif.json"):
            return "sarif"
        if suffix.endswith(".json"):
            return "json"
    return "text"


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


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def execute(options: ScanOptions) -> int:
    from scanner.discover import UsageError, scan_root
    from scanner.pipeline import ScanRequest, run_scan

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
            var_files=list(options.var_files or []),
            var_values=_var_values(options.var_values),
            env_vars=_env_vars() if options.env_vars else {},
            use_cache=options.use_cache and not os.environ.get("SOVSCAN_NO_CACHE"),
        )
        for var_file in request.var_files:
            if not var_file.is_file():
                raise ConfigError(f"--var-file does not exist: {var_file}")
        result = run_scan(request)
    except (ConfigError, UsageError) as error:
        return _error(str(error))
    output_format = _format(options)
    report = _render(result, output_format, options)
    if options.output is not None:
        from scanner.cli import write_atomically

        try:
            write_atomically(options.output, report)
        except OSError as error:
            return _error(f"cannot write {options.output}: {error.strerror or error}")
    else:
        sys.stdout.write(report)
        sys.stdout.flush()
    return _exit_code(result, config.fail_on)


def _render(result: object, output_format: str, options: ScanOptions) -> str:
    if output_format == "sarif":
        from scanner.report.sarif import render_sarif

        return render_sarif(result)  # type: ignore[arg-type]
    if output_format == "json":
        from scanner.report.json_report import render_json

        return render_json(result)  # type: ignore[arg-type]
    from scanner.report.text import render_text

    color = _use_color(options.color) and options.output is None
    return render_text(result, color)  # type: ignore[arg-type]


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
