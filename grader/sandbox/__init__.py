"""Running untrusted code: warm workers that fork a supervised child per job.

Layout:

- :mod:`~grader.sandbox.worker`: the grader's side (start workers, send jobs).
- :mod:`~grader.sandbox.zygote`: the worker process (imports torch once).
- :mod:`~grader.sandbox.supervisor`: forks and watches one child per job.
- :mod:`~grader.sandbox.child`: runs cells and tasks inside the child.
- :mod:`~grader.sandbox.limits`: OS limits applied in the child.

A job is plain JSON: the submission's cells, the tasks (inputs only, never
expected values), and the limits.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from grader.config import Config
from grader.plan import Task
from grader.submission import Source
from grader.sandbox.worker import new_job_id


def build_job(source: Source, tasks: list[Task], config: Config) -> dict[str, Any]:
    return {
        "id": new_job_id(),
        "source": source.to_wire(),
        "tasks": [t.to_wire() for t in tasks],
        "limits": dataclasses.asdict(config.limits),
        "hide": [str(config.root), str(config.solutions_dir)],
    }


__all__ = ["build_job"]
