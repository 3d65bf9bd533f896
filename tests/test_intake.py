"""Finding submissions: folders, nested folders, zips, student ids, several attempts, unsafe archives."""

from __future__ import annotations

import dataclasses
import os
import stat
import zipfile
from pathlib import Path

import pytest

from grader import intake
from grader.config import DEFAULT_STUDENT_PATTERNS, Intake, parse_config
from grader.errors import ConfigError
from grader.student_patterns import StudentIds

NOTEBOOK = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'


def touch(path: Path, text: str = NOTEBOOK, *, mtime: float | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def collect(tmp_path: Path, *paths: Path, config: Intake | None = None) -> intake.Batch:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return intake.collect(list(paths), config or Intake(), work)


def by_student(batch: intake.Batch) -> dict[str, str]:
    return {s.student: Path(s.shown).name for s in batch.counted}


# -- student ids ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "student"),
    [
        ("course/submissions/alice/hw1.ipynb", "alice"),
        ("submissions/alice/work/deep/hw1.py", "alice"),
        ("hw/bob_hw1.ipynb", "bob"),
        ("hw/carol_late_123_456_hw1.ipynb", "carol"),  # Canvas bulk download names
        ("dl.zip/zhang_1020_3456_hw1.py", "zhang"),
        ("dl.zip/zhang_LATE_1020_3456_hw1.ipynb", "zhang"),
        ("dl.zip/Ann Lee_12345_assignsubmission_file_hw1.ipynb", "Ann Lee"),  # Moodle, flat
        ("dl.zip/Ann Lee_12345_assignsubmission_file_/hw1.py", "Ann Lee"),  # Moodle, a folder per student
        ("SUBMISSIONS/alice/hw1.IPYNB", "alice"),
        ("bulk.zip/dave_hw1.ipynb", "dave"),
        ("submissions.zip/erin/a.ipynb", "erin"),  # a zip counts as a folder named after it
        ("hw/frank.py", "frank"),  # no pattern: the file name
        ("hw/notes_final.py", "notes_final"),  # the notebook pattern does not apply to modules
    ],
)
def test_default_patterns_find_the_student(shown: str, student: str) -> None:
    ids = StudentIds(DEFAULT_STUDENT_PATTERNS)
    assert ids(shown)[0] == student


def test_custom_pattern_for_a_moodle_layout() -> None:
    ids = StudentIds(("<student>_<n>_assignsubmission_file_/<file>",))
    assert ids("dl/Ana Lima_4411_assignsubmission_file_/hw.ipynb") == ("Ana Lima", "<student>_<n>_assignsubmission_file_/<file>")


def test_patterns_are_tried_in_order() -> None:
    ids = StudentIds(DEFAULT_STUDENT_PATTERNS)
    # Folder layout wins over the file name's prefix.
    assert ids("submissions/alice/bob_hw.ipynb")[0] == "alice"


@pytest.mark.parametrize(
    ("patterns", "problem"),
    [
        (["<file>.ipynb"], "exactly one <student>"),
        (["<student>/<student>.py"], "exactly one <student>"),
        (["/abs/<student>.py"], "must be relative"),
        ([], "at least one pattern"),
    ],
)
def test_invalid_patterns_are_config_errors(tmp_path: Path, patterns: list[str], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem) as info:
        parse_config({"intake": {"student_patterns": patterns}}, root=tmp_path)
    assert "intake.student_patterns" in str(info.value)


def test_intake_config_is_read_and_validated(tmp_path: Path) -> None:
    config = parse_config({"intake": {"counts": "best", "max_entry_mb": 1, "student_patterns": ["<student>.py"]}}, root=tmp_path)
    assert config.intake.counts == "best" and config.intake.max_entry_mb == 1.0
    assert config.intake.student_patterns == ("<student>.py",)
    with pytest.raises(ConfigError, match="intake.counts: expected one of newest, oldest, best"):
        parse_config({"intake": {"counts": "latest"}}, root=tmp_path)
    with pytest.raises(ConfigError, match="intake.count: unknown key"):
        parse_config({"intake": {"count": "newest"}}, root=tmp_path)
    assert parse_config({"gradebook": "grades/book.sqlite"}, root=tmp_path).gradebook == (tmp_path / "grades/book.sqlite").resolve()


