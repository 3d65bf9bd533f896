"""Late work: how late, and what the policy takes off."""

from __future__ import annotations

import datetime as dt

import pytest

from grader.config import LatePolicy
from grader.late import duration, lateness

DUE = dt.datetime(2025, 3, 7, 23, 59, tzinfo=dt.timezone.utc)
POLICY = LatePolicy(per_day=10, cap=25, grace_minutes=15)


@pytest.mark.parametrize(
    ("after", "status", "days", "percent", "words"),
    [
        (dt.timedelta(hours=-3), "on_time", 0, 0, "on time"),
        (dt.timedelta(0), "on_time", 0, 0, "on time"),
        (dt.timedelta(minutes=15), "grace", 0, 0, "within the grace period"),
        (dt.timedelta(minutes=16), "late", 1, 10, "16 min late"),
        (dt.timedelta(hours=24), "late", 1, 10, "1 day late"),
        (dt.timedelta(hours=24, seconds=1), "late", 2, 20, "1 day late"),
        (dt.timedelta(days=2, hours=3), "late", 3, 25, "2 days 3 h late"),  # capped
        (dt.timedelta(days=30), "late", 30, 25, "30 days late"),
    ],
)
def test_penalty_per_started_day_after_grace_up_to_the_cap(after: dt.timedelta, status: str, days: int, percent: float, words: str) -> None:
    late = lateness(DUE + after, DUE, POLICY)
    assert (late.status, late.days, late.percent, late.words) == (status, days, percent, words)


def test_nothing_is_late_without_a_due_date_or_a_time() -> None:
    assert lateness(DUE, None, POLICY).status == "no_due_date"
    assert lateness(None, DUE, POLICY).status == "unknown" and lateness(None, DUE, POLICY).percent == 0


def test_durations_read_as_people_say_them() -> None:
    assert [duration(s) for s in (1, 59, 61, 3600, 3660, 86400, 90000)] == ["1 min", "1 min", "2 min", "1 h", "1 h 1 min", "1 day", "1 day 1 h"]


def test_a_platform_late_flag_is_questioned_only_when_the_time_says_on_time() -> None:
    from types import SimpleNamespace

    from grader.config import LatePolicy
    from grader.export.grades_csv import late_words
    from grader.late import lateness

    due = dt.datetime(2025, 3, 7, 23, 59, tzinfo=dt.timezone.utc)
    policy = LatePolicy(per_day=10)
    data = SimpleNamespace(due=due, policy=policy)

    def row(submitted: dt.datetime, own_due: dt.datetime) -> SimpleNamespace:
        attempt = SimpleNamespace(lms_late=True, lms_platform="canvas")
        grade = SimpleNamespace(lateness=lateness(submitted, own_due, policy))
        return SimpleNamespace(attempt=attempt, grade=grade, submitted_at=submitted)

    early = due - dt.timedelta(hours=1)
    assert late_words(row(early, due), data) == "on time; Canvas marked it late: check its time"  # type: ignore[arg-type]
    # Late by the assignment's due date but on time by an extension: Canvas was right by its own date.
    later = due + dt.timedelta(days=1)
    assert late_words(row(later, due + dt.timedelta(days=3)), data) == "on time"  # type: ignore[arg-type]
    assert late_words(row(later, due), data).endswith("late") and "Canvas" not in late_words(row(later, due), data)  # type: ignore[arg-type]
