"""Terminal text: a student's check report and an instructor's batch summary."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import TextIO

from grader.results import CheckResult, ExerciseResult, SubmissionResult

_COLORS = {"green": "32", "red": "31", "yellow": "33", "dim": "2", "bold": "1"}

_LABELS = {
    "passed": ("PASS", "green"),
    "failed": ("FAIL", "red"),
    "not_implemented": ("TODO", "yellow"),
    "timeout": ("TIME", "red"),
    "error": ("ERROR", "red"),
}


def use_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


class Painter:
    """Colours text for a terminal, or leaves it plain: every text reporter paints through one.

    ``Painter(use_color(stream))`` paints for ``stream``; ``paint("FAIL", "red")``
    wraps the text in the colour's escape sequence only when colour is on.
    """

    def __init__(self, color: bool) -> None:
        self.color = color
        """Whether to colour at all (off for pipes, files and ``NO_COLOR``)."""

    def __call__(self, text: str, color: str) -> str:
        """``text`` in ``color`` (a key of the palette: green, red, yellow, dim, bold)."""
        if not self.color:
            return text
        return f"\033[{_COLORS[color]}m{text}\033[0m"


def points(x: float) -> str:
    return f"{x:g}"


_CHUNKS = re.compile(r"([\t\n\x0b\x0c\r ]+)")
"""Runs of the whitespace textwrap splits on (not every Unicode space)."""


def points_phrase(score: float, max_score: float, hidden_points: float = 0.0) -> str:
    """``6 of 9 points (3 more in hidden checks)``: the one wording of a score, on the command line and in notebooks."""
    text = f"{points(score)} of {points(max_score)} points"
    if hidden_points:
        text += f" ({points(hidden_points)} more in hidden checks)"
    return text


def hidden_sentence(count: int, hidden_points: float) -> str:
    """What grading adds to a self-check, in the same words everywhere."""
    return f"{count} hidden check{'s' if count != 1 else ''} ({points(hidden_points)} points) will run when your work is graded."


def failure_lines(ex: ExerciseResult) -> list[tuple[list[CheckResult], str | None]]:
    """The failed checks of an exercise as (checks, shared text): one entry per distinct error.

    The shared text is None for a lone check (shown in full), else what the
    group has in common; "see above" when the exercise's own message already
    says it (a function that is not defined: every check fails for that).
    """
    out: list[tuple[list[CheckResult], str | None]] = []
    for group in group_failures(ex.checks):
        if group[0].status == "passed":
            out.append((group, None))
            continue
        reason = tail(group[0].message)
        if ex.message and reason and reason in ex.message:
            out.append((group, "see above"))
        elif len(group) > 1:
            out.append((group, shared_reason(group)))
        else:
            out.append((group, None))
    return out


def _wrap(text: str, indent: str, width: int = 100) -> str:
    """``textwrap.fill`` (long words kept whole, hyphens not broken at), in a fraction of its time.

    An export renders a few hundred thousand of these lines: most fit as they
    are, and the rest go through the same greedy algorithm without textwrap's
    general machinery.
    """
    if len(indent) + len(text) <= width and text.isprintable() and text.strip() and text[-1] != " ":
        return indent + text
    chunks = [c for c in _CHUNKS.split(text.expandtabs().translate(_SPACES)) if c]
    chunks.reverse()
    lines: list[str] = []
    subsequent = indent + "  "
    while chunks:
        prefix = subsequent if lines else indent
        room = width - len(prefix)
        if lines and not chunks[-1].strip():
            chunks.pop()
        line: list[str] = []
        size = 0
        while chunks and size + len(chunks[-1]) <= room:
            size += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and not line and len(chunks[-1]) > room:
            line.append(chunks.pop())
        if line and not line[-1].strip():
            line.pop()
        if line:
            lines.append(prefix + "".join(line))
    return "\n".join(lines)


_SPACES = str.maketrans("\t\n\x0b\x0c\r", "     ")


def render_check(check: CheckResult, paint: Painter) -> list[str]:
    if check.status == "passed":
        return [paint(f"      ✓ {check.name}", "dim")]
    mark = paint("✗", "red")
    lines = [_wrap(f"{mark} {check.name}: {check.message}", "      ")]
    if not values_in_message(check):
        if check.expected is not None:
            lines.append(f"          expected: {check.expected}")
        if check.found is not None:
            lines.append(f"          found:    {check.found}")
    if check.hint:
        lines.append(_wrap(f"hint: {check.hint}", "          "))
    return lines


def values_in_message(check: CheckResult) -> bool:
    """True when the message already quotes both values (short ones), so they need no lines of their own."""
    return check.expected is not None and check.found is not None and f"expected {check.expected}, found {check.found}" in check.message


def said_above(ex: ExerciseResult, error: str | None) -> bool:
    """The exercise failed only because the whole file could not be graded, which the report says once at its top."""
    return bool(error) and ex.status == "error" and ex.message == error


def render_exercise(ex: ExerciseResult, paint: Painter, *, width: int, error: str | None = None) -> list[str]:
    label, color = _LABELS[ex.status]
    head = f"{paint(label.ljust(5), color)} {ex.id.ljust(width)}  {points_phrase(ex.score, ex.max_score, ex.hidden_points)}  {ex.title}"
    lines = [head]
    if said_above(ex, error):
        return lines
    if ex.message and ex.status != "passed":
        lines.append(_wrap(ex.message, "      "))
    if ex.status != "not_implemented" and ex.status != "passed":
        for group, shared in failure_lines(ex):
            if shared is None:
                lines.extend(render_check(group[0], paint))
            else:
                names = ", ".join(c.name for c in group)
                lines.append(_wrap(f"{paint('✗', 'red')} {names}: {shared}", "      "))
                if group[0].hint and shared != "see above":
                    lines.append(_wrap(f"hint: {group[0].hint}", "          "))
    return lines


def tail(message: str) -> str:
    """The message without its leading target (``x.grad on case 'a': ...`` -> ``...``)."""
    return message.split(": ", 1)[1] if ": " in message else message


def shared_reason(group: list[CheckResult]) -> str:
    """What a group of checks that failed together says: the whole message when they all say the same."""
    first = group[0].message
    return first if all(c.message == first for c in group) else tail(first)


def group_failures(checks: list[CheckResult]) -> list[list[CheckResult]]:
    """Consecutive checks that failed for one shared reason (a raise, a timeout) form one group."""
    groups: list[list[CheckResult]] = []
    for check in checks:
        prev = groups[-1][0] if groups else None
        same = (
            prev is not None
            and check.status != "passed"
            and prev.status != "passed"
            and check.hint == prev.hint
            and check.case == prev.case
            and tail(check.message) == tail(prev.message)
        )
        if same:
            groups[-1].append(check)
        else:
            groups.append([check])
    return groups


def render_submission(result: SubmissionResult, *, color: bool = False) -> str:
    paint = Painter(color)
    what = "public checks" if result.mode == "check" else "all checks"
    passed = sum(1 for e in result.exercises if e.status == "passed")
    lines = [
        paint(f"{result.submission} ({what})", "bold"),
        f"{passed} of {len(result.exercises)} exercises passed, "
        + points_phrase(result.score, result.max_score, sum(e.hidden_points for e in result.exercises)),
    ]
    if result.status == "error" and result.message:
        lines.append(paint(_wrap(f"ERROR: {result.message}", ""), "red"))
    lines.append("")
    width = max((len(e.id) for e in result.exercises), default=10)
    error = result.message if result.status == "error" else None
    for ex in result.exercises:
        lines.extend(render_exercise(ex, paint, width=width, error=error))
    if result.notes:
        lines.append("")
        lines.append("Notes:")
        lines.extend(_wrap(n, "  ") for n in result.notes)
    hidden = result.hidden_checks
    if result.mode == "check" and hidden:
        hidden_points = sum(e.hidden_points for e in result.exercises)
        lines.append("")
        lines.append(hidden_sentence(hidden, hidden_points))
    return "\n".join(lines)


def _shown_name(r: SubmissionResult) -> str:
    return r.student or r.submission


def render_batch(results: Sequence[SubmissionResult], *, color: bool = False) -> str:
    """One line per submission, by student: score and how its exercises went."""
    paint = Painter(color)
    if not results:
        return "no submissions"
    width = max(len("student"), *(len(_shown_name(r)) for r in results))
    lines = [f"{'student'.ljust(width)}  {'score'.ljust(11)}  exercises"]
    for r in sorted(results, key=_shown_name):
        counts = {s: sum(1 for e in r.exercises if e.status == s) for s in _LABELS}
        detail = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in counts.items() if n)
        if r.status == "error":
            detail = paint("not graded: ", "red") + (r.message or "")
        lines.append(f"{_shown_name(r).ljust(width)}  {(points(r.score) + '/' + points(r.max_score)).ljust(11)}  {detail}")
    return "\n".join(lines)
