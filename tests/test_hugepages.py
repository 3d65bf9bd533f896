"""Huge pages for batch workers: collapsed where the kernel can, harmless where it cannot."""

from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DOUBLE_SPEC, Course, write

from grader.batch import Item, grade_items
from grader.grading import open_grader
from grader.sandbox import hugepages
from grader.sandbox.options import WorkerOptions
from grader.sandbox.worker import WorkerPool

THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")


def _kernel_collapses() -> bool:
    if not sys.platform.startswith("linux") or not THP.exists() or "[never]" in THP.read_text():
        return False
    major, minor = (int(x) for x in platform.release().split(".")[:2])
    return (major, minor) >= (6, 1)


@pytest.mark.skipif(not _kernel_collapses(), reason="needs transparent huge pages and MADV_COLLAPSE (Linux 6.1)")
def test_a_process_memory_is_collapsed_into_huge_pages() -> None:
    code = (
        "from grader.sandbox import hugepages\n"
        "block = bytearray(64 << 20)\n"  # touched, private, anonymous: what torch's import leaves
        "print(hugepages.collapse())\n"
        "print([l for l in open('/proc/self/smaps_rollup') if l.startswith('AnonHugePages')][0].split()[1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    collapsed_mb, huge_kb = int(out[0]), int(out[1])
    assert collapsed_mb >= 60
    assert huge_kb >= 60 << 10


def test_collapse_does_nothing_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_libc(*args: object, **kwargs: object) -> None:
        raise AssertionError("collapse() loaded libc on a platform without transparent huge pages")

    monkeypatch.setattr(hugepages.sys, "platform", "darwin")
    monkeypatch.setattr(hugepages.ctypes, "CDLL", no_libc)
    assert hugepages.collapse() == 0


def test_collapse_reports_zero_when_it_cannot_read_its_memory_map(monkeypatch: pytest.MonkeyPatch) -> None:
    def unreadable(*args: object, **kwargs: object) -> None:
        raise PermissionError("/proc/self/maps")

    monkeypatch.setattr(hugepages.sys, "platform", "linux")
    monkeypatch.setattr("builtins.open", unreadable)
    assert hugepages.collapse() == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_collapse_reports_what_the_kernel_counts_as_huge() -> None:
    code = (
        "from grader.sandbox import hugepages\n"
        "print(hugepages.collapse())\n"
        "print([l for l in open('/proc/self/smaps_rollup') if l.startswith('AnonHugePages')][0].split()[1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    reported_mb, huge_kb = int(out[0]), int(out[1])
    # khugepaged may collapse a little more between the two reads, never less.
    assert reported_mb <= huge_kb >> 10 <= reported_mb + 8


def test_a_huge_page_worker_grades_like_any_other(course: Course, tmp_path: Path) -> None:
    course.exercise("double", DOUBLE_SPEC, "def double(x):\n    return 2 * x\n")
    grader = open_grader(course.config, mode="grade")
    right = write(tmp_path / "right.py", "def double(x):\n    return x + x\n")
    wrong = write(tmp_path / "wrong.py", "def double(x):\n    return 3 * x\n")
    with WorkerPool(1, WorkerOptions(huge_pages=True)) as pool:
        results = dict(grade_items([Item(key="right", path=right, grader=grader), Item(key="wrong", path=wrong, grader=grader)], pool=pool))
        assert pool.workers[0].hello["huge_pages_mb"] >= (50 if _kernel_collapses() else 0)
    assert (results["right"].score, results["right"].max_score) == (5, 5)
    assert results["wrong"].score == 0
