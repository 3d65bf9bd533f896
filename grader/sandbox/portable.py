"""The portable runner: the sandbox's supervisor, with a spawned interpreter per child instead of a fork.

Where the Linux sandbox cannot run (Windows, macOS: no ``memfd``, no
namespaces; anywhere without ``os.fork``, ``fcntl`` or ``resource``), a
student's ``grader check`` still runs their code out of the grader's
process, supervised the same way. :class:`SpawnSupervisor` is the sandbox's
:class:`~grader.sandbox.supervisor.Supervisor` (its state machine, deadlines
per cell and per call, output cap, restarts skipping what failed, the record
it writes) with the process handling swapped:

- a child is ``python -m grader.sandbox.spawned`` started by ``subprocess``
  (it imports torch itself: a second or more per child, paid again after a
  restart), fed the job on its stdin;
- its pipes are read by threads (``select`` on pipes is POSIX-only), which
  hand the bytes to the supervisor's loop through a queue;
- a child is stopped with ``Popen.kill`` (its process group too on POSIX,
  ``taskkill /T`` on Windows).

It runs in the grader's own process, which imports neither torch nor any
POSIX-only module for it. :class:`PortableWorker` and :class:`PortablePool`
give it the interface of :class:`~grader.sandbox.worker.Worker` and
:class:`~grader.sandbox.worker.WorkerPool`, so grading code does not know
which runner it has.

What it does not give: memory and process limits, a uid of its own, hidden
course folders (see docs/threat-model.md). It is for a student checking
their own work, never for batch grading (:func:`grader.sandbox.capabilities.require_sandbox`).
"""

from __future__ import annotations

import collections
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import grader
from grader.errors import WorkerError
from grader.sandbox import isolation, outcomes
from grader.sandbox.supervisor import REAP_SECONDS, Supervisor, _Attempt
from grader.sandbox.worker import WorkerPool
from grader.wire import LimitKind

STARTUP_SECONDS = 120.0
"""How long a spawned child may take to start Python and import torch (slow disks, antivirus scans on Windows)."""


@dataclass
class _SpawnAttempt(_Attempt):
    """A spawned child: its process and the queue its pipe readers fill."""

    proc: Any = None
    inbox: queue.Queue[tuple[str, bytes]] = field(default_factory=queue.Queue)
    """(``"events"`` or ``"output"``, bytes); empty bytes when that pipe closed."""
    writes: queue.Queue[bytes | None] = field(default_factory=queue.Queue)
    """What the writer thread sends to the child's stdin (None: close it)."""
    threads: list[threading.Thread] = field(default_factory=list)


def _read_pipe(stream: IO[bytes], kind: str, inbox: queue.Queue[tuple[str, bytes]]) -> None:
    try:
        while chunk := stream.read1(1 << 16):  # type: ignore[attr-defined]
            inbox.put((kind, chunk))
    except (OSError, ValueError):
        pass
    inbox.put((kind, b""))


def _write_pipe(stream: IO[bytes], writes: queue.Queue[bytes | None]) -> None:
    # A thread of its own: a child that stops reading must not block the deadlines.
    try:
        while (data := writes.get()) is not None:
            stream.write(data)
            stream.flush()
    except (OSError, ValueError):
        pass  # the child closed its end: it reads nothing more
    finally:
        try:
            stream.close()
        except OSError:
            pass


def _site_folders() -> set[Path]:
    """The folders where this interpreter finds installed packages by itself (after its standard library)."""
    import site

    folders = [*getattr(site, "getsitepackages", list)(), getattr(site, "getusersitepackages", str)()]
    return {Path(f).resolve() for f in folders if f}


def child_env() -> dict[str, str]:
    """The spawned child's environment: this grader importable, one thread, UTF-8 pipes.

    A grader installed with pip (a student bundle's) lives in site-packages,
    which the child finds by itself, after the standard library: put on
    ``PYTHONPATH`` it came *before* it, and any package there named like a
    standard module (``enum34``'s ``enum``) broke every spawned child, so
    that a student's own check failed right answers. Only a grader found
    elsewhere (a checkout) is put there.
    """
    env = dict(os.environ)
    package_parent = Path(grader.__file__).resolve().parent.parent
    given = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    paths = given if package_parent in _site_folders() else [str(package_parent), *given]
    env.update(
        PYTHONPATH=os.pathsep.join(paths),
        # As in the sandbox's workers: the same thread count gives the same float sums.
        OMP_NUM_THREADS="1",
        MKL_NUM_THREADS="1",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
    )
    return env


