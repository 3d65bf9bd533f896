"""Words for how a child ended, and for which limit it hit.

Pure standard library: the supervisor (in the worker) words how a child
ended, and the grader (:mod:`grader.protocol`) words exceptions that mean a
limit was hit. Both speak to students, so each message says what happened and
what the limit is, never a bare signal number or errno.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Mapping
from typing import Any

from grader.wire import LimitKind

FAULT_EXIT = 70
"""Exit code of a child whose grader-side code failed (it sent a ``fault`` event first)."""
DEFAULT_RESULTS_MB = 16
"""The results limit of a job whose limits do not name one (:attr:`grader.config.Limits.results_mb`)."""

SETUP_EXIT = 71
"""Exit code of a child that could not be set up (before any student code ran)."""


def limit_words(kind: LimitKind, limits: dict[str, Any]) -> str:
    """What hitting ``kind`` means, with the limit's value (``limits`` as in a job)."""
    if kind == "memory":
        return f"ran out of memory (memory limit: {limits['memory_mb']} MiB per process)"
    if kind == "cpu":
        return f"used up its CPU time (CPU time limit: {limits['cpu_seconds']} s per process)"
    if kind == "processes":
        return f"started too many processes or threads (process limit: {limits['processes']})"
    if kind == "file_size":
        return f"wrote a file larger than allowed (file size limit: {limits['file_mb']} MiB)"
    if kind == "disk":
        return f"filled its disk space (disk limit: {limits.get('disk_mb', '?')} MiB for the working folder and /tmp)"
    if kind == "output":
        return f"printed more than allowed (output limit: {limits['output_bytes']} bytes kept)"
    if kind == "results":
        return f"sent back more results than allowed (results limit: {limits.get('results_mb', DEFAULT_RESULTS_MB)} MiB for the whole submission)"
    return "ran out of time"


# Messages of allocation failures: CPython, torch's allocator, numpy, C++.
_MEMORY = re.compile(r"can't allocate memory|not enough memory|Cannot allocate memory|Unable to allocate|bad_alloc|out of memory", re.I)


def error_limit(type_name: str, message: str) -> LimitKind | None:
    """The limit an exception (by its type name and message) most likely comes from."""
    if type_name == "MemoryError" or _MEMORY.search(message):
        return "memory"
    # fork() and thread creation fail with EAGAIN at the process limit.
    if (type_name == "BlockingIOError" and "[Errno 11]" in message) or "can't start new thread" in message:
        return "processes"
    if "[Errno 27]" in message:  # EFBIG: Python ignores SIGXFSZ, so write() fails instead
        return "file_size"
    if "[Errno 28]" in message or "[Errno 122]" in message:  # ENOSPC, EDQUOT
        return "disk"
    return None


def hidden_place(task: Mapping[str, Any]) -> str | None:
    """Where a hidden task is, in words a student may see: its exercise only (a hidden case's name may say its shape);
    None for a task that is not hidden."""
    return f"a hidden case of {str(task['id']).split('/', 1)[0]}" if task.get("hidden") else None


LIMIT_FAULTS: dict[LimitKind, str] = {
    "memory": "MemoryError",
    "processes": "RuntimeError: can't start new thread",
    "file_size": "OSError: [Errno 27] File too large",
    "disk": "OSError: [Errno 28] No space left on device",
}
"""A fault's words that :func:`error_limit` reads as each limit: what a fault is told as, unquoted, once the child may
know a hidden case's inputs."""


def describe_end(
    status: int, *, cpu_seconds: float, limits: dict[str, Any], fault: str | None = None, quiet: bool = False
) -> tuple[str, LimitKind | None]:
    """Words for how a process ended (``status`` from wait), and the limit it hit, if any."""
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return describe_exit(code, cpu_seconds=cpu_seconds, limits=limits, fault=fault, quiet=quiet)


def describe_exit(
    returncode: int, *, cpu_seconds: float, limits: dict[str, Any], fault: str | None = None, quiet: bool = False
) -> tuple[str, LimitKind | None]:
    """The same, from a return code as ``subprocess`` gives it (minus the signal when a signal ended it).

    The portable runner has only this (and on Windows, no signals at all).

    ``quiet``: the child may know a hidden case's inputs (one was sent to it). Its exit code and the signal that ended it
    are its own to choose, and these words reach the student, hidden checks hidden or not: a byte of a hidden input
    came back as "exited with code 191" (tests/hostile/round22/pack/hidden_input_in_the_exit_code.py). Then only the
    grader's own words are given: a limit, a crash, an exit, never which code or which signal.
    """
    if returncode < 0:
        sig = -returncode
        if sig == _SIGNAL("SIGXCPU") or (sig == _SIGNAL("SIGKILL") and cpu_seconds >= float(limits["cpu_seconds"]) - 0.5):
            # The soft CPU limit sends SIGXCPU, the hard one (a second later) SIGKILL.
            return f"was stopped: it {limit_words('cpu', limits)}", "cpu"
        if sig == _SIGNAL("SIGXFSZ"):
            return f"was stopped: it {limit_words('file_size', limits)}", "file_size"
        if sig == _SIGNAL("SIGKILL"):
            # Nothing in the grader kills a child without saying why, so the system did.
            return f"was killed by the system (SIGKILL); it most likely {limit_words('memory', limits)}", "memory"
        if quiet:
            return "crashed: a signal stopped it (code outside Python, ctypes or a C extension, or a signal it sent)", None
        reasons = {
            _SIGNAL("SIGSEGV"): "crashed with a segmentation fault (SIGSEGV): code outside Python, ctypes or a C extension, read memory it does not own",
            _SIGNAL("SIGBUS"): "crashed with a bus error (SIGBUS)",
            _SIGNAL("SIGABRT"): "aborted (SIGABRT), often because memory ran out inside a C library",
            _SIGNAL("SIGFPE"): "crashed with a floating-point exception (SIGFPE)",
            _SIGNAL("SIGILL"): "crashed with an illegal instruction (SIGILL)",
        }
        if sig in reasons:
            return reasons[sig], None
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        return f"was stopped by {name}", None
    code = returncode
    if code == FAULT_EXIT:
        # The grader's code in the child failed, which honest code cannot cause
        # short of running out of a resource.
        if fault is None:
            return "broke the grader's code in its process (did it replace Python built-ins or grader functions?)", None
        kind = error_limit(fault.split(":", 1)[0], fault)
        if kind is not None:
            return f"stopped while the grader read its results: it {limit_words(kind, limits)}", kind
        return f"broke the grader's code in its process ({fault})", None
    if code == SETUP_EXIT:
        return "could not be started: the sandbox could not be set up (a grader problem: tell your instructor)", None
    if quiet:
        return "exited (sys.exit or os._exit, or a crash outside Python): a submission must not end the process", None
    if code >= 0xC0000000:  # a Windows exception code (0xC0000005: access violation...)
        return f"crashed (Windows exception 0x{code:08X}): code outside Python, ctypes or a C extension, failed", None
    return f"exited with code {code} (sys.exit or os._exit): a submission must not end the process", None


def _SIGNAL(name: str) -> int:
    """A signal's number, or -1 where it does not exist (Windows has no SIGKILL, SIGXCPU...)."""
    return int(getattr(signal, name, -1))

