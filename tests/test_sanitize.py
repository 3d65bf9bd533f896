"""What a submission writes reaches a terminal without escape sequences or invisible controls."""

from __future__ import annotations

import io
from pathlib import Path

from conftest import DOUBLE_SPEC, Course, write

from grader.commands import grade
from grader.gradebook import Gradebook
from grader.report import text
from grader.sandbox.worker import WorkerPool
from grader.sanitize import clean

SPOOF = "\x1b[2K\r\x1b[32mALL PASSED\x1b[0m"


def test_escape_sequences_go_and_other_controls_show() -> None:
    assert clean("plain text\nwith a tab\t") == "plain text\nwith a tab\t"
    assert clean(SPOOF) == "\\x0dALL PASSED"
    assert clean("title\x1b]0;owned\x07 bell\x07") == "title bell\\x07"
    assert clean("evil\u202egnp.py") == "evil\\u202egnp.py"  # a right-to-left override shows as what it is
    assert clean("café ✓ ∂l/∂w") == "café ✓ ∂l/∂w"


def test_a_spoofing_student_cannot_redraw_the_instructors_terminal(course: Course, pool: WorkerPool, tmp_path: Path) -> None:
    course.exercise("double", DOUBLE_SPEC, "def double(x):\n    return 2 * x\n")
    folder = tmp_path / "hw"
    # The name (hence the student id), a class name and an exception message, the printed output: all carry escapes.
    forged = (
        f"print({SPOOF!r})\n"
        f"Liar = type({SPOOF!r}, (), {{}})\n"
        "def double(x):\n"
        "    if x.numel() == 2:\n"
        "        return Liar()\n"
        f"    raise ValueError({SPOOF!r})\n"
    )
    write(folder / f"mallory{SPOOF}_hw.py", forged)
    write(folder / "alice_hw.py", "def double(x):\n    return 2 * x\n")
    out, err = io.StringIO(), io.StringIO()
    book = tmp_path / "gb.sqlite"
    grade.main(course.config, [folder], gradebook=book, pool=pool, out=out, err=err, interactive=False)
    with Gradebook(book) as gb:
        results = list(gb.current_results())
    assert len(results) == 2
    shown = out.getvalue() + err.getvalue() + "".join(text.render_submission(r) for r in results)
    assert "\x1b" not in shown and "\r" not in shown
    assert "ALL PASSED" in shown and "alice" in shown  # shown, harmless
