"""Which unprivileged uid each job's children run as, and killing everything of a uid.

A root grader runs each job's children as a uid of their own, so that no
process left by one submission can signal or read the processes of a later
one. Uids are ``sandbox_uid`` and up, ``UID_SPAN`` of them, split into
blocks of ``BLOCK``: each worker number (slot) has a block, and each job
takes the block's next uid.

Each block belongs to one worker at a time, on the whole machine: the
grader claims it for the worker's lifetime (:func:`claim`), so two graders
running at once never share a uid, and killing everything of a block kills
only what this worker's children left.

A uid comes round again only after ``BLOCK`` jobs of the same worker, and
by then nothing of it is alive: a job ends only when its children's PID
namespace is gone (or, without namespaces, when the worker has killed every
descendant it had). Should a worker die in the middle of a job, the grader
kills whatever still runs under the worker's block (:func:`kill`), and a
worker starting in a slot, or coming round to the start of its block again,
does the same first (see :mod:`grader.sandbox.zygote`).

Pure standard library: the grader (which never imports torch) uses it too.
"""

from __future__ import annotations

import os
import signal
import socket
import time

UID_SPAN = 500
"""Uids ``sandbox_uid .. sandbox_uid + UID_SPAN - 1`` belong to the sandbox."""
BLOCK = 10
"""Uids of one worker: each job takes the next one, round the block."""


BLOCKS = UID_SPAN // BLOCK


def block(base: int, slot: int) -> range:
    """The uids of the children of the worker holding block ``slot`` (``base``: the course's ``sandbox_uid``).

    Counted from the top of the span: graders before blocks existed gave each
    worker the uid ``sandbox_uid + n`` for small n.
    """
    start = base + UID_SPAN - (slot % BLOCKS + 1) * BLOCK
    return range(start, start + BLOCK)


def claim() -> tuple[int, socket.socket | None]:
    """A block no other worker on this machine holds, and the handle that holds it (close it to let go).

    The handle is a socket bound to a name in the abstract namespace, which
    the kernel releases when its process ends, however it ends. (Graders in
    different network namespaces do not see each other's names: give each
    container its own ``sandbox_uid`` range, or its own user namespace.)
    """
    start = os.getpid() % BLOCKS
    for i in range(BLOCKS):
        slot = (start + i) % BLOCKS
        handle = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            handle.bind(f"\0autograd-grader-uids-{slot}")
        except OSError:
            handle.close()
            continue
        return slot, handle
    return start, None  # every block is taken: share one, as graders did before blocks


def for_job(base: int, slot: int, serial: int) -> int:
    """The uid of the ``serial``-th job of worker number ``slot``."""
    uids = block(base, slot)
    return uids[serial % len(uids)]


def _uid_of(pid: str) -> int | None:
    # Not the owner of /proc/<pid>: a process that is not dumpable (every
    # child is made so) shows as root's there. Its status says the truth.
    try:
        with open(f"/proc/{pid}/status", "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    at = data.find(b"\nUid:")
    if at < 0 or b"\nState:\tZ" in data or b"\nState:\tX" in data:
        return None  # a zombie runs nothing: it waits for its parent to read how it ended
    try:
        return int(data[at + 5 : data.index(b"\n", at + 5)].split()[0])  # the real uid
    except (ValueError, IndexError):
        return None


def processes(uids: range) -> list[int]:
    """Pids of the live processes (zombies aside) whose real uid is in ``uids``."""
    try:
        names = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return []
    return [int(pid) for pid in names if _uid_of(pid) in uids]


def kill(uids: range, *, limit_seconds: float = 10.0) -> int:
    """Kill every process whose uid is in ``uids`` (as root), until none is left; return how many.

    A pid read from /proc may be reused before it is signalled: each one is
    first opened as a pidfd and its uid read again after that, so the signal
    can only reach the process whose uid was read.
    """
    if os.geteuid() != 0 or not hasattr(os, "pidfd_open"):
        return 0
    killed = 0
    end = time.monotonic() + limit_seconds
    while (pids := processes(uids)) and time.monotonic() < end:
        for pid in pids:
            try:
                fd = os.pidfd_open(pid)
            except OSError:
                continue  # gone already
            try:
                if _uid_of(str(pid)) in uids:
                    signal.pidfd_send_signal(fd, signal.SIGKILL)
                    killed += 1
            except OSError:
                pass
            finally:
                os.close(fd)
        time.sleep(0.01)  # a killed process is listed until it has exited
    return killed
