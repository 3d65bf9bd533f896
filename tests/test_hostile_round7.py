"""Hostile review, round 7: free checks beside a fact, counts inflated, and a course platform's download.

``tests/hostile/round7/pack/`` holds submissions against the course's own pack
(each says what it tries and the fair verdict); the intake attacks are zips
built here, since a student hands them in as a platform's download holds them.
"""

from __future__ import annotations

import tempfile
import zipfile
from contextlib import nullcontext
from pathlib import Path

import pytest
from conftest import grade_exercise

from grader.checks import beside_work
from grader.config import Config, Intake
from grader.intake import collect
from grader.results import CheckResult
from grader.sandbox.worker import WorkerPool

ROUND7 = Path(__file__).resolve().parent / "hostile" / "round7"
PACK = ROUND7 / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    "sum_for_a_linear_function.py": ("linear_partials", 1, {"y_grad_fn"}),
    "counts_without_steps.py": ("manual_sgd_step", 2, {"step_count", "backward_per_step"}),
    "typed_in_value_beside_free_checks.py": ("linear_partials", 0, set()),
    "hvp_formula_with_a_spare_pass.py": (
        "hessian_vector_product",
        11,
        {"gradient", "gradient_on_graph", "hvp", "gradient_hidden", "hvp_hidden", "inputs_unchanged", "v_unchanged"},
    ),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

NOT_STOPPED = {
    "hvp_formula_with_a_spare_pass.py": "autograd_runs counts every pass of the call, at least the reference's: a pass "
    "thrown away stands for the one that should have made hv (the wire says nothing of where a returned tensor came from)",
}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""

HELD_FOR_REVIEW = {"typed_in_value_beside_free_checks.py"}
"""Pack files whose exercise waits for a person (checks.held_for_review)."""


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, passing = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert {c.name for c in ex.checks if c.status == "passed"} == passing, [(c.name, c.status, c.message) for c in ex.checks]
    assert ex.score == score
    assert bool(ex.review) == (name in HELD_FOR_REVIEW), ex.review


def _result(name: str, status: str, points: float) -> CheckResult:
    return CheckResult(name=name, status=status, points=points if status == "passed" else 0.0, max_points=points, message="", visibility="public")


def test_free_checks_count_beside_a_value_not_beside_a_fact() -> None:
    """The rule itself: with checks of values in the exercise, only those are work; without any, any check is."""
    from types import SimpleNamespace

    checks = tuple(SimpleNamespace(name=n, target=SimpleNamespace(text=n)) for n in ("value", "grad_fn", "free"))
    results = [_result("value", "failed", 2), _result("grad_fn", "passed", 1), _result("free", "passed", 2)]
    free = frozenset({"free"})
    out = beside_work(checks, results, free, frozenset({"value"}))  # type: ignore[arg-type]
    assert [r.points for r in out] == [0, 1, 0]
    # The value passed: the free check counts.
    results[0] = _result("value", "passed", 2)
    assert [r.points for r in beside_work(checks, results, free, frozenset({"value"}))] == [2, 1, 2]  # type: ignore[arg-type]
    # An exercise of facts only (no check of a value): a fact is work, as before.
    results[0] = _result("value", "failed", 2)
    assert [r.points for r in beside_work(checks, results, free, frozenset())] == [0, 1, 2]  # type: ignore[arg-type]


def _zip(path: Path, entries: list[tuple[str, str]]) -> Path:
    with pytest.warns(UserWarning) if len({n for n, _ in entries}) < len(entries) else nullcontext(), zipfile.ZipFile(path, "w") as z:
        for name, text in entries:
            z.writestr(name, text)
    return path


def test_a_file_and_a_folder_of_one_name_in_a_students_zip_cost_that_entry_only(tmp_path: Path) -> None:
    """A student's zip holding ``hw.py`` and then ``hw.py/other.py``: making the second's folder raised
    FileExistsError out of the intake, and ``grader grade`` on the whole Canvas download stopped before anyone was
    graded. Now the second entry is refused, and the rest of the download is read."""
    own = _zip(tmp_path / "mallory_1111_2222_hw.zip", [("hw.py", "x = 1\n"), ("hw.py/other.py", "y = 2\n")])
    download = tmp_path / "download.zip"
    with zipfile.ZipFile(download, "w") as z:
        z.write(own, own.name)
        z.writestr("alice_3333_4444_hw.py", "z = 3\n")
    batch = collect([download], Intake(), Path(tempfile.mkdtemp(dir=tmp_path)))
    assert sorted((s.student, Path(s.shown).name) for s in batch.counted) == [("alice", "alice_3333_4444_hw.py"), ("mallory", "hw.py")]
    [notice] = batch.notices
    assert notice.kind == "refused" and notice.where.endswith("hw.py/other.py") and notice.student == "mallory"


