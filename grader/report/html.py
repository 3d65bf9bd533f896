"""HTML: the in-notebook check, and per-submission feedback pages.

Self-contained: inline styles, no scripts, no network. Everything that comes
from a submission is escaped.
"""

from __future__ import annotations

from html import escape

from grader.report.text import (
    failure_lines,
    hidden_sentence,
    points_phrase,
    said_above,
    values_in_message,
)
from grader.results import CheckResult, ExerciseResult, SubmissionResult

_STYLE = """
<style>
.grader-report{font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.4;max-width:60em}
.grader-report .ex{border:1px solid #ddd;border-radius:6px;margin:0.6em 0;padding:0.5em 0.8em}
.grader-report .badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:4px;padding:0 0.4em;color:#fff;font-weight:600;margin-right:0.5em}
.grader-report .passed{background:#2e7d32}.grader-report .failed,.grader-report .error,.grader-report .timeout{background:#c62828}
.grader-report .not_implemented{background:#ef6c00}
.grader-report .check{margin:0.3em 0 0.3em 1em}
.grader-report .ok{color:#2e7d32}.grader-report .bad{color:#c62828}
.grader-report pre{background:#f6f8fa;padding:0.3em 0.5em;margin:0.2em 0 0.2em 1.5em;white-space:pre-wrap}
.grader-report .hint{margin-left:1.5em;color:#5d4037}
.grader-report .muted{color:#777}
.grader-report .grade{border:1px solid #bbb;border-radius:6px;background:#fafafa;margin:0.8em 0;padding:0.4em 0.8em}
.grader-report .grade ul{margin:0.2em 0;padding-left:1.2em}.grader-report .grade p{margin:0.3em 0}
</style>
"""

_PAGE_STYLE = "<style>body{margin:1.5em auto;padding:0 1em;max-width:62em;color:#222}.grader-report h2{font-size:1.4em}</style>"
"""A feedback page on its own (not inside a notebook): a readable column."""

_LABEL = {"passed": "PASS", "failed": "FAIL", "not_implemented": "TODO", "timeout": "TIME", "error": "ERROR"}


def _points(x: float) -> str:
    return f"{x:g}"


def check_html(check: CheckResult) -> str:
    if check.status == "passed":
        return f'<div class="check ok">✓ {escape(check.name)}</div>'
    parts = [f'<div class="check"><span class="bad">✗ {escape(check.name)}</span>: {escape(check.message)}']
    if check.expected is not None and not values_in_message(check):
        parts.append(f"<pre>expected: {escape(check.expected)}\nfound:    {escape(check.found or '')}</pre>")
    if check.hint:
        # A word, not an emoji: without an emoji font (many Linux and Windows setups) 💡 is an empty box.
        parts.append(f'<div class="hint"><b>Hint:</b> {escape(check.hint)}</div>')
    parts.append("</div>")
    return "".join(parts)


def exercise_html(ex: ExerciseResult, *, error: str | None = None) -> str:
    status = escape(ex.status)
    parts = [
        '<div class="ex">',
        f'<span class="badge {status}">{_LABEL.get(ex.status, status)}</span>',
        f"<b>{escape(ex.id)}</b> {escape(ex.title)} — {escape(points_phrase(ex.score, ex.max_score, ex.hidden_points))}",
    ]
    if said_above(ex, error):
        return "".join(parts) + "</div>"
    if ex.message and ex.status != "passed":
        parts.append(f'<div class="check">{escape(ex.message)}</div>')
    if ex.status not in ("passed", "not_implemented"):
        # One entry per distinct error, as in the text report.
        for group, shared in failure_lines(ex):
            if shared is None:
                parts.extend(check_html(c) for c in group)
                continue
            names = ", ".join(c.name for c in group)
            parts.append(f'<div class="check"><span class="bad">✗ {escape(names)}</span>: {escape(shared)}')
            if group[0].hint and shared != "see above":
                parts.append(f'<div class="hint"><b>Hint:</b> {escape(group[0].hint)}</div>')
            parts.append("</div>")
    if ex.hidden_checks:
        parts.append(f'<div class="muted check">{escape(hidden_sentence(ex.hidden_checks, ex.hidden_points))}</div>')
    parts.append("</div>")
    return "".join(parts)


def exercises_html(exercises: list[ExerciseResult]) -> str:
    return _STYLE + '<div class="grader-report">' + "".join(exercise_html(e) for e in exercises) + "</div>"


def submission_html(result: SubmissionResult, *, title: str | None = None) -> str:
    """A whole feedback page for one submission."""
    return feedback_page(result, title=title or result.student or result.submission)


def feedback_page(result: SubmissionResult | None, *, title: str, grade: str = "") -> str:
    """A student's feedback page: the result (if anything was graded), and ``grade``, an HTML block on how the grade was made."""
    head = escape(title)
    body = [f"<h2>{head}</h2>"]
    if result is not None:
        passed = sum(1 for e in result.exercises if e.status == "passed")
        body.append(
            f"<p><code>{escape(result.submission)}</code>: {passed} of {len(result.exercises)} exercises passed, "
            f"{_points(result.score)} / {_points(result.max_score)} points</p>"
        )
        if result.status == "error" and result.message:
            body.append(f'<p class="bad">{escape(result.message)}</p>')
    body.append(grade)
    if result is not None:
        error = result.message if result.status == "error" else None
        body.extend(exercise_html(e, error=error) for e in result.exercises)
        if result.notes:
            body.append("<h3>Notes</h3><ul>" + "".join(f"<li>{escape(n)}</li>" for n in result.notes) + "</ul>")
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{head}</title>{_STYLE}{_PAGE_STYLE}</head><body><div class='grader-report'>"
        + "".join(body)
        + "</div></body></html>"
    )
