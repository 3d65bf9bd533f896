"""Hostile review, round 25: the integrity of a batch, its exports.

``tests/hostile/round25/pack/`` holds the attacks (each says what it tries and the fair verdict). grades.csv quoted a
student's text (id, file name, reason) as text only when it started with a formula's character; a spreadsheet that
splits rows at ';' (Excel in many European locales) or trims blanks starts a cell elsewhere in it. Per-student
exports were named in the order of the ids, so an id that had to be changed into a name (``_alice``) took the name of
another student's id (``alice``) when it sorted first.
"""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

from conftest import run_grader
from test_corpus import CORPUS

from grader.export._files import student_filenames
from grader.export.grades_csv import _text

PACK = Path(__file__).resolve().parent / "hostile" / "round25" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {}
"""Pack files graded one at a time against the course's pack: exercise, fair score (none this round)."""

ALSO_GRADED = ("formula_after_a_semicolon.py", "takes_another_students_page_name.py")
"""Pack files a test of their own grades in a batch."""

FORMULA_NAMES = ("hw;=cmd|'-C calc'!A0", "x; =1+1", "y;\uff1d1+1", "bob")
"""File stems, so student ids: a formula after ';', after '; ' (a trimming spreadsheet), full-width; and a control."""

_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _formulas(text: str, delimiter: str) -> list[str]:
    """The cells a spreadsheet splitting at `delimiter` (and trimming blanks) would read as formulas."""
    cells = [c.strip() for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]
    return [c for c in cells if c[:1] in _STARTS and not _number(c)]


def test_a_formula_after_a_separator_is_quoted_wherever_a_cell_may_start() -> None:
    for value in FORMULA_NAMES[:3]:
        for delimiter in (",", ";", "\t"):
            assert not _formulas(_text(value) + "\n", delimiter), (value, delimiter)
    assert _text("bob") == "bob" and _text("hw-1.py") == "hw-1.py" and _text("=1") == "'=1"
    # The grader's own words keep theirs: an override's points come after its exercise.
    assert _text("double -1: late; total +2: regraded") == "double -1: late; total +2: regraded"


def test_an_id_that_is_its_own_name_keeps_it_whatever_sorts_before_it() -> None:
    names = student_filenames(sorted(["alice", "_alice", "alice!", ".alice.", "carol", "con"]))
    assert names["alice"] == "alice" and names["carol"] == "carol" and names["con"] == "con_"
    assert len({n.lower() for n in names.values()}) == len(names)


def test_grades_csv_reads_no_formula_and_pages_go_to_their_owners(tmp_path: Path) -> None:
    course = tmp_path / "course"
    shutil.copytree(CORPUS / "course", course)
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in FORMULA_NAMES:
        shutil.copy(PACK / "formula_after_a_semicolon.py", subs / f"{name}.py")
    shutil.copy(PACK / "formula_after_a_semicolon.py", subs / "alice.py")
    shutil.copy(PACK / "takes_another_students_page_name.py", subs / "_alice.py")
    out = tmp_path / "out"
    run_grader(course, "grade", str(subs), "--out", str(out), "-j", "1", cwd=tmp_path)
    text = (out / "grades.csv").read_text(encoding="utf-8")
    for delimiter in (",", ";"):
        assert not _formulas(text, delimiter), (delimiter, _formulas(text, delimiter))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == len(FORMULA_NAMES) + 2
    assert {row["total"] for row in rows} == {"9"}, rows
    # alice's page is alice's: the page named for her shows her file, not _alice.py.
    with zipfile.ZipFile(out / "feedback_release.zip") as zf:
        page = zf.read("alice.html").decode("utf-8")
    assert "_alice.py" not in page and "alice.py" in page
