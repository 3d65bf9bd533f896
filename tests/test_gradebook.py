"""The SQLite gradebook: one row per attempt, one current attempt per student, atomic writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from grader.errors import GradebookError
from grader.gradebook import Gradebook
from grader.results import CheckResult, ExerciseResult, SubmissionResult


def result(score: float, *, student: str = "alice", status: str = "graded") -> SubmissionResult:
    checks = [
        CheckResult(name="a", status="passed" if score >= 1 else "failed", points=min(score, 1.0), max_points=1.0, message="m"),
        CheckResult(name="b", status="passed" if score >= 2 else "failed", points=max(0.0, score - 1), max_points=1.0, message="m", visibility="hidden", hint="h"),
    ]
    ex = ExerciseResult(id="ex1", title="Ex 1", status="passed" if score >= 2 else "failed", score=score, max_score=2.0, checks=checks)
    return SubmissionResult(submission=f"{student}.ipynb", mode="grade", status=status, score=score, max_score=2.0, exercises=[ex], student=student)  # type: ignore[arg-type]


def save(book: Gradebook, r: SubmissionResult, *, sha: str, when: float = 0.0, fp: str = "fp1", run: int | None = None, counts: str = "newest") -> int:
    run = run if run is not None else book.start_run(fp)
    return book.save(
        r, student=r.student or "", file=r.submission, sha256=sha, submitted_at=when, fingerprint=fp, run_id=run, counts=counts  # type: ignore[arg-type]
    )


@pytest.fixture
def book(tmp_path: Path) -> Gradebook:
    with Gradebook(tmp_path / "grades" / "gradebook.sqlite") as b:
        yield b  # type: ignore[misc]


def test_wal_mode_and_schema(book: Gradebook) -> None:
    assert book.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in book.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"attempts", "checks", "exercises", "runs", "notices", "meta"} <= tables
    assert book.integrity() == "ok"


def test_one_row_per_attempt_and_per_check(book: Gradebook) -> None:
    attempt = save(book, result(1.5), sha="h1", when=100)
    row = book.db.execute("SELECT student, file, sha256, score, status, current, graded_at FROM attempts").fetchone()
    assert tuple(row)[:6] == ("alice", "alice.ipynb", "h1", 1.5, "graded", 1) and row["graded_at"]
    checks = book.db.execute('SELECT exercise, "check", outcome, points, max_points, visibility, hint FROM checks WHERE attempt_id = ? ORDER BY 2', (attempt,)).fetchall()
    assert [tuple(c) for c in checks] == [("ex1", "a", "passed", 1.0, 1.0, "public", None), ("ex1", "b", "failed", 0.5, 1.0, "hidden", "h")]
    # The full result comes back as it went in.
    assert book.result(attempt) == result(1.5)


def test_saving_the_same_attempt_again_replaces_it(book: Gradebook) -> None:
    first = save(book, result(1.0), sha="h1")
    again = save(book, result(2.0), sha="h1")
    assert first == again
    assert book.db.execute("SELECT COUNT(*), MAX(score) FROM attempts").fetchone()[:] == (1, 2.0)
    assert book.db.execute("SELECT COUNT(*) FROM checks").fetchone()[0] == 2


def test_graded_keys_are_per_fingerprint(book: Gradebook) -> None:
    save(book, result(1.0), sha="h1", fp="fp1")
    save(book, result(1.0, student="bob"), sha="h2", fp="fp2")
    assert book.graded_keys("fp1") == {("alice", "h1")}
    assert book.graded_keys("fp2") == {("bob", "h2")}


@pytest.mark.parametrize(("counts", "winner"), [("newest", "new"), ("oldest", "old"), ("best", "good")])
def test_current_attempt_follows_the_policy(book: Gradebook, counts: str, winner: str) -> None:
    ids = {
        "old": save(book, result(1.0), sha="old", when=100, counts=counts),
        "good": save(book, result(2.0), sha="good", when=200, counts=counts),
        "new": save(book, result(0.5), sha="new", when=300, counts=counts),
    }
    current = [a for a in book.attempts(student="alice") if a.current]
    assert [a.id for a in current] == [ids[winner]]


def test_one_current_attempt_per_student_is_enforced(book: Gradebook) -> None:
    save(book, result(1.0), sha="h1", when=1)
    save(book, result(1.0), sha="h2", when=2)
    with pytest.raises(sqlite3.IntegrityError):
        book.db.execute("UPDATE attempts SET current = 1")


def test_a_new_fingerprint_takes_over(book: Gradebook) -> None:
    save(book, result(2.0), sha="h1", fp="old")
    save(book, result(1.0), sha="h1", fp="new")
    rows = {a.fingerprint: a.current for a in book.attempts()}
    assert rows == {"old": False, "new": True}
    # Going back to the old exercise set (a rerun that finds everything graded) restores its attempt.
    book.choose_current(["alice"], "old", counts="newest")
    assert {a.fingerprint: a.current for a in book.attempts()} == {"old": True, "new": False}


def test_superseded_attempts_are_recorded_and_never_current(book: Gradebook) -> None:
    run = book.start_run("fp1")
    book.record_superseded(run, "fp1", [("alice", "alice_v1.ipynb", "h0", 50.0)])
    save(book, result(1.0), sha="h1", when=10, run=run)  # older file time, but the only graded one
    rows = {a.sha256: (a.status, a.current, a.score) for a in book.attempts()}
    assert rows == {"h0": ("superseded", False, None), "h1": ("graded", True, 1.0)}
    assert book.graded_keys("fp1") == {("alice", "h1")}
    # Recording it again does nothing; grading it later turns the row into a graded one.
    book.record_superseded(run, "fp1", [("alice", "alice_v1.ipynb", "h0", 50.0)])
    save(book, result(0.0), sha="h0", when=50, run=run)
    assert book.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 2
    assert {a.sha256: a.status for a in book.attempts()} == {"h0": "graded", "h1": "graded"}


def test_a_failed_write_leaves_nothing_behind(book: Gradebook, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = result(1.0)
    bad.exercises[0].checks.append(bad.exercises[0].checks[0])  # the same check twice still stores once
    save(book, bad, sha="h1")
    assert book.db.execute("SELECT COUNT(*) FROM checks").fetchone()[0] == 2

    broken = result(1.0, student="bob")
    # A failure after the rows are written (choosing the current attempt) must undo them.
    monkeypatch.setattr(Gradebook, "_choose_current", staticmethod(lambda *a: (_ for _ in ()).throw(RuntimeError("boom"))))
    with pytest.raises(RuntimeError):
        save(book, broken, sha="h2")
    # The attempt row and its checks were rolled back together.
    assert book.db.execute("SELECT COUNT(*) FROM attempts WHERE student = 'bob'").fetchone()[0] == 0
    assert book.db.execute("SELECT COUNT(*) FROM checks").fetchone()[0] == 2


def test_runs_and_notices(book: Gradebook) -> None:
    run = book.start_run("fp1", command="grader grade x", found=3)
    book.add_notices(run, [("x.zip/../a.ipynb", "refused", "outside")])
    save(book, result(1.0), sha="h1", run=run)
    book.finish_run(run, skipped=2)
    [row] = book.runs()
    assert (row["found"], row["skipped"], row["graded"]) == (3, 2, 1)
    assert row["first_result_at"] and row["finished_at"]
    assert book.notices() == [{"file": "x.zip/../a.ipynb", "kind": "refused", "message": "outside"}]


def test_current_results_are_read_back_by_student(book: Gradebook) -> None:
    save(book, result(1.0, student="bob"), sha="h2")
    save(book, result(2.0, student="alice"), sha="h1")
    assert [(r.student, r.score) for r in book.current_results()] == [("alice", 2.0), ("bob", 1.0)]


def test_not_a_gradebook(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(GradebookError, match="not a usable gradebook"):
        Gradebook(path)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    with Gradebook(path) as b:
        b.db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(GradebookError, match="newer grader"):
        Gradebook(path)


def test_reopening_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    with Gradebook(path) as b:
        save(b, result(1.0), sha="h1")
    with Gradebook(path) as b:
        assert [a.sha256 for a in b.attempts(current_only=True)] == ["h1"]
        assert b.integrity() == "ok"


def test_result_dicts_match_dataclasses_asdict() -> None:
    import dataclasses

    r = result(1.5)
    r.notes.append("n")
    r.versions["torch"] = "x"
    assert r.to_dict() == {"schema": "grader.submission/1", **dataclasses.asdict(r), "hidden_checks": r.hidden_checks}
    assert list(r.to_dict()) == ["schema", *[f.name for f in dataclasses.fields(r)], "hidden_checks"]


# -- schema 2: overrides, attributed notices, assignments ----------------------------

SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema', '1');
CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, first_result_at TEXT, finished_at TEXT, fingerprint TEXT NOT NULL,
    command TEXT NOT NULL DEFAULT '', found INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0, graded INTEGER NOT NULL DEFAULT 0);
CREATE TABLE attempts (id INTEGER PRIMARY KEY, student TEXT NOT NULL, file TEXT NOT NULL, sha256 TEXT NOT NULL, fingerprint TEXT NOT NULL,
    submitted_at TEXT, graded_at TEXT, status TEXT NOT NULL CHECK (status IN ('graded', 'error', 'superseded')), score REAL, max_score REAL,
    seconds REAL, current INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1)), run_id INTEGER REFERENCES runs(id), result TEXT,
    UNIQUE (student, sha256, fingerprint));
CREATE TABLE notices (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), file TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL);
INSERT INTO runs(id, started_at, fingerprint) VALUES (1, '2025-01-01T00:00:00+00:00', 'fp1');
INSERT INTO attempts(student, file, sha256, fingerprint, submitted_at, graded_at, status, score, max_score, current, run_id, result)
    VALUES ('alice', 'a.ipynb', 'h1', 'fp1', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00+00:00', 'graded', 2.0, 2.0, 1, 1, NULL);
INSERT INTO notices(run_id, file, kind, message) VALUES (1, 'x.pdf', 'skipped', 'not a .py or .ipynb file (.pdf)');
"""


