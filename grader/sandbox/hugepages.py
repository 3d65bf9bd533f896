"""Back a warm worker's private memory with 2 MiB pages, so that forking it is cheap.

Forking copies one page-table entry per 4 KiB page of private memory, and the
child's exit frees them again. A worker that imported torch holds ~200 MB of
it (~50,000 entries), which made fork plus exit cost ~19 ms of CPU per child
(worker and child together). Backed by transparent huge pages the same memory
is ~100 entries, and fork plus exit drop to ~9 ms (``bench/bench_fork.py``).

A child still copies only the 4 KiB pages it writes to: the kernel splits a
huge page on its first write. Where the kernel has no transparent huge pages
(not Linux, THP off, kernels before 6.1 for ``MADV_COLLAPSE``), every call
here fails quietly and forking stays as it was.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

HUGE = 1 << 21
MADV_HUGEPAGE = 14
MADV_COLLAPSE = 25  # Linux 6.1: collapse now, rather than whenever khugepaged gets to it


def collapse() -> int:
    """Ask for huge pages over the private writable memory of this process; return MiB now in huge pages."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        madvise = libc.madvise
        madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        with open("/proc/self/maps", encoding="ascii") as maps:
            regions = [line.split() for line in maps]
    except OSError:
        return 0
    for fields in regions:
        # The heap and anonymous mappings only: file mappings are shared with
        # the page cache and not copied at fork anyway.
        name = fields[5] if len(fields) > 5 else ""
        if fields[1] != "rw-p" or name not in ("", "[heap]"):
            continue
        start, end = (int(x, 16) for x in fields[0].split("-"))
        start = (start + HUGE - 1) & ~(HUGE - 1)
        end &= ~(HUGE - 1)
        if end <= start:
            continue
        madvise(start, end - start, MADV_HUGEPAGE)
        # Fails for parts it cannot collapse (memory too fragmented, a region it
        # does not support): the rest is still collapsed, as the total below shows.
        madvise(start, end - start, MADV_COLLAPSE)
    return _huge_mb()


def _huge_mb() -> int:
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("AnonHugePages:"):
                    return int(line.split()[1]) >> 10
    except (OSError, ValueError, IndexError):
        pass
    return 0
