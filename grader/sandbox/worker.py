"""The grader's side of a sandbox worker: start it, send jobs, read records.

A :class:`Worker` owns one warm worker process (:mod:`grader.sandbox.zygote`).
A :class:`WorkerPool` runs jobs on several workers at once. A worker that dies
or stops answering is killed and replaced; the job it was running is
reported as a :class:`WorkerError`, never lost silently. Killing a worker
kills everything it started, down to processes that ran as its children's
uids (:mod:`grader.sandbox.uids`).
"""

from __future__ import annotations

import json
import os
import queue
import select
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import grader
from grader.errors import WorkerError
from grader.sandbox import uids
from grader.sandbox.options import WorkerOptions, WorkerStart
from grader.sandbox.zygote import FRAME_HEAD
from grader.wire import task_line

STARTUP_SECONDS = 120.0
"""How long a worker may take to import torch and warm up."""
MARGIN_SECONDS = 30.0
"""Extra time a worker gets beyond a job's own limit before it counts as hung."""
JOB_PIPE_BYTES = 512 << 10
"""What a worker's job pipe is grown to (:func:`_grow_pipe`): a notebook of the whole pack
frames to more than a default 64 KiB pipe holds, so no job of it could be sent ahead."""
JOB_AHEAD_BYTES = 496 << 10
"""Largest job sent to a worker while it runs the job before it. It must fit in the pipe
(:data:`JOB_PIPE_BYTES`, or less: see :func:`_pipe_room`), or writing it would wait for the worker,
which may be waiting for us to read its record. (A worker's supervisor bounds the
tasks it sends ahead to a child by :data:`grader.sandbox.supervisor.TASKS_AHEAD_BYTES`.)"""