# -- folders ------------------------------------------------------------------------


def test_folder_of_student_folders(tmp_path: Path) -> None:
    root = tmp_path / "submissions"
    touch(root / "alice" / "hw.ipynb")
    touch(root / "bob" / "hw.py", "x = 1\n")
    batch = collect(tmp_path, root)
    assert by_student(batch) == {"alice": "hw.ipynb", "bob": "hw.py"}
    assert all(s.matched == "submissions/<student>/**/<file>" for s in batch.counted)
    assert batch.counted[0].shown == f"{root}/alice/hw.ipynb"


def test_nested_folders_and_tool_copies(tmp_path: Path) -> None:
    root = tmp_path / "hw1"
    touch(root / "section-a" / "alice_hw1.ipynb")
    touch(root / "section-b" / "late" / "bob_hw1.ipynb")
    touch(root / "section-a" / ".ipynb_checkpoints" / "alice_hw1-checkpoint.ipynb")
    touch(root / "__MACOSX" / "carol_hw1.ipynb")
    touch(root / ".hidden_hw1.ipynb")
    touch(root / "section-a" / "README.txt", "read me")
    batch = collect(tmp_path, root)
    assert by_student(batch) == {"alice": "alice_hw1.ipynb", "bob": "bob_hw1.ipynb"}
    assert [(Path(n.where).name, n.kind) for n in batch.notices] == [("README.txt", "skipped")]


def test_a_student_folder_of_many_files_is_read_up_to_the_limit_and_the_rest_counted(tmp_path: Path) -> None:
    root = tmp_path / "submissions"
    touch(root / "alice" / "hw.ipynb")
    for i in range(30):
        touch(root / "mallory" / f"junk{i:03d}.py", "x = 1\n")
        touch(root / "mallory" / f"junk{i:03d}.txt", "spam")
    touch(root / "zed" / "hw.py", "x = 1\n")
    batch = collect(tmp_path, root, config=Intake(max_student_files=5))
    # The students around the one with many files are graded as ever; that one's files past 5 are neither read nor noticed one by one.
    assert by_student(batch)["alice"] == "hw.ipynb" and by_student(batch)["zed"] == "hw.py"
    assert len([s for s in batch.counted + batch.superseded if s.student == "mallory"]) + len([n for n in batch.notices if n.kind == "skipped"]) == 5
    [refused] = [n for n in batch.notices if n.kind == "refused"]
    assert refused.student == "mallory" and "55 more files" in refused.message and "first 5" in refused.message


def test_a_file_named_twice_is_one_submission(tmp_path: Path) -> None:
    root = tmp_path / "hw"
    path = touch(root / "alice_hw.ipynb")
    batch = collect(tmp_path, root, path)
    assert len(batch.counted) == 1 and not batch.superseded


def test_hash_and_size_identify_the_content(tmp_path: Path) -> None:
    import hashlib

    path = touch(tmp_path / "hw" / "alice_hw.ipynb")
    [s] = collect(tmp_path, path).counted
    assert s.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() and s.size == path.stat().st_size


# -- several submissions per student ------------------------------------------------


def attempts(tmp_path: Path) -> Path:
    root = tmp_path / "hw"
    touch(root / "alice_v1.ipynb", NOTEBOOK + " ", mtime=1_000)
    touch(root / "alice_v2.ipynb", NOTEBOOK + "  ", mtime=3_000)
    touch(root / "alice_v3.ipynb", NOTEBOOK + "   ", mtime=2_000)
    touch(root / "bob_only.ipynb", mtime=1_000)
    return root


@pytest.mark.parametrize(("counts", "kept"), [("newest", "alice_v2.ipynb"), ("oldest", "alice_v1.ipynb")])
def test_one_submission_counts_and_the_others_are_kept(tmp_path: Path, counts: str, kept: str) -> None:
    batch = collect(tmp_path, attempts(tmp_path), config=Intake(counts=counts))  # type: ignore[arg-type]
    assert by_student(batch) == {"alice": kept, "bob": "bob_only.ipynb"}
    assert sorted(Path(s.shown).name for s in batch.superseded) == sorted({"alice_v1.ipynb", "alice_v2.ipynb", "alice_v3.ipynb"} - {kept})
    assert batch.students == 2


