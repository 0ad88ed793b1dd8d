"""Timing of one command: wall clock, CPU (user+sys) and peak RSS of the child process tree.

The command runs under a tiny launcher in its own session; the launcher's `os.wait4`
returns the command's resource usage, which includes every descendant it waited for (CPU is
summed; ru_maxrss is the largest single process).
Because a tool may fork workers, the memory of the whole process group is also sampled from
/proc every 50 ms (Linux only): the sum of each process's PSS, where pages shared after a
fork count once, or RSS where PSS is not readable. A run over the time limit is killed (its process
group only) and reported as a timeout.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Command:
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    stdout: Path
    stderr: Path


@dataclass(frozen=True, slots=True)
class Sample:
    wall: float  # seconds
    cpu: float  # user + sys seconds, child and its waited-for descendants
    rss_mib: float  # peak resident set size of the largest process, MiB
    returncode: int
    timed_out: bool
    tree_rss_mib: float = 0.0  # sampled peak of the summed PSS (else RSS) of the process group, MiB


@dataclass(slots=True)
class Series:
    """Measured runs of one command (after a warm-up), or why there are none."""

    label: str
    samples: list[Sample] = field(default_factory=list)
    status: str = "ok"  # ok | timeout | error (rc=N) | not installed | not measured
    note: str = ""
    killed_after: float | None = None  # wall seconds of a run killed at the time limit

    @property
    def ok(self) -> bool:
        return self.status == "ok" and bool(self.samples)

    def median(self, attribute: str) -> float | None:
        if not self.ok:
            return None
        return statistics.median(getattr(s, attribute) for s in self.samples)

    @property
    def wall(self) -> float | None:
        return self.median("wall")

    @property
    def cpu(self) -> float | None:
        return self.median("cpu")

    @property
    def rss(self) -> float | None:
        if not self.ok:
            return None
        return max(s.rss_mib for s in self.samples)

    @property
    def tree_rss(self) -> float | None:
        if not self.ok or not any(s.tree_rss_mib for s in self.samples):
            return None
        return max(s.tree_rss_mib for s in self.samples)


# Runs the command as its own child and reports that child's wall time and resource usage.
# Linux keeps a process's peak RSS across exec, counting the memory of whatever forked it:
# spawned straight from this (large) process, every tool would inherit our footprint as its
# "peak RSS". The launcher is a bare interpreter (~10 MiB), so the tool starts from that.
_LAUNCHER = """
import os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    except OSError as error:
        os.write(2, f"cannot run {argv[0]}: {error}\\n".encode())
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(report, "w") as handle:
    handle.write(f"{wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}\\n")
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def run_once(command: Command, timeout: float) -> Sample:
    fired = threading.Event()
    report = command.stderr.with_name(command.stderr.name + ".usage")
    report.unlink(missing_ok=True)
    argv = [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(report), *command.argv]
    with command.stdout.open("wb") as out, command.stderr.open("wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=command.env,
            cwd=command.cwd,
            start_new_session=True,
        )
        timer = threading.Timer(timeout, _kill_group, (process.pid, fired))
        sampler = _TreeSampler(process.pid)
        timer.start()
        sampler.start()
        try:
            _, status, _usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
            sampler.stop()
        outer_wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    wall, cpu, maxrss_kb = _read_usage(report, outer_wall)
    return Sample(
        wall=wall,
        cpu=cpu,
        rss_mib=maxrss_kb / 1024,  # kilobytes on Linux
        returncode=process.returncode,
        timed_out=fired.is_set(),
        tree_rss_mib=sampler.peak_bytes / 2**20,
    )


def _read_usage(report: Path, outer_wall: float) -> tuple[float, float, float]:
    """(wall, cpu, maxrss KiB) as the launcher measured them; a killed run has only our wall."""
    try:
        wall, cpu, maxrss = report.read_text(encoding="utf-8").split()
        return float(wall), float(cpu), float(maxrss)
    except (OSError, ValueError):
        return outer_wall, 0.0, 0.0


class _TreeSampler(threading.Thread):
    """Peak of the summed PSS (else RSS) of every process in a process group, polled from /proc."""

    INTERVAL = 0.05

    def __init__(self, group: int) -> None:
        super().__init__(daemon=True)
        self.group = group
        self.peak_bytes = 0
        self._done = threading.Event()
        self._page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self._done.is_set():
            self.peak_bytes = max(self.peak_bytes, self._total())
            self._done.wait(self.INTERVAL)

    def stop(self) -> None:
        self._done.set()
        self.join()

    def _total(self) -> int:
        total = 0
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except (OSError, IndexError):
                continue
            # after the command name: state ppid pgrp session ... rss is the 22nd field here
            # the group leader is the launcher, not part of the measured command
            if len(fields) > 21 and int(fields[2]) == self.group and int(entry) != self.group:
                total += _pss(entry) or int(fields[21]) * self._page
        return total


def _pss(pid: str) -> int:
    """Proportional set size in bytes (shared pages split between the processes sharing them), or 0."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _kill_group(pid: int, fired: threading.Event) -> None:
    fired.set()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGKILL)  # the session started for this run only


def measure(
    label: str,
    make_command: Callable[[int], Command],
    runs: int,
    timeout: float,
    ok_codes: tuple[int, ...],
    long_run: float,
) -> Series:
    """One warm-up run, then `runs` measured runs; a warm-up slower than `long_run`
    seconds is kept as the only sample (the series would take too long otherwise)."""
    series = Series(label)
    command = make_command(0)
    warmup = run_once(command, timeout)
    if not _accept(warmup, series, ok_codes, command):
        return series
    if warmup.wall > long_run:
        series.samples.append(warmup)
        series.note = f"1 run (the warm-up took {warmup.wall:.0f} s)"
        return series
    for index in range(1, runs + 1):
        command = make_command(index)
        sample = run_once(command, timeout)
        if not _accept(sample, series, ok_codes, command):
            return series
        series.samples.append(sample)
    return series


def single(label: str, command: Command, timeout: float, ok_codes: tuple[int, ...]) -> Series:
    series = Series(label)
    sample = run_once(command, timeout)
    if _accept(sample, series, ok_codes, command):
        series.samples.append(sample)
        series.note = "1 run, no warm-up"
    return series


def _accept(sample: Sample, series: Series, ok_codes: tuple[int, ...], command: Command) -> bool:
    if sample.timed_out:
        series.status = "timeout"
        series.note = f"killed after {sample.wall:.0f} s"
        series.killed_after = sample.wall
        return False
    if sample.returncode not in ok_codes:
        series.status = f"error (rc={sample.returncode})"
        series.note = _tail(command.stderr)
        return False
    return True


def _tail(path: Path, limit: int = 300) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return text[-limit:].replace("\n", " | ")