KEPT_ENV = frozenset(
    {"PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "LD_LIBRARY_PATH", "PYTHONPATH", "PYTHONHOME", "PYTHONHASHSEED", "PYTHONUTF8", "PYTHONIOENCODING"}
)
KEPT_ENV_PREFIXES = ("LC_", "OMP_", "MKL_", "KMP_", "OPENBLAS_", "TORCH_", "PYTORCH_")
"""What of the grader's environment a worker gets: what Python and torch read, nothing else.

A child is a copy of its worker, environment included (``os.environ``, and the
strings at the top of its stack): an instructor's API token or cloud key
exported in the shell that runs ``grader grade`` reached every submission,
which could raise it in an error and read it in its feedback
(``read_environment.py``).
"""


def _worker_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in KEPT_ENV or k.startswith(KEPT_ENV_PREFIXES)}
    # One thread per child: children are forked, and several of them share the cores.
    env.update(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    # The worker must import this very grader, installed or not.
    package_parent = str(Path(grader.__file__).resolve().parent.parent)
    paths = [package_parent, *[p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _grow_pipe(stream: Any) -> None:
    """Ask for a job pipe of :data:`JOB_PIPE_BYTES`; where that is refused (a user's pipe quota, not Linux), it stays as it is."""
    try:
        import fcntl  # here, not at the top: as in _pipe_room

        if fcntl.fcntl(stream.fileno(), fcntl.F_GETPIPE_SZ) < JOB_PIPE_BYTES:
            fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, JOB_PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def _pipe_room(stream: Any) -> int:
    """Bytes a job may have to be sent ahead: a margin below the pipe's capacity (0 where unknown)."""
    try:
        # Here, not at the top: `grader check` imports this module where fcntl does not exist (Windows).
        import fcntl

        capacity = fcntl.fcntl(stream.fileno(), fcntl.F_GETPIPE_SZ)
    except (ImportError, AttributeError, OSError):
        return 0
    return max(0, min(JOB_AHEAD_BYTES, capacity - (16 << 10)))


class Worker:
    """One warm worker process; not thread-safe (a pool gives each thread its own)."""

    def __init__(self, options: WorkerOptions | None = None, *, cpu: int | None = None) -> None:
        self.options = options if options is not None else WorkerOptions()
        """The speed-ups the worker takes at start (huge pages, what it warms)."""
        self.cpu = cpu
        """The core this worker and its children keep to (None: any)."""
        self._proc: subprocess.Popen[bytes] | None = None
        self._buffer = bytearray()
        self._ahead_bytes = 0
        self._home = tempfile.TemporaryDirectory(prefix="grader-worker-")
        self.torch_version: str | None = None
        self.slot, self._claim = uids.claim()
        """This worker's block of uids for its children (:mod:`grader.sandbox.uids`), held until :meth:`close`."""
        self.hello: dict[str, Any] = {}
        """What the worker said when it started (torch version, root, subreaper)."""
        self._greeted = False
        self._uid_base = 0
        """The ``sandbox_uid`` of the jobs sent: this worker's children ran as ``uids.block(it, slot)``."""

    def spawn(self) -> None:
        """Start the worker process, without waiting for it to be ready (importing torch takes seconds)."""
        if self._proc is not None and self._proc.poll() is None:
            return
        # A neutral cwd: nothing from the course folder lands on the worker's sys.path.
        # The worker's block of uids for its children (when root): no two workers
        # on the machine share a uid, so their children cannot signal each other.
        start = WorkerStart(options=self.options, slot=self.slot, cpu=self.cpu)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "grader.sandbox.zygote", start.to_arg()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=self._home.name,
            env=_worker_env(),
            start_new_session=True,
        )
        self._buffer.clear()
        # A job waiting in the pipe is what keeps the worker busy between jobs (see send).
        _grow_pipe(self._proc.stdin)
        self._ahead_bytes = _pipe_room(self._proc.stdin)
        self._greeted = False

    def start(self) -> None:
        """Start the worker process if it is not running, and wait until it is ready."""
        self.spawn()
        if self._greeted:
            return
        self._greeted = True
        hello = self._read_line(STARTUP_SECONDS)
        try:
            info = json.loads(hello)
        except ValueError as exc:
            self.kill()
            raise WorkerError(f"the sandbox worker did not start: {hello[:200]!r}") from exc
        self.hello = info if isinstance(info, dict) else {}
        self.torch_version = self.hello.get("torch")

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        """Run a job; return the worker's record (still untrusted: validate it)."""
        self.send(job)
        return self.receive(job)

    def send(self, job: dict[str, Any], *, ahead: bool = False) -> bool:
        """Queue a job on the worker; it runs jobs in the order they were sent.

        With ``ahead`` the job is only sent if it is small enough to wait in
        the pipe while the worker finishes the job before it (False: send it
        after receiving that job's record). A job waiting in the pipe is what
        lets the worker start it the moment it sends a record, instead of
        idling while this process reads the record and builds the next job.
        """
        data = frame(job)
        self._uid_base = int(job.get("sandbox_uid", 0) or 0) or self._uid_base
        self.start()
        if ahead and len(data) > self._ahead_bytes:
            return False
        proc = self._proc  # kill() from another thread may clear the attribute meanwhile
        try:
            if proc is None or proc.stdin is None:
                raise OSError("stopped")
            proc.stdin.write(data)
            proc.stdin.flush()
        except (OSError, ValueError) as exc:
            self.kill()
            raise WorkerError(f"the sandbox worker is gone: {exc}") from exc
        return True

    def receive(self, job: dict[str, Any]) -> dict[str, Any]:
        """The record of ``job``, the oldest job sent and not yet received."""
        timeout = float(job["limits"]["submission_seconds"]) + MARGIN_SECONDS
        line = self._read_line(timeout)
        try:
            record = json.loads(line)
        except ValueError as exc:
            self.kill()
            raise WorkerError("the sandbox worker sent an unreadable record") from exc
        if not isinstance(record, dict):
            self.kill()
            raise WorkerError("the sandbox worker sent an unreadable record")
        if "worker_error" in record:
            raise WorkerError(f"the sandbox worker failed: {record['worker_error']}")
        if record.get("job") != job.get("id"):
            self.kill()
            raise WorkerError("the sandbox worker answered a different job")
        return record

    @property
    def running(self) -> bool:
        """Whether this worker's process is up (it is started again on the next send)."""
        return self._proc is not None

    def _read_line(self, timeout: float) -> bytes:
        proc = self._proc  # kill() from another thread may clear the attribute meanwhile
        if proc is None or proc.stdout is None:
            raise WorkerError("the sandbox worker is gone")
        end = time.monotonic() + timeout
        # Our own buffer, not the stream's: a read can bring part of the next
        # record, which a select on the pipe would then never announce.
        while (newline := self._buffer.find(b"\n")) < 0:
            remaining = end - time.monotonic()
            try:
                readable, _, _ = select.select([proc.stdout], [], [], max(0.0, remaining))
                chunk = os.read(proc.stdout.fileno(), 1 << 20) if readable else None
            except (OSError, ValueError) as exc:  # closed under us: the pool is stopping
                self.kill()
                raise WorkerError("the sandbox worker was stopped") from exc
            if chunk is None:
                self.kill()
                raise WorkerError(f"the sandbox worker did not answer within {timeout:g} s")
            if not chunk:
                code = proc.poll()
                self.kill()
                raise WorkerError(f"the sandbox worker exited (code {code})")
            self._buffer += chunk
        line = bytes(self._buffer[:newline])
        del self._buffer[: newline + 1]
        return line

    def kill(self) -> None:
        """Kill the worker and everything it started (its job process, the job's children and theirs)."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            os.killpg(proc.pid, 9)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        # The worker's process group held its job process; the children are in
        # sessions of their own and die with the job process (parent-death
        # signal), unless one of them turned that off. Whatever is left runs as
        # one of this worker's uids, and goes now.
        if self._uid_base > 0:
            uids.kill(uids.block(self._uid_base, self.slot))
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream:
                    stream.close()
            except OSError:
                pass

    def close(self) -> None:
        # Between jobs a worker holds nothing worth a graceful exit, and a
        # graceful exit of an interpreter with torch loaded takes most of a second.
        self.kill()
        self._home.cleanup()
        if self._claim is not None:
            self._claim.close()
            self._claim = None

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


JobOutcome = tuple[Any, dict[str, Any] | None, WorkerError | None]
"""(the caller's key, the record or None, the error or None)."""


class PoolWorker(Protocol):
    """What a pool needs of a worker (:class:`Worker`, the portable runner's, or a test's fake)."""

    slot: int
    hello: dict[str, Any]

    @property
    def running(self) -> bool: ...
    def spawn(self) -> None: ...
    def send(self, job: dict[str, Any], *, ahead: bool = False) -> bool: ...
    def receive(self, job: dict[str, Any]) -> dict[str, Any]: ...
    def kill(self) -> None: ...
    def close(self) -> None: ...


WorkerFactory = Callable[[int], PoolWorker]
"""Makes the pool's worker number ``index`` (the seam a test or another runner plugs into)."""


class WorkerPool:
    """Runs jobs on up to ``size`` workers in parallel; workers stay warm between runs."""

    def __init__(self, size: int, options: WorkerOptions | None = None, *, factory: WorkerFactory | None = None) -> None:
        self.size = max(1, size)
        self.options = options if options is not None else WorkerOptions()
        """What its workers take at start (:class:`grader.sandbox.options.WorkerOptions`)."""
        self._factory: WorkerFactory = factory if factory is not None else self._new_worker
        self._workers: list[PoolWorker] = []

    @property
    def workers(self) -> tuple[PoolWorker, ...]:
        """The workers made so far, in order (a worker is made when first needed)."""
        return tuple(self._workers)

    @property
    def slots(self) -> list[int]:
        """The uid blocks its workers hold (:func:`grader.sandbox.uids.block`)."""
        return [w.slot for w in self._workers]

    def spawn(self, count: int) -> None:
        """Start up to ``count`` workers now, to import torch while the caller prepares the jobs."""
        for i in range(min(self.size, count)):
            self._worker(i).spawn()

    def _new_worker(self, index: int) -> PoolWorker:
        return Worker(self.options, cpu=self._core(index))

    def _worker(self, index: int) -> PoolWorker:
        if index == len(self._workers):
            self._workers.append(self._factory(index))
        return self._workers[index]

    def run(self, jobs: Iterable[tuple[Any, Callable[[], dict[str, Any]]]]) -> Iterator[JobOutcome]:
        """Run ``(key, make_job)`` pairs; yield ``(key, record, error)`` in completion order.

        Jobs are built lazily (``make_job``) in the worker thread, so a large
        batch is not held in memory all at once.
        """
        todo: queue.Queue[tuple[Any, Callable[[], dict[str, Any]]] | None] = queue.Queue()
        done: queue.Queue[JobOutcome] = queue.Queue()
        count = 0
        for item in jobs:
            todo.put(item)
            count += 1
        threads = []
        stopping = threading.Event()
        for i in range(min(self.size, count)):
            todo.put(None)
            t = threading.Thread(target=self._serve, args=(self._worker(i), todo, done, stopping), daemon=True)
            t.start()
            threads.append(t)
        finished = 0
        try:
            for _ in range(count):
                yield done.get()
                finished += 1
        finally:
            if finished < count:
                # The caller stopped early (Ctrl-C, an error): start nothing new,
                # and stop the jobs under way rather than wait for their limits.
                while True:
                    try:
                        todo.get_nowait()
                    except queue.Empty:
                        break
                stopping.set()
                for _ in threads:
                    todo.put(None)
                for worker in self._workers:
                    worker.kill()
            for t in threads:
                t.join(timeout=10)

    @staticmethod
    def _serve(worker: PoolWorker, todo: queue.Queue[Any], done: queue.Queue[Any], stopping: threading.Event) -> None:
        """Feed one worker, sending each job while the one before it runs (when it fits)."""
        sent: deque[tuple[Any, dict[str, Any]]] = deque()
        waiting: tuple[Any, dict[str, Any]] | None = None  # too large to send while the worker is busy
        more = True
        while not stopping.is_set():
            if waiting is not None and not sent:
                _send(worker, sent, waiting, done, ahead=False)
                waiting = None
            while more and waiting is None and len(sent) < 2 and not stopping.is_set():
                item = todo.get()
                if item is None:
                    more = False
                    break
                key, make_job = item
                try:
                    job = make_job()
                except Exception as exc:  # building the job failed: still an outcome
                    done.put((key, None, WorkerError(f"{type(exc).__name__}: {exc}")))
                    continue
                if not _send(worker, sent, (key, job), done, ahead=bool(sent)):
                    waiting = (key, job)
            if not sent:
                if waiting is None:
                    return
                continue
            key, job = sent.popleft()
            try:
                done.put((key, worker.receive(job), None))
            except WorkerError as exc:
                done.put((key, None, exc))
                if not worker.running and not stopping.is_set():
                    # The worker was replaced, and the job queued behind this one went with it.
                    queued, sent = list(sent), deque()
                    for item in queued:
                        _send(worker, sent, item, done, ahead=False)

    def _core(self, index: int) -> int | None:
        """A core of its own for each worker of a parallel pool (round robin over the cores we may use)."""
        if self.size < 2 or not hasattr(os, "sched_getaffinity"):
            return None
        cores = sorted(os.sched_getaffinity(0))
        return cores[index % len(cores)] if len(cores) > 1 else None

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers.clear()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _send(worker: PoolWorker, sent: deque[tuple[Any, dict[str, Any]]], item: tuple[Any, dict[str, Any]], done: queue.Queue[Any], *, ahead: bool) -> bool:
    """Send a job and note it as sent; False if it is too large to send ahead (nothing sent)."""
    key, job = item
    try:
        if not worker.send(job, ahead=ahead):
            return False
        sent.append(item)
    except WorkerError as exc:
        done.put((key, None, exc))
    return True


def frame(job: dict[str, Any]) -> bytes:
    """A job as sent to a worker: the lengths of its three parts, then the parts.

    The first part is what the worker needs: the job with only the kind and
    the numbers of the source's cells, and each hidden task by its id, time
    limit and function alone. The second holds the hidden tasks' lines as a
    child reads them (their inputs, with seeds under the course's key), and
    the third the whole source. The worker moves those two unread into
    memory files (see :func:`grader.sandbox.zygote.serve`), and from there a
    hidden task into the child's pipe when its case runs: a worker never
    holds a submission's source or a hidden case's seed, so no child, a copy
    of the worker, can find one in its memory (a frame walk found every
    hidden seed of the job in the worker's tasks:
    tests/hostile/round4/hidden_seeds_by_frames.py).
    """
    source = job["source"]
    outline = {"kind": source["kind"], "cells": [{"number": c["number"]} for c in source["cells"]]}
    tasks, sealed, at = [], [], 0
    for task in job["tasks"]:
        if not task.get("hidden"):
            tasks.append(task)
            continue
        line = task_line(task)
        tasks.append({"id": task["id"], "function": task["function"], "time_limit": task["time_limit"], "hidden": True, "sealed": [at, len(line)]})
        sealed.append(line)
        at += len(line)
    first = json.dumps({**job, "source": outline, "tasks": tasks}).encode()
    second = b"".join(sealed)
    third = json.dumps(source).encode()
    return b"%10d %10d %10d\n" % (len(first), len(second), len(third)) + first + second + third


def frame_parts(data: bytes) -> tuple[bytes, bytes, bytes]:
    """A framed job's three parts (outline, hidden tasks' lines, source), as a worker reads them."""
    sizes = [int(n) for n in data[:FRAME_HEAD].split()]
    first = FRAME_HEAD + sizes[0]
    return data[FRAME_HEAD:first], data[first : first + sizes[1]], data[first + sizes[1] : first + sizes[1] + sizes[2]]


def new_job_id() -> str:
    return f"{os.getpid()}-{time.monotonic_ns()}"
