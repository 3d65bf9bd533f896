"""Fork a child per submission and watch it: deadlines, output, crashes, restarts.

Runs in the worker process (which imported torch once). For one job it forks
a child, feeds it tasks a few at a time, enforces the wall-clock limits of each
cell and each call, keeps a capped copy of the child's output, and turns
every way a child can end (finishing, raising, looping, exiting, crashing,
sending garbage) into a plain record.

When a child dies in a cell or a call, the supervisor records what happened
there and forks a new child that runs the cells again, skipping the one that
died, and goes on with the tasks not yet done. Every restart is caused by a
cell or task that is then never run again, so restarts end. The whole job
also has its own deadline.

The supervisor never blocks on a child: it reads the child's events and
output, and writes the tasks it sends, without blocking, from one select
loop that also enforces every deadline. Tasks the child has not read yet
wait in an outgoing buffer (a child may shrink its pipe or stop reading).

After each child, everything it started is killed. With namespaces the child
is the init of a PID namespace of its own, and the kernel kills everything in
it when the child dies; without them, its session is killed first, then
(the process running the job being a subreaper) whatever escaped into
another session and was re-parented to it. How a child ended is worded for
students by :mod:`grader.sandbox.outcomes`, naming the limit it hit.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import re
import selectors
import shutil
import signal
import struct
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from grader import wire
from grader.sandbox import isolation, outcomes
from grader.sandbox.cache import WorkerCache
from grader.wire import LimitKind

if TYPE_CHECKING:
    from grader.sandbox.hiding import Hiding
    from grader.sandbox.tamper import Snapshot

try:  # POSIX only: asking a pipe how much it holds (see _read_available)
    import fcntl
    import termios
except ImportError:  # the portable runner (grader.sandbox.spawn) reads its pipes in threads instead
    fcntl = termios = None  # type: ignore[assignment]

# Not imported here: grader.sandbox.child, grader.sandbox.tamper and grader.inputs (torch) and
# grader.sandbox.limits (resource). The worker has them already; the portable
# runner reuses this state machine in the grader's process, which has neither.

MAX_EVENT_BYTES = 64 << 20
"""Largest single message a child may send (a few large tensors fit)."""
MAX_RECORD_BYTES = 256 << 20
"""Largest total of messages per job."""
GRACE_SECONDS = 5.0
"""Time allowed between events for the grader's own work in the child."""
_WHILE = {
    "start": "before starting",
    "loading": "while loading the submission",
    "cell": "while running a cell",
    "task": "while running a task",
    "stopping": "while stopping",
    "done": "after the last task",
}
"""Where a child's message came, in words (an attempt's phase)."""
TASK_MARGIN_SECONDS = 0.5
"""Added to a call's time limit for building its inputs and describing its results."""
REAP_SECONDS = 10.0
"""Most time a killed child may take to be gone (its whole PID namespace with it)."""
TASKS_AHEAD = 8
"""Tasks sent before the child asks: it starts the next one without waiting for the supervisor."""
TASKS_AHEAD_BYTES = 16 << 10
"""Most bytes of tasks sent to a child ahead of the one it runs (a larger task goes alone): enough for the child never to wait."""


class _ProtocolViolation(Exception):
    """Something the child sent that no honest child sends. Its words never quote what the child sent: they reach
    the student (a result's message), and a child running a hidden case knows its inputs
    (tests/hostile/round22/pack/hidden_input_in_a_channel_message.py)."""


_NOT_PRINTABLE_ASCII = re.compile(rb"[^\x20-\x7e]")
"""A byte no line the child's encoder writes holds (``ensure_ascii``: newlines and controls are escaped)."""


