"""Running untrusted code: warm workers that fork a supervised child per job.

Layout:

- :mod:`~grader.sandbox.worker`: the grader's side (start workers, send jobs).
- :mod:`~grader.sandbox.zygote`: the worker process (imports torch once).
- :mod:`~grader.sandbox.supervisor`: forks and watches one child per job.
- :mod:`~grader.sandbox.child`: the child's loop (:mod:`~grader.sandbox.cells`, :mod:`~grader.sandbox.channel`,
  :mod:`~grader.sandbox.hiding`, :mod:`~grader.sandbox.tamper`, and :mod:`grader.calling` for each task).
- :mod:`~grader.sandbox.options`: what a worker takes at start; :mod:`~grader.sandbox.cache`: what it keeps between jobs.
- :mod:`~grader.sandbox.limits`: OS limits applied in the child.
- :mod:`~grader.sandbox.isolation`: namespaces, another uid per job (as root).
- :mod:`~grader.sandbox.mounts`: the filesystem a child sees (as root).
- :mod:`~grader.sandbox.uids`: which uid each job's children run as; killing a uid's processes.
- :mod:`~grader.sandbox.outcomes`: words for how a child ended and which limit it hit.

A job is plain JSON: the submission's cells, the tasks (inputs only, never
expected values), and the limits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from grader.sandbox.worker import new_job_id

if TYPE_CHECKING:  # annotations only: `import grader.sandbox.worker` starts a check's worker before the rest loads
    from grader.plan import Task
    from grader.submission import Source


def build_job(
    source: Source,
    tasks: list[Task],
    *,
    limits: dict[str, Any],
    hide: Sequence[str],
    refuse_imports: Sequence[str],
    sandbox_uid: int,
) -> dict[str, Any]:
    """The plain job for a worker, from what the grader decided (see :func:`grader.jobs.job_for`).

    ``hide``: paths no child may read; ``refuse_imports``: top-level module
    names a child's imports are refused; ``sandbox_uid``: the first uid of
    the machine's blocks for children (0: none).
    """
    return {
        "id": new_job_id(),
        "source": source.to_wire(),
        "tasks": [t.to_wire() for t in tasks],
        "limits": dict(limits),
        "hide": list(hide),
        "refuse_imports": list(refuse_imports),
        "sandbox_uid": sandbox_uid,
    }


__all__ = ["build_job"]
