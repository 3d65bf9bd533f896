"""Process exit codes of the ``grader`` command."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    """Everything passed (check), or every submission was graded (grade)."""
    FAILED = 1
    """Some checks failed (check), some submissions could not be graded (grade), or validate found problems."""
    USAGE = 2
    """Bad command line, unreadable input, or an invalid course (config or exercise files)."""
    INTERNAL = 3
    """A bug in the grader: please report it."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells expect); what finished is kept."""
