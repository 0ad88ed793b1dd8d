"""Parse many files on every core; parse a few in this process, where a pool costs more.

Workers are forked, so they inherit every module already imported. Results come back
as plain data; nothing a worker returns is trusted more than what this process would
have parsed itself.
"""

from __future__ import annotations

import os
from typing import Any

# Below this many files to parse, starting workers costs more than it saves. Since the
# hand-written HCL parser (scanner/load/hcl_fast.py) parsing is a sixth of a scan, and
# sending parsed trees back from workers costs about what it saves: measured on
# 2 cores, a pool gave the same wall time on 10,661 files (28.0 s vs 28.4 s) for 12%
# more CPU, and was slower on 3,045 (5.5-7.1 s vs 5.1-6.0 s). Using both cores now
# needs evaluation and checks in parallel too (per root module), not parsing alone.
MIN_PARALLEL_FILES = 20_000
_CHUNK = 8


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_job(job: tuple[str, str, str]) -> tuple[str, tuple[Any, ...]]:
    """(rel, kind, text) → (rel, ("body", body) | ("objects", list) | ("error", message, line))."""
    rel, kind, text = job
    from scanner.load.errors import LoadError

    try:
        if kind in ("yaml", "json"):
            from scanner.load.kubernetes import load_manifests

            return rel, ("objects", load_manifests(text))
        from scanner.load.terraform import load_hcl, load_json_config

        body = load_json_config(text) if kind.endswith(".json") else load_hcl(text)
        return rel, ("body", body)
    except LoadError as error:
        return rel, ("error", error.message, error.line)
    except Exception as error:  # noqa: BLE001 - a parser bug must not lose the scan
        return rel, ("error", f"could not be parsed ({type(error).__name__})", None)


def parse_many(jobs: list[tuple[str, str, str]]) -> dict[str, tuple[Any, ...]]:
    """Parse in a pool of forked workers when it pays; {} means "parse them yourself"."""
    cores = usable_cores()
    if len(jobs) < MIN_PARALLEL_FILES or cores < 2:
        return {}
    import multiprocessing  # 10 ms of imports a small scan does not pay

    if "fork" not in multiprocessing.get_all_start_methods():
        return {}
    # Imported before forking, so that no worker imports them again.
    import scanner.load.kubernetes
    import scanner.load.terraform  # noqa: F401

    ordered = sorted(jobs, key=lambda job: len(job[2]), reverse=True)
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=cores) as pool:
        return dict(pool.imap_unordered(parse_job, ordered, chunksize=_CHUNK))