class SpawnSupervisor(Supervisor):
    """:class:`Supervisor` with spawned children; everything that decides a verdict is inherited."""

    def __init__(self, job: dict[str, Any]) -> None:
        super().__init__(job)
        self.current: _SpawnAttempt | None = None
        self._lock = threading.Lock()

    def _plan(self, job: dict[str, Any], slot: int, keep: tuple[str, ...], serial: int) -> isolation.Plan:
        return isolation.Plan(
            uid=None,
            namespaces=False,
            hide=tuple(str(p) for p in job.get("hide", [])),
            keep=(),
            disk_mb=int(job["limits"].get("disk_mb", 64)),
            notes=(
                "portable runner (no fork sandbox here): each child is a fresh Python process with time and output "
                "limits, running as your user, without memory or process limits",
            ),
        )

    def prepare(self) -> None:
        # Input tensors and the import paths to drop are worked out in the child (torch is there, not here).
        self.prepared = True

    def _fork(self) -> _Attempt:
        kwargs: dict[str, Any] = {}
        if os.name == "nt":
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        else:
            kwargs["start_new_session"] = True  # a group of its own, killed whole
        proc = subprocess.Popen(
            [sys.executable, "-m", "grader.sandbox.spawned"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=self.workdir,
            env=child_env(),
            **kwargs,
        )
        attempt = _SpawnAttempt(pid=proc.pid, event_fd=-1, task_fd=-1, output_fd=-1, proc=proc)
        for target, args in (
            (_read_pipe, (proc.stdout, "events", attempt.inbox)),
            (_read_pipe, (proc.stderr, "output", attempt.inbox)),
            (_write_pipe, (proc.stdin, attempt.writes)),
        ):
            thread = threading.Thread(target=target, args=args, daemon=True)
            thread.start()
            attempt.threads.append(thread)
        # The job first (the source included: this process holds it anyway), then tasks as the state machine sends them.
        attempt.writes.put((json.dumps({"op": "job", "job": self.job, "skip": sorted(self.skip)}) + "\n").encode())
        attempt.phase = "loading"
        attempt.deadline = time.monotonic() + STARTUP_SECONDS
        with self._lock:
            self.current = attempt
        if self.record.attempts > 1:
            self._capture(f"\n[grader: restarted the submission after a failure; skipping {_skipped(self.skip)}]\n".encode())
        return attempt

    def _flush(self, attempt: _Attempt) -> None:
        if attempt.outgoing:
            assert isinstance(attempt, _SpawnAttempt)
            attempt.writes.put(bytes(attempt.outgoing))
            attempt.outgoing.clear()

    def _watch(self, attempt: _Attempt) -> None:
        """The sandbox's select loop, on a queue: the same deadlines, in the same order."""
        assert isinstance(attempt, _SpawnAttempt)
        while attempt.event_open:
            now = time.monotonic()
            if now >= self.deadline:
                attempt.killed_for = "job_deadline"
                return self._kill(attempt)
            if now >= attempt.deadline:
                attempt.killed_for = "deadline"
                return self._kill(attempt)
            try:
                kind, data = attempt.inbox.get(timeout=max(0.0, min(attempt.deadline, self.deadline) - now))
            except queue.Empty:
                continue
            self._take(attempt, kind, data)
            if attempt.killed_for:
                return None
        # Events closed: the child is exiting. Collect the rest of its output.
        end = time.monotonic() + 1.0
        while attempt.output_open and (left := end - time.monotonic()) > 0:
            try:
                kind, data = attempt.inbox.get(timeout=left)
            except queue.Empty:
                break
            self._take(attempt, kind, data)
        return None

    def _take(self, attempt: _Attempt, kind: str, data: bytes) -> None:
        if kind == "output":
            if data:
                self._capture(data)
            else:
                attempt.output_open = False
        elif data:
            self._on_events(attempt, data)
        else:
            attempt.event_open = False

    def _kill(self, attempt: _Attempt) -> None:
        assert isinstance(attempt, _SpawnAttempt)
        kill_tree(attempt.proc)

    def _reap(self, attempt: _Attempt) -> None:
        assert isinstance(attempt, _SpawnAttempt)
        proc = attempt.proc
        if not _exited(proc, 2.0):
            self._kill(attempt)
            _exited(proc, REAP_SECONDS)
        # Whatever it started goes too: its process group, while the child is
        # still unreaped (so the group's id cannot have been reused).
        kill_tree(proc)
        try:
            proc.wait(timeout=REAP_SECONDS)
        except subprocess.TimeoutExpired:
            pass  # how it ended stays unknown
        attempt.status = proc.returncode
        attempt.writes.put(None)
        for thread in attempt.threads:
            thread.join(timeout=2.0)
        for stream in (proc.stdout, proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
        with self._lock:
            self.current = None

    def _ending(self, attempt: _Attempt) -> tuple[str, LimitKind | None]:
        # A return code, not a wait status; no CPU time measured.
        return outcomes.describe_exit(attempt.status or 0, cpu_seconds=0.0, limits=self.limits, fault=attempt.fault, quiet=self.record.hidden_sent)

    def stop(self) -> None:
        """Kill the child now (from another thread: the pool is stopping)."""
        with self._lock:
            attempt = self.current
        if attempt is not None:
            attempt.killed_for = attempt.killed_for or "stopped"
            self.deadline = 0.0  # no restart after this
            kill_tree(attempt.proc)


def _skipped(cells: set[int]) -> str:
    return "the call that failed" if not cells else "cell(s) " + ", ".join(str(c) for c in sorted(cells))


def _exited(proc: subprocess.Popen[bytes], seconds: float) -> bool:
    """Wait up to ``seconds`` for the child to exit, leaving it unreaped where POSIX allows."""
    if not hasattr(os, "waitid"):  # Windows: a process id is not reused while we hold its handle
        try:
            proc.wait(timeout=seconds)
            return True
        except subprocess.TimeoutExpired:
            return False
    end = time.monotonic() + seconds
    while True:
        try:
            if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                return True
        except ChildProcessError:
            return True  # already reaped
        if time.monotonic() > end:
            return False
        time.sleep(0.005)


def kill_tree(proc: subprocess.Popen[bytes]) -> None:
    """Kill a spawned child and what it started (its group on POSIX, its tree on Windows)."""
    if os.name == "nt":
        if proc.returncode is None:
            # Best effort: taskkill ends the child's descendants too; kill() covers the child if it fails.
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
    elif hasattr(os, "killpg") and proc.returncode is None:  # unreaped: the group id is still the child's
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    if proc.returncode is None:
        try:
            proc.kill()
        except OSError:
            pass


class PortableWorker:
    """A :class:`~grader.sandbox.worker.Worker` look-alike running each job with a :class:`SpawnSupervisor`.

    No warm process to keep: each job's children are started fresh. A job
    runs when its record is asked for (:meth:`receive`); jobs are never sent
    ahead.
    """

    def __init__(self) -> None:
        self._queued: collections.deque[dict[str, Any]] = collections.deque()
        self._running: SpawnSupervisor | None = None
        self.hello: dict[str, Any] = {"portable": True}
        self.torch_version: str | None = None
        self.slot = 0

    @property
    def running(self) -> bool:
        return True

    def spawn(self) -> None:
        pass

    def start(self) -> None:
        pass

    def send(self, job: dict[str, Any], *, ahead: bool = False) -> bool:
        if ahead:
            return False
        self._queued.append(job)
        return True

    def receive(self, job: dict[str, Any]) -> dict[str, Any]:
        if not self._queued or self._queued[0] is not job:
            raise WorkerError("the portable runner was asked for a job it was not sent")
        self._queued.popleft()
        supervisor = self._running = SpawnSupervisor(job)
        try:
            record = supervisor.run()
        except Exception as exc:  # a bug of ours (or a child that could not start): this job's error, as a worker's
            raise WorkerError(f"the portable runner failed: {type(exc).__name__}: {exc}") from exc
        finally:
            self._running = None
        record["job"] = job.get("id")
        return record

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        self.send(job)
        return self.receive(job)

    def kill(self) -> None:
        self._queued.clear()
        running = self._running
        if running is not None:
            running.stop()

    def close(self) -> None:
        self.kill()

    def __enter__(self) -> PortableWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PortablePool(WorkerPool):
    """A :class:`~grader.sandbox.worker.WorkerPool` of :class:`PortableWorker`: the same job-running loop."""

    def __init__(self, size: int) -> None:
        super().__init__(size, factory=lambda index: PortableWorker())

    def spawn(self, count: int) -> None:
        pass  # nothing warm to start
