"""Run a scan's units on every core when the tree is large; in this process when it is small.

Workers are forked, so they inherit every module already imported and the texts already
read: a job is only a unit's index, and what comes back is its findings, as plain data.
A worker that dies (killed for memory, say) breaks the pool, and a unit that raises is
sent back as an error: either way the caller is told and runs the units itself, so a scan
never hangs on a lost worker and an error is reported as it would be in one process.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any

# Below this many files, forking workers and sending findings back costs more than
# the second core saves (measured on 2 cores, see benchmarks/README.md).
MIN_PARALLEL_FILES = 600

_JOB: Callable[[int], Any] | None = None


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worth_a_pool(files: int, units: int) -> bool:
    return files >= MIN_PARALLEL_FILES and units > 1 and usable_cores() > 1


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C while the pool forks its workers (the first submit forks them all).

    A KeyboardInterrupt raised in the parent's after-fork hooks (logging registers one) is
    printed and swallowed by the interpreter: the scan then ran on as if never
    interrupted. Held, the signal is delivered once the workers exist, where the caller
    stops them. The workers inherit the mask: Ctrl-C reaches the scan, which stops them."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _run(index: int) -> tuple[int, Any]:
    assert _JOB is not None
    return index, _JOB(index)


def run_forked(
    job: Callable[[int], Any], weights: Sequence[int], done: Callable[[int], None] | None = None
) -> list[Any] | None:
    """[job(0), job(1), …] computed in forked workers, heaviest first; None when no pool
    could run them all (no fork on this platform, or a worker died)."""
    import multiprocessing  # a small scan does not pay for these imports
    from concurrent.futures import ProcessPoolExecutor, as_completed

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    global _JOB
    _JOB = job
    results: list[Any] = [None] * len(weights)
    order = sorted(range(len(weights)), key=lambda i: (-weights[i], i))
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=min(usable_cores(), len(weights)), mp_context=context)
    interrupted = False
    try:
        with _interrupts_held():
            futures = [pool.submit(_run, index) for index in order]
        for future in as_completed(futures):
            index, result = future.result()
            results[index] = result
            if done is not None:
                done(index)
    except Exception:  # noqa: BLE001 - a dead worker (BrokenProcessPool) or a unit that raised: run them here
        return None
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM turned into an exception): stop the workers now
        # rather than let them finish every queued unit, and do not wait for the pool's
        # threads: with its workers gone, one of them can stay blocked writing jobs to a
        # pipe nobody reads (seen once in CI: a 60 s hang). The process leaves with
        # os._exit (scanner/cli.py), which waits for no thread.
        interrupted = True
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        raise
    finally:
        pool.shutdown(wait=not interrupted, cancel_futures=True)
        _JOB = None
    return results
