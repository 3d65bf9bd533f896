"""Every export format, read back from a real gradebook and checked against its expected shape.

Golden files (tests/golden/) hold two renderings with their volatile parts
masked; refresh them with ``GRADER_UPDATE_GOLDEN=1 python -m pytest tests/test_export.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Course, write

from grader.commands import export as export_cmd
from grader.commands import grade
from grader.config import Config
from grader.export import everything_json, grades_csv, gradescope_results, summary_html
from grader.export.data import ExportData, load, replace_results
from grader.gradebook import Gradebook
from grader.grading import open_grader
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.spec import load_exercises

GOLDEN = Path(__file__).parent / "golden"

DOUBLE = """
id: double
title: Double it
prompt: Return 2 x.
function: {name: double, params: [x]}
time_limit: 1
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, 2.0]}}}
  - {name: secret, inputs: {x: {random: normal, shape: [5]}}}
checks:
  - {name: value, description: the doubled tensor, target: return, cases: [simple], points: 2}
  - {name: value_hidden, target: return, cases: [secret], visibility: hidden, points: 3}
"""
GRAD = """
id: square_grad
title: Gradient of a square
prompt: Backward through sum(x^2), return x.grad.
function: {name: square_grad, params: [x]}
cases:
  - {name: simple, inputs: {x: {tensor: [1.0, -2.0], requires_grad: true}}}
checks:
  - {name: grad, target: x.grad, cases: [simple], points: 1}
