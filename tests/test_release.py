"""The feedback release zip and what students receive: platform names, no local paths."""

from __future__ import annotations

from grader import scoring
from grader.export.data import ExportData, StudentRow
from grader.export.release import release_name
from grader.export.student_view import Scrubber, for_student
from grader.gradebook import Attempt, Unhanded
from grader.late import Lateness
from grader.results import CheckResult, ExerciseResult, SubmissionResult

NO_GRADE = scoring.Grade(exercises={}, graded=0, score=0, penalty=0, adjustment=0, total=0, max_score=1, lateness=Lateness("no_due_date", 0, 0, 0))


def attempt(file: str, *, platform: str | None = None, prefix: str | None = None) -> Attempt:
    return Attempt(
        id=1, student="s", file=file, sha256="h", fingerprint="f", submitted_at=None, graded_at=None, status="graded",
        score=1, max_score=1, current=True, run_id=1, lms_platform=platform, lms_prefix=prefix,
    )


def row(student: str, a: Attempt | None = None, unhanded: list[Unhanded] | None = None) -> StudentRow:
    return StudentRow(student=student, status="graded", reason="", grade=NO_GRADE, attempt=a, unhanded=unhanded or [])


def test_each_platform_gets_the_names_its_upload_reads() -> None:
    data = ExportData(course="C")
    canvas = row("zhang", attempt("dl.zip/zhang_1020_3456_hw1.py", platform="canvas", prefix="zhang_1020_3456_"))
    moodle = row("Ana Lima", attempt("dl/Ana Lima_4411_assignsubmission_file_/hw.ipynb", platform="moodle", prefix="Ana Lima_4411_assignsubmission_file_"))
    plain = row("alice", attempt("submissions/alice/hw.ipynb"))
    pdf = row("li", None, [Unhanded("li", "dl.zip/li_1006_3007_hw1.pdf", "skipped", "not a .py or .ipynb file (.pdf)")])
    assert release_name(canvas, data) == ("zhang_1020_3456_feedback.html", "canvas")
    assert release_name(moodle, data) == ("Ana Lima_4411_assignsubmission_file_feedback.html", "moodle")
    assert release_name(plain, data) == ("alice.html", "plain")
    assert release_name(pdf, data) == ("li_1006_3007_feedback.html", "canvas")
    assert release_name(row("wu"), data) is None  # nothing handed in: nothing to attach to


def test_a_student_copy_names_their_file_and_no_local_folder() -> None:
    check = CheckResult(name="c", status="failed", points=0, max_points=1, message="FileNotFoundError: /tmp/grader-run-x1y2/data.csv", hint="see /home/prof/course/notes.md")
    same = CheckResult(name="d", status="passed", points=1, max_points=1, message="ok")
    ex = ExerciseResult(id="e", title="E", status="failed", score=1, max_score=2, checks=[check, same])
    result = SubmissionResult(
        submission="/home/prof/dl.zip/zhang_1020_3456_hw1.py", mode="grade", status="graded", score=1, max_score=2,
        exercises=[ex], notes=["cell 2 raised OSError: /tmp/grader-intake-ab/zip-cd/zhang_1020_3456_hw1.py"], sandbox=["no namespaces"],
    )
    mine = for_student(result, file_name="hw1.py", scrub=Scrubber(["/home/prof/course", "/home/prof/dl.zip"]))
    assert mine.submission == "hw1.py" and mine.sandbox == []
    assert mine.exercises[0].checks[0].message == "FileNotFoundError: data.csv"
    assert mine.exercises[0].checks[0].hint == "see notes.md"
    assert mine.exercises[0].checks[1] is same  # nothing to cut: shared, not copied
    assert mine.notes == ["cell 2 raised OSError: zhang_1020_3456_hw1.py"]
    assert result.submission.startswith("/home/prof")  # the instructor's copy is left as it was
