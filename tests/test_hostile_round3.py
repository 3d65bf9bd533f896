"""Hostile review, round 3: notebooks, the whole batch, and what an instructor exports.

The submissions of tests/hostile/round3/ (each says what it tries and the
fair verdict) are graded IN ONE BATCH against the corpus's small course (9
points: square_sum 5, triple 2, mean_item 2), with a correct submission
before, between and after them, as tests/test_corpus.py grades its corpus:
the batch must finish, no attack may earn what a fair instructor would not
give, the correct submissions keep full marks, and nothing of a sandbox uid
outlives the batch. Then `grader grade --out` runs end to end on hostile
file names and messages, and every export is read back: escaped HTML, no
formula in a CSV cell, every file inside the output folder.

The intake attacks (a student's zip that hands in for another student or
dates itself before the deadline) need no sandbox: they are read by
`intake.collect` directly.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import run_grader
from test_corpus import CORPUS, _left_behind, _sandbox_uids

from grader import lms
from grader.batch import Item, grade_items
from grader.config import DEFAULT_STUDENT_PATTERNS, Config, Intake, load_config
from grader.grading import MAX_CELL_NOTES, open_grader
from grader.intake import collect
from grader.results import SubmissionResult
from grader.sandbox import uids
from grader.sandbox.worker import WorkerPool
from grader.submission import MAX_NOTES, read_source

ROUND3 = Path(__file__).resolve().parent / "hostile" / "round3"
GOOD = CORPUS / "submissions" / "good.py"
GOOD_NOTEBOOK = CORPUS / "submissions" / "good.ipynb"

EXPECTED: dict[str, tuple[float, dict[str, str]]] = {
    "thread_outlives_tasks.py": (9, {}),
    "atexit_hang.py": (9, {}),
    "recursive_values.py": (5, {"triple": "failed", "mean_item": "failed"}),
    "exception_tricks.py": (5, {"triple": "failed", "mean_item": "failed"}),
    # A 100,000-long chain of causes is described from its last exception alone (traceback's own formatting
    # walks the chain first, for minutes): triple fails with its error's words, not at its time limit.
    "exception_chains.py": (5, {"triple": "failed", "mean_item": "failed"}),
    "notebook_forged_cells.ipynb": (5, {"triple": "failed", "mean_item": "failed"}),
    "notebook_magic_tricks.ipynb": (5, {"triple": "error", "mean_item": "error"}),
    "ipython_notes_flood.ipynb": (9, {}),
    "cell_errors_flood.ipynb": (9, {}),
    "odd_cells.ipynb": (9, {}),
}
"""The fair score of each attack, and the exercises it must not pass (the others pass)."""


def _flood(path: Path) -> None:
    """A correct notebook with a cell of 150,000 shell lines: 600 kB, under the course's 1 MB cap."""
    nb = json.loads(GOOD_NOTEBOOK.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "code", "execution_count": None, "id": "flood", "metadata": {}, "outputs": [], "source": "\n".join(["!x"] * 150_000)})
    path.write_text(json.dumps(nb), encoding="utf-8")


def _cell_errors(path: Path) -> None:
    """A correct notebook, then 190 cells raising different 100,000-character messages (cut to 10,000 on the wire)."""
    nb = json.loads(GOOD_NOTEBOOK.read_text(encoding="utf-8"))
    for i in range(190):
        nb["cells"].append({"cell_type": "code", "execution_count": None, "id": f"e{i}", "metadata": {}, "outputs": [], "source": f"raise ValueError('{i}' + 'E' * 100_000)"})
    path.write_text(json.dumps(nb), encoding="utf-8")


def _odd_cells(path: Path) -> None:
    """A correct notebook, then a cell with a NUL, one raising a lone surrogate, one failing with a 4,200-digit execution count."""
    nb = json.loads(GOOD_NOTEBOOK.read_text(encoding="utf-8"))
    odd = [("x = 1\u0000\n", None), ("raise ValueError('\ud800')\n", 3), ("raise ValueError('counted')\n", 10**4200)]
    for i, (source, count) in enumerate(odd):
        nb["cells"].append({"cell_type": "code", "execution_count": count, "id": f"o{i}", "metadata": {}, "outputs": [], "source": source})
    path.write_text(json.dumps(nb), encoding="utf-8")


