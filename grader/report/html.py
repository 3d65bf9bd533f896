"""HTML: the in-notebook check, and per-submission feedback pages.

Self-contained: inline styles, no scripts, no network. Everything that comes
from a submission is escaped.
"""

from __future__ import annotations

from html import escape

from grader.report.text import failure_lines, hidden_sentence, points_phrase, values_in_message
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
</style>
"""

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


def exercise_html(ex: ExerciseResult) -> str:
    status = escape(ex.status)
    parts = [
        '<div class="ex">',
        f'<span class="badge {status}">{_LABEL.get(ex.status, status)}</span>',
        f"<b>{escape(ex.id)}</b> {escape(ex.title)} — {escape(points_phrase(ex.score, ex.max_score, ex.hidden_points))}",
    ]
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
    head = escape(title or result.student or result.submission)
    body = [
        f"<h2>{head}</h2>",
        f"<p>{_points(result.score)} / {_points(result.max_score)} points</p>",
    ]
    if result.status == "error" and result.message:
        body.append(f'<p class="bad">{escape(result.message)}</p>')
    body.extend(exercise_html(e) for e in result.exercises)
    if result.notes:
        body.append("<h3>Notes</h3><ul>" + "".join(f"<li>{escape(n)}</li>" for n in result.notes) + "</ul>")
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{head}</title>{_STYLE}</head><body><div class='grader-report'>"
        + "".join(body)
        + "</div></body></html>"
    )