def test_best_grades_every_attempt(tmp_path: Path) -> None:
    batch = collect(tmp_path, attempts(tmp_path), config=Intake(counts="best"))
    assert sorted(Path(s.shown).name for s in batch.counted if s.student == "alice") == ["alice_v1.ipynb", "alice_v2.ipynb", "alice_v3.ipynb"]
    assert not batch.superseded


def test_ties_on_time_go_to_the_later_name(tmp_path: Path) -> None:
    root = tmp_path / "hw"
    touch(root / "alice_v2.ipynb", NOTEBOOK + " ", mtime=5_000)
    touch(root / "alice_v1.ipynb", mtime=5_000)
    assert by_student(collect(tmp_path, root)) == {"alice": "alice_v2.ipynb"}


# -- zip archives -----------------------------------------------------------------------


def make_zip(path: Path, entries: dict[str, str], *, times: dict[str, tuple] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in entries.items():
            info = zipfile.ZipInfo(name, date_time=(times or {}).get(name, (2025, 1, 1, 12, 0, 0)))
            zf.writestr(info, text)
    return path


def test_zip_of_a_bulk_download(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "hw1.zip", {"alice_hw1.ipynb": NOTEBOOK, "sub/bob_hw1.ipynb": NOTEBOOK, "carol_hw1.ipynb": NOTEBOOK + " "})
    batch = collect(tmp_path, archive)
    assert by_student(batch) == {"alice": "alice_hw1.ipynb", "bob": "bob_hw1.ipynb", "carol": "carol_hw1.ipynb"}
    for s in batch.counted:
        assert s.shown.startswith(f"{archive}/")
        assert s.path.read_text(encoding="utf-8").startswith(NOTEBOOK)  # extracted, readable
        assert (tmp_path / "work") in s.path.parents  # into the work folder, nowhere else


def test_zip_named_after_the_folder_layout(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "submissions.zip", {"alice/hw.ipynb": NOTEBOOK, "bob/hw.py": "x = 1\n"})
    assert by_student(collect(tmp_path, archive)) == {"alice": "hw.ipynb", "bob": "hw.py"}


def test_zip_entry_times_decide_the_newest(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "hw.zip",
        {"alice_a.ipynb": NOTEBOOK, "alice_b.ipynb": NOTEBOOK + " "},
        times={"alice_a.ipynb": (2025, 3, 2, 0, 0, 0), "alice_b.ipynb": (2025, 3, 1, 0, 0, 0)},
    )
    batch = collect(tmp_path, archive)
    assert by_student(batch) == {"alice": "alice_a.ipynb"}
    assert [Path(s.shown).name for s in batch.superseded] == ["alice_b.ipynb"]


def test_zips_inside_a_folder_and_inside_a_zip(tmp_path: Path) -> None:
    inner = make_zip(tmp_path / "alice.zip", {"hw.ipynb": NOTEBOOK})
    outer = tmp_path / "bulk.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "submissions/alice.zip")
    batch = collect(tmp_path, outer)
    assert by_student(batch) == {"alice": "hw.ipynb"}
    assert batch.counted[0].shown == f"{outer}/submissions/alice.zip/hw.ipynb"


def test_unsafe_zip_entries_are_refused_and_the_rest_is_read(tmp_path: Path) -> None:
    archive = tmp_path / "bulk.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("alice_hw.ipynb", NOTEBOOK)
        zf.writestr("../escape_hw.ipynb", NOTEBOOK)
        zf.writestr("/etc/absolute_hw.ipynb", NOTEBOOK)
        zf.writestr("C:/windows_hw.ipynb", NOTEBOOK)
        zf.writestr("a/../../up_hw.ipynb", NOTEBOOK)
        zf.writestr("submissions/../../etc/evil.ipynb", NOTEBOOK)
        link = zipfile.ZipInfo("link_hw.ipynb")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
        zf.writestr("huge_hw.ipynb", "x" * 2_000_000)
        zf.writestr("slides.pdf", "%PDF")
        zf.writestr("zed_hw.ipynb", NOTEBOOK)
    batch = collect(tmp_path, archive, config=Intake(max_entry_mb=1))
    assert by_student(batch) == {"alice": "alice_hw.ipynb", "zed": "zed_hw.ipynb"}
    refused = {n.where.split("bulk.zip/", 1)[1]: n.message for n in batch.notices if n.kind == "refused"}
    assert set(refused) == {
        "../escape_hw.ipynb", "/etc/absolute_hw.ipynb", "C:/windows_hw.ipynb", "a/../../up_hw.ipynb", "link_hw.ipynb", "huge_hw.ipynb",
        "submissions/../../etc/evil.ipynb",
    }
    # A climbing entry is no student's: ".." does not get a row with "nothing gradable handed in".
    owners = {n.student for n in batch.notices if n.kind == "refused"}
    assert not owners & {".", ".."}
    assert "evil" not in owners
    assert "outside the extraction folder" in refused["../escape_hw.ipynb"]
    assert "symbolic link" in refused["link_hw.ipynb"]
    assert "more than the 1 MB limit" in refused["huge_hw.ipynb"]
    assert [n.kind for n in batch.notices if n.where.endswith("slides.pdf")] == ["skipped"]
    # Nothing was written outside the work folder.
    assert not (tmp_path / "escape_hw.ipynb").exists() and not (tmp_path.parent / "up_hw.ipynb").exists()


def test_an_entry_larger_than_its_header_says_is_cut_off(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "lying.zip", {"alice_hw.ipynb": "y" * 50_000, "bob_hw.ipynb": NOTEBOOK})
    # Rewrite the central directory's size of alice's entry to claim 10 bytes.
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("alice_hw.ipynb")
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"PK\x01\x02"))  # alice's central record (the first of two)
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    archive.write_bytes(bytes(data))
    batch = collect(tmp_path, archive, config=Intake(max_entry_mb=0.02))
    assert info.file_size == 50_000
    assert by_student(batch) == {"bob": "bob_hw.ipynb"}
    [notice] = [n for n in batch.notices if "alice" in n.where]
    assert notice.kind == "refused"