GENERATED = {"ipython_notes_flood.ipynb": _flood, "cell_errors_flood.ipynb": _cell_errors, "odd_cells.ipynb": _odd_cells}
"""Attacks the test writes: too large to keep in the repository."""


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Config:
    root = tmp_path_factory.mktemp("round3") / "course"
    shutil.copytree(CORPUS / "course", root)
    config = load_config(root / "config.yaml")
    return dataclasses.replace(config, cache_dir=tmp_path_factory.mktemp("round3-cache"))


@pytest.fixture(scope="module")
def batch(course: Config, pool: WorkerPool, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("round3-submissions")
    attacks = []
    for name in sorted(EXPECTED):
        path = folder / name
        if name in GENERATED:
            GENERATED[name](path)
        else:
            shutil.copy(ROUND3 / name, path)
        attacks.append(path)
    middle = len(attacks) // 2
    order = [("correct-start", GOOD)] + [(p.name, p) for p in attacks[:middle]]
    order += [("correct-middle", GOOD_NOTEBOOK)] + [(p.name, p) for p in attacks[middle:]] + [("correct-end", GOOD)]
    grader = open_grader(course, mode="grade")
    left_before = _left_behind(_sandbox_uids(course, pool))
    results = dict(grade_items([Item(key=k, path=p, grader=grader) for k, p in order], pool=pool))
    yield {"results": results, "left_before": left_before}


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted(ROUND3.iterdir()):
        if path.suffix == ".py":
            assert "Fair verdict" in path.read_text(encoding="utf-8").split('"""')[1], path.name
    assert {p.name for p in ROUND3.iterdir()} >= set(EXPECTED) - set(GENERATED)
    assert "Fair verdict" in (ROUND3 / "README.md").read_text(encoding="utf-8")


def test_the_batch_finishes_and_correct_submissions_keep_full_marks(batch: dict[str, Any]) -> None:
    results: dict[str, SubmissionResult] = batch["results"]
    assert set(results) == {"correct-start", "correct-middle", "correct-end", *EXPECTED}
    for key in ("correct-start", "correct-middle", "correct-end"):
        r = results[key]
        assert r.status == "graded" and r.score == r.max_score == 9, (key, r.message, r.notes)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_attack_earns_more_than_its_fair_score(batch: dict[str, Any], name: str) -> None:
    r: SubmissionResult = batch["results"][name]
    score, failing = EXPECTED[name]
    assert r.status == "graded", (r.status, r.message)
    assert r.score == score, (r.score, [(e.id, e.status, e.message) for e in r.exercises])
    for ex in r.exercises:
        assert ex.status == failing.get(ex.id, "passed"), (ex.id, ex.status, ex.message)


def test_feedback_stays_small_whatever_the_submission_holds(batch: dict[str, Any]) -> None:
    for name, r in batch["results"].items():
        text = json.dumps(r.to_dict())
        assert len(text) < 50_000, (name, len(text))
    flood = batch["results"]["ipython_notes_flood.ipynb"]
    assert len(flood.notes) <= MAX_NOTES + 2 and any("more IPython lines skipped" in n for n in flood.notes)
    odd = batch["results"]["odd_cells.ipynb"]
    assert any("counted" in n for n in odd.notes), odd.notes  # its cell named by position, not by its count
    errors = batch["results"]["cell_errors_flood.ipynb"]
    assert len(errors.notes) <= MAX_CELL_NOTES + 2 and errors.notes[MAX_CELL_NOTES].endswith("and 175 more"), errors.notes[-3:]


def test_forged_cells_outputs_and_metadata_count_for_nothing(batch: dict[str, Any]) -> None:
    r = batch["results"]["notebook_forged_cells.ipynb"]
    # The raw and markdown cells hold correct code; only code cells run.
    assert r.exercise("triple").status == "failed" and r.exercise("mean_item").status == "failed"


def test_nothing_an_attack_starts_outlives_the_batch(batch: dict[str, Any], course: Config, pool: WorkerPool) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root: sandbox uids")
    used = [uids.block(course.sandbox_uid, slot) for slot in pool.slots]
    assert not [p for block in used for p in uids.processes(block)], "a process of a sandbox uid is still running"
    segments_before, files_before = batch["left_before"]
    segments, files = _left_behind(_sandbox_uids(course, pool))
    assert not set(segments) - set(segments_before)
    assert not sorted(set(files) - set(files_before))


# -- the notes of a notebook ---------------------------------------------------------


def test_a_notebook_of_shell_lines_makes_a_bounded_list_of_notes(tmp_path: Path) -> None:
    path = tmp_path / "flood.ipynb"
    _flood(path)
    source = read_source(path)
    assert len(source.notes) == MAX_NOTES + 1
    # the starter notebook's own `%matplotlib inline` is one more
    assert source.notes[-1] == f"and {150_001 - MAX_NOTES} more IPython lines skipped or changed"
    long_line = tmp_path / "long.ipynb"
    nb = json.loads(GOOD_NOTEBOOK.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "code", "execution_count": None, "id": "l", "metadata": {}, "outputs": [], "source": "!" + "x" * 500_000})
    long_line.write_text(json.dumps(nb), encoding="utf-8")
    assert max(len(n) for n in read_source(long_line).notes) < 300