@dataclass
class _Attempt:
    """State of one forked child."""

    pid: int
    event_fd: int
    """The child's events (cell starts and ends, results) come in here."""
    task_fd: int
    """Tasks go out to the child here."""
    output_fd: int
    """What the child prints comes in here."""
    phase: str = "start"
    current: Any = None
    deadline: float = 0.0
    buffer: bytes = b""
    outgoing: bytearray = field(default_factory=bytearray)
    """Bytes for the task pipe that the child has not taken yet (it may have shrunk its pipe)."""
    sealed: list[int] | None = None
    """A hidden task's line still to move from the job's sealed file into the task pipe, after ``outgoing``:
    [offset, bytes left]. Only while that task, sent alone, runs."""
    last_cell: int = 0
    queue: list[dict[str, Any]] = field(default_factory=list)
    """Tasks this child is to run, in order."""
    sent: int = 0
    """How many of ``queue`` went out; those not ended yet are in ``window``."""
    window: deque[tuple[dict[str, Any], int]] = field(default_factory=deque)
    """Sent tasks not ended yet, with their sizes: the first is the one running."""
    status: int | None = None
    cpu_seconds: float = 0.0
    fault: str | None = None
    killed_for: str | None = None
    event_open: bool = True
    output_open: bool = True

    @property
    def in_flight(self) -> dict[str, Any] | None:
        return self.window[0][0] if self.window else None


@dataclass
class _Record:
    cells: dict[int, dict[str, Any]] = field(default_factory=dict)
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)
    incidents: list[dict[str, Any]] = field(default_factory=list)
    output: bytearray = field(default_factory=bytearray)
    output_bytes: int = 0
    received: int = 0
    kept: int = 0
    """Bytes of task results kept for the grader (:attr:`grader.config.Limits.results_mb` bounds them)."""
    attempts: int = 0
    protocol_error: str | None = None
    hidden_sent: bool = False
    """A hidden task went to a child: from then on a child may know a hidden case's inputs, and the words for how a
    child ended (an exit code, a signal, its fault) quote nothing it chose (:func:`outcomes.describe_exit`'s ``quiet``):
    they reach the student, with hidden checks hidden too (tests/hostile/round22/pack/hidden_input_in_the_exit_code.py)."""