def test_an_entry_refused_never_removes_another_entrys_file(tmp_path: Path) -> None:
    """The second ``hw.py`` of one zip is kept apart as ``hw~3.py`` (its index), which an entry of that name took
    already: the refusal removed that file, which then could not be graded."""
    own = _zip(tmp_path / "mallory_1111_2222_hw.zip", [("hw.py", "a = 1\n"), ("x.txt", ""), ("hw~3.py", "b = 2\n"), ("hw.py", "c = 3\n")])
    batch = collect([own], Intake(counts="best"), Path(tempfile.mkdtemp(dir=tmp_path)))
    texts = sorted(s.path.read_text() for s in batch.counted)
    assert texts == ["a = 1\n", "b = 2\n"], texts


def test_a_file_in_a_students_folder_cannot_date_itself_by_its_name(tmp_path: Path) -> None:
    """``submissions/mallory/hw_mallory_attempt_2020-01-01-00-00-00.py`` (a folder per student, the default
    pattern): Blackboard's naming gave the file its name's time, the first of the default ``intake.times``, and late
    work looked handed in in 2020. The id comes from the folder, so the name is the student's: the file's time
    counts. A Blackboard download, flat, keeps its names' times."""
    import os

    folder = tmp_path / "submissions" / "mallory"
    folder.mkdir(parents=True)
    late = 1_900_000_000.0  # 2030
    for name in ("hw_mallory_attempt_2020-01-01-00-00-00.py", "x_mallory_attempt_2020-01-01-00-00-00.zip"):
        path = folder / name
        if name.endswith(".zip"):
            _zip(path, [("hw2.py", "y = 1\n")])
        else:
            path.write_text("x = 1\n")
        os.utime(path, (late, late))
    batch = collect([tmp_path / "submissions"], Intake(counts="best"), Path(tempfile.mkdtemp(dir=tmp_path)))
    assert sorted((s.student, s.submitted_from) for s in batch.counted) == [("mallory", "file"), ("mallory", "file")]
    assert all(s.submitted_at == late for s in batch.counted)
    flat = tmp_path / "blackboard"
    flat.mkdir()
    (flat / "Homework 1_mallory_attempt_2025-10-01-12-00-00_hw.py").write_text("x = 1\n")
    [s] = collect([flat], Intake(student_patterns=("<anything>_<student>_attempt_<anything>",)), Path(tempfile.mkdtemp(dir=tmp_path))).counted
    assert (s.student, s.submitted_from) == ("mallory", "name")


def test_a_release_zip_names_no_path_with_either_separator(tmp_path: Path) -> None:
    """A Moodle full name the student set to ``..\\..\\x`` names their folder in a download unzipped on Linux; the
    feedback page's name in the release zip took it whole, a path that climbs out where backslashes separate."""
    from test_release import attempt, row

    from grader.export.data import ExportData
    from grader.export.release import Writer

    prefix = "..\\..\\Startup\\x_4411_assignsubmission_file_"
    writer = Writer(ExportData(course="C"), tmp_path / "release.zip")
    writer.add(row("x", attempt(f"dl/{prefix}/hw.py", platform="moodle", prefix=prefix)))
    writer.close()
    with zipfile.ZipFile(tmp_path / "release.zip") as z:
        assert z.namelist() == ["x_4411_assignsubmission_file_feedback.html"]


def test_a_folder_named_like_another_students_with_an_escape_is_not_theirs(tmp_path: Path) -> None:
    """On a shared server where students make their own folders, mallory made ``submissions/bob\\u009b31m/``:
    names inside folders and zips have C0 controls shown as ``?``, but U+009B is C1's one-character CSI, which
    ``clean`` removes with what follows; the id was bob's, and her newer file superseded his (handed in for him, or
    a blank to zero him). Ids keep every character now, controls shown: two folders, two students (ESC, a C0
    control, was already shown as ``?``)."""
    import os

    root = tmp_path / "submissions"
    (root / "bob").mkdir(parents=True)
    (root / "bob" / "hw.py").write_text("x = 'bob'\n")
    os.utime(root / "bob" / "hw.py", (1_000_000_000, 1_000_000_000))
    for name in ("bob\x9b31m", "bob\x1b[31m"):
        (root / name).mkdir()
        (root / name / "hw.py").write_text(f"x = {name!r}\n")
    batch = collect([root], Intake(), Path(tempfile.mkdtemp(dir=tmp_path)))
    counted = {s.student: s.path.read_text() for s in batch.counted}
    assert counted == {"bob": "x = 'bob'\n", "bob\\x9b31m": "x = 'bob\\x9b31m'\n", "bob?[31m": "x = 'bob\\x1b[31m'\n"}, counted
    assert not batch.superseded
