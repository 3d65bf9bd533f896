"""An instructor's term, end to end, on a Canvas bulk download built here.

The zip holds what a real class hands in: a resubmission, a truncated
notebook, an infinite loop, an untouched notebook, a student who uploaded
only a PDF, a ``.py`` upload named ``zhang_1020_3456_hw1.py``, a late file, one
within the grace period; the roster (Canvas's gradebook export) has a
student who handed in nothing. The assignment is graded into its own
gradebook, adjusted by hand, regraded, exported and released.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import Course

from grader.commands import export as export_cmd
from grader.commands import grade, override
from grader.config import Config
from grader.errors import GradebookError
from grader.sandbox.worker import WorkerPool

DOUBLE = """
id: double
title: Double it
prompt: Return 2 x.
function: {name: double, params: [x]}
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
RIGHT_DOUBLE = "import torch\n\ndef double(x):\n    return x * 2\n"
RIGHT_GRAD = "def square_grad(x):\n    (x ** 2).sum().backward()\n    return x.grad\n"
RIGHT = RIGHT_DOUBLE + "\n" + RIGHT_GRAD
WRONG = RIGHT.replace("x * 2", "x * 3")
LOOP = RIGHT.replace("    return x * 2\n", "    while True:\n        pass\n")
STUB = "def double(x):\n    raise NotImplementedError\n\ndef square_grad(x):\n    raise NotImplementedError\n"

ROSTER = """Student,ID,SIS User ID,SIS Login ID,Section,hw1
    Points Possible,,,,,6
"Adams, Ann",1001,s1001,aadams,A,
"Brown, Bob",1002,s1002,bbrown,A,
"Chen, Cai",1003,s1003,cchen,A,
"Davis, Dan",1004,s1004,ddavis,A,
"Evans, Eve",1005,s1005,eevans,A,
"Li, Na",1006,s1006,nli,A,
"Garcia, Gus",1007,s1007,ggarcia,A,
"Wu, Fang",1010,s1010,fwu,A,
"Zhang, Wei",1020,s1020,wzhang,A,
"""


def notebook(*cells: str) -> str:
    return json.dumps(
        {
            "cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": c} for c in cells],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


# (name in the zip, content, time stored in the zip: the course's local time, America/New_York)
ENTRIES = [
    ("adamsann_1001_3001_hw1.ipynb", notebook(WRONG), (2025, 3, 6, 10, 0, 0)),
    ("adamsann_1001_3002_hw1-1.ipynb", notebook(RIGHT_DOUBLE, RIGHT_GRAD), (2025, 3, 7, 20, 0, 0)),  # the resubmission counts
    ("brownbob_1002_3003_hw1.ipynb", notebook(RIGHT)[:60], (2025, 3, 7, 21, 0, 0)),  # truncated
    ("chencai_late_1003_3004_hw1.ipynb", notebook(RIGHT), (2025, 3, 9, 1, 30, 0)),  # 25 h 31 min late: 2 days
    ("davisdan_1004_3005_hw1.ipynb", notebook(LOOP), (2025, 3, 7, 22, 0, 0)),  # loops
    ("evanseve_1005_3006_hw1.ipynb", notebook(STUB), (2025, 3, 7, 22, 30, 0)),  # untouched
    ("lina_1006_3007_hw1.pdf", "%PDF-1.4 my answers", (2025, 3, 7, 23, 0, 0)),  # only a PDF
    ("garciagus_1007_3008_hw1.ipynb", notebook(RIGHT), (2025, 3, 8, 0, 5, 0)),  # 6 minutes late: grace
    ("zhang_1020_3456_hw1.py", RIGHT, (2025, 3, 7, 12, 0, 0)),  # a .py upload
]


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    c = Course(tmp_path_factory.mktemp("term") / "course")
    c.settings["course"] = "Autograd 101"
    c.settings["timezone"] = "America/New_York"
    c.settings["assignments"] = {
        "hw1": {
            "title": "Homework 1",
            "exercises": ["double", "square_grad"],
            "due": "2025-03-07 23:59",
            "late_policy": {"per_day": 10, "cap": 50, "grace_minutes": 15},
        }
    }
    c.exercise("double", DOUBLE, RIGHT_DOUBLE)
    c.exercise("square_grad", GRAD, RIGHT_GRAD)
    c.file("roster.csv", ROSTER)
    return c


@pytest.fixture(scope="module")
def config(course: Course) -> Config:
    return course.config


