"""The instructor's summary: one self-contained HTML page about how the class did.

Sections: headline numbers; the grade distribution (histogram of every
student's grade); how each exercise went, grouped by topic (a stacked bar per
exercise over every student: passed, failed, not implemented, timed out, error, and not
graded for those whose file could not be graded or who handed in nothing
gradable); the checks, failing ones first (the worst 20 shown, the rest
folded); the most common diagnosed mistakes, with how many students made
each; the submissions that errored or timed out; every student, in a table
that sorts by any column and links each student's feedback page; and the
files that were not graded.

Charts are inline SVG and styles are inline; the one script sorts the
student table, and the page's content security policy lets no other script
run and nothing be fetched: the page needs no network and no other file
(except the feedback pages it links). Everything that comes from a
submission is escaped.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from grader import scoring
from grader.export._files import atomic_open
from grader.export.data import STATUS_WORDS, ExportData, StudentRow
from grader.export.grades_csv import late_words
from grader.hints import MISTAKES
from grader.results import ExerciseResult, SubmissionResult
from grader.spec import Exercise
from grader.topics import by_topic

STATUS_COLORS = {
    "passed": "#2e7d32",
    "failed": "#c62828",
    "not_implemented": "#ef6c00",
    "timeout": "#6a1b9a",
    "error": "#455a64",
    "not_graded": "#bdbdbd",
}
STATUS_WORDS_EXERCISE = {
    "passed": "passed",
    "failed": "failed",
    "not_implemented": "not implemented",
    "timeout": "timed out",
    "error": "error",
    "not_graded": "not graded",
}

TOP_MISTAKES = 20
"""How many of the most common mistakes the page lists."""
TOP_CHECKS = 20
"""Checks shown before the rest are folded away: the ones most students failed."""

_STYLE = """
<style>
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:14px;line-height:1.45;margin:2em auto;max-width:76em;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:0.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:0.2em}
.muted{color:#666}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table{border-collapse:collapse;margin:0.5em 0}td,th{padding:0.2em 0.6em;border-bottom:1px solid #eee;vertical-align:top;text-align:left}
th{background:#fafafa}.cards{display:flex;flex-wrap:wrap;gap:1em;margin:1em 0}
.card{border:1px solid #ddd;border-radius:6px;padding:0.6em 1em;min-width:9em}.card b{display:block;font-size:1.5em}
.bar{display:inline-block;height:0.8em;background:#2e7d32;vertical-align:middle}.barbg{display:inline-block;width:8em;background:#eee;vertical-align:middle}
.legend span{display:inline-block;margin-right:1em}.legend i{display:inline-block;width:0.9em;height:0.9em;margin-right:0.3em;vertical-align:middle}
code{background:#f6f8fa;padding:0 0.2em}
table.wide{width:100%;table-layout:fixed}
td.path{overflow-wrap:anywhere;word-break:break-all;font-size:0.9em}
td.why{overflow-wrap:anywhere}
table.sortable th{cursor:pointer;user-select:none;white-space:nowrap}
table.sortable th::after{content:" \\2195";color:#bbb}
table.sortable th[aria-sort=ascending]::after{content:" \\25B2";color:#333}
table.sortable th[aria-sort=descending]::after{content:" \\25BC";color:#333}
tr.st-error td.st,tr.st-timeout td.st,tr.st-review td.st{color:#c62828}tr.st-not_gradable td.st,tr.st-missing td.st{color:#ef6c00}
details summary{cursor:pointer;margin:0.4em 0}
.nav a{margin:0 0.2em}
tr.topic th{background:#fff;padding-top:0.9em;border-bottom:1px solid #ccc}
</style>
"""

_SORT_SCRIPT = (
    "document.querySelectorAll('table.sortable').forEach(function(t){"
    "t.querySelectorAll('th').forEach(function(th){th.addEventListener('click',function(){"
    "var up=th.getAttribute('aria-sort')!=='ascending',i=th.cellIndex,b=t.tBodies[0];"
    "t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort')});"
    "th.setAttribute('aria-sort',up?'ascending':'descending');"
    "var key=function(r){var c=r.cells[i];return c.hasAttribute('data-sort')?c.getAttribute('data-sort'):c.textContent};"
    "Array.from(b.rows).sort(function(x,y){var p=key(x),q=key(y),m=parseFloat(p),n=parseFloat(q);"
    "var d=(p!==''&&q!==''&&!isNaN(m)&&!isNaN(n))?m-n:p.localeCompare(q);return up?d:-d})"
    ".forEach(function(r){b.appendChild(r)})})})});"
)
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SORT_SCRIPT.encode()).digest()).decode()
_POLICY = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'; img-src data:"
"""Only the table-sorting script may run, and nothing may be fetched."""


SECTIONS = {
    "distribution": "grades",
    "exercises": "exercises",
    "checks": "checks",
    "mistakes": "mistakes",
    "errors": "errors, timeouts, reviews",
    "students": "students",
    "not-graded": "files not graded",
}
"""Anchors of the page's sections, and their names in the line of links at the top."""


def _h2(title: str, anchor: str) -> str:
    return f"<h2 id='{anchor}'>{escape(title)}</h2>"


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
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 5}" text-anchor="middle" fill="#555">grade (percent of the maximum)</text>')
    parts.append(f'<text x="10" y="{pad + plot_h / 2:.1f}" transform="rotate(-90 10 {pad + plot_h / 2:.1f})" text-anchor="middle" fill="#555">students</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_bars_svg(rows: list[tuple[str, Counter[str]]], *, width: int = 760, headings: Mapping[int, str] | None = None) -> str:
    """One bar per row, split by exercise status (passed, failed, ..., not graded); ``headings``: a title above row *i* (a topic)."""
    headings = headings or {}
    label_w, bar_w, row_h = 220, width - 220 - 60, 22
    height = row_h * (len(rows) + len(headings)) + 6
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="exercise outcomes" font-family="system-ui,sans-serif" font-size="12">'
    ]
    y = 3
    for i, (label, counts) in enumerate(rows):
        if i in headings:
            parts.append(f'<text x="0" y="{y + 14}" font-weight="bold">{escape(headings[i])}</text>')
            y += row_h
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
                f"<title>{escape(label)}: {n} {STATUS_WORDS_EXERCISE[status]}</title></rect>"
            )
            x += w
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}">{_pct(counts.get("passed", 0), total)}</text>')
        y += row_h
    parts.append("</svg>")
    return "".join(parts)


def _legend() -> str:
    return '<p class="legend">' + "".join(f'<span><i style="background:{c}"></i>{STATUS_WORDS_EXERCISE[s]}</span>' for s, c in STATUS_COLORS.items()) + "</p>"


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


@dataclass(frozen=True)
class _Student:
    """What the page keeps of one student: a table row, never the result."""

    student: str
    name: str
    status: str
    total: float
    max_score: float
    late: str
    penalty: float
    adjustment: float
    overrides: int
    link: str
    file: str
    reason: str


class Writer:
    """Gathers what the page shows as rows come (counts, never results), and writes the page at the end."""

    def __init__(self, data: ExportData, path: Path, *, feedback_dir: str | None = "feedback") -> None:
        self.data, self.path, self.feedback_dir = data, path, feedback_dir
        self.ids = data.exercise_ids()
        self.students: list[_Student] = []
        self.exercises: dict[str, Counter[str]] = {i: Counter() for i in self.ids}
        self.points: dict[str, list[float]] = {i: [0.0, 0.0] for i in self.ids}
        self.checks: dict[tuple[str, str], list[Any]] = {}
        self.mistakes: Counter[Diagnosis] = Counter()
        self.flagged: list[tuple[str, str, str, str]] = []
        self.graded = 0

    def add(self, row: StudentRow) -> None:
        g = row.grade
        self.students.append(
            _Student(
                student=row.student,
                name=row.roster.name if row.roster else "",
                status=row.status,
                total=g.total,
                max_score=g.max_score,
                late=late_words(row, self.data),
                penalty=g.penalty,
                adjustment=g.adjustment + sum((o.points or 0.0) for o in g.overrides if o.kind == "points" and o.exercise),
                overrides=len(g.overrides),
                link=f"{self.feedback_dir}/{self.data.file_name(row.student)}.html" if self.feedback_dir else "",
                file=row.file,
                reason="; ".join([*([row.reason] if row.reason else []), *(scoring.describe(o) for o in g.overrides)]),
            )
        )
        r = row.result if row.status in ("graded", "timeout", "review") else None
        if r is None:
            for i in self.ids:
                self.exercises[i]["not_graded"] += 1
            if row.status == "error":
                self.flagged.append((row.student, row.status, row.file, row.reason))
            return
        self.graded += 1
        seen = set()
        for e in r.exercises:
            seen.add(e.id)
            self.exercises.setdefault(e.id, Counter())[e.status] += 1
            stats = self.points.setdefault(e.id, [0.0, 0.0])
            stats[0] += e.score
            stats[1] = max(stats[1], e.max_score)
            for c in e.checks:
                entry = self.checks.setdefault((e.id, c.name), [0, 0, c.visibility])
                entry[0] += c.status == "passed"
                entry[1] += 1
            d = diagnose(e, self.data.catalog.get(e.id))
            if d is not None:
                self.mistakes[d] += 1
        for i in self.ids:
            if i not in seen:
                self.exercises[i]["not_graded"] += 1
        if row.status == "timeout":
            self.flagged.append((row.student, row.status, row.file, _problems(r)))
        elif row.status == "review":
            self.flagged.append((row.student, "needs review", row.file, row.reason))

    def close(self) -> None:
        with atomic_open(self.path) as fh:
            fh.write(self.render())

    # -- sections -------------------------------------------------------------------

    def render(self) -> str:
        data = self.data
        n = len(self.students)
        body = [f"<h1>{escape(data.title)}: grading summary</h1>"]
        due = f"; due {escape(data.shown_time(data.due))}" if data.due else ""
        exported = data.shown_time(dt.datetime.fromisoformat(data.exported_at))
        body.append(f'<p class="muted">{n} students{due}; exported {escape(exported)}</p>')
        if self.students:
            shown = [a for a in SECTIONS if a != "not-graded" or data.notices]
            body.append('<p class="nav">' + " · ".join(f"<a href='#{a}'>{SECTIONS[a]}</a>" for a in shown) + "</p>")
        if not self.students:
            body.append("<p>No graded submissions in the gradebook yet.</p>")
        else:
            body += self._headline()
            body += self._distribution()
            body += self._exercises()
            body += self._checks()
            body += self._mistakes()
            body += self._flagged()
            body += self._roster()
        if data.notices:
            body.append(_h2("Files not graded", "not-graded"))
            body.append('<p class="muted">By the latest run: files that were not submissions, or that the intake refused.</p>')
            table = ["<table class='wide'><colgroup><col style='width:45%'><col></colgroup><tr><th>file</th><th>why</th></tr>"]
            for notice in data.notices:
                table.append(f"<tr><td class='path'><code>{escape(notice['file'])}</code></td><td class='why'>{escape(notice['kind'])}: {escape(notice['message'])}</td></tr>")
            body.append("".join(table) + "</table>")
        return (
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<meta http-equiv='Content-Security-Policy' content=\"{_POLICY}\">"
            f"<title>{escape(data.title)}: grading summary</title>{_STYLE}</head><body>"
            + "\n".join(body)
            + f"<script>{_SORT_SCRIPT}</script></body></html>\n"
        )

    def _headline(self) -> list[str]:
        n = len(self.students)
        counts = Counter(s.status for s in self.students)
        totals = [s.total for s in self.students]
        top = max(s.max_score for s in self.students)
        full = sum(1 for s in self.students if s.max_score and s.total >= s.max_score)
        late = sum(1 for s in self.students if s.penalty > 0)
        cards = [
            ("students", str(n)),
            ("mean grade", f"{statistics.fmean(totals):.1f} / {_points(top)}"),
            ("median grade", f"{statistics.median(totals):g} / {_points(top)}"),
            ("full marks", f"{full} ({_pct(full, n)})"),
            ("could not be graded", str(counts["error"])),
            ("timed out", str(counts["timeout"])),
        ]
        if counts["review"]:
            cards.append(("need review", str(counts["review"])))
        # What cannot happen in this export says nothing: no roster, no one can be missing; no due date, no one is late.
        if counts["not_gradable"]:
            cards.append(("nothing gradable", str(counts["not_gradable"])))
        if self.data.roster is not None or counts["missing"]:
            cards.append(("nothing handed in", str(counts["missing"])))
        if self.data.due is not None:
            cards.append(("late (penalized)", str(late)))
        return ['<div class="cards">' + "".join(f'<div class="card"><b>{escape(v)}</b>{escape(k)}</div>' for k, v in cards) + "</div>"]

    def _distribution(self) -> list[str]:
        fractions = [s.total / s.max_score if s.max_score else 0.0 for s in self.students]
        return [
            _h2("Grade distribution", "distribution"),
            f'<p class="muted">Every student\'s grade ({len(self.students)}), overrides and late penalties included; '
            "those with nothing graded count at their grade, usually 0.</p>",
            histogram_svg(fractions),
        ]

    def _exercises(self) -> list[str]:
        n = len(self.students)
        not_graded = n - self.graded
        catalog = self.data.catalog
        groups = by_topic(self.ids, lambda i: catalog[i].topic if i in catalog else None)
        # No topic anywhere (an old gradebook whose exercise files are gone): no headings.
        tagged = any(topic is not None for topic, _ in groups)
        rows: list[tuple[str, Counter[str]]] = []
        headings: dict[int, str] = {}
        for topic, ids in groups:
            if tagged:
                headings[len(rows)] = topic or "other"
            rows += [(i, self.exercises.get(i, Counter())) for i in ids]
        out = [_h2("Exercises", "exercises")]
        out.append(
            f'<p class="muted">Each bar is all {n} students\' outcome for one exercise'
            + (f", {not_graded} of them not graded (their file could not be graded, or they handed in nothing gradable, or nothing at all)" if not_graded else "")
            + "; the number is the share of all students who passed every check."
            + (" Exercises are grouped by topic." if tagged else "")
            + "</p>"
        )
        out.append(_legend() + stacked_bars_svg(rows, headings=headings))
        titles = self.data.titles()
        table = ["<table><tr><th>exercise</th><th>title</th><th class='num'>passed</th><th class='num'>mean points (graded)</th></tr>"]
        for index, (i, counts) in enumerate(rows):
            if index in headings:
                table.append(f"<tr class='topic'><th colspan='4'>{escape(headings[index])}</th></tr>")
            total = sum(counts.values())
            points, top = self.points.get(i, [0.0, 0.0])
            graded = total - counts.get("not_graded", 0)
            mean = f"{points / graded:.2f} / {_points(top)}" if graded else "–"
            table.append(
                f"<tr><td><code>{escape(i)}</code></td><td>{escape(titles.get(i, ''))}</td>"
                f"<td class='num'>{_pct(counts.get('passed', 0), total)}</td><td class='num'>{mean}</td></tr>"
            )
        out.append("".join(table) + "</table>")
        return out

    def _checks(self) -> list[str]:
        out = [_h2("Checks", "checks")]
        out.append(
            f'<p class="muted">Share of the {self.graded} graded submissions that passed each check, '
            f"the least passed first; {min(TOP_CHECKS, len(self.checks))} of {len(self.checks)} shown, the rest below.</p>"
        )
        ordered = sorted(self.checks.items(), key=lambda kv: (kv[1][0] / kv[1][1] if kv[1][1] else 1.0, kv[0]))
        head = "<table><tr><th>exercise</th><th>check</th><th>visibility</th><th class='num'>passed</th><th></th></tr>"

        def rows(part: list[tuple[tuple[str, str], list[Any]]]) -> str:
            cells = []
            for (ex, name), (ok, total, visibility) in part:
                cells.append(
                    f"<tr><td><code>{escape(ex)}</code></td><td>{escape(name)}</td><td>{escape(visibility)}</td>"
                    f"<td class='num'>{_pct(ok, total)}</td><td>{_inline_bar(ok / total if total else 0)}</td></tr>"
                )
            return "".join(cells)

        out.append(head + rows(ordered[:TOP_CHECKS]) + "</table>")
        if len(ordered) > TOP_CHECKS:
            out.append(f"<details><summary>the other {len(ordered) - TOP_CHECKS} checks</summary>{head}{rows(ordered[TOP_CHECKS:])}</table></details>")
        return out

    def _mistakes(self) -> list[str]:
        out = [_h2("Most common mistakes", "mistakes")]
        mistakes = self.mistakes.most_common()
        if not mistakes:
            return out + ["<p>No diagnosed mistakes.</p>"]
        out.append(
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
        return out + ["".join(table) + "</table>"]

    def _flagged(self) -> list[str]:
        out = [_h2("Submissions that errored, timed out or need review", "errors")]
        if not self.flagged:
            return out + ["<p>None: every submission ran to the end, and none needs review.</p>"]
        table = [
            "<table class='wide'><colgroup><col style='width:12%'><col style='width:8%'><col style='width:30%'><col></colgroup>"
            "<tr><th>student</th><th>status</th><th>file</th><th>what happened</th></tr>"
        ]
        for student, status, file, why in self.flagged:
            table.append(
                f"<tr><td>{escape(student)}</td><td>{escape(status)}</td><td class='path'><code>{escape(file)}</code></td>"
                f"<td class='why'>{escape(why)}</td></tr>"
            )
        return out + ["".join(table) + "</table>"]

    def _roster(self) -> list[str]:
        names = any(s.name for s in self.students)
        late = self.data.due is not None or any(s.late for s in self.students)
        out = [_h2("Students", "students")]
        out.append(
            '<p class="muted">Every student: graded, not graded, or on the roster with nothing handed in. '
            "Click a column's name to sort by it; a student's name opens the feedback page they receive.</p>"
        )
        head = (
            "<table class='sortable wide'><colgroup><col style='width:14%'>"
            + ("<col style='width:12%'>" if names else "")
            + "<col style='width:11%'><col style='width:8%'><col style='width:6%'>"
            + ("<col style='width:13%'>" if late else "")
            + "<col style='width:9%'><col></colgroup>"
            "<thead><tr><th>student</th>" + ("<th>name</th>" if names else "")
            + "<th>status</th><th class='num'>grade</th><th class='num'>%</th>"
            + ("<th>late</th>" if late else "")
            + "<th class='num'>adjusted</th><th>notes</th></tr></thead><tbody>"
        )
        rows = []
        for s in self.students:
            pct = 100 * s.total / s.max_score if s.max_score else 0.0
            who = f"<a href='{escape(s.link)}'>{escape(s.student)}</a>" if s.link else escape(s.student)
            adjusted = f"{s.adjustment:+g}" if s.overrides and s.adjustment else ("due" if s.overrides else "")
            rows.append(
                f"<tr class='st-{s.status}'><td>{who}</td>"
                + (f"<td>{escape(s.name)}</td>" if names else "")
                + f"<td class='st'>{escape(STATUS_WORDS[s.status])}</td>"
                f"<td class='num' data-sort='{s.total:g}'>{_points(s.total)} / {_points(s.max_score)}</td>"
                f"<td class='num' data-sort='{pct:.3f}'>{pct:.0f}</td>"
                + ((f"<td data-sort='{s.penalty:g}'>{escape(s.late)}" + (f" (−{_points(s.penalty)})" if s.penalty else "") + "</td>") if late else "")
                + f"<td class='num' data-sort='{s.adjustment:g}'>{escape(adjusted)}</td>"
                f"<td class='why'>{escape(s.reason)}</td></tr>"
            )
        return out + [head + "".join(rows) + "</tbody></table>"]


def render(data: ExportData, *, feedback_dir: str | None = "feedback") -> str:
    writer = Writer(data, Path("summary.html"), feedback_dir=feedback_dir)
    for row in data.rows():
        writer.add(row)
    return writer.render()


def write(data: ExportData, path: Path, *, feedback_dir: str | None = "feedback") -> Path:
    writer = Writer(data, path, feedback_dir=feedback_dir)
    for row in data.rows():
        writer.add(row)
    writer.close()
    return path
