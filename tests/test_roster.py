"""Rosters: plain, Canvas's gradebook export, Moodle's grading worksheet; platform ids decide who is who."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from grader import intake, roster
from grader.config import Intake
from grader.errors import ConfigError


def test_plain_roster_with_a_header_or_without() -> None:
    assert [e.student for e in roster.parse("student,name,email\nalice,Alice A,a@x\nbob,,\n")] == ["alice", "bob"]
    assert roster.parse("student,name\nalice,Alice A\n")[0].name == "Alice A"
    assert [e.student for e in roster.parse("alice\nbob\n\n")] == ["alice", "bob"]
    assert [e.student for e in roster.parse("\ufeffusername\ncarol\n")] == ["carol"]


def test_canvas_gradebook_export() -> None:
    text = 'Student,ID,SIS User ID,SIS Login ID,Section,hw1\n    Points Possible,,,,,6\n"Zhang, Wei",1020,s1,wz,A,\n"Student, Test",99,,,A,\n'
    [zhang] = roster.parse(text)
    assert (zhang.student, zhang.name, zhang.lms_id) == ("zhangwei", "Zhang, Wei", "1020")


def test_moodle_grading_worksheet() -> None:
    [ana] = roster.parse("Identifier,Full name,Email address,Status\nParticipant 4411,Ana Lima,ana@x.org,Submitted\n")
    assert (ana.student, ana.email, ana.lms_id) == ("Ana Lima", "ana@x.org", "4411")


def test_a_student_twice_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'alice' is listed twice"):
        roster.parse("alice\nalice\n")
    with pytest.raises(ConfigError, match="cannot read"):
        roster.read(tmp_path / "missing.csv")


def test_platform_ids_give_the_rosters_ids(tmp_path: Path) -> None:
    archive = tmp_path / "dl.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("zhang_1020_3456_hw1.py", "x = 1\n")
        zf.writestr("zhang_1044_3457_hw1.py", "x = 2\n")  # another student, the same name
        zf.writestr("li_1006_3007_hw1.pdf", "%PDF")
    (tmp_path / "work").mkdir()
    batch = intake.collect([archive], Intake(), tmp_path / "work")
    # Without a roster, one name for two Canvas users: each keeps its user id.
    assert sorted(s.student for s in batch.counted) == ["zhang_1020", "zhang_1044"] and batch.renamed == ["zhang"]
    entries = roster.parse('Student,ID,SIS User ID,SIS Login ID\n"Zhang, Wei",1020,,\n"Zhang, Wu",1044,,\n"Li, Na",1006,,\n')
    mapped = roster.apply(batch, entries, counts="newest")
    assert sorted(s.student for s in mapped.counted) == ["zhangwei", "zhangwu"]
    assert [n.student for n in mapped.notices] == ["lina"] and list(mapped.ungradable) == ["lina"]
