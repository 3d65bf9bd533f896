"""Autograder for PyTorch autograd exercises.

Public API:

- :func:`check`: check one exercise from inside a notebook (the student's kernel).
- :func:`grade_paths`: grade files from Python (what ``grader grade`` does).
- :class:`GraderError` and its subclasses: everything the grader raises on purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grader.errors import (
    ConfigError,
    ExerciseError,
    GradebookError,
    GraderError,
    ProtocolError,
    ReferenceSolutionError,
    SandboxUnavailableError,
    SubmissionError,
    WorkerError,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from grader.batch import grade_paths
    from grader.notebook import check


def __getattr__(name: str) -> Any:
    # Lazy: `import grader` must stay cheap (the CLI, and sandboxed children).
    if name == "check":
        from grader.notebook import check

        return check
    if name == "grade_paths":
        from grader.batch import grade_paths

        return grade_paths
    raise AttributeError(f"module 'grader' has no attribute {name!r}")


__all__ = [
    "ConfigError",
    "ExerciseError",
    "GradebookError",
    "GraderError",
    "ProtocolError",
    "ReferenceSolutionError",
    "SandboxUnavailableError",
    "SubmissionError",
    "WorkerError",
    "__version__",
    "check",
    "grade_paths",
]
