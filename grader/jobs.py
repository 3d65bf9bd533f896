"""A submission's job for a sandbox worker, and what no child of it may read: the grader's side of that decision.

The sandbox (:func:`grader.sandbox.build_job`) takes what to hide as plain
arguments; which folders of the course those are is decided here, from the
:class:`~grader.config.Config` that names them.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from grader.sandbox import build_job

if TYPE_CHECKING:  # annotations only: `grader check` imports this before the rest loads
    from grader.config import Config
    from grader.plan import Task
    from grader.submission import Source


def hidden_from_children(config: Config) -> list[str]:
    """Everything of the course a child must not read.

    The course (exercise files with hidden checks, config.yaml with the
    hidden seed), the reference solutions, the cache of expected values, and
    a frozen expected-values file.
    """
    hide = [config.root, config.solutions_dir, config.cache_dir]
    if config.expected_file is not None:
        hide.append(config.expected_file)
    return [str(p) for p in hide]


def job_for(source: Source, tasks: list[Task], config: Config, private: tuple[str, ...] = ()) -> dict[str, Any]:
    """The plain job for a worker: never expected values, checks or the hidden seed.

    ``private``: more paths no child may read (the batch's submissions, its
    gradebook and exports: see :func:`grader.batch.private_paths`).
    """
    return build_job(
        source,
        tasks,
        limits=dataclasses.asdict(config.limits),
        hide=[*hidden_from_children(config), *private],
        # `import solutions` gets a clear refusal rather than a bare ModuleNotFoundError.
        refuse_imports=[config.solutions_dir.name],
        sandbox_uid=config.sandbox_uid,
    )
