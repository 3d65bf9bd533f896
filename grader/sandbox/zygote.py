"""A warm worker: imports torch once, then forks a fresh child per job.

Started by :class:`grader.sandbox.worker.Worker` as ``python -m
grader.sandbox.zygote``. It reads jobs on stdin (each in three parts: see
:func:`serve`) and writes one JSON record per line on its protocol channel
(the original stdout; its own fd 1 is pointed at stderr so that nothing
else can write into the channel).

This process never runs student code: children do, after fork. Paying
``import torch`` once per worker instead of once per submission is what makes
batch grading fast; what else it warms is in :mod:`grader.sandbox.warmup`.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from grader.sandbox.cache import WorkerCache
    from grader.sandbox.supervisor import Supervisor
    from grader.sandbox.tamper import Snapshot


def _batch_scheduling() -> None:
    """Run this worker and its children as SCHED_BATCH: no preemption on wake-up.

    A child reports each task the moment it ends, and a worker kept to the
    child's core woke up and preempted it every time: two context switches
    per task, each costing both processes their
    caches. Under SCHED_BATCH the worker's wake-up waits for the child to
    block or use up its slice, and then reads several results at once: far
    fewer switches and less CPU for the pair (bench/bench_grade.py measures
    it). Deadlines are seconds; a slice is milliseconds.
    """
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_BATCH"):
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
        except OSError:
            pass


def main(argv: list[str] | None = None) -> None:
    """Start a worker as its one argument says (:meth:`grader.sandbox.options.WorkerStart.to_arg`), then serve jobs."""
    from grader.sandbox.options import WorkerStart

    args = sys.argv[1:] if argv is None else argv
    start = WorkerStart.from_arg(args[0] if args else None)
    channel = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    # Ctrl-C belongs to the grader, which stops workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    started = time.monotonic()
    if start.cpu is not None and hasattr(os, "sched_setaffinity"):
        # One core per worker in a parallel batch: its children stay on the core
        # whose caches already hold the worker's memory, instead of migrating
        # between cores and workers.
        try:
            os.sched_setaffinity(0, {start.cpu})
        except (OSError, ValueError):
            pass
    _batch_scheduling()
    from grader.sandbox import isolation, warmup

    # Before anything else: the worker talks to the grader through pipes only.
    network_notes: list[str] = []
    network = isolation.isolate_network(network_notes)
    parts = warmup.ALL if start.options.warm is None else start.options.warm
    warmup.warm(parts)
    import torch

    from grader.sandbox import hugepages, tamper

    # Orphans of a child (a process that left its session) come back to this
    # process, which kills them after each child: see isolation.sweep.
    subreaper = isolation.set_subreaper()
    keep = isolation.keep_paths()
    # Batches fork hundreds of children: time spent here once saves CPU on each of them (bench/bench_fork.py).
    huge_mb = hugepages.collapse() if start.options.huge_pages else 0
    hello = {
        "ready": True,
        "torch": torch.__version__,
        "seconds": time.monotonic() - started,
        "subreaper": subreaper,
        "root": os.geteuid() == 0,
        "huge_pages_mb": huge_mb,
        "private_network": network,
        "warmed": sorted(parts),
    }
    channel.write(json.dumps(hello) + "\n")
    # The grader's modules as they are before any child exists: what each child's tamper check compares against.
    serve(channel.fileno(), start.slot, keep, tamper.snapshot(), network_notes=tuple(network_notes))


def serve(
    channel: int, slot: int, keep: tuple[str, ...], pristine: Snapshot | None = None, *, network_notes: tuple[str, ...] = ()
) -> None:
    """Run jobs read from stdin until it closes; write each job's record to ``channel``.

    A job arrives in three parts (see :func:`grader.sandbox.worker.frame`):
    what this process needs (tasks, limits, the cells' numbers), which it
    reads; the hidden tasks' lines, and the submission's source, which it
    moves unread from the pipe into memory files (``splice``: the kernel
    copies them). Each child of the job reads the source for itself, and is
    sent a hidden task from its file when the case runs. So this process
    never holds a source or a hidden seed, and no child, a copy of this
    process, can find one in its memory.
    """
    from grader.sandbox import isolation
    from grader.sandbox.cache import WorkerCache

    # Work every job shares (inputs, import-path plans, probes), kept for the jobs after each one.
    cache = WorkerCache(network_notes=network_notes)
    # What this process frees (its records above all: outputs, error lines
    # quoted from student code) is overwritten, not left for the next child
    # to find in its copy of this process's memory.
    isolation.wipe_freed_memory(True)
    serial = 0
    while (head := read_exactly(0, FRAME_HEAD)) is not None:
        shared_bytes, sealed_bytes, source_bytes = (int(n) for n in head.split())
        shared = read_exactly(0, shared_bytes)
        sealed = _memory_file("hidden tasks", sealed_bytes)
        source = _memory_file("submission", source_bytes)
        if shared is None or sealed is None or source is None:
            return
        _serve_one(channel, shared, sealed, source, slot=slot, keep=keep, serial=serial, cache=cache, pristine=pristine)
        serial += 1


def _serve_one(
    channel: int,
    shared: bytes,
    sealed: int,
    source: int,
    *,
    slot: int,
    keep: tuple[str, ...],
    serial: int,
    cache: WorkerCache,
    pristine: Snapshot | None,
) -> None:
    """Run one job in a process of its own, which writes its record; nothing of the job comes back here.

    The job's children are copies of the process that forks them. Forked
    from this one, they found what it had read of earlier jobs: first the
    record of the job before, alive in a local of the loop (a frame walk
    copied another student's hidden results:
    tests/hostile/round4/copy_earlier_answers.py), then, in what it had freed
    of the lines earlier children sent, small results a ctypes scan could
    copy (copy_earlier_answers_from_memory.py). So a job's supervisor runs
    in a fork of this process, which reads only outlines (the same tasks for
    every job of a batch), and is gone with everything it read once it has
    written the record. What every job shares (inputs, import-path plans,
    isolation probes, the children's mount view) is worked out here, before
    that fork, and kept.
    """
    from grader.sandbox import isolation, uids
    from grader.sandbox.supervisor import Supervisor

    job: dict[str, Any] = {}
    try:
        job = json.loads(shared)
        base = int(job.get("sandbox_uid", 0) or 0)
        if serial % uids.BLOCK == 0 and base > 0 and os.geteuid() == 0:
            # This worker's uids come round again (or are new to it): nothing may
            # still run under them, whatever a worker before this one left.
            uids.kill(uids.block(base, slot))
        supervisor = Supervisor(job, slot=slot, keep=keep, serial=serial, source_fd=source, sealed_fd=sealed, cache=cache, pristine=pristine)
        supervisor.prepare()
        pid = os.fork()
        if pid == 0:
            _job_process(channel, supervisor, job.get("id"))
        status = os.waitpid(pid, 0)[1]
        # What the job's process left (re-parented here, a subreaper) goes too.
        isolation.sweep()
        if status != 0:
            _write_record(channel, {"worker_error": f"the job's process ended with wait status {status}"}, job.get("id"))
    except Exception as exc:  # a bug of ours: report it, keep serving
        _write_record(channel, {"worker_error": f"{type(exc).__name__}: {exc}"}, job.get("id"))
    finally:
        os.close(source)
        os.close(sealed)


def _job_process(channel: int, supervisor: Supervisor, job_id: Any) -> NoReturn:
    """The fork that runs one job: its supervisor forks the children and reads them, it writes the record, then exits."""
    from grader.sandbox import isolation

    code = 1
    try:
        isolation.die_with_parent()
        # Orphans of its children come back to it, and are killed after each child (isolation.sweep).
        isolation.set_subreaper()
        try:
            record = supervisor.run()
        except Exception as exc:  # a bug of ours: report it
            record = {"worker_error": f"{type(exc).__name__}: {exc}"}
        _write_record(channel, record, job_id)
        code = 0
    finally:
        os._exit(code)


def _write_record(channel: int, record: dict[str, Any], job_id: Any) -> None:
    record["job"] = job_id
    _write_all(channel, (json.dumps(record, separators=(",", ":")) + "\n").encode())


FRAME_HEAD = 33
"""Bytes of a job's first line: the lengths of its three parts (``%10d %10d %10d`` and a newline)."""


def read_exactly(fd: int, size: int) -> bytes | None:
    """``size`` bytes from ``fd``, and not one more; None at its end."""
    parts = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts)


def _memory_file(name: str, size: int) -> int | None:
    """A memory file holding the next ``size`` bytes of stdin, moved there without passing through this process."""
    fd = os.memfd_create(name, os.MFD_CLOEXEC)
    while size > 0:
        moved = os.splice(0, fd, size)
        if not moved:
            os.close(fd)
            return None
        size -= moved
    return fd


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


if __name__ == "__main__":
    main()
