"""Operating-system limits applied in the child before student code runs.

What each limit does when hit, and how the result words it
(:mod:`grader.sandbox.outcomes`):

- CPU time: SIGXCPU at the soft limit, SIGKILL a second later ("CPU time limit").
- Address space: allocations fail (``MemoryError``, torch's "can't allocate
  memory") or, deep in C code, the process aborts ("memory limit").
- Processes: ``fork`` fails with EAGAIN, threads cannot start ("process
  limit"). The kernel ignores this limit for root, which is why a root
  grader's children first drop to a uid of their own (:mod:`~grader.sandbox.isolation`).
- File size: ``write`` fails with EFBIG (Python ignores SIGXFSZ) ("file size limit").
- Core dumps: none.
"""

from __future__ import annotations

import os
import resource
from typing import Any

MIB = 1 << 20


def _set(which: int, soft: int, hard: int | None = None) -> None:
    hard = soft if hard is None else hard
    cur_soft, cur_hard = resource.getrlimit(which)
    if cur_hard != resource.RLIM_INFINITY:
        hard = min(hard, cur_hard)
        soft = min(soft, hard)
    try:
        resource.setrlimit(which, (soft, hard))
    except (ValueError, OSError):
        pass  # not permitted here (some containers); the wall-clock limit still holds


def current_address_space() -> int:
    """Bytes of address space this process maps now (VmSize)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def apply(limits: dict[str, Any], *, private_uid: bool = False) -> None:
    """Apply CPU, memory, file-size, process and core-dump limits to this process.

    ``private_uid``: the process runs as a uid no other live process uses, so
    the process allowance needs no count of what already runs.
    """
    cpu = int(limits["cpu_seconds"])
    # SIGXCPU at the soft limit, SIGKILL one second later at the hard one.
    _set(resource.RLIMIT_CPU, cpu, cpu + 1)
    # The child inherits the worker's mappings (torch alone maps about a GiB),
    # so the budget is counted on top of what is already mapped.
    budget = int(limits["memory_mb"]) * MIB
    _set(resource.RLIMIT_AS, current_address_space() + budget)
    _set(resource.RLIMIT_FSIZE, int(limits["file_mb"]) * MIB)
    _set(resource.RLIMIT_CORE, 0)
    if private_uid:
        # This child is the uid's only process.
        _set(resource.RLIMIT_NPROC, 1 + int(limits["processes"]))
    elif os.geteuid() != 0:
        # RLIMIT_NPROC counts every process of the user, so it is an allowance on
        # top of what runs now. (As root it is not enforced; see the threat model.)
        _set(resource.RLIMIT_NPROC, _user_process_count() + int(limits["processes"]))


def apply_portable(limits: dict[str, Any]) -> None:
    """The limits the portable runner's child takes where ``resource`` exists (macOS; Linux when forced).

    CPU, file size and core dumps only: the address-space budget is counted
    from ``/proc`` (Linux only) and the process allowance from every process
    of the user, neither of which means the same on a student's laptop. The
    wall-clock deadlines and the output cap hold everywhere.
    """
    cpu = int(limits["cpu_seconds"])
    _set(resource.RLIMIT_CPU, cpu, cpu + 1)
    _set(resource.RLIMIT_FSIZE, int(limits["file_mb"]) * MIB)
    _set(resource.RLIMIT_CORE, 0)


def _user_process_count() -> int:
    uid = os.getuid()
    count = 0
    try:
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    if entry.stat().st_uid == uid:
                        count += 1
                except OSError:
                    continue
    except OSError:
        return 256
    # Threads count against RLIMIT_NPROC too; leave room for the ones that exist.
    return count * 4 + 16