class Supervisor:
    """Runs one job (a submission and its tasks) to a plain record."""

    def __init__(
        self,
        job: dict[str, Any],
        *,
        slot: int = 0,
        keep: tuple[str, ...] = (),
        serial: int = 0,
        source_fd: int | None = None,
        sealed_fd: int | None = None,
        cache: WorkerCache | None = None,
        pristine: Snapshot | None = None,
    ) -> None:
        """``slot`` is the worker's block of uids and ``serial`` the job's number in that worker: together they pick the job's uid.

        With ``source_fd`` (the worker's case), ``job["source"]`` holds only
        the cells' numbers and the kind; each child reads the whole source
        from that file itself, so this process never holds it. With
        ``sealed_fd``, a task with ``sealed`` ([offset, length]) holds only
        its id, function and time limit: its line is moved from that file into
        the child's pipe when it runs, so this process never holds a hidden
        case's inputs or seeds, and no child finds them in its copy of it. ``cache`` is
        what the worker keeps between jobs, and ``pristine`` its snapshot of
        the grader's modules (:func:`grader.sandbox.tamper.snapshot`), taken
        before the first fork if not given.
        """
        self.job = job
        self.source_fd = source_fd
        self.sealed_fd = sealed_fd
        self.cache = cache if cache is not None else WorkerCache()
        self.pristine = pristine
        self.plan = self._plan(job, slot, keep, serial)
        self.limits = job["limits"]
        self.tasks: list[dict[str, Any]] = list(job["tasks"])
        """The job's tasks, in order (an attempt's ``queue`` holds those its child is to run)."""
        self.cells: list[int] = []
        self.record = _Record()
        self.skip: set[int] = set()
        self.deadline = time.monotonic() + float(self.limits["submission_seconds"])
        self.hiding: Hiding | None = None
        """The import paths a child drops, planned once in the worker (None: the child plans them)."""
        self.prepared = False
        """Whether :meth:`prepare` ran."""
        self._messages: dict[int, bytes] = {}
        """Each task's message by ``id(task)`` (the tasks live as long as the job), encoded once: a task held
        back from the tasks sent ahead is looked at again after each task ends."""

    def _plan(self, job: dict[str, Any], slot: int, keep: tuple[str, ...], serial: int) -> isolation.Plan:
        """How this job's children are isolated (the portable runner has a plan of its own)."""
        return isolation.plan_for(job, slot, keep, serial, self.cache.probes, self.cache.network_notes)

    # -- the job ------------------------------------------------------------

    def prepare(self) -> None:
        """Work that every job of a batch shares, kept by the worker for the jobs after this one.

        Builds the tasks' input tensors, plans which import paths to drop
        and, with namespaces, the mount view the children start from; none of
        it depends on the submission. The worker runs this before it forks
        the job's own process (see :func:`grader.sandbox.zygote.serve`).
        """
        self.hiding = self.cache.hiding_for(list(self.job.get("hide", [])))
        self.cache.prepare(self.tasks)
        if self.plan.namespaces:
            isolation.shared_view(self.plan, self.cache.namespaces)
        self.prepared = True

    def run(self) -> dict[str, Any]:
        """Run the job to a plain record."""
        started = time.monotonic()
        if not self.prepared:
            self.prepare()
        self.cells = [c["number"] for c in self.job["source"]["cells"]]
        # Each job runs in an empty folder of its own, removed afterwards (with
        # namespaces, a private tmpfs that vanishes with the child instead).
        self.workdir = tempfile.mkdtemp(prefix="grader-run-")
        try:
            while True:
                self.record.attempts += 1
                attempt = self._fork()
                try:
                    self._watch(attempt)
                finally:
                    self._reap(attempt)
                if not self._after(attempt):
                    break
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)
            if self.plan.uid is not None:
                # What the job's children left in the one keyring they cannot be kept from (see isolation.close_keyrings).
                isolation.clear_persistent_keyring(self.plan.uid)
        for task in self.tasks:
            if task["id"] not in self.record.tasks:
                self.record.tasks[task["id"]] = {"status": "not_run", "detail": self._not_run_reason()}
        return self._result(time.monotonic() - started)

    def _not_run_reason(self) -> str:
        if self.record.protocol_error:
            return "grading stopped: " + self.record.protocol_error
        if time.monotonic() >= self.deadline:
            return f"the submission used up its {self.limits['submission_seconds']:g} s time limit"
        for incident in reversed(self.record.incidents):
            return f"grading stopped after {incident['where']}: {incident['detail']}"
        return "the submission stopped before this exercise ran"

    def _after(self, attempt: _Attempt) -> bool:
        """Record how the attempt ended; return True to fork another child."""
        if attempt.phase == "done" and attempt.killed_for is None:
            return False
        if self.record.protocol_error:
            return False
        if attempt.killed_for == "job_deadline":
            where = self._where(attempt)
            self.record.incidents.append({"kind": "timeout", "where": where, "detail": f"the whole submission took longer than {self.limits['submission_seconds']:g} s"})
            self._mark_current(attempt, "timeout", f"stopped: the submission's {self.limits['submission_seconds']:g} s time limit ran out", "time")
            return False
        if attempt.killed_for == "deadline":
            kind, limit = "timeout", "time"
            if attempt.phase == "task":
                detail = f"did not finish within {attempt.in_flight['time_limit']:g} s"  # type: ignore[index]
            elif attempt.phase == "cell":
                detail = f"did not finish within {self.limits['cell_seconds']:g} s"
            else:
                detail = "the grading process stopped responding"
        else:
            kind = "crash"
            detail, limit = "ended unexpectedly", None
            if attempt.status is not None:
                detail, limit = self._ending(attempt)
        where = self._where(attempt)
        self.record.incidents.append({"kind": kind, "where": where, "detail": detail})
        progressed = self._mark_current(attempt, kind, detail, limit)
        return progressed and time.monotonic() < self.deadline and self._work_left()

    def _ending(self, attempt: _Attempt) -> tuple[str, LimitKind | None]:
        """Words for how a child that was not killed by us ended (``attempt.status`` is a wait status here)."""
        return outcomes.describe_end(
            attempt.status or 0, cpu_seconds=attempt.cpu_seconds, limits=self.limits, fault=attempt.fault, quiet=self.record.hidden_sent
        )

    def _where(self, attempt: _Attempt) -> str:
        if attempt.phase == "cell":
            return f"cell {attempt.current}" if self.job["source"]["kind"] == "notebook" else "the module"
        if attempt.phase == "task" and attempt.in_flight:
            return outcomes.hidden_place(attempt.in_flight) or f"task {attempt.in_flight['id']}"
        return "start-up" if attempt.phase in ("start", "loading") else "between tasks"

    def _mark_current(self, attempt: _Attempt, kind: str, detail: str, limit: str | None) -> bool:
        """Record the failure at the cell or task in progress; False if there is none."""
        status = "timeout" if kind == "timeout" else "crashed"
        if attempt.phase == "cell":
            self.record.cells[attempt.current] = {"status": status, "error": None, "detail": detail, "seconds": None, "limit": limit}
            self.skip.add(attempt.current)
            return True
        if attempt.phase == "task" and attempt.in_flight is not None:
            self.record.tasks[attempt.in_flight["id"]] = {"status": status, "detail": detail, "limit": limit}
            if attempt.killed_for == "deadline":
                self._same_verdict_for_the_rest(attempt.in_flight, detail)
            return True
        return False

    def _same_verdict_for_the_rest(self, task: dict[str, Any], detail: str) -> None:
        """A function that ran out of time on one case would on its other cases too, a full time limit each:
        they get the same verdict, not run."""
        if task["function"] is None:
            return
        for other in self.tasks:
            if other["function"] == task["function"] and other["id"] not in self.record.tasks:
                self.record.tasks[other["id"]] = {"status": "timeout", "detail": f"was not run: it {detail} on an earlier case", "limit": "time"}

    def _work_left(self) -> bool:
        return any(t["id"] not in self.record.tasks for t in self.tasks)

    def _result(self, seconds: float) -> dict[str, Any]:
        r = self.record
        text = bytes(r.output).decode("utf-8", errors="replace")
        return {
            "cells": {str(k): v for k, v in sorted(r.cells.items())},
            "tasks": r.tasks,
            "incidents": r.incidents,
            "output": {"text": text, "bytes": r.output_bytes, "truncated": r.output_bytes > len(r.output)},
            "attempts": r.attempts,
            "seconds": seconds,
            "protocol_error": r.protocol_error,
            "isolation": self.plan.describe(),
        }

    # -- one child ------------------------------------------------------------

    def _fork(self) -> _Attempt:
        from grader.sandbox import child, limits, tamper
        from grader.sandbox.channel import Channel

        if self.pristine is None:
            self.pristine = tamper.snapshot()
        pristine, prepared = self.pristine, self.cache.inputs
        event_r, event_w = os.pipe()
        task_r, task_w = os.pipe()
        out_r, out_w = os.pipe()
        skip = set(self.skip)
        hiding = self.hiding
        # Objects the worker already has are left out of the child's garbage
        # collections: a collection touches every object it scans, and each
        # touched page is copied on write, which costs the child more than
        # the work it was forked to do. Garbage is collected first: a cycle frozen here is never
        # collected, and every later child could find it (an earlier job's objects among them).
        # Only what came since the last freeze is scanned; before the first, no job has run yet.
        if self.cache.frozen:
            gc.collect()
        gc.freeze()
        self.cache.frozen = True
        pid = isolation.fork(self.plan, self.cache.namespaces)
        if pid == 0:  # the child: never returns
            try:
                isolation.wipe_freed_memory(False)  # the worker's setting; the child's memory is its own
                if self.source_fd is not None:
                    self.job["source"] = _read_source(self.source_fd)
                os.setsid()
                signal.signal(signal.SIGINT, signal.default_int_handler)
                for fd in (event_r, task_w, out_r):
                    os.close(fd)
                devnull = os.open(os.devnull, os.O_RDONLY)
                os.dup2(devnull, 0)
                os.dup2(out_w, 1)
                os.dup2(out_w, 2)
                os.close(out_w)
                # Everything else the worker holds open (its channel to the grader
                # above all) must be out of the student's reach.
                _close_fds_except({0, 1, 2, event_w, task_r})
                _rebind_std_streams()
                os.chdir(isolation.enter(self.plan, self.workdir, self.cache.namespaces))
                # After the uid change: the process limit counts the sandbox user's processes.
                limits.apply(self.limits, private_uid=self.plan.uid is not None)
                channel = Channel(event_w, task_r)
            except BaseException as exc:
                _setup_failed(event_w, exc)
            child.child_main(self.job, skip, channel, pristine=pristine, hiding=hiding, prepared=prepared)
        for fd in (event_w, task_r, out_w):
            os.close(fd)
        for fd in (event_r, out_r, task_w):
            os.set_blocking(fd, False)
        attempt = _Attempt(pid=pid, event_fd=event_r, task_fd=task_w, output_fd=out_r)
        attempt.phase = "loading"
        attempt.deadline = time.monotonic() + GRACE_SECONDS
        if self.record.attempts > 1:
            self._capture(f"\n[grader: restarted the submission after a failure; skipping {_skipped(self.skip)}]\n".encode())
        return attempt

    def _watch(self, attempt: _Attempt) -> None:
        selector = selectors.DefaultSelector()
        selector.register(attempt.event_fd, selectors.EVENT_READ, "events")
        selector.register(attempt.output_fd, selectors.EVENT_READ, "output")
        writing = False
        try:
            while attempt.event_open:
                # Wait for room in the task pipe only while there is something to send.
                if bool(attempt.outgoing or attempt.sealed) != writing:
                    writing = not writing
                    if writing:
                        selector.register(attempt.task_fd, selectors.EVENT_WRITE, "tasks")
                    else:
                        selector.unregister(attempt.task_fd)
                now = time.monotonic()
                if now >= self.deadline:
                    attempt.killed_for = "job_deadline"
                    return self._kill(attempt)
                if now >= attempt.deadline:
                    attempt.killed_for = "deadline"
                    return self._kill(attempt)
                timeout = max(0.0, min(attempt.deadline, self.deadline) - now)
                for key, _ in selector.select(timeout):
                    if key.data == "output":
                        self._drain_output(attempt, selector)
                    elif key.data == "tasks":
                        self._flush(attempt)
                    else:
                        self._read_events(attempt, selector)
                    if attempt.killed_for:
                        return None
            # Events closed: the child is exiting. Collect the rest of its output.
            end = time.monotonic() + 1.0
            while attempt.output_open and time.monotonic() < end:
                if selector.select(max(0.0, end - time.monotonic())):
                    self._drain_output(attempt, selector)
        finally:
            selector.close()
        return None

    def _drain_output(self, attempt: _Attempt, selector: selectors.BaseSelector) -> None:
        try:
            data = _read_available(attempt.output_fd, 1 << 16)
        except BlockingIOError:
            return
        if not data:
            attempt.output_open = False
            selector.unregister(attempt.output_fd)
            return
        self._capture(data)

    def _capture(self, data: bytes) -> None:
        r = self.record
        r.output_bytes += len(data)
        room = int(self.limits["output_bytes"]) - len(r.output)
        if room > 0:
            r.output += data[:room]

    def _read_events(self, attempt: _Attempt, selector: selectors.BaseSelector) -> None:
        try:
            data = _read_available(attempt.event_fd, 1 << 20)
        except BlockingIOError:
            return
        if not data:
            attempt.event_open = False
            selector.unregister(attempt.event_fd)
            return
        self._on_events(attempt, data)

    def _on_events(self, attempt: _Attempt, data: bytes) -> None:
        """Feed bytes the child wrote on its event channel to the state machine."""
        self.record.received += len(data)
        attempt.buffer += data
        try:
            if self.record.received > MAX_RECORD_BYTES:
                raise _ProtocolViolation(f"the child sent more than {MAX_RECORD_BYTES >> 20} MiB")
            while b"\n" in attempt.buffer:
                line, attempt.buffer = attempt.buffer.split(b"\n", 1)
                self._handle(attempt, line)
            if len(attempt.buffer) > MAX_EVENT_BYTES:
                raise _ProtocolViolation(f"a message longer than {MAX_EVENT_BYTES >> 20} MiB")
        except _ProtocolViolation as exc:
            self.record.protocol_error = str(exc)
            self.record.incidents.append({"kind": "protocol", "where": self._where(attempt), "detail": str(exc)})
            attempt.killed_for = "protocol"
            self._kill(attempt)

    def _handle(self, attempt: _Attempt, line: bytes) -> None:
        """Advance the attempt's state machine by one event; anything unexpected is a violation."""
        # The child's encoder escapes everything but printable ASCII. A result of raw control
        # characters passed on as text became six bytes per byte in the record (\u0001): a
        # submission could make the worker and the grader hold many times what it sent
        # (tests/corpus amplify_record.py).
        if _NOT_PRINTABLE_ASCII.search(line):
            raise _ProtocolViolation("a message that is not printable ASCII")
        if attempt.phase == "task" and self._task_end(attempt, line):
            return
        try:
            event = json.loads(line.decode("utf-8"))
        except ValueError as exc:  # UnicodeDecodeError included
            raise _ProtocolViolation("a message that is not JSON") from exc
        if not isinstance(event, dict) or not isinstance(event.get("ev"), str):
            raise _ProtocolViolation("a message without an event name")
        handler = self._HANDLERS.get((attempt.phase, event["ev"])) or self._HANDLERS.get((None, event["ev"]))
        if handler is None:
            when = _WHILE.get(attempt.phase, attempt.phase)
            # An event's name is the child's to choose: quoted only when it is one of the protocol's own.
            if event["ev"] not in {ev for _phase, ev in self._HANDLERS}:
                raise _ProtocolViolation(f"a message of no known kind {when}")
            raise _ProtocolViolation(f"an unexpected {event['ev']!r} message {when}")
        getattr(self, handler)(attempt, event, time.monotonic())

    _HANDLERS: ClassVar[dict[tuple[str | None, str], str]] = {
        ("loading", "cell_start"): "_on_cell_start",
        ("cell", "cell_end"): "_on_cell_end",
        ("loading", "loaded"): "_on_loaded",
        ("task", "task_end"): "_on_task_end",
        ("stopping", "done"): "_on_done",
        (None, "fault"): "_on_fault",
        (None, "tampered"): "_on_tampered",
    }
    """(phase, event) -> the method that handles it; (None, event) in any phase. Anything else is a violation."""

    def _on_cell_start(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        number = event.get("cell")
        expected = [c for c in self.cells if c > attempt.last_cell and c not in self.skip]
        if not expected or number != expected[0]:
            raise _ProtocolViolation("a cell started out of order" if type(number) is not int else f"cell {number} started out of order")
        attempt.phase, attempt.current = "cell", number
        attempt.deadline = now + float(self.limits["cell_seconds"])

    def _on_cell_end(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        if event.get("cell") != attempt.current:
            raise _ProtocolViolation("a cell ended that had not started")
        error = event.get("error")
        if error is not None and not isinstance(error, dict):
            raise _ProtocolViolation("a malformed cell error")
        # The first run of a cell is the one reported; reruns after a restart are not.
        self.record.cells.setdefault(
            attempt.current,
            {"status": "error" if error else "ok", "error": error, "detail": None, "seconds": event.get("seconds")},
        )
        attempt.last_cell = attempt.current
        attempt.phase, attempt.current = "loading", None
        attempt.deadline = now + GRACE_SECONDS

    def _on_loaded(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        attempt.queue = [t for t in self.tasks if t["id"] not in self.record.tasks]
        self._next_task(attempt, now)

    def _on_task_end(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        """A result in another layout than the child's own (see :meth:`_task_end`): decoded and checked."""
        task, _ = attempt.window[0]
        if event.get("task") != task["id"] or not isinstance(event.get("observation"), dict):
            raise _ProtocolViolation("a task result that does not match the task sent")
        self._done(attempt, json.dumps(event["observation"], separators=(",", ":")), now)

    def _on_done(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        attempt.phase = "done"
        attempt.deadline = now + GRACE_SECONDS

    def _on_fault(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        detail = str(event.get("detail", ""))[:500]
        if self.record.hidden_sent:
            # What the child says failed is its own text: after a hidden case, only the limit it names, if any, in the
            # grader's words (a raised exception's message, or a fault made up, can spell a hidden input).
            kind = outcomes.error_limit(detail.split(":", 1)[0], detail)
            attempt.fault = outcomes.LIMIT_FAULTS[kind] if kind is not None else None
            self.record.incidents.append({"kind": "fault", "where": self._where(attempt), "detail": attempt.fault or "the grader's code failed"})
            return
        attempt.fault = detail
        self.record.incidents.append({"kind": "fault", "where": self._where(attempt), "detail": detail})

    def _on_tampered(self, attempt: _Attempt, event: dict[str, Any], now: float) -> None:
        if self.record.hidden_sent:
            # The names come from the child, which can add names of its choosing (or send any): not quoted once it may
            # know a hidden case's inputs.
            raise _ProtocolViolation("the submission changed the grader's own code")
        names = ", ".join(str(n) for n in event.get("names", []))[:300] if isinstance(event.get("names"), list) else "?"
        raise _ProtocolViolation(f"the submission changed the grader's own code ({names})")

    def _task_end(self, attempt: _Attempt, line: bytes) -> bool:
        """The result of the task in flight, in the child's own layout: passed on undecoded.

        Decoding a result here only to encode it again for the grader, which
        decodes and validates it anyway, was half of this process's work
        (about 8 of 17 ms per notebook).
        The observation goes on as a JSON string, so whatever its bytes are,
        they cannot change the rest of the record. Any other layout takes the
        slow path (decoded and checked event by event).
        """
        prefix = wire.task_end_prefix(attempt.window[0][0]["id"])
        if not (line.startswith(prefix) and line.endswith(b"}") and line[len(prefix) : len(prefix) + 1] == b"{"):
            return False
        try:
            text = line[len(prefix) : -1].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _ProtocolViolation("a task result that is not UTF-8") from exc
        self._done(attempt, text, time.monotonic())
        return True

    def _done(self, attempt: _Attempt, observation: str, now: float) -> None:
        task, _ = attempt.window.popleft()
        attempt.sealed = None  # its task ended (a child may forge an end before reading it): what is left of it is never sent
        budget = int(self.limits.get("results_mb", outcomes.DEFAULT_RESULTS_MB)) << 20
        if self.record.kept + len(observation) > budget:
            # The grader parses every result it keeps into Python objects, several times the text in its own process:
            # a result past the budget is refused, the tasks after it still run (tests/hostile/round13/pack/record_of_zeros.py).
            detail = outcomes.limit_words("results", self.limits)
            self.record.tasks[task["id"]] = {"status": "crashed", "detail": detail, "limit": "results"}
            self.record.incidents.append({"kind": "limit", "where": f"task {task['id']}", "detail": detail})
        else:
            self.record.kept += len(observation)
            self.record.tasks[task["id"]] = {"status": "done", "observation": observation}
        self._next_task(attempt, now)

    def _next_task(self, attempt: _Attempt, now: float) -> None:
        """Start the deadline of the next task (or stop), and top up the tasks sent ahead.

        The child runs tasks in order, so a task starts when the one before it
        ends: its deadline starts when that end arrives here. Tasks are sent a
        few at a time so that the child never waits for this process between
        two tasks; each one is still sent only once, and after a restart the
        new child is sent the tasks that have no result yet.
        """
        self._send_ahead(attempt)
        if not attempt.window:
            attempt.phase = "stopping"
            attempt.deadline = now + GRACE_SECONDS
            self._send(attempt, b'{"op":"stop"}\n')
            return
        attempt.phase = "task"
        # Building inputs and describing results take microseconds: the
        # call's own limit plus a small margin covers them.
        attempt.deadline = now + float(attempt.window[0][0]["time_limit"]) + TASK_MARGIN_SECONDS

    def _send_ahead(self, attempt: _Attempt) -> None:
        ahead = sum(size for _, size in attempt.window)
        while attempt.sent < len(attempt.queue) and len(attempt.window) < TASKS_AHEAD:
            task = attempt.queue[attempt.sent]
            sealed = task.get("sealed") if self.sealed_fd is not None else None
            data = b""
            if sealed is None:
                data = self._messages.get(id(task)) or b""
                if not data:
                    data = self._messages[id(task)] = task_message(task)
            size = int(sealed[1]) if sealed is not None else len(data)
            # A large task waits until the tasks before it have ended: what is
            # sent ahead stays small, so the pipe takes it at once (and what it
            # does not take waits in the outgoing buffer, never in a write).
            if attempt.window and ahead + size > TASKS_AHEAD_BYTES:
                break
            # A hidden case's seed reaches the child only when that case runs: sent ahead,
            # it would sit in the pipe where code running an earlier case could read it.
            if attempt.window and task.get("hidden"):
                break
            if task.get("hidden"):
                self.record.hidden_sent = True
            if sealed is not None:
                attempt.sealed = [int(sealed[0]), size]
                self._flush(attempt)
            else:
                self._send(attempt, data)
            attempt.window.append((task, size))
            attempt.sent += 1
            ahead += size

    def _send(self, attempt: _Attempt, data: bytes) -> None:
        attempt.outgoing += data
        self._flush(attempt)

    def _flush(self, attempt: _Attempt) -> None:
        """Write what the task pipe takes now; the rest waits for the select loop to find room."""
        while attempt.outgoing:
            try:
                written = os.write(attempt.task_fd, attempt.outgoing)
            except BlockingIOError:
                return
            except OSError as exc:
                if exc.errno != errno.EPIPE:
                    raise
                attempt.outgoing.clear()  # the child closed its end: it will not read anything more
                return
            del attempt.outgoing[:written]
        while attempt.sealed is not None and self.sealed_fd is not None:
            offset, left = attempt.sealed
            try:
                # File to pipe inside the kernel: the hidden task's bytes never enter this process.
                moved = os.splice(self.sealed_fd, attempt.task_fd, left, offset_src=offset, flags=os.SPLICE_F_NONBLOCK)
            except BlockingIOError:
                return
            except OSError as exc:
                if exc.errno != errno.EPIPE:
                    raise
                moved = 0  # the child closed its end
            attempt.sealed = [offset + moved, left - moved] if 0 < moved < left else None

    def _kill(self, attempt: _Attempt) -> None:
        for kill in (os.killpg, os.kill):
            try:
                kill(attempt.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def _reap(self, attempt: _Attempt) -> None:
        # The child closed its events or was killed; give it a moment to exit, then insist.
        # (WNOWAIT: it stays unreaped, so its pid and group id cannot be reused yet.)
        end = time.monotonic() + 2.0
        while os.waitid(os.P_PID, attempt.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
            if time.monotonic() > end:
                self._kill(attempt)
                break
            time.sleep(0.002)
        # Whatever the child started goes too. With namespaces the kernel has
        # seen to it (the child was its PID namespace's init). Without: its
        # session first (killed while the leader is unreaped, so the id is
        # still the child's), then anything that left the session and was
        # re-parented to this process, a subreaper.
        try:
            os.killpg(attempt.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        # Not a blocking wait either: a PID namespace's init is reaped only
        # once every process in it has exited.
        end = time.monotonic() + REAP_SECONDS
        while (reaped := os.wait4(attempt.pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > end:
                break  # how it ended stays unknown; the sweep below tries again
            time.sleep(0.002)
        else:
            attempt.status = reaped[1]
            attempt.cpu_seconds = reaped[2].ru_utime + reaped[2].ru_stime
        isolation.sweep()
        for fd in (attempt.event_fd, attempt.task_fd, attempt.output_fd):
            try:
                os.close(fd)
            except OSError:
                pass


def task_message(task: dict[str, Any]) -> bytes:
    """The line that sends ``task`` to a child."""
    return wire.task_line(task)


def _read_available(fd: int, most: int) -> bytes:
    """What the pipe holds now, up to ``most`` bytes.

    ``os.read`` allocates the whole size asked for before reading, and the
    worker has glibc fill what it allocates and frees: asking for what is
    there, not a megabyte, keeps that to the bytes that came.
    """
    try:
        size = struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0"))[0]
    except (OSError, AttributeError):  # AttributeError: no fcntl here
        size = most
    return os.read(fd, max(1, min(size, most)))


def _read_source(fd: int) -> dict[str, Any]:
    """The submission's source, from the memory file the worker filled without reading it."""
    size, parts, offset = os.fstat(fd).st_size, [], 0
    while offset < size:
        chunk = os.pread(fd, size - offset, offset)
        if not chunk:
            break
        parts.append(chunk)
        offset += len(chunk)
    os.close(fd)
    return json.loads(b"".join(parts))  # type: ignore[no-any-return]


def _close_fds_except(keep: set[int]) -> None:
    low = 0
    for fd in sorted(keep):
        if fd > low:
            os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, 1 << 20)


def _setup_failed(event_fd: int, exc: BaseException) -> None:
    """Say why the child could not be set up (no student code has run yet), then exit."""
    try:
        detail = f"sandbox setup failed: {type(exc).__name__}: {exc}"[:400]
        os.write(event_fd, (json.dumps({"ev": "fault", "detail": detail}) + "\n").encode())
    finally:
        os._exit(outcomes.SETUP_EXIT)


def _skipped(cells: set[int]) -> str:
    if not cells:
        return "the call that failed"
    return "cell(s) " + ", ".join(str(c) for c in sorted(cells))


def _rebind_std_streams() -> None:
    import io
    import sys

    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), line_buffering=True, errors="backslashreplace")
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), line_buffering=True, errors="backslashreplace")
    # Final in typeshed, but code that restores the originals (a student's redirect) must get these streams back.
    sys.__stdout__, sys.__stderr__, sys.__stdin__ = sys.stdout, sys.stderr, sys.stdin  # type: ignore[misc]
