"""How a sandbox worker is started: the speed-ups it takes, decided by the grader, passed explicitly.

A :class:`WorkerOptions` goes from the command that grades
(:mod:`grader.commands.grade`, :mod:`grader.commands.check`) to the pool, to
each worker, and to the worker process on its command line
(:func:`WorkerStart.to_arg`), never through an environment variable or a
module's globals. Nothing here imports torch or a POSIX-only module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from grader.sandbox import warmup

HUGE_PAGES_PER_WORKER = 40
"""Submissions per worker from which huge pages pay for their cost at a worker's start (see bench/bench_fork.py)."""


@dataclass(frozen=True)
class WorkerOptions:
    """What a worker does at start to make its children cheaper; none of it changes a verdict."""

    huge_pages: bool = False
    """Back the worker's memory with huge pages (:mod:`grader.sandbox.hugepages`): a slower start, cheaper forks; for long batches."""
    warm: frozenset[str] | None = None
    """The parts of :mod:`grader.sandbox.warmup` to warm (None: all): those the graded exercises may use."""

    @classmethod
    def for_batch(cls, submissions: int, workers: int, warm: frozenset[str] | None = None) -> WorkerOptions:
        """Options for a batch of ``submissions`` on ``workers``: huge pages once there are enough submissions per worker."""
        return cls(huge_pages=submissions >= HUGE_PAGES_PER_WORKER * max(1, workers), warm=warm)


@dataclass(frozen=True)
class WorkerStart:
    """Everything a worker process is told at start: the options, and its place in the pool."""

    options: WorkerOptions = field(default_factory=WorkerOptions)
    """The speed-ups it takes."""
    slot: int = 0
    """Its block of uids for its children (:mod:`grader.sandbox.uids`): no two workers on the machine share one."""
    cpu: int | None = None
    """The core it and its children keep to (None: any)."""

    def to_arg(self) -> str:
        """The worker's one command-line argument."""
        warm = None if self.options.warm is None else sorted(self.options.warm)
        return json.dumps({"huge_pages": self.options.huge_pages, "warm": warm, "slot": self.slot, "cpu": self.cpu})

    @classmethod
    def from_arg(cls, arg: str | None) -> WorkerStart:
        """Read :meth:`to_arg`'s text (None: the defaults); parts of the warm-up it does not know are left out."""
        if not arg:
            return cls()
        data = json.loads(arg)
        warm = data.get("warm")
        return cls(
            options=WorkerOptions(
                huge_pages=bool(data.get("huge_pages")),
                warm=None if warm is None else frozenset(str(p) for p in warm) & warmup.ALL,
            ),
            slot=int(data.get("slot") or 0),
            cpu=None if data.get("cpu") is None else int(data["cpu"]),
        )
