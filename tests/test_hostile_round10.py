"""Hostile review, round 10: a call target's probes read under the student's modes, zips inside a student's zip.

``tests/hostile/round10/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict); the intake attacks are zips the test builds, as a course platform's download would hold them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import grade_exercise

from grader import intake
from grader.config import Config, Intake
from grader.sandbox.worker import WorkerPool

ROUND10 = Path(__file__).resolve().parent / "hostile" / "round10"
PACK = ROUND10 / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    "callable_changes_its_argument_under_a_mode.py": (
        "func_grad_callable",
        8,
        {"grad_example", "grad_dtype", "grad_vector_hidden", "grad_matrix_hidden"},
    ),
    # p_is_leaf, p_value and w_grad_none require p_grad.
    "variables_read_under_a_mode.py": (
        "chain_rule_scalars",
        5,
        {"w_value", "w_grad_fn", "w_not_leaf", "l_value", "l_grad_fn"},
    ),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

NOT_STOPPED: dict[str, str] = {}
"""Attacks that still earn more than their fair score (docs/threat-model.md says what is left)."""


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)],
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score, passing = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert {c.name for c in ex.checks if c.status == "passed"} == passing, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.score == score


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zips_inside_a_students_zip_share_its_entry_limit(tmp_path: Path) -> None:
    """A Canvas download unzipped into a folder: a student's zip of 10 zips of 20 empty files each.

    Tries: ``max_archive_entries`` bounded one archive, and a zip inside a zip is opened: the limit multiplied
    (100 zips of 1,000 empty files, 786 kB, were 100,000 files and 16 s of intake before anyone was graded;
    20,000 zips of 20,000 would be 400 million files). Fair verdict: a student's zip and the zips inside it hold
    at most ``max_archive_entries`` entries together; what is past it is refused with a notice.
    """
    inner = _zip({f"{i}.py": b"" for i in range(20)})
    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "zhang_1020_3456_hw.zip").write_bytes(_zip({f"{k}.zip": inner for k in range(10)}))
    work = tmp_path / "work"
    work.mkdir()
    batch = intake.collect([folder], Intake(max_archive_entries=50), work)
    files = batch.counted + batch.superseded
    assert {s.student for s in files} == {"zhang"}, {s.student for s in files}
    assert len(files) <= 50
    assert any("more than 50 entries" in n.message for n in batch.notices)


def test_each_students_zip_in_a_bulk_download_keeps_a_limit_of_its_own(tmp_path: Path) -> None:
    """The other side: a TA's bulk zip (no pattern names it) of three students' zips of 30 files each, under a
    limit of 50: every student's files are read (a student's zip has its own limit, the TA's zip counts its entries)."""
    bulk = tmp_path / "bulk.zip"
    students = [f"{name}_{1000 + i}_{3000 + i}_hw.zip" for i, name in enumerate(("ana", "bob", "cy"))]
    bulk.write_bytes(_zip({name: _zip({f"q{i}.py": b"x = 1\n" for i in range(30)}) for name in students}))
    work = tmp_path / "work"
    work.mkdir()
    batch = intake.collect([bulk], Intake(max_archive_entries=50), work)
    files = batch.counted + batch.superseded
    assert len(files) == 90, [n.message for n in batch.notices]
    assert {s.student for s in files} == {"ana", "bob", "cy"}


def test_one_students_zip_cannot_spend_the_runs_extraction_budget(tmp_path: Path) -> None:
    """A folder of per-student zips: aaron's zip holds four files of exactly a quarter of the run's budget.

    Tries: ``max_archive_mb`` (2,000 MB) is one budget for every archive of a run, and nothing kept one student
    from spending all of it: 100 entries of 20 MB of spaces (a 2 MB zip) and every student after him in the
    download was refused, "the archive holds more than 2000 MB: not extracted", and never graded. Fair verdict:
    a student's zips (and the zips in them) take at most ``max_student_archive_mb`` together; bob, after him, is read.
    """
    folder = tmp_path / "submissions"
    folder.mkdir()
    (folder / "aaron_1000_3000_hw.zip").write_bytes(_zip({f"{i}.py": b" " * 250_000 for i in range(4)}))
    (folder / "bob_1001_3001_hw.zip").write_bytes(_zip({"hw.py": b"x = 1\n"}))
    # Another zip of aaron's (a folder per student on a shared server holds as many as he likes): the same budget.
    (folder / "aaron").mkdir()
    (folder / "aaron" / "more.zip").write_bytes(_zip({f"m{i}.py": b" " * 250_000 for i in range(4)}))
    work = tmp_path / "work"
    work.mkdir()
    config = Intake(max_entry_mb=0.25, max_archive_mb=1.0, max_student_archive_mb=0.6)
    batch = intake.collect([folder], config, work)
    files = batch.counted + batch.superseded
    assert {s.student for s in files} == {"aaron", "bob"}, [n.message for n in batch.notices]
    assert sum(1 for n in batch.notices if n.student == "aaron" and "student's archive" in n.message) == 6
    assert sum(1 for s in files if s.student == "aaron") == 2