"""
RIGHT = "import torch\n\ndef double(x):\n    return x * 2\n\ndef square_grad(x):\n    (x ** 2).sum().backward()\n    return x.grad\n"
FLIPPED = RIGHT.replace("x * 2", "x * -2")
LOOPS = RIGHT.replace("    return x * 2\n", "    while True:\n        pass\n")

STUDENTS = {"alice": RIGHT, "bob": FLIPPED, "carol": FLIPPED, "erin": LOOPS, "<i>zed": RIGHT}


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    c = Course(tmp_path_factory.mktemp("export") / "course")
    c.settings["course"] = "Autograd 101"
    c.exercise("double", DOUBLE, "import torch\n\ndef double(x):\n    return x * 2\n")
    c.exercise("square_grad", GRAD, "import torch\n\ndef square_grad(x):\n    (x ** 2).sum().backward()\n    return x.grad\n")
    c.file(
        "solutions/wrong/double/triple.py",
        '"""Multiplies by three instead of two.\n\nfails: value, value_hidden\ndiagnosis: differ\n"""\n\n\ndef double(x):\n    return x * 3\n',
    )
    return c


@pytest.fixture(scope="module")
def config(course: Course) -> Config:
    return course.config


@pytest.fixture(scope="module")
def book_path(config: Config, pool: WorkerPool, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("class") / "hw"
    for student, code in STUDENTS.items():
        write(folder / f"{student}_hw.py", code)
    write(folder / "dave_hw.ipynb", "{ this is not a notebook")
    write(folder / "notes.txt", "not a submission")
    book = folder.parent / "gradebook.sqlite"
    # Modules are named <student>_hw.py: tell the intake so.
    import dataclasses

    cfg = dataclasses.replace(config, intake=dataclasses.replace(config.intake, student_patterns=("<student>_hw.py", "<student>_hw.ipynb")))
    code = grade.main(cfg, [folder], gradebook=book, pool=pool, out=io.StringIO(), err=io.StringIO(), interactive=False)
    assert code == 1  # dave's file cannot be graded
    return book


@pytest.fixture(scope="module")
def data(book_path: Path, config: Config) -> Iterator[ExportData]:
    # Rows stream from the gradebook: it stays open while the tests read them.
    with Gradebook(book_path) as book:
        yield load(book, course=config.course, catalog={e.id: e for e in load_exercises(config)})


@pytest.fixture(scope="module")
def results(data: ExportData) -> dict[str, SubmissionResult]:
    return {row.student: row.result for row in data.rows() if row.result is not None}


@pytest.fixture(scope="module")
def max_score(config: Config) -> float:
    return open_grader(config, mode="grade").max_score


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("GRADER_UPDATE_GOLDEN") or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path} differs; refresh with GRADER_UPDATE_GOLDEN=1 if the change is intended"


def test_the_class_was_graded_as_expected(results: dict[str, SubmissionResult], max_score: float) -> None:
    assert sorted(results) == ["<i>zed", "alice", "bob", "carol", "dave", "erin"]
    assert results["alice"].score == results["<i>zed"].score == max_score
    assert results["bob"].exercise("double").status == "failed"
    assert results["erin"].exercise("double").status == "timeout"
    assert results["dave"].status == "error"


# -- grades.csv ------------------------------------------------------------------------


def test_grades_csv_has_a_row_per_student_and_a_column_per_exercise(data: ExportData, results: dict[str, SubmissionResult], tmp_path: Path) -> None:
    path = grades_csv.write(data, tmp_path / "grades.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["student", "double", "square_grad", *grades_csv.COLUMNS_AFTER]
    assert grades_csv.COLUMNS_AFTER[:8] == ["score", "late_penalty", "adjustment", "total", "max_score", "percent", "status", "reason"]
    assert [r["student"] for r in rows] == sorted(results)
    for row in rows:
        r = results[row["student"]]
        assert float(row["total"]) == r.score and float(row["max_score"]) == r.max_score
        for ex in r.exercises:
            assert float(row[ex.id]) == ex.score
        assert float(row["total"]) == float(row["score"]) == sum(float(row[e]) for e in ("double", "square_grad"))
        assert float(row["late_penalty"]) == float(row["adjustment"]) == 0  # no due date, no override
    statuses = {r["student"]: r["status"] for r in rows}
    assert statuses == {"<i>zed": "graded", "alice": "graded", "bob": "graded", "carol": "graded", "dave": "error", "erin": "timeout"}
    reasons = {r["student"]: r["reason"] for r in rows}
    assert "is not a readable notebook" in reasons["dave"] and reasons["erin"] == "timed out in double" and reasons["alice"] == ""


def test_grades_csv_defuses_formulas(results: dict[str, SubmissionResult], data: ExportData) -> None:
    import copy

    evil = [copy.deepcopy(r) for r in results.values()]
    evil[0].student = "=HYPERLINK(\"http://x\")"
    first = next(iter(csv.DictReader(io.StringIO(grades_csv.render(replace_results(data, evil))))))
    assert first["student"] == "'=HYPERLINK(\"http://x\")"


def test_grades_csv_golden(data: ExportData) -> None:
    text = grades_csv.render(data)
    text = re.sub(r",[^,\n]*/hw/", ",<DIR>/hw/", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT[\d:.+]+", "<TIME>", text)
    text = re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d [+-]\d\d:\d\d", "<TIME>", text)
    golden("grades.csv", text)


# -- gradebook.json ---------------------------------------------------------------------


def test_everything_json_holds_every_result_and_attempt(data: ExportData, results: dict[str, SubmissionResult], tmp_path: Path) -> None:
    doc = json.loads(everything_json.write(data, tmp_path / "gradebook.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "grader.gradebook/2" and doc["course"] == "Autograd 101" and doc["assignment"] is None
    assert [e["id"] for e in doc["exercises"]] == ["double", "square_grad"]
    assert doc["exercises"][0]["checks"] == [
        {"name": "value", "max_points": 2.0, "visibility": "public"},
        {"name": "value_hidden", "max_points": 3.0, "visibility": "hidden"},
    ]
    assert [s["student"] for s in doc["students"]] == sorted(results)
    for entry in doc["students"]:
        assert SubmissionResult.from_dict(entry["result"]) == results[entry["student"]]
        [attempt] = entry["attempts"]
        assert attempt["current"] is True and attempt["sha256"] and attempt["status"] in ("graded", "error")
        assert attempt["submitted_from"] == "file" and attempt["lms"] is None
        assert entry["grade"]["total"] == results[entry["student"]].score and entry["overrides"] == []
        assert entry["status"] in ("graded", "timeout", "error")
    assert doc["not_graded"] == [{"file": doc["not_graded"][0]["file"], "kind": "skipped", "message": "not a .py or .ipynb file (.txt)"}]


# -- feedback ---------------------------------------------------------------------------


def test_feedback_per_student_in_text_and_html(data: ExportData, tmp_path: Path) -> None:
    export_cmd.write_formats(data, tmp_path, ("feedback",))
    names = sorted(p.name for p in (tmp_path / "feedback").iterdir())
    assert names == sorted(f"{s}.{ext}" for s in ("i_zed", "alice", "bob", "carol", "dave", "erin") for ext in ("txt", "html"))
    bob = (tmp_path / "feedback" / "bob.txt").read_text(encoding="utf-8")
    assert "FAIL  double" in bob and "value_hidden" in bob
    html = (tmp_path / "feedback" / "i_zed.html").read_text(encoding="utf-8")
    assert "&lt;i&gt;zed" in html and "<i>zed" not in html
    assert "is not a readable notebook" in (tmp_path / "feedback" / "dave.html").read_text(encoding="utf-8")


# -- Gradescope results.json ----------------------------------------------------------------


def test_gradescope_results_shape(data: ExportData, results: dict[str, SubmissionResult], tmp_path: Path) -> None:
    gradescope_results.write(data, tmp_path)
    for student, r in results.items():
        name = "i_zed" if student == "<i>zed" else student
        doc = json.loads((tmp_path / name / "results.json").read_text(encoding="utf-8"))
        assert set(doc) == {"score", "max_score", "execution_time", "output", "tests"}
        assert doc["score"] == r.score and doc["max_score"] == r.max_score
        assert isinstance(doc["execution_time"], float) and doc["execution_time"] >= 0
        assert sum(t["score"] for t in doc["tests"]) == r.score
        assert sum(t["max_score"] for t in doc["tests"]) == r.max_score
        for test in doc["tests"]:
            assert set(test) == {"name", "number", "score", "max_score", "status", "output", "visibility"}
            assert test["status"] in ("passed", "failed")
        # At most two tests an exercise: its public part and its hidden part.
        visibility = {t["name"]: t["visibility"] for t in doc["tests"]}
        assert visibility == {"double (public checks)": "visible", "double (hidden checks)": "hidden", "square_grad (public checks)": "visible"}
        # Students always see the top-level output: nothing of the hidden checks in it.
        assert "value_hidden" not in doc["output"] and "hidden case" not in doc["output"]
        assert "1 hidden check (3 points) ran; the results are not shown here." in doc["output"]


def test_gradescope_hidden_visibility_is_an_option(results: dict[str, SubmissionResult]) -> None:
    doc = gradescope_results.results_json(results["bob"], hidden_visibility="after_published")
    assert {t["visibility"] for t in doc["tests"]} == {"visible", "after_published"}
    hidden = next(t for t in doc["tests"] if t["visibility"] == "after_published")
    assert "value_hidden" in hidden["output"] and "expected:" not in hidden["output"]  # hidden checks never show expected values
    assert "value_hidden" not in doc["output"]  # shown to students at once, whatever the setting
    shown = gradescope_results.results_json(results["bob"], hidden_visibility="visible")
    assert "value_hidden" in shown["output"]


def test_gradescope_results_golden(results: dict[str, SubmissionResult]) -> None:
    text = gradescope_results.dumps(results["bob"])
    json.loads(text)
    text = re.sub(r'"execution_time": [\d.e-]+', '"execution_time": "<SECONDS>"', text)
    text = re.sub(r"[^\s\"]*/hw/bob_hw.py", "<DIR>/hw/bob_hw.py", text)
    golden("gradescope_bob_results.json", text)


# -- summary.html -------------------------------------------------------------------------


def test_summary_is_self_contained_with_pictures(data: ExportData) -> None:
    page = summary_html.render(data)
    assert page.startswith("<!doctype html>")
    assert "<link" not in page and "src=" not in page and "@import" not in page
    # One inline script (it sorts the student table); the page's policy lets nothing else run or load.
    assert page.count("<script") == 1 and "<script>" in page
    policy = re.search(r"Content-Security-Policy' content=\"([^\"]+)\"", page).group(1)  # type: ignore[union-attr]
    assert policy.startswith("default-src 'none'") and "script-src 'sha256-" in policy
    import base64
    import hashlib

    script = page.split("<script>", 1)[1].split("</script>", 1)[0]
    assert f"'sha256-{base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()}'" in policy
    # The only URL is SVG's namespace name, which is never fetched.
    assert set(re.findall(r"https?://[^\s\"'<>]+", page)) == {"http://www.w3.org/2000/svg"}
    assert page.count("<svg") == 2  # histogram and exercise bars


def test_summary_escapes_what_students_chose(results: dict[str, SubmissionResult], data: ExportData) -> None:
    import copy

    evil = [copy.deepcopy(r) for r in results.values()]
    for r in evil:
        if r.student == "dave":
            r.student = "<script>dave"
            r.submission = "<img src=x onerror=alert(1)>.ipynb"
    page = summary_html.render(replace_results(data, evil))
    assert "&lt;script&gt;dave" in page and page.count("<script") == 1
    assert "<img" not in page and "&lt;img src=x" in page


def test_summary_sections(data: ExportData, results: dict[str, SubmissionResult]) -> None:
    page = summary_html.render(data)
    for heading in ("Grade distribution", "Exercises", "Checks", "Most common mistakes", "Submissions that errored, timed out or need review", "Students", "Files not graded"):
        assert re.search(f"<h2 id='[a-z-]+'>{heading}</h2>", page), heading
    # The mistake the hints named, on each student's own evidence, counted once per student who made it.
    wrong = sum(1 for r in results.values() if r.status != "error" and r.exercise("double").status == "failed")
    assert wrong == 2
    assert re.search(rf"<td class='num'>{wrong}</td><td>.*?</td><td><code>double</code></td><td>a sign error</td>", page)
    flagged = page.split("Submissions that errored, timed out or need review")[1].split("<h2")[0]
    assert "dave" in flagged and "erin" in flagged and "alice" not in flagged
    # Histogram: every student lands in one band.
    bands = [int(n) for n in re.findall(r"<title>(\d+) students</title>", page)]
    assert sum(bands) == len(results)


def test_exercise_bars_and_pass_rates_count_every_student(data: ExportData, results: dict[str, SubmissionResult]) -> None:
    page = summary_html.render(data)
    graded = [r for r in results.values() if r.status != "error"]
    passed = sum(1 for r in graded if r.exercise("square_grad").status == "passed")
    assert f"square_grad</code></td><td>Gradient of a square</td><td class='num'>{100 * passed / len(results):.0f}%</td>" in page
    # The caption says whom the bars count: everyone, the one not graded included.
    assert "Each bar is all 6 students' outcome for one exercise, 1 of them not graded" in page
    assert "<title>square_grad: 1 not graded</title>" in page
    # Checks are rated over the submissions that ran them.
    assert f"Share of the {len(graded)} graded submissions that passed each check, the least passed first" in page


def test_empty_gradebook_exports(tmp_path: Path) -> None:
    empty = ExportData(course="C", results=[])
    assert "No graded submissions" in summary_html.render(empty)
    assert grades_csv.render(empty).strip() == "student," + ",".join(grades_csv.COLUMNS_AFTER)


# -- grader export ----------------------------------------------------------------------------


def test_hidden_visibility_comes_from_the_config(book_path: Path, config: Config, tmp_path: Path) -> None:
    import dataclasses

    shown = dataclasses.replace(config, gradescope_hidden_visibility="after_published")
    assert export_cmd.main(shown, what="results", out_path=tmp_path, gradebook=book_path, out=io.StringIO()) == 0
    doc = json.loads((tmp_path / "gradescope" / "bob" / "results.json").read_text(encoding="utf-8"))
    assert {t["visibility"] for t in doc["tests"]} == {"visible", "after_published"}


def test_export_command_writes_every_format(book_path: Path, config: Config, tmp_path: Path) -> None:
    out = io.StringIO()
    assert export_cmd.main(config, out_path=tmp_path / "out", gradebook=book_path, out=out) == 0
    for name in ("grades.csv", "gradebook.json", "results/alice.json", "feedback/alice.html", "gradescope/alice/results.json", "summary.html"):
        assert (tmp_path / "out" / name).is_file(), name
    assert "(6 students: 4 graded, 1 timed out, 1 could not be graded)" in out.getvalue()
    assert (tmp_path / "out" / "feedback_release.zip").is_file()
    assert export_cmd.main(config, what="csv", out_path=tmp_path / "only", gradebook=book_path, out=out) == 0
    assert [p.name for p in (tmp_path / "only").iterdir()] == ["grades.csv"]


def test_export_without_a_gradebook_is_a_usage_error(config: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export_cmd.main(config, out_path=tmp_path / "out", gradebook=tmp_path / "missing.sqlite") == 2
    assert "no gradebook at" in capsys.readouterr().err


def test_hidden_visibility_setting_is_validated(tmp_path: Path) -> None:
    from grader.config import parse_config
    from grader.errors import ConfigError

    assert parse_config({}, root=tmp_path).gradescope_hidden_visibility == "hidden"
    assert parse_config({"gradescope_hidden_visibility": "after_published"}, root=tmp_path).gradescope_hidden_visibility == "after_published"
    with pytest.raises(ConfigError, match="gradescope_hidden_visibility: expected one of hidden, after_due_date, after_published, visible"):
        parse_config({"gradescope_hidden_visibility": "secret"}, root=tmp_path)


def test_feedback_page_says_a_shared_failure_once_and_hints_in_words() -> None:
    from grader.report.html import exercise_html
    from grader.results import CheckResult, ExerciseResult

    raised = "double() raised ValueError: bad shape"
    checks = [
        CheckResult("value", "failed", 0, 1, raised, case="simple"),
        CheckResult("grad", "failed", 0, 1, raised, case="simple"),
        CheckResult("shape", "failed", 0, 1, "return on case 'simple': wrong shape", hint="Reshape it.", case="simple"),
    ]
    page = exercise_html(ExerciseResult("double", "Double it", "failed", 0, 3, checks=checks))
    # Two checks that raised the same error say it once, in full; the third keeps its own line and hint.
    assert page.count("raised ValueError") == 1 and "✗ value, grad</span>: double() raised ValueError: bad shape" in page
    assert '<div class="hint"><b>Hint:</b> Reshape it.</div>' in page and "💡" not in page


def test_checks_beyond_the_worst_are_collapsed(data: ExportData, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summary_html, "TOP_CHECKS", 1)
    section = summary_html.render(data).split("<h2 id='checks'>Checks</h2>", 1)[1].split("<h2", 1)[0]
    shown, hidden = section.split("<details>", 1)
    assert "1 of 3 shown" in shown and len(re.findall(r"<td class='num'>\d+%</td>", shown)) == 1
    assert "the other 2 checks" in hidden and len(re.findall(r"<td class='num'>\d+%</td>", hidden)) == 2


def test_summary_links_its_sections(data: ExportData) -> None:
    page = summary_html.render(data)
    nav = re.search(r'<p class="nav">(.*?)</p>', page).group(1)  # type: ignore[union-attr]
    for anchor in re.findall(r"href='#([a-z-]+)'", nav):
        assert f"<h2 id='{anchor}'>" in page
    assert "href='#not-graded'" in nav  # notes.txt was not graded


def test_summary_leaves_out_what_cannot_happen(data: ExportData) -> None:
    # No assignment (no due date) and no roster: no one can be late or missing, so no card or column says so.
    page = summary_html.render(data)
    assert "late (penalized)" not in page and "nothing handed in</div>" not in page and "<th>late</th>" not in page
    assert "could not be graded</div>" in page and "timed out</div>" in page


def test_summary_groups_exercises_by_topic(data: ExportData) -> None:
    import dataclasses

    first, second = data.exercise_ids()
    # An exercise without a topic comes last, under "other"; a tagged one moves up under its heading.
    catalog = {i: dataclasses.replace(e, topic="chain rule" if i == second else None) for i, e in data.catalog.items()}
    page = summary_html.render(dataclasses.replace(data, catalog=catalog))
    section = page.split("<h2 id='exercises'>", 1)[1].split("<h2", 1)[0]
    table = re.findall(r"<tr class='topic'><th colspan='4'>([^<]*)</th></tr>|<tr><td><code>([^<]*)</code>", section)
    assert [topic or i for topic, i in table] == ["chain rule", second, "other", first]
    bars = re.findall(r'<text x="0" y="\d+" font-weight="bold">([^<]*)</text>', section)
    assert bars == ["chain rule", "other"]
    # No topics anywhere (or the exercise files gone): no headings.
    assert "class='topic'" not in summary_html.render(dataclasses.replace(data, catalog={}))
