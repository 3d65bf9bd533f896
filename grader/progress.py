"""Progress of a batch: a bar on a terminal, plain log lines anywhere else.

On a terminal the line is redrawn in place (at most ten times a second)::

    grading [██████████░░░░░░░░░░]  212/400  3 errors  19.6/s  0:10 left

Elsewhere (a log file, CI, a pipe) a line is written every ``log_every``
seconds and at the end, so a log shows steady progress without one line per
submission::

    grading: 212/400 done, 3 errors, 19.6/s, about 10 s left
"""

from __future__ import annotations

import shutil
import sys
import time
from collections import deque
from typing import TextIO

from grader.results import SubmissionResult

WINDOW = 50
"""How many of the latest finish times the rate is computed from."""
MIN_WINDOW = 5
"""Fewer finished than this: the rate is counted from the start."""


def is_error(result: SubmissionResult) -> bool:
    """A submission the instructor should look at: not gradable, or timed out somewhere."""
    return result.status == "error" or any(e.status == "timeout" for e in result.exercises)


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Counts finished submissions and shows how far a batch is."""

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO = sys.stderr,
        label: str = "grading",
        interactive: bool | None = None,
        log_every: float = 10.0,
    ) -> None:
        self.total = total
        self.stream = stream
        self.label = label
        self.interactive = bool(getattr(stream, "isatty", lambda: False)()) if interactive is None else interactive
        self.log_every = log_every
        self.done = 0
        self.errors = 0
        self.started = time.monotonic()
        # Finish times of the latest submissions: the rate follows the recent pace, and
        # neither worker start-up nor files rejected at once (no worker needed) distort it.
        self._recent: deque[float] = deque(maxlen=WINDOW)
        # None until the first line: monotonic() counts from boot, so a sentinel of 0.0
        # would hide the first line on a machine up for less than ``log_every``.
        self._shown: float | None = None
        self._width = 0

    def advance(self, result: SubmissionResult) -> None:
        """One more submission finished."""
        now = time.monotonic()
        self._recent.append(now)
        self.done += 1
        self.errors += is_error(result)
        every = 0.1 if self.interactive else self.log_every
        if self._shown is None or now - self._shown >= every or self.done == self.total:
            self._shown = now
            self._show()

    @property
    def rate(self) -> float:
        """Submissions per second over the latest ones (since the start while there are few)."""
        if len(self._recent) >= MIN_WINDOW and self._recent[-1] > self._recent[0]:
            return (len(self._recent) - 1) / (self._recent[-1] - self._recent[0])
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def _left(self) -> str:
        rate = self.rate
        if rate <= 0 or self.done == 0:
            return "…"
        return _clock((self.total - self.done) / rate)

    def _show(self) -> None:
        errors = f"{self.errors} error{'s' if self.errors != 1 else ''}"
        if self.interactive:
            columns = shutil.get_terminal_size((80, 20)).columns
            tail = f" {self.done}/{self.total}  {errors}  {self.rate:.1f}/s  {self._left()} left"
            width = max(10, min(30, columns - len(self.label) - len(tail) - 4))
            filled = int(width * self.done / self.total) if self.total else width
            line = f"{self.label} [{'█' * filled}{'░' * (width - filled)}]{tail}"
            pad = max(0, self._width - len(line))
            self._width = len(line)
            self.stream.write("\r" + line + " " * pad)
        else:
            self.stream.write(f"{self.label}: {self.done}/{self.total} done, {errors}, {self.rate:.1f}/s, about {self._left().replace('…', '?')} left\n")
        self.stream.flush()

    def close(self) -> None:
        """End the display (the bar's line is kept; a log gets its last line)."""
        if self.interactive:
            if self.done:
                self._show()
                self.stream.write("\n")
        elif self.done and self._shown is not None and self.done != self.total:
            self._show()
        self.stream.flush()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started