# -- intake: a student's own archive -----------------------------------------------


def _zip(entries: dict[str, tuple[bytes | str, tuple[int, int, int, int, int, int]]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, (data, when) in entries.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=when), data)
    return buffer.getvalue()


NB = GOOD_NOTEBOOK.read_text(encoding="utf-8")


def _canvas_download(tmp_path: Path) -> Path:
    """A Canvas bulk download: bob's notebook, and mallory's zip naming an entry as bob's, dated after bob's."""
    mallory = _zip(
        {
            "bob_2000_3000_hw.ipynb": (NB + " ", (2030, 1, 1, 0, 0, 0)),
            "hw_mallory_attempt_2020-01-01-00-00-00.ipynb": (NB + "  ", (2019, 1, 1, 0, 0, 0)),
            "Bob_2000_assignsubmission_file_notes.pdf": (b"%PDF", (2030, 1, 1, 0, 0, 0)),
        }
    )
    path = tmp_path / "submissions.zip"
    path.write_bytes(
        _zip(
            {
                "bob_2000_3000_hw.ipynb": (NB, (2026, 11, 1, 0, 0, 0)),
                "mallory_1020_3456_hw.zip": (mallory, (2026, 11, 20, 0, 0, 0)),
            }
        )
    )
    return path


def test_a_students_zip_cannot_hand_in_for_another_student(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    batch = collect([_canvas_download(tmp_path)], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS), work)
    counted = {s.student: s for s in batch.counted}
    assert set(counted) == {"bob", "mallory"}
    assert counted["bob"].shown.endswith("submissions.zip/bob_2000_3000_hw.ipynb")  # his own, not mallory's
    assert all(s.student == "mallory" for s in batch.superseded)
    assert all(n.student == "mallory" for n in batch.notices)  # the PDF named for Bob is hers
    # Everything in her zip carries the time Canvas's download gave her zip, and her Canvas id.
    when = dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc).timestamp()
    for s in [counted["mallory"], *batch.superseded]:
        assert s.submitted_at == when and s.submitted_from == "archive"
        assert s.lms is not None and (s.lms.user, s.lms.prefix) == ("1020", "mallory_1020_3456_")


def test_an_archive_no_pattern_names_is_still_a_folder(tmp_path: Path) -> None:
    # A TA's zip of platform-named files: its entries keep their own names and times.
    section = _zip({"zhang_1020_3456_hw.ipynb": (NB, (2026, 11, 2, 0, 0, 0)), "li_1021_3457_hw.ipynb": (NB, (2026, 11, 3, 0, 0, 0))})
    path = tmp_path / "all.zip"
    path.write_bytes(_zip({"section1.zip": (section, (2026, 11, 20, 0, 0, 0))}))
    work = tmp_path / "work"
    work.mkdir()
    batch = collect([path], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS), work)
    times = {s.student: dt.datetime.fromtimestamp(s.submitted_at, dt.timezone.utc).day for s in batch.counted}
    assert times == {"zhang": 2, "li": 3}


def test_a_folder_a_student_makes_in_their_moodle_folder_names_no_one_else(tmp_path: Path) -> None:
    inner = tmp_path / "dl" / "Mallory Y_4411_assignsubmission_file_" / "submissions" / "bob" / "hw.ipynb"
    inner.parent.mkdir(parents=True)
    inner.write_text(NB, encoding="utf-8")
    batch = collect([tmp_path / "dl"], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS), tmp_path)
    assert [(s.student, s.lms.user if s.lms else None) for s in batch.counted] == [("Mallory Y", "4411")]
    named = lms.recognize("dl/Mallory Y_4411_assignsubmission_file_/Bob Z_5522_assignsubmission_file_/hw.py")
    assert named is not None and named.user == "4411"


