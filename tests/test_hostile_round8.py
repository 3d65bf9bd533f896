"""Hostile review, round 8: what the child describes, the self-check's runner, the gradebook's resume.

``tests/hostile/round8/pack/`` holds submissions against the course's own pack
(each says what it tries and the fair verdict); the other attacks are built
here, at the level of the module they aim at.
"""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import DOUBLE_SPEC, Course, grade_exercise, write

from grader.commands import grade
from grader.config import Config
from grader.sandbox.worker import WorkerPool

ROUND8 = Path(__file__).resolve().parent / "hostile" / "round8"
PACK = ROUND8 / "pack"

PACK_EXPECTED: dict[str, tuple[str, float, set[str]]] = {
    "renamed_custom_function.py": (
        "grad_fn_names",
        11,
        {"six_results", "values", "values_hidden", "mul_grad_fn", "mean_grad_fn", "add_grad_fn", "sum_grad_fn", "sum_grad_fn_hidden", "a_unchanged", "b_unchanged"},
    ),
    "counter_called_by_hand.py": ("mean_square_grad", 3, {"out_value", "out_requires_grad", "out_value_hidden"}),
    "formula_through_a_product.py": ("mean_square_grad", 3, {"out_value", "out_requires_grad", "out_value_hidden"}),
    # Less than the formula's 3: torch's register_hook reads the flag by attribute too, and the grader's own call of
    # it breaks under the property, which says so ("broke the grader's code"), as a patched builtin does.
    "requires_grad_hidden_from_the_grader.py": ("mean_square_grad", 0, set()),
    "optimizer_step_of_nothing.py": (
        "sgd_optimizer_steps",
        10,
        {"p_after_steps", "losses", "backward_per_step", "p_is_leaf", "p_after_hidden", "losses_hidden"},
    ),
    "mode_left_on.py": (
        "mean_square_grad",
        8,
        {"out_value", "out_requires_grad", "out_value_hidden", "x_grad", "x_grad_hidden", "x_backward_calls"},
    ),
    "counter_in_a_forged_graph.py": ("mean_square_grad", 3, {"out_value", "out_requires_grad", "out_value_hidden"}),
}
"""Each pack file: its exercise, its fair score, and the checks it fairly passes."""

NOT_STOPPED: dict[str, str] = {
    "optimizer_step_of_nothing.py": "any optimizer.step() whose groups hold p counts for p, one of learning rate 0 "
    "too; counting only steps that moved p would drop honest steps that leave a parameter where it is",
    "formula_through_a_product.py": "a gradient written by formula and put into .grad by a real backward through x "
    "((x * formula).sum().backward()) is, fact for fact, autograd's; right on hidden cases too, so no hold applies",
}
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


def test_a_custom_function_named_like_a_pytorch_node_is_not_that_node() -> None:
    import torch

    from grader.observe import encode_tensor

    class Square(torch.autograd.Function):
        @staticmethod
        def forward(ctx: Any, a: torch.Tensor) -> torch.Tensor:
            return a * a

        @staticmethod
        def backward(ctx: Any, grad: torch.Tensor) -> torch.Tensor:
            return grad

    a = torch.ones(2, requires_grad=True)
    apply: Any = Square.apply  # torch leaves Function.apply unannotated
    honest = encode_tensor(apply(a), max_elements=10)["grad_fn"]
    assert honest == "SquareBackward"  # a custom Function's own name is kept (custom_cube_function's CubeBackward)
    Square._backward_cls.__name__ = "PowBackward0"
    assert encode_tensor(apply(a), max_elements=10)["grad_fn"] == "PowBackward0 (a custom Function)"
    assert encode_tensor(a**2, max_elements=10)["grad_fn"] == "PowBackward0"


RIGHT = "import torch\n\ndef double(x):\n    return x * 2\n"
WRONG = "import torch\n\ndef double(x):\n    return x * 3\n"


@pytest.fixture(scope="module")
def small_course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    c = Course(tmp_path_factory.mktemp("round8") / "course")
    c.exercise("double", DOUBLE_SPEC, RIGHT)
    return c


def _grade(config: Config, root: Path, book: Path, pool: WorkerPool) -> list[sqlite3.Row]:
    out, err = io.StringIO(), io.StringIO()
    assert grade.main(config, [root], gradebook=book, pool=pool, out=out, err=err, interactive=False) == 0, err.getvalue()
    db = sqlite3.connect(book)
    db.row_factory = sqlite3.Row
    try:
        return db.execute("SELECT * FROM attempts ORDER BY id").fetchall()
    finally:
        db.close()


def test_a_file_handed_in_again_counts_as_the_newest(small_course: Course, pool: WorkerPool, tmp_path: Path) -> None:
    """A student goes back to an earlier answer: its bytes were graded before, so the rerun skips it, as it should;
    but the skipped attempt kept its first time, and the newest attempt the gradebook made current was the one in
    between, which the intake had superseded (the export named a file that does not count, with its score)."""
    root, book = tmp_path / "submissions", tmp_path / "gb.sqlite"
    first = write(root / "alice" / "v1.py", RIGHT)
    os.utime(first, (1_000_000, 1_000_000))
    _grade(small_course.config, root, book, pool)
    second = write(root / "alice" / "v2.py", WRONG)
    os.utime(second, (2_000_000, 2_000_000))
    _grade(small_course.config, root, book, pool)
    third = write(root / "alice" / "v3.py", RIGHT)  # the first answer again, handed in last
    os.utime(third, (3_000_000, 3_000_000))
    rows = _grade(small_course.config, root, book, pool)
    [current] = [r for r in rows if r["current"]]
    assert Path(current["file"]).name == "v3.py", [(r["file"], r["status"], r["current"]) for r in rows]
    assert current["submitted_at"].startswith("1970-02-04")  # 3,000,000 s: the time of the file that counts
    assert current["score"] == current["max_score"]
    assert len(rows) == 2  # one row per content: the skipped file took over its row, nothing graded again


def test_a_self_check_child_finds_the_standard_library_before_site_packages(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The portable runner (a student's `grader check` on macOS or Windows) put the grader's folder first on the
    child's PYTHONPATH; installed from the bundle, that folder is site-packages, and whatever there is named like a
    standard module (``enum34``'s ``enum``, here a ``queue.py``) replaced it in every child: a right answer failed its
    own check, in words about the grader."""
    import subprocess
    import sys

    import grader
    from grader.sandbox import portable

    site_packages = tmp_path / "site-packages"
    (site_packages / "grader").mkdir(parents=True)
    (site_packages / "queue.py").write_text("raise ImportError('an old backport shadows the standard library')\n", encoding="utf-8")
    monkeypatch.setattr(grader, "__file__", str(site_packages / "grader" / "__init__.py"))
    monkeypatch.setattr(portable, "_site_folders", lambda: {site_packages.resolve()})
    env = portable.child_env()
    run = subprocess.run([sys.executable, "-c", "import queue"], env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    # A grader found elsewhere (a checkout) is still put first: the child must import this very grader.
    monkeypatch.setattr(portable, "_site_folders", set)
    assert portable.child_env()["PYTHONPATH"].split(os.pathsep)[0] == str(site_packages)
