"""The instructor's summary: one self-contained HTML page about how the class did.

Sections: headline numbers; the score distribution (histogram); how each
exercise went (stacked bars: passed, failed, not implemented, timeout,
error); the pass rate of every check; the most common diagnosed mistakes,
with how many students made each; the submissions that errored or timed out;
and the files that were not graded.

Charts are inline SVG and styles are inline: the page needs no network, no
scripts and no other file. Everything that comes from a submission is escaped.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path

from grader.export._files import write_text
from grader.export.data import ExportData
from grader.export.grades_csv import status as row_status
from grader.hints import MISTAKES
from grader.results import ExerciseResult, SubmissionResult
from grader.spec import Exercise

STATUS_COLORS = {
    "passed": "#2e7d32",
    "failed": "#c62828",
    "not_implemented": "#ef6c00",
    "timeout": "#6a1b9a",
    "error": "#455a64",
}
STATUS_WORDS = {"passed": "passed", "failed": "failed", "not_implemented": "not implemented", "timeout": "timed out", "error": "error"}

TOP_MISTAKES = 20
"""How many of the most common mistakes the page lists."""

_STYLE = """
<style>
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.45;margin:2em auto;max-width:72em;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:0.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:0.2em}
.muted{color:#666}.num{text-align:right;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;margin:0.5em 0}td,th{padding:0.2em 0.6em;border-bottom:1px solid #eee;vertical-align:top;text-align:left}
th{background:#fafafa}.cards{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}
.card{border:1px solid #ddd;border-radius:6px;padding:0.6em 1em;min-width:9em}.card b{display:block;font-size:1.5em}
.bar{display:inline-block;height:0.8em;background:#2e7d32;vertical-align:middle}.barbg{display:inline-block;width:8em;background:#eee;vertical-align:middle}
.legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:0.9em;height:0.9em;margin-right:0.3em;vertical-align:middle}
code{background:#f6f8fa;padding:0 0.2em}
</style>
"""


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def _points(x: float) -> str:
    return f"{x:g}"


# -- pictures -------------------------------------------------------------------


def histogram_svg(fractions: list[float], *, bins: int = 10, width: int = 640, height: int = 240) -> str:
    """Students per score band (0-10 %, ..., 90-100 %), as an SVG bar chart."""
    counts = [0] * bins
    for f in fractions:
        counts[min(bins - 1, max(0, int(f * bins)))] += 1
    top = max(counts) or 1
    left, bottom, pad = 36, 40, 18
    plot_w, plot_h = width - left - 10, height - bottom - pad
    step = plot_w / bins
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="score distribution" font-family="system-ui,sans-serif" font-size="11">',
        f'<line x1="{left}" y1="{pad + plot_h}" x2="{left + plot_w}" y2="{pad + plot_h}" stroke="#999"/>',
    ]
    for i, n in enumerate(counts):
        h = plot_h * n / top
        x = left + i * step + 2
        y = pad + plot_h - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step - 4:.1f}" height="{h:.1f}" fill="#1565c0"><title>{n} students</title></rect>')
        if n:
            parts.append(f'<text x="{x + (step - 4) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{n}</text>')
        label = f"{100 * i // bins}–{100 * (i + 1) // bins}%"
        parts.append(f'<text x="{x + (step - 4) / 2:.1f}" y="{pad + plot_h + 15}" text-anchor="middle">{label}</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 5}" text-anchor="middle" fill="#555">score (percent of the maximum)</text>')
    parts.append(f'<text x="10" y="{pad + plot_h / 2:.1f}" transform="rotate(-90 10 {pad + plot_h / 2:.1f})" text-anchor="middle" fill="#555">students</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_bars_svg(rows: list[tuple[str, Counter[str]]], *, width: int = 720) -> str:
    """One bar per row, split by exercise status (passed, failed, ...)."""
    label_w, bar_w, row_h = 220, width - 220 - 60, 22
    height = row_h * len(rows) + 6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="exercise outcomes" font-family="system-ui,sans-serif" font-size="12">'
    ]
    for i, (label, counts) in enumerate(rows):
        y = 3 + i * row_h
        total = sum(counts.values()) or 1
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>')
        x = float(label_w)
        for status, color in STATUS_COLORS.items():
            n = counts.get(status, 0)
            if not n:
                continue
            w = bar_w * n / total
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" fill="{color}">'
                f"<title>{escape(label)}: {n} {STATUS_WORDS[status]}</title></rect>"
            )
            x += w
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}">{_pct(counts.get("passed", 0), total)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    return '<p class="legend">' + "".join(f'<span><i style="background:{c}"></i>{STATUS_WORDS[s]}</span>' for s, c in STATUS_COLORS.items()) + "</p>"


def _inline_bar(fraction: float) -> str:
    return f'<span class="barbg"><span class="bar" style="width:{100 * fraction:.0f}%"></span></span>'


# -- mistakes -------------------------------------------------------------------


@dataclass(frozen=True)
class Diagnosis:
    """A named mistake seen in one exercise of one submission."""

    exercise: str
    """Exercise id."""
    label: str
    """The mistake, in words: the exercise file's description when one matches, else the hint."""


def diagnose(ex: ExerciseResult, spec: Exercise | None) -> Diagnosis | None:
    """The mistake a failed exercise shows: what its hints name, on the evidence of this run.

    Counted by the hints' mistake tags, never by matching words of the
    exercise's known mistakes against the feedback: a student who did zero
    the gradient must not be counted among those who never did.
    """
    failing = [c for c in ex.checks if c.status != "passed"]
    for c in failing:
        if c.hint_tags:
            return Diagnosis(ex.id, "; ".join(MISTAKES.get(t, t) for t in c.hint_tags))
    for c in failing:
        if c.hint:  # a result graded before hints carried their mistakes
            return Diagnosis(ex.id, c.hint if len(c.hint) <= 240 else c.hint[:237] + "...")
    return None


def common_mistakes(results: list[SubmissionResult], catalog: dict[str, Exercise]) -> list[tuple[Diagnosis, int]]:
    """(mistake, number of students) from most to least common."""
    counts: Counter[Diagnosis] = Counter()
    for r in results:
        for ex in r.exercises:
            d = diagnose(ex, catalog.get(ex.id))
            if d is not None:
                counts[d] += 1
    return counts.most_common()


# -- the page -------------------------------------------------------------------


def _problems(r: SubmissionResult) -> str:
    if r.status == "error":
        return r.message or "could not be graded"
    timed = [e for e in r.exercises if e.status == "timeout"]
    return "; ".join(f"{e.id}: {e.message or 'timed out'}" for e in timed)


def render(data: ExportData) -> str:
    results = data.results
    ids = data.exercise_ids()
    titles = data.titles()
    n = len(results)
    fractions = [r.score / r.max_score if r.max_score else 0.0 for r in results]
    graded = [r for r in results if r.status != "error"]
    body = [f"<h1>{escape(data.course)}: grading summary</h1>", f'<p class="muted">{n} students; exported {escape(data.exported_at)}</p>']

    if not results:
        body.append("<p>No graded submissions in the gradebook yet.</p>")
    else:
        max_score = max(r.max_score for r in results)
        scores = [r.score for r in results]
        errors = sum(1 for r in results if row_status(r) == "error")
        timeouts = sum(1 for r in results if row_status(r) == "timeout")
        full = sum(1 for r in results if r.max_score and r.score >= r.max_score)
        cards = [
            ("students", str(n)),
            ("mean score", f"{statistics.fmean(scores):.1f} / {_points(max_score)}"),
            ("median score", f"{statistics.median(scores):g} / {_points(max_score)}"),
            ("full marks", f"{full} ({_pct(full, n)})"),
            ("could not be graded", str(errors)),
            ("timed out", str(timeouts)),
        ]
        body.append('<div class="cards">' + "".join(f'<div class="card"><b>{escape(v)}</b>{escape(k)}</div>' for k, v in cards) + "</div>")

        body.append("<h2>Score distribution</h2>")
        body.append(histogram_svg(fractions))

        body.append("<h2>Exercises</h2>")
        body.append('<p class="muted">Each bar is every student\'s outcome for one exercise; the number is the share that passed every check.</p>')
        rows = []
        for i in ids:
            counts: Counter[str] = Counter()
            for r in graded:
                for e in r.exercises:
                    if e.id == i:
                        counts[e.status] += 1
            rows.append((i, counts))
        body.append(_legend() + stacked_bars_svg(rows))
        table = ["<table><tr><th>exercise</th><th>title</th><th class='num'>passed</th><th class='num'>mean points</th></tr>"]
        for i, counts in rows:
            total = sum(counts.values())
            pts = [e.score for r in graded for e in r.exercises if e.id == i]
            mx = next((e.max_score for r in graded for e in r.exercises if e.id == i), 0.0)
            mean = f"{statistics.fmean(pts):.2f} / {_points(mx)}" if pts else "–"
            table.append(
                f"<tr><td><code>{escape(i)}</code></td><td>{escape(titles.get(i, ''))}</td>"
                f"<td class='num'>{_pct(counts.get('passed', 0), total)}</td><td class='num'>{mean}</td></tr>"
            )
        body.append("".join(table) + "</table>")

        body.append("<h2>Checks</h2>")
        body.append('<p class="muted">Share of graded submissions that passed each check.</p>')
        table = ["<table><tr><th>exercise</th><th>check</th><th>visibility</th><th class='num'>passed</th><th></th></tr>"]
        for i in ids:
            per_check: dict[str, list[int]] = {}
            visibility: dict[str, str] = {}
            for r in graded:
                for e in r.exercises:
                    if e.id != i:
                        continue
                    for c in e.checks:
                        stats = per_check.setdefault(c.name, [0, 0])
                        stats[0] += c.status == "passed"
                        stats[1] += 1
                        visibility[c.name] = c.visibility
            for name, (ok, total) in per_check.items():
                table.append(
                    f"<tr><td><code>{escape(i)}</code></td><td>{escape(name)}</td><td>{escape(visibility[name])}</td>"
                    f"<td class='num'>{_pct(ok, total)}</td><td>{_inline_bar(ok / total if total else 0)}</td></tr>"
                )
        body.append("".join(table) + "</table>")

        body.append("<h2>Most common mistakes</h2>")
        mistakes = common_mistakes(graded, data.catalog)
        if mistakes:
            body.append(
                '<p class="muted">Mistakes the grader diagnosed in failed exercises: the exercise file\'s known mistakes '
                "where one matches, else the hint the student was given. Counted once per student and exercise.</p>"
            )
            top = mistakes[0][1]
            table = ["<table><tr><th class='num'>students</th><th></th><th>exercise</th><th>mistake</th></tr>"]
            for d, count in mistakes[:TOP_MISTAKES]:
                table.append(
                    f"<tr><td class='num'>{count}</td><td>{_inline_bar(count / top)}</td>"
                    f"<td><code>{escape(d.exercise)}</code></td><td>{escape(d.label)}</td></tr>"
                )
            body.append("".join(table) + "</table>")
        else:
            body.append("<p>No diagnosed mistakes.</p>")

        body.append("<h2>Submissions that errored or timed out</h2>")
        flagged = [r for r in results if row_status(r) != "graded"]
        if flagged:
            table = ["<table><tr><th>student</th><th>status</th><th>file</th><th>what happened</th></tr>"]
            for r in flagged:
                table.append(
                    f"<tr><td>{escape(r.student or '')}</td><td>{row_status(r)}</td><td><code>{escape(r.submission)}</code></td>"
                    f"<td>{escape(_problems(r))}</td></tr>"
                )
            body.append("".join(table) + "</table>")
        else:
            body.append("<p>None: every submission ran to the end.</p>")

    if data.notices:
        body.append("<h2>Files not graded</h2>")
        table = ["<table><tr><th>file</th><th>why</th></tr>"]
        for notice in data.notices:
            table.append(f"<tr><td><code>{escape(notice['file'])}</code></td><td>{escape(notice['kind'])}: {escape(notice['message'])}</td></tr>")
        body.append("".join(table) + "</table>")

    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(data.course)}: grading summary</title>{_STYLE}</head><body>" + "\n".join(body) + "</body></html>\n"
    )


def write(data: ExportData, path: Path) -> Path:
    write_text(path, render(data))
    return path