def test_a_blackboard_name_carries_blackboards_time_not_the_students() -> None:
    named = lms.recognize("Homework 1_jsmith_attempt_2026-11-30-23-59-12_hw_bob_attempt_2020-01-01-00-00-00.py")
    assert named is not None and named.user == "jsmith" and named.time == dt.datetime(2026, 11, 30, 23, 59, 12)


# -- exports of a batch with hostile names and messages ---------------------------------

HOSTILE_NAMES = ['=HYPERLINK("evil.example")', "+cmd", "@SUM(1+1)", "-2+3", "<img src=x onerror=alert(1)>", "bob", "BOB", "b\u043eb", "con", "NUL.backup"]


def test_exports_of_hostile_names_and_messages_are_safe(tmp_path: Path) -> None:
    course = tmp_path / "course"
    shutil.copytree(CORPUS / "course", course)
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in HOSTILE_NAMES:
        shutil.copy(GOOD, subs / f"{name}.py")
    shutil.copy(ROUND3 / "exception_tricks.py", subs / "exception_tricks.py")
    out = tmp_path / "out"
    run_grader(course, "grade", str(subs), "--out", str(out), "-j", "1", cwd=tmp_path)
    # Every file written stays inside the output folder.
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()), path
        assert path.name.split(".")[0].upper() not in ("CON", "NUL"), path
    # HTML: no markup a student chose reaches a page unescaped.
    for page in [*out.rglob("*.html")]:
        text = page.read_text(encoding="utf-8")
        assert "<img src=x" not in text and "<script>alert" not in text, page
    with zipfile.ZipFile(out / "feedback_release.zip") as zf:
        names = zf.namelist()
        assert all("/" not in n and "\\" not in n and not n.startswith(".") for n in names), names
        assert len(set(n.lower() for n in names)) == len(names) == len(HOSTILE_NAMES) + 1
        windows = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
        assert not [n for n in names if n.split(".")[0].upper() in windows], names
        for n in names:
            text = zf.read(n).decode("utf-8")
            assert "<img src=x" not in text and "<script>alert" not in text, n
    # CSV: no cell a spreadsheet would read as a formula.
    rows = list(csv.reader((out / "grades.csv").read_text(encoding="utf-8").splitlines()))
    assert len(rows) == len(HOSTILE_NAMES) + 2
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "@", "\t", "\r") and not (cell[:1] == "-" and not _number(cell)), (row, cell)
    scores = {row[0]: row[rows[0].index("total")] for row in rows[1:]}
    assert scores.pop("exception_tricks") == "5" and set(scores.values()) == {"9"}


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


# -- old notebook formats ----------------------------------------------------------


@pytest.mark.parametrize(("kind", "words"), [("code", "has 30000 code cells, more than the 2000 allowed"), ("markdown", "has 30000 cells, more than the 20000 allowed")])
def test_an_old_format_notebook_is_counted_before_it_is_converted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, words: str) -> None:
    # Converting costs the grader's own process per cell: 200,000 cells took 48 s before any count.
    import nbformat

    from grader.config import Limits
    from grader.errors import SubmissionError

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("converted before counting")

    monkeypatch.setattr(nbformat, "reads", never)
    cells = [{"cell_type": kind, "input": "x", "metadata": {}} for _ in range(30_000)]
    path = tmp_path / "v3.ipynb"
    path.write_text(json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [{"cells": cells, "metadata": {}}]}), encoding="utf-8")
    with pytest.raises(SubmissionError, match=words):
        read_source(path, Limits(max_cells=2000, submission_mb=20))


# -- Gradescope: a link in the upload -----------------------------------------------