def test_archive_budget_stops_a_zip_bomb(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "bomb.zip", {f"s{i}_hw.ipynb": "z" * 400_000 for i in range(5)})
    batch = collect(tmp_path, archive, config=Intake(max_archive_mb=1))
    assert len(batch.counted) == 2
    assert sum("more than 1 MB" in n.message for n in batch.notices) == 3


def test_too_many_entries(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "many.zip", {f"s{i}_hw.ipynb": NOTEBOOK for i in range(5)})
    batch = collect(tmp_path, archive, config=Intake(max_archive_entries=3))
    assert len(batch.counted) == 3
    assert any("more than 3 entries" in n.message for n in batch.notices)


def test_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    bad = touch(tmp_path / "broken.zip", "not a zip")
    good = touch(tmp_path / "hw" / "alice_hw.ipynb")
    batch = collect(tmp_path, bad, good)
    assert by_student(batch) == {"alice": "alice_hw.ipynb"}
    assert [(n.kind, "not a readable zip" in n.message) for n in batch.notices] == [("unreadable", True)]


def test_unmatched_files_are_reported(tmp_path: Path) -> None:
    batch = collect(tmp_path, touch(tmp_path / "x" / "answers.py", "x = 1\n"))
    assert [s.student for s in batch.unmatched] == ["answers"]


def test_submission_records_are_frozen(tmp_path: Path) -> None:
    [s] = collect(tmp_path, touch(tmp_path / "hw" / "alice_hw.ipynb")).counted
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.student = "mallory"  # type: ignore[misc]


def test_control_characters_in_entry_names_are_not_printed(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "x.zip", {"alice\x1b[2J_hw.ipynb": NOTEBOOK, "bob\x07.pdf": "x"})
    batch = collect(tmp_path, archive)
    assert [s.shown for s in batch.counted] == [f"{archive}/alice?[2J_hw.ipynb"]
    assert [n.where for n in batch.notices] == [f"{archive}/bob?.pdf"]
