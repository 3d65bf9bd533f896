"""Late work: how late a submission is, and what the assignment's policy takes off for it.

A submission handed in up to ``grace_minutes`` after the due date is on
time. Past that, each day or part of a day late (counted from the due date
itself) costs ``per_day`` percent of the score, up to ``cap`` percent.
Nothing is late when the assignment has no due date or the submission's time
is unknown. The penalty is computed when exporting, from the time the
gradebook keeps: changing the policy or the due date needs no regrading.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Literal

from grader.config import LatePolicy

DAY = 86400.0

LateStatus = Literal["on_time", "grace", "late", "unknown", "no_due_date"]


@dataclass(frozen=True)
class Lateness:
    """How late one submission is, and its penalty."""

    status: LateStatus
    """on_time; grace (after the due date, within the grace period); late; unknown (no time); no_due_date."""
    seconds: float
    """Seconds after the due date (0 when on time or unknown)."""
    days: int
    """Days counted for the penalty: each started day after the due date."""
    percent: float
    """Percent of the score taken off."""

    @property
    def words(self) -> str:
        """How late, for people: ``2 days 3 h late``, ``on time``, ``within the grace period``."""
        if self.status == "late":
            return f"{duration(self.seconds)} late"
        return {"on_time": "on time", "grace": "within the grace period", "unknown": "time unknown", "no_due_date": ""}[self.status]


def duration(seconds: float) -> str:
    """``3 min``, ``5 h 2 min``, ``2 days 3 h``: the two largest units."""
    minutes = max(1, math.ceil(seconds / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} day{'s' if days != 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h" + (f" {mins} min" if mins else "")
    return f"{mins} min"


def lateness(submitted_at: dt.datetime | None, due: dt.datetime | None, policy: LatePolicy) -> Lateness:
    """How late ``submitted_at`` is for ``due`` under ``policy``."""
    if due is None:
        return Lateness("no_due_date", 0.0, 0, 0.0)
    if submitted_at is None:
        return Lateness("unknown", 0.0, 0, 0.0)
    seconds = (submitted_at - due).total_seconds()
    if seconds <= 0:
        return Lateness("on_time", 0.0, 0, 0.0)
    if seconds <= policy.grace_minutes * 60:
        return Lateness("grace", seconds, 0, 0.0)
    days = math.ceil(seconds / DAY)
    return Lateness("late", seconds, days, min(policy.cap, policy.per_day * days))