def test_an_uploaded_link_to_the_course_is_never_read(tmp_path: Path) -> None:
    # On Gradescope the grader reads the upload as root, and a GitHub upload keeps symbolic
    # links: hw.py -> the course's secret was graded, and its syntax error quoted the secret.
    course = tmp_path / "course"
    shutil.copytree(CORPUS / "course", course)
    secret = course / ".grader_secret"
    secret.write_text("9f86d081884c7d659a2feaa0c55ad015\n", encoding="utf-8")
    secret.chmod(0o600)
    upload = tmp_path / "submission"
    (upload / "inner").mkdir(parents=True)
    (upload / "hw.py").symlink_to(secret)
    (upload / "linked").symlink_to(course, target_is_directory=True)
    (upload / "inner" / "notes.ipynb").symlink_to(course / "config.yaml")
    results = tmp_path / "results.json"
    run_grader(course, "autograde", str(upload), "--results", str(results), cwd=tmp_path)
    text = results.read_text(encoding="utf-8")
    assert "9f86d0818" not in text and "hidden_seed" not in text and "424242" not in text
    assert json.loads(text)["score"] == 0


def test_a_platform_name_inside_another_students_folder_gives_no_platform_id(tmp_path: Path) -> None:
    # A plain layout (a folder per student, files named by them) with a Canvas roster:
    # mallory names her notebook as Canvas would name bob's, and her PDF as Moodle would name Bob's.
    from grader import roster
    from grader.export.release import release_name

    folder = tmp_path / "submissions" / "mallory"
    folder.mkdir(parents=True)
    (folder / "bob_2000_3000_hw.ipynb").write_text(NB, encoding="utf-8")
    carol = tmp_path / "submissions" / "carol"
    carol.mkdir()
    (carol / "Bob_5522_assignsubmission_file_x.pdf").write_bytes(b"%PDF")
    batch = collect([tmp_path / "submissions"], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS), tmp_path)
    entries = [roster.RosterEntry(student="bob", lms_id="2000"), roster.RosterEntry(student="Bob", lms_id="5522")]
    applied = roster.apply(batch, entries, counts="newest")
    assert [(s.student, s.lms) for s in applied.counted] == [("mallory", None)]
    assert [n.student for n in applied.notices] == ["carol"]
    # Carol's feedback page goes under her own name, not Bob's Moodle name.
    unhanded = [SimpleNamespace(file=n.where) for n in applied.notices]
    row = SimpleNamespace(student="carol", attempt=None, unhanded=unhanded, roster=None)
    data = SimpleNamespace(file_name=lambda student: student)
    assert release_name(row, data) == ("carol.html", "plain")  # type: ignore[arg-type]


# -- files that are not files ---------------------------------------------------------


def test_a_pipe_named_like_a_submission_never_blocks_the_grader(tmp_path: Path) -> None:
    # A student with write access to their folder (a shared server) makes hw.py a FIFO:
    # reading it blocked the grader's process for ever, before any sandbox.
    from grader.errors import SubmissionError
    from grader.intake import iter_submission_files

    folder = tmp_path / "submissions" / "mallory"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "hw.py")
    (tmp_path / "submissions" / "bob").mkdir()
    shutil.copy(GOOD, tmp_path / "submissions" / "bob" / "hw.py")
    batch = collect([tmp_path / "submissions"], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS), tmp_path)
    assert [s.student for s in batch.counted] == ["bob"]
    assert [(n.student, n.message) for n in batch.notices] == [("mallory", "not a regular file (a pipe or a device)")]
    assert list(iter_submission_files(folder)) == []
    named = collect([folder / "hw.py"], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS), tmp_path)  # named on the command line
    assert [s.size for s in named.counted] == [0]
    with pytest.raises(SubmissionError, match="not a regular file"):
        read_source(folder / "hw.py")


def test_counts_best_grades_a_bounded_number_of_one_students_files(tmp_path: Path) -> None:
    # One student's zip of many files is one student now, and under counts: best each was graded.
    from grader.intake import MAX_BEST_ATTEMPTS

    many = _zip({f"v{i:03d}.ipynb": (NB + " " * i, (2026, 11, 2, 0, 0, 0)) for i in range(MAX_BEST_ATTEMPTS + 10)})
    path = tmp_path / "submissions.zip"
    path.write_bytes(_zip({"mallory_1020_3456_hw.zip": (many, (2026, 11, 20, 0, 0, 0))}))
    work = tmp_path / "work"
    work.mkdir()
    batch = collect([path], Intake(student_patterns=DEFAULT_STUDENT_PATTERNS, counts="best"), work)
    assert {s.student for s in batch.counted} == {"mallory"} and len(batch.counted) == MAX_BEST_ATTEMPTS
    assert len(batch.superseded) == 10 and all(s.shown.endswith(("v000.ipynb", "v009.ipynb")) or "/v00" in s.shown for s in batch.superseded)
