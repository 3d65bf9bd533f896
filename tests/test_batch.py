"""``grader grade`` on a class: folders, zips, the gradebook, reruns, interruptions."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import DOUBLE_SPEC, Course, write

from grader.commands import grade
from grader.config import Config
from grader.gradebook import Gradebook
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

RIGHT = "import torch\n\ndef double(x):\n    return x * 2\n"
WRONG = "import torch\n\ndef double(x):\n    return x * 3\n"
BROKEN = "def double(x) return x\n"
SLOW = "import time\ntime.sleep({seconds})\n" + RIGHT


def notebook(code: str) -> str:
    cell = {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": code}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    c = Course(tmp_path_factory.mktemp("batch") / "course")
    c.exercise("double", DOUBLE_SPEC, RIGHT)
    return c


@pytest.fixture(scope="module")
def config(course: Course) -> Config:
    return course.config


@pytest.fixture(scope="module")
def max_score(config: Config) -> float:
    return open_grader(config, mode="grade").max_score


class Run:
    def __init__(self, code: int, out: str, err: str, book: Path) -> None:
        self.code, self.out, self.err, self.book = code, out, err, book

    def rows(self) -> list[sqlite3.Row]:
        db = sqlite3.connect(self.book)
        db.row_factory = sqlite3.Row
        try:
            return db.execute("SELECT * FROM attempts ORDER BY student, id").fetchall()
        finally:
            db.close()

    def current(self) -> dict[str, tuple[str, float | None]]:
        return {r["student"]: (Path(r["file"]).name, r["score"]) for r in self.rows() if r["current"]}


def run_grade(config: Config, paths: list[Path], book: Path, pool: WorkerPool, **options: object) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = grade.main(config, paths, gradebook=book, pool=pool, out=out, err=err, interactive=False, **options)  # type: ignore[arg-type]
    return Run(int(code), out.getvalue(), err.getvalue(), book)


def test_folder_of_students(config: Config, pool: WorkerPool, tmp_path: Path, max_score: float) -> None:
    root = tmp_path / "submissions"
    write(root / "alice" / "hw.py", RIGHT)
    (root / "bob").mkdir(parents=True)
    (root / "bob" / "hw.ipynb").write_text(notebook(WRONG), encoding="utf-8")
    run = run_grade(config, [root], tmp_path / "gb.sqlite", pool)
    assert run.code == 0, run.err
    current = run.current()
    assert current["alice"] == ("hw.py", max_score)
    assert current["bob"][0] == "hw.ipynb" and 0 <= current["bob"][1] < max_score  # type: ignore[operator]
    assert "found 2 submissions from 2 students" in run.err
    assert "grading: 2/2 done, 0 errors" in run.err  # plain log lines: not a terminal
    assert "graded 2 submissions" in run.out and f"gradebook {tmp_path / 'gb.sqlite'}: 2 students" in run.out
    checks = sqlite3.connect(tmp_path / "gb.sqlite").execute('SELECT COUNT(*) FROM checks').fetchone()[0]
    assert checks == 2 * len(open_grader(config, mode="grade").exercises[0].checks)


def test_zip_with_a_bad_entry_grades_the_rest(config: Config, pool: WorkerPool, tmp_path: Path, max_score: float) -> None:
    archive = tmp_path / "hw1.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("alice_hw1.ipynb", notebook(RIGHT))
        zf.writestr("../../mallory_hw1.ipynb", notebook(RIGHT))
        zf.writestr("carol_hw1.ipynb", notebook(WRONG))
    run = run_grade(config, [archive], tmp_path / "gb.sqlite", pool)
    assert run.code == 0, run.err
    assert set(run.current()) == {"alice", "carol"}
    assert run.current()["alice"] == ("alice_hw1.ipynb", max_score)
    assert f"not graded: {archive}/../../mallory_hw1.ipynb: its name would place it outside the extraction folder" in run.err
    with Gradebook(tmp_path / "gb.sqlite") as book:
        assert [n["kind"] for n in book.notices()] == ["refused"]
        assert {a.file for a in book.attempts()} == {f"{archive}/alice_hw1.ipynb", f"{archive}/carol_hw1.ipynb"}


def test_rerun_skips_and_regrade_forces(config: Config, pool: WorkerPool, tmp_path: Path) -> None:
    root = tmp_path / "hw"
    write(root / "alice_hw.ipynb", notebook(RIGHT))
    write(root / "bob_hw.ipynb", notebook(WRONG))
    book = tmp_path / "gb.sqlite"
    first = run_grade(config, [root], book, pool)
    before = {r["student"]: (r["id"], r["graded_at"], r["run_id"]) for r in first.rows()}

    again = run_grade(config, [root], book, pool)
    assert again.code == 0
    assert "2 already graded (same file, same exercises): skipped" in again.err
    assert "nothing to grade" in again.out
    assert {r["student"]: (r["id"], r["graded_at"], r["run_id"]) for r in again.rows()} == before

    # A changed file is a new attempt; the unchanged one stays skipped.
    write(root / "bob_hw.ipynb", notebook(RIGHT))
    changed = run_grade(config, [root], book, pool)
    assert "1 already graded" in changed.err and "graded 1 submission " in changed.out
    assert [r["student"] for r in changed.rows()] == ["alice", "bob", "bob"]

    regraded = run_grade(config, [root], book, pool, regrade=True)
    assert "graded 2 submissions" in regraded.out
    rows = regraded.rows()
    assert len(rows) == 3  # regrading replaces rows, it never adds any
    assert {r["run_id"] for r in rows if r["current"]} == {4}
    assert sum(r["current"] for r in rows) == 2


def test_newest_submission_counts_and_older_ones_are_kept(config: Config, pool: WorkerPool, tmp_path: Path, max_score: float) -> None:
    root = tmp_path / "hw"
    old = write(root / "alice_v1.ipynb", notebook(WRONG))
    new = write(root / "alice_v2.ipynb", notebook(RIGHT))
    os.utime(old, (1_000_000, 1_000_000))
    os.utime(new, (2_000_000, 2_000_000))
    run = run_grade(config, [root], tmp_path / "gb.sqlite", pool)
    assert "found 2 submissions from 1 student (1 superseded, kept on record: one per student counts)" in run.err
    assert run.current() == {"alice": ("alice_v2.ipynb", max_score)}
    assert [(Path(r["file"]).name, r["status"]) for r in run.rows()] == [("alice_v1.ipynb", "superseded"), ("alice_v2.ipynb", "graded")]


def test_unreadable_submission_is_an_error_result(config: Config, pool: WorkerPool, tmp_path: Path) -> None:
    root = tmp_path / "hw"
    write(root / "alice_hw.ipynb", "{ not json")
    write(root / "bob_hw.ipynb", notebook(BROKEN))
    run = run_grade(config, [root], tmp_path / "gb.sqlite", pool)
    assert run.code == 1
    statuses = {r["student"]: (r["status"], r["score"]) for r in run.rows()}
    assert statuses["alice"] == ("error", 0.0)
    assert statuses["bob"][0] == "graded" and statuses["bob"][1] == 0.0  # a syntax error is the student's, not the grader's
    assert "1 error," in run.out and "alice: " in run.out and "is not a readable notebook" in run.out


def test_usage_errors(config: Config, pool: WorkerPool, tmp_path: Path) -> None:
    assert run_grade(config, [tmp_path / "nope"], tmp_path / "gb.sqlite", pool).code == 2
    (tmp_path / "empty").mkdir()
    run = run_grade(config, [tmp_path / "empty"], tmp_path / "gb.sqlite", pool)
    assert run.code == 2 and "no .py or .ipynb submissions found" in run.err


def test_out_exports_everything(config: Config, pool: WorkerPool, tmp_path: Path) -> None:
    write(tmp_path / "hw" / "alice_hw.ipynb", notebook(RIGHT))
    run = run_grade(config, [tmp_path / "hw"], tmp_path / "gb.sqlite", pool, out_dir=tmp_path / "out")
    assert run.code == 0
    for name in ("grades.csv", "gradebook.json", "results/alice.json", "feedback/alice.txt", "feedback/alice.html", "gradescope/alice/results.json", "summary.html"):
        assert (tmp_path / "out" / name).is_file(), name
    assert f"in {tmp_path / 'out'}/ (1 student)" in run.out


# -- interrupted runs (real processes) -------------------------------------------------


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _start_grading(course: Course, folder: Path, book: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "grader", "--config", str(course.root / "config.yaml"), "grade", str(folder), "-j", "2", "--gradebook", str(book)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_graded(book: Path, proc: subprocess.Popen[str], at_least: int, timeout: float = 120) -> int:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, proc.communicate()
        if book.exists():
            try:
                db = sqlite3.connect(book, timeout=5)
                n = db.execute("SELECT COUNT(*) FROM attempts WHERE status != 'superseded'").fetchone()[0]
                db.close()
            except sqlite3.OperationalError:  # the schema is still being created
                n = 0
            if n >= at_least:
                return int(n)
        time.sleep(0.05)
    raise AssertionError("the grader did not save results in time")


def _pause_workers(pids: list[int]) -> None:
    """Freeze the batch's workers: no result arrives after this, however slow the machine.

    Without it, a batch delayed on its way to the interrupt could finish first.
    The grader still stops them when it is interrupted (a kill reaches a stopped process).
    """
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGSTOP)
        except (ProcessLookupError, PermissionError):
            pass


def _stop_workers(pids: list[int]) -> None:
    # Workers lead their own process groups; they are this test's (grand)children.
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


@pytest.fixture(scope="module")
def slow_class(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("slow") / "hw"
    # 8 x 2 s on 2 workers: the tests interrupt the batch after its first results,
    # and it must still be running then, even on a loaded machine.
    for i in range(8):
        write(folder / f"s{i}_hw.ipynb", notebook(SLOW.format(seconds=2.0) + f"# {i}\n"))
    return folder


def _check_finishes(config: Config, folder: Path, book: Path, pool: WorkerPool, graded_before: dict[str, tuple]) -> None:
    with Gradebook(book) as b:
        assert b.integrity() == "ok"
    rerun = run_grade(config, [folder], book, pool)
    assert rerun.code == 0, rerun.err
    assert f"{len(graded_before)} already graded" in rerun.err
    rows = rerun.rows()
    students = [r["student"] for r in rows]
    assert sorted(students) == [f"s{i}" for i in range(8)]  # one row each: nothing lost, nothing twice
    assert all(r["current"] == 1 and r["status"] == "graded" for r in rows)
    # What the stopped run graded was kept as it was.
    assert {r["student"]: (r["id"], r["graded_at"], r["run_id"]) for r in rows if r["student"] in graded_before} == graded_before


def _graded(book: Path) -> dict[str, tuple]:
    db = sqlite3.connect(book)
    try:
        return {r[0]: (r[1], r[2], r[3]) for r in db.execute("SELECT student, id, graded_at, run_id FROM attempts WHERE status != 'superseded'")}
    finally:
        db.close()


def test_kill_9_mid_batch_loses_nothing_and_the_next_run_finishes(course: Course, config: Config, slow_class: Path, pool: WorkerPool, tmp_path: Path) -> None:
    book = tmp_path / "gb.sqlite"
    proc = _start_grading(course, slow_class, book)
    workers: list[int] = []
    try:
        _wait_for_graded(book, proc, at_least=2)
        workers = _children(proc.pid)
        _pause_workers(workers)
        proc.kill()  # SIGKILL: no cleanup of any kind
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
        _stop_workers(workers)
    before = _graded(book)
    assert 2 <= len(before) < 8
    _check_finishes(config, slow_class, book, pool, before)


def test_ctrl_c_mid_batch_says_how_to_finish(course: Course, config: Config, slow_class: Path, pool: WorkerPool, tmp_path: Path) -> None:
    book = tmp_path / "gb.sqlite"
    proc = _start_grading(course, slow_class, book)
    workers: list[int] = []
    try:
        _wait_for_graded(book, proc, at_least=1)
        workers = _children(proc.pid)
        _pause_workers(workers)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
        _stop_workers(workers)
    assert proc.returncode == 130
    assert "interrupted: " in err and "run the same command again to grade the rest" in err
    before = _graded(book)
    assert 1 <= len(before) < 8
    _check_finishes(config, slow_class, book, pool, before)
