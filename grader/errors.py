"""Every error the grader raises on purpose.

The tree::

    GraderError                     anything the grader reports instead of crashing
    ├── ConfigError                 config.yaml is missing, unreadable or invalid
    ├── ExerciseError               an exercise file is invalid (file + key path)
    ├── SubmissionError             a submission cannot be read (file, cell)
    ├── ReferenceSolutionError      a reference solution does not run cleanly
    ├── ProtocolError               data from a sandboxed child is malformed
    ├── WorkerError                 a sandbox worker process died or hung
    ├── SandboxUnavailableError     batch grading asked for where the Linux sandbox cannot run
    └── GradebookError              the gradebook file cannot be opened or written

Student code failing (raising, looping, crashing) is *not* an error of the
grader: it becomes a result. These classes are for the cases where the grader
cannot produce a trustworthy result and must say why.
"""

from __future__ import annotations


class GraderError(Exception):
    """Base class: catch this to handle any grader failure."""


class ConfigError(GraderError):
    """config.yaml is missing, unreadable, or has an invalid value."""


class ExerciseError(GraderError):
    """An exercise file is invalid.

    The message names the file, the key path inside it (``checks[2].target``)
    and what is wrong, so an author can fix it without reading grader code.
    """

    def __init__(self, path: str, key: str, problem: str) -> None:
        self.path = path
        self.key = key
        self.problem = problem
        where = f"{path}: {key}" if key else path
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # Picklable, so the error survives a trip through multiprocessing.
        return (type(self), (self.path, self.key, self.problem))


class SubmissionError(GraderError):
    """A submission file cannot be read at all (not JSON, not UTF-8, too large...)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.problem))


class ReferenceSolutionError(GraderError):
    """A reference solution failed to run, so no expected values exist for it."""


class ProtocolError(GraderError):
    """A message from a sandboxed child does not match the schema.

    Never a pass: the submission that produced it is graded as an error.
    """


class WorkerError(GraderError):
    """A sandbox worker process (not student code) died or stopped answering."""


class SandboxUnavailableError(GraderError):
    """The Linux sandbox cannot run here (no fork, rlimits...), and the command needs it.

    Self-checks do not: they fall back to the portable runner.
    """


class GradebookError(GraderError):
    """The gradebook (SQLite) cannot be opened, is not a gradebook, or is from a newer grader."""