@pytest.fixture(scope="module")
def download(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("downloads") / "submissions.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, text, when in ENTRIES:
            zf.writestr(zipfile.ZipInfo(name, date_time=when), text)
    return path


class Ran:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture(scope="module")
def graded(config: Config, course: Course, download: Path, pool: WorkerPool) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    code = grade.main(config, [download], assignment="hw1", roster=course.root / "roster.csv", pool=pool, out=out, err=err, interactive=False)
    return Ran(int(code), out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def book(config: Config, graded: Ran) -> Path:
    return config.assignment("hw1").gradebook


def run_override(config: Config, *args: str, **options: object) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    code = override.main(config, assignment="hw1", out=out, err=err, **options)  # type: ignore[arg-type]
    return Ran(int(code), out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def exported(config: Config, course: Course, book: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = [
        run_override(config, student="adamsann", points="-1", exercise="double", reason="the second cell is a classmate's"),
        run_override(config, student="chencai", points="+1", reason="regrade request: the plot was right"),
        run_override(config, student="garciagus", due="2025-03-10 23:59", reason="extension: illness"),
    ]
    assert [r.code for r in made] == [0, 0, 0], [r.err for r in made]
    folder = tmp_path_factory.mktemp("export") / "out"
    out = io.StringIO()
    assert export_cmd.main(config, out_path=folder, assignment="hw1", roster=course.root / "roster.csv", out=out) == 0
    (folder / "stdout.txt").write_text(out.getvalue(), encoding="utf-8")
    return folder


def grades(folder: Path) -> dict[str, dict[str, str]]:
    return {r["student"]: r for r in csv.DictReader(io.StringIO((folder / "grades.csv").read_text(encoding="utf-8")))}


# -- grading ----------------------------------------------------------------------


def test_the_run_says_what_happened(graded: Ran, config: Config) -> None:
    assert graded.code == 1  # brown's file could not be graded
    assert "found 8 submissions from 7 students (1 superseded" in graded.err
    assert "lina: nothing gradable handed in (lina_1006_3007_hw1.pdf)" in graded.err
    assert "brownbob" in graded.out and "is not a readable notebook" in graded.out
    assert "1 submission handed in after the due date" in graded.out  # chen's; garcia's, within the grace period, is not
    assert f"gradebook {config.assignment('hw1').gradebook}: 7 students graded" in graded.out


def test_the_assignment_has_its_own_gradebook(book: Path, config: Config, download: Path, pool: WorkerPool) -> None:
    assert book == config.root / "gradebooks" / "hw1.sqlite" and book.is_file()
    assert not config.gradebook.exists()  # the course's gradebook was never touched
    # Grading the whole course into the assignment's gradebook is refused: grades never mix.
    with pytest.raises(GradebookError, match="holds the grades of assignment 'hw1'"):
        grade.main(config, [download], gradebook=book, pool=pool, out=io.StringIO(), err=io.StringIO(), interactive=False)


def test_a_loop_costs_one_time_limit(book: Path) -> None:
    db = sqlite3.connect(book)
    [text] = db.execute("SELECT result FROM attempts WHERE student = 'davisdan' AND current = 1").fetchone()
    checks = {c["name"]: c for e in json.loads(text)["exercises"] if e["id"] == "double" for c in e["checks"]}
    assert "did not finish within 2 s" in checks["value"]["message"]
    assert "was not run: it did not finish within 2 s on an earlier case" in checks["value_hidden"]["message"]


def test_times_come_from_the_archive_in_the_course_time_zone(book: Path) -> None:
    db = sqlite3.connect(book)
    rows = dict(db.execute("SELECT student, submitted_at FROM attempts WHERE current = 1 AND submitted_from = 'archive'"))
    assert rows["chencai"] == "2025-03-09T06:30:00+00:00"  # 01:30 in New York, UTC-5 until the DST change at 02:00 that day
    assert db.execute("SELECT lms_platform, lms_user, lms_late FROM attempts WHERE student = 'chencai'").fetchone() == ("canvas", "1003", 1)


# -- exports -----------------------------------------------------------------------


def test_every_student_has_a_row_with_a_status_and_a_reason(exported: Path) -> None:
    rows = grades(exported)
    assert sorted(rows) == ["adamsann", "brownbob", "chencai", "davisdan", "evanseve", "garciagus", "lina", "wufang", "zhangwei"]
    status = {s: (r["status"], r["reason"]) for s, r in rows.items()}
    assert status["brownbob"][0] == "error" and "not a readable notebook" in status["brownbob"][1]
    assert status["davisdan"] == ("timeout", "timed out in double")
    assert status["lina"][0] == "not_gradable" and "lina_1006_3007_hw1.pdf: not a .py or .ipynb file (.pdf)" in status["lina"][1]
    assert status["wufang"] == ("missing", "nothing handed in")
    assert rows["wufang"]["total"] == "0" and rows["wufang"]["double"] == "" and rows["wufang"]["name"] == "Wu, Fang"
    assert rows["wufang"]["late"] == rows["lina"]["late"] == ""
    # The untouched notebook is graded, at 0; the resubmission counts; the .py upload belongs to its Canvas user.
    assert status["evanseve"] == ("graded", "") and rows["evanseve"]["total"] == "0"
    assert rows["adamsann"]["file"].endswith("adamsann_1001_3002_hw1-1.ipynb")
    assert rows["zhangwei"]["file"].endswith("zhang_1020_3456_hw1.py") and rows["zhangwei"]["total"] == "6"


def test_late_work_loses_points_by_the_policy(exported: Path) -> None:
    rows = grades(exported)
    chen = rows["chencai"]
    # 25 h 31 min late is 2 started days: 20% of 6 points, then the +1 override on the total.
    assert (chen["score"], chen["late_penalty"], chen["adjustment"], chen["total"]) == ("6", "1.2", "1", "5.8")
    assert chen["late"] == "1 day 1 h late" and chen["submitted_at"] == "2025-03-09 01:30 -05:00"
    # Six minutes after the due date is within the 15-minute grace period; garcia also has an extension.
    assert rows["garciagus"]["late_penalty"] == "0" and rows["garciagus"]["late"] == "on time"
    assert rows["zhangwei"]["late"] == "on time"


def test_overrides_show_with_their_reasons(exported: Path) -> None:
    rows = grades(exported)
    adams = rows["adamsann"]
    assert (adams["double"], adams["score"], adams["total"]) == ("4", "5", "5")
    assert adams["overrides"] == "double -1: the second cell is a classmate's"
    assert "due 2025-03-10 23:59" in rows["garciagus"]["overrides"]
    doc = json.loads((exported / "gradebook.json").read_text(encoding="utf-8"))
    assert doc["schema"] == "grader.gradebook/2" and doc["assignment"]["name"] == "hw1"
    chen = next(s for s in doc["students"] if s["student"] == "chencai")
    assert chen["grade"]["late"]["days"] == 2 and chen["overrides"][0]["reason"] == "regrade request: the plot was right"
    assert [s["student"] for s in doc["students"]] == sorted(grades(exported))
    # Written compact, a line per student: no indentation anywhere.
    lines = (exported / "gradebook.json").read_text(encoding="utf-8").splitlines()
    assert not any(line.startswith(" ") for line in lines)
    assert sum(1 for line in lines if line.startswith('{"student":')) == len(doc["students"])
    feedback = (exported / "feedback" / "adamsann.txt").read_text(encoding="utf-8")
    assert "-1 on double: the second cell is a classmate's" in feedback and "Grade: 5/6" in feedback
    late = (exported / "feedback" / "chencai.html").read_text(encoding="utf-8")
    assert "-1.2 late penalty: 20% (10% for each day or part of a day late: 2 days; at most 50%)" in late and "+1 on the total: regrade request" in late
    # On the page, the penalty and the override sit under the points they adjust; a PDF under why nothing was graded.
    assert "<li>Points from grading: 6/6<ul><li>-1.2 late penalty: 20%" in late
    lina = (exported / "feedback" / "lina.html").read_text(encoding="utf-8")
    # A file that could not be graded says why once, not once per exercise and check.
    for ext in ("txt", "html"):
        brown = (exported / "feedback" / f"brownbob.{ext}").read_text(encoding="utf-8")
        assert brown.count("not a readable notebook") == 1 and "value_hidden" not in brown, ext
        assert "double" in brown and "square_grad" in brown, ext  # both exercises, at 0
    assert "<li>Nothing you handed in could be graded:<ul><li>lina_1006_3007_hw1.pdf: not a .py or .ipynb file (.pdf)</li></ul></li>" in lina


def test_overrides_survive_a_regrade(config: Config, course: Course, download: Path, pool: WorkerPool, exported: Path, tmp_path: Path) -> None:
    code = grade.main(
        config, [download], assignment="hw1", roster=course.root / "roster.csv", regrade=True, out_dir=tmp_path / "again",
        pool=pool, out=io.StringIO(), err=io.StringIO(), interactive=False,
    )
    assert code == 1
    assert grades(tmp_path / "again")["adamsann"]["overrides"] == grades(exported)["adamsann"]["overrides"]
    assert grades(tmp_path / "again")["chencai"]["total"] == "5.8"


def test_nothing_a_student_receives_names_a_local_path(exported: Path, config: Config, download: Path) -> None:
    local = [str(download.parent), str(config.root), "/tmp/", "grader-intake-", "grader-run-"]
    received = [*(exported / "feedback").iterdir(), *(exported / "gradescope").rglob("results.json")]
    with zipfile.ZipFile(exported / "feedback_release.zip") as zf:
        texts = {p.name: p.read_text(encoding="utf-8") for p in received} | {n: zf.read(n).decode() for n in zf.namelist()}
    assert len(texts) > 20
    for name, text in texts.items():
        for path in local:
            assert path not in text, f"{name} contains {path}"
    # The student reads the name of the file they uploaded.
    assert "hw1.py (all checks)" in texts["zhangwei.txt"]


def test_release_names_files_for_the_canvas_upload(exported: Path) -> None:
    with zipfile.ZipFile(exported / "feedback_release.zip") as zf:
        names = sorted(zf.namelist())
    assert names == sorted(
        [
            "adamsann_1001_3002_feedback.html",
            "brownbob_1002_3003_feedback.html",
            "chencai_late_1003_3004_feedback.html",
            "davisdan_1004_3005_feedback.html",
            "evanseve_1005_3006_feedback.html",
            "garciagus_1007_3008_feedback.html",
            "lina_1006_3007_feedback.html",  # the PDF's name reaches her too
            "zhang_1020_3456_feedback.html",
        ]
    )
    said = (exported / "stdout.txt").read_text(encoding="utf-8")
    assert "8 feedback pages (8 named for Canvas)" in said and "not in it: 1 with nothing handed in" in said and "(wufang)" in said
    # Canvas reads the first two numbers of each name as the user and their file.
    for name in names:
        numbers = [p for p in name.split("_") if p.isdigit()]
        assert len(numbers) == 2


def test_summary_lists_every_student_linking_their_feedback(exported: Path) -> None:
    page = (exported / "summary.html").read_text(encoding="utf-8")
    table = page.split("<h2 id='students'>Students</h2>", 1)[1]
    links = re.findall(r"<a href='feedback/([^']+)\.html'>", table)
    assert sorted(links) == sorted(grades(exported))
    for name in links:
        assert (exported / "feedback" / f"{name}.html").is_file()
    assert "table class='sortable" in table and "nothing handed in" in table and "<th>late</th>" in table
    assert "late (penalized)</div>" in page and "nothing handed in</div>" in page and "nothing gradable</div>" in page
    assert "Each bar is all 9 students' outcome for one exercise, 3 of them not graded" in page
    assert "Homework 1" in page and "due 2025-03-07 23:59 -05:00" in page
    # The notes say what was adjusted by hand, and the platform's late flag agrees with chen's time.
    assert "-1 on double: the second cell is a classmate&#x27;s" in table and "marked it late" not in table


def test_checks_are_sorted_worst_first(exported: Path) -> None:
    page = (exported / "summary.html").read_text(encoding="utf-8")
    section = page.split("<h2 id='checks'>Checks</h2>", 1)[1].split("<h2", 1)[0]
    rates = [int(x) for x in re.findall(r"<td class='num'>(\d+)%</td>", section)]
    assert rates == sorted(rates) and len(rates) == 3


def test_override_command_line(course: Course, book: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "grader", "--config", str(course.root / "config.yaml"), "override", "-a", "hw1", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    made = cli("evanseve", "-2", "--reason", "late-night test")  # a negative number is points, not an option
    assert made.returncode == 0, made.stderr
    assert "evanseve -2 on the total: late-night test" in made.stdout and "grade 0 -> 0 of 6" in made.stdout
    number = re.search(r"override (\d+):", made.stdout).group(1)  # type: ignore[union-attr]
    listed = cli("--list", "evanseve")
    assert f"{number}  evanseve  -2 on the total: late-night test" in listed.stdout
    assert cli("--remove", number).returncode == 0
    assert "(removed " in cli("--list", "evanseve").stdout
    unknown = cli("evans", "+1", "--reason", "x")
    assert unknown.returncode == 2 and "did you mean evanseve" in unknown.stderr
    assert cli("evanseve", "+1").returncode == 2  # a reason is required
