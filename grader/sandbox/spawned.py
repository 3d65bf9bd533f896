"""The portable runner's child: a fresh interpreter running the sandbox's own child code.

Started by :class:`grader.sandbox.portable.SpawnSupervisor` as ``python -m
grader.sandbox.spawned`` (no fork: this works on Windows and macOS). Its
three standard streams are the three pipes a forked child gets from the
supervisor:

- stdin carries the job (first line) and then the tasks, one per line;
- stdout carries the events (cell starts and ends, task results);
- stderr receives what the student's code prints (stdout and stderr both).

Once they are in place it does exactly what a forked child does:
:func:`grader.sandbox.child.child_main`. So the portable runner and the
sandbox cannot disagree about a verdict; they differ in isolation only (no
namespaces, no uid of its own, no memory or process limits).
"""

from __future__ import annotations

import io
import os
import sys


def _streams() -> tuple[int, int]:
    """Move the protocol pipes off fds 0 and 1, so that student code cannot read tasks or write events by accident."""
    events = os.dup(1)
    tasks = os.dup(0)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    os.dup2(2, 1)
    # UTF-8 whatever the console's code page (Windows): a student printing "✓" must not crash a cell.
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", line_buffering=True, errors="backslashreplace")
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", line_buffering=True, errors="backslashreplace")
    # Final in typeshed, but code that restores the originals (a student's redirect) must get these streams back.
    sys.__stdout__, sys.__stderr__, sys.__stdin__ = sys.stdout, sys.stderr, sys.stdin  # type: ignore[misc]
    return events, tasks


def main() -> None:
    events, tasks = _streams()
    # Imported before any student code exists, as the warm worker does: a
    # notebook's `from grader import check` finds its module already loaded
    # (and inert: see child_main).
    import grader.notebook  # noqa: F401
    from grader.sandbox import child, lazy_dynamo, tamper

    lazy_dynamo.install()
    from grader.sandbox.channel import Channel

    # The grader's modules as they are before any student code: what the tamper check compares against.
    pristine = tamper.snapshot()
    channel = Channel(events, tasks)
    first = channel.receive()
    job, skip = first["job"], set(first["skip"])
    try:
        from grader.sandbox import limits
    except ImportError:  # no resource module (Windows): the wall clock and the output cap still hold
        pass
    else:
        limits.apply_portable(job["limits"])
    child.child_main(job, skip, channel, pristine=pristine)


if __name__ == "__main__":
    main()
