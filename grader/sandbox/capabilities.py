"""What this machine offers for running submissions, and which runner to use.

Two runners give the same verdicts (they share the child's code, the
supervisor's state machine and the protocol):

- the **sandbox** (Linux): warm workers that fork a child per job, with
  rlimits, and namespaces and a uid per job as root. Batch grading needs it.
- the **portable runner** (:mod:`grader.sandbox.portable`): a fresh
  interpreter per child, started the way ``subprocess`` starts anything
  (spawn), with the same wall-clock deadlines and output cap, and the CPU
  and file-size limits where ``resource`` exists. Students' self-checks use
  it on Windows and macOS.

Nothing here imports a POSIX-only module: this is how the grader learns it
must not.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from grader.errors import SandboxUnavailableError

if TYPE_CHECKING:
    from grader.sandbox.options import WorkerOptions

ENV_RUNNER = "GRADER_RUNNER"
"""``portable`` forces the portable runner (tests, or a Linux machine where forking misbehaves); ``sandbox`` forbids it."""

Runner = Literal["sandbox", "portable"]


def _has_module(name: str) -> bool:
    # find_spec, not import: an import that is refused (None in sys.modules) raises ValueError here.
    if name in sys.modules:
        return sys.modules[name] is not None
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


@dataclass(frozen=True)
class Capabilities:
    """What the sandbox needs, found on this machine or not."""

    linux: bool
    fork: bool
    """``os.fork``: a warm worker forks a child per job."""
    rlimits: bool
    """The ``resource`` module: CPU, memory, process and file-size limits."""
    fcntl: bool
    """The ``fcntl`` module: pipe sizes and byte counts the supervisor asks for."""
    memfd: bool
    """``os.memfd_create`` and ``os.splice``: how a worker passes a source to its children unread."""
    forced: Runner | None
    """What ``$GRADER_RUNNER`` asks for, if anything."""

    @property
    def missing(self) -> tuple[str, ...]:
        """What the sandbox needs and this machine lacks, in words."""
        out = []
        if not self.linux:
            out.append(f"Linux (this is {sys.platform})")
        if not self.fork:
            out.append("os.fork")
        if not self.rlimits:
            out.append("the resource module (OS limits)")
        if not self.fcntl:
            out.append("the fcntl module")
        if not self.memfd:
            out.append("os.memfd_create and os.splice")
        return tuple(out)

    @property
    def sandbox(self) -> bool:
        """Whether the sandbox can run here."""
        return not self.missing

    @property
    def runner(self) -> Runner:
        """The runner for a self-check: the sandbox where it can run, unless told otherwise."""
        if self.forced is not None:
            return self.forced
        return "sandbox" if self.sandbox else "portable"


def detect() -> Capabilities:
    """Look at this interpreter (cheap: nothing is imported)."""
    forced = os.environ.get(ENV_RUNNER, "").strip().lower() or None
    if forced not in (None, "sandbox", "portable"):
        forced = None
    return Capabilities(
        linux=sys.platform.startswith("linux"),
        fork=hasattr(os, "fork"),
        rlimits=_has_module("resource"),
        fcntl=_has_module("fcntl"),
        memfd=hasattr(os, "memfd_create") and hasattr(os, "splice"),
        forced=forced,  # type: ignore[arg-type]
    )


def require_sandbox(what: str) -> None:
    """Refuse ``what`` (batch grading, validation...) where the sandbox cannot run, saying why and what works."""
    caps = detect()
    if caps.sandbox:
        return
    raise SandboxUnavailableError(
        f"{what} needs the Linux sandbox, and this machine lacks {', '.join(caps.missing)}. "
        "Grade on Linux (a container or a VM is fine: see docs/instructors.md); "
        "`grader check` works here, with the portable runner."
    )


def use_portable() -> bool:
    """Whether self-checks (``grader check``, reference runs for them) use the portable runner."""
    return detect().runner == "portable"


def new_pool(size: int, options: WorkerOptions | None = None) -> Any:
    """A pool for self-checks: the sandbox's :class:`~grader.sandbox.worker.WorkerPool`, or the portable one.

    ``options``: what its workers take at start (the warm-up parts the checked exercises need, see
    :mod:`grader.sandbox.warmup`); the portable runner starts a fresh interpreter per check and warms
    nothing ahead.
    """
    if use_portable():
        from grader.sandbox.portable import PortablePool

        return PortablePool(size)
    from grader.sandbox.worker import WorkerPool

    return WorkerPool(size, options)


def new_worker() -> Any:
    """One worker for reference runs: the sandbox's, or the portable runner's."""
    if use_portable():
        from grader.sandbox.portable import PortableWorker

        return PortableWorker()
    from grader.sandbox.worker import Worker

    return Worker()