def test_a_schema_1_gradebook_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(SCHEMA_1)
    db.close()
    with Gradebook(path) as b:
        assert b.db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0] == "2"
        [a] = b.attempts()
        assert (a.student, a.score, a.current, a.submitted_from, a.lms_platform) == ("alice", 2.0, True, None, None)
        assert b.notices() == [{"file": "x.pdf", "kind": "skipped", "message": "not a .py or .ipynb file (.pdf)"}]
        assert b.assignment() == ""  # graded before gradebooks said: the whole course
        b.add_override("alice", points=1.0, reason="typo in the prompt")
        assert b.integrity() == "ok"
    with Gradebook(path) as b:  # and it opens again as it is
        assert [o.points for o in b.overrides()] == [1.0]


def test_overrides_are_rows_of_their_own(book: Gradebook) -> None:
    save(book, result(1.0), sha="h1")
    first = book.add_override("alice", points=-0.5, exercise="ex1", reason="  copied  ")
    second = book.add_override("alice", due="2025-03-10T23:59:00+00:00", reason="extension")
    assert (first.kind, first.reason, second.kind) == ("points", "copied", "due")
    save(book, result(2.0), sha="h1")  # regraded: the overrides stay
    assert [o.id for o in book.overrides(student="alice")] == [first.id, second.id]
    assert book.remove_override(first.id) is not None and book.remove_override(first.id) is None
    assert [o.id for o in book.overrides()] == [second.id]
    assert [o.removed_at is not None for o in book.overrides(removed=True)] == [True, False]
    with pytest.raises(ValueError, match="reason"):
        book.add_override("alice", points=1.0, reason=" ")
    with pytest.raises(ValueError, match="either adds points or sets a due date"):
        book.add_override("alice", reason="x")


def test_files_not_graded_are_attributed_to_students(book: Gradebook) -> None:
    run = book.start_run("fp1")
    book.add_notices(run, [("dl/li_1_2_hw.pdf", "skipped", "not a .py or .ipynb file (.pdf)", "li"), ("README.txt", "skipped", "x", None)])
    later = book.start_run("fp1")
    book.add_notices(later, [("dl/li_1_3_hw.docx", "skipped", "not a .py or .ipynb file (.docx)", "li")])
    assert [(u.student, u.file) for u in book.unhanded()] == [("li", "dl/li_1_3_hw.docx")]  # as the latest run found them
    assert book.students() == {"li"}


def test_a_gradebook_belongs_to_one_assignment(tmp_path: Path) -> None:
    with Gradebook(tmp_path / "g.sqlite") as b:
        assert b.assignment() is None
        b.claim("hw1")
        b.claim("hw1")
        with pytest.raises(GradebookError, match="holds the grades of assignment 'hw1', not of assignment 'hw2'"):
            b.claim("hw2")
        with pytest.raises(GradebookError, match="not of the whole course"):
            b.claim(None)
