"""Course platforms' file names: whose, which platform id, late or not, when."""

from __future__ import annotations

import datetime as dt

import pytest

from grader.lms import recognize


@pytest.mark.parametrize(
    ("shown", "platform", "user", "prefix", "late"),
    [
        ("dl.zip/zhang_1020_3456_hw1.py", "canvas", "1020", "zhang_1020_3456_", False),
        ("zhang_late_1020_3457_hw1-1.ipynb", "canvas", "1020", "zhang_late_1020_3457_", True),
        ("zhang_LATE_1020_3456_hw1.ipynb", "canvas", "1020", "zhang_LATE_1020_3456_", True),  # the upload wants the name as written
        ("Ann Lee_12345_assignsubmission_file_hw1.ipynb", "moodle", "12345", "Ann Lee_12345_assignsubmission_file_", False),
        ("dl/Ana Lima_4411_assignsubmission_file_/hw.ipynb", "moodle", "4411", "Ana Lima_4411_assignsubmission_file_", False),
        ("dl/Ana Lima_4411_assignsubmission_file/work/hw.ipynb", "moodle", "4411", "Ana Lima_4411_assignsubmission_file_", False),
        ("Ana Lima_4411_assignsubmission_file_hw.py", "moodle", "4411", "Ana Lima_4411_assignsubmission_file_", False),
    ],
)
def test_platform_names(shown: str, platform: str, user: str, prefix: str, late: bool) -> None:
    named = recognize(shown)
    assert named is not None
    assert (named.platform, named.user, named.prefix, named.late) == (platform, user, prefix, late)


def test_blackboard_names_carry_the_time() -> None:
    named = recognize("Homework 1_jsmith_attempt_2025-03-01-23-59-12_hw1.py")
    assert named is not None and named.platform == "blackboard" and named.user == "jsmith" and named.prefix is None
    assert named.time == dt.datetime(2025, 3, 1, 23, 59, 12)


@pytest.mark.parametrize("shown", ["alice_hw1.ipynb", "submissions/alice/hw.py", "Ana Lima_4411_assignsubmission_onlinetext_onlinetext.html", "s00001_autograd.ipynb"])
def test_other_names_are_no_platform(shown: str) -> None:
    assert recognize(shown) is None
