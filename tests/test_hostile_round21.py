"""Hostile review, round 21: the grader's own process held for hours by the shape of one answer.

``tests/hostile/round21/pack/`` holds submissions against the course's own pack (each says what it tries and the fair
verdict). The grader's process, which no limit bounds, did work exponential in a value's number of dimensions, which
the student chooses (up to the wire's 32): the hints' search for a part of an input's dimensions walked every subset
of them (an input given 32 dimensions after the call: 2^32 subsets, about 8 hours), and the text of a failed check
nested an empty tensor level by level (``torch.empty([4] * 30 + [0])``: about 10^18 calls). Both now take time in the
dimensions times what the data holds.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import assert_fair, grade_exercise

from grader import hints
from grader.batch import Item, grade_items
from grader.compare import Mismatch, display
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool
from grader.targets import parse_target
from grader.values import TensorValue

PACK = Path(__file__).resolve().parent / "hostile" / "round21" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # x given 32 dimensions after the work, out seven times too large: what its answers earn, in seconds.
    "input_of_many_dimensions.py": ("mean_square_grad", 5),
    # An empty tensor of 31 dimensions returned for out, after the work: what its answers earn, in seconds.
    "empty_tensor_of_many_dimensions.py": ("mean_square_grad", 6),
    # Round 15's open case by hand on jacobian_matrix: one row of n, a throwaway pass; 2 as graded, left open.
    "one_row_of_the_jacobian_by_hand.py": ("jacobian_matrix", 2),
}
"""Pack files graded one at a time: exercise and fair score (none is held for review)."""

HONEST = """
def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out
"""


@contextmanager
def within(seconds: int) -> Iterator[None]:
    """Fail, rather than hang, when the grader's own work on a value takes longer than ``seconds``."""

    def expired(_signum: int, _frame: Any) -> None:
        raise TimeoutError(f"the grader's own work took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def tensor(shape: tuple[int, ...], data: list[float]) -> TensorValue:
    return TensorValue(
        tensor_class="Tensor", dtype="float32", shape=shape, data=data, note=None, requires_grad=False, is_leaf=True,
        retains_grad=False, grad_fn=None, grad=None, backward_calls=None, accumulated=None, changed=None,
        optimizer_steps=None, under_no_grad=None, alias=None, grad_requests=None,
    )


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    with within(120):
        ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score)


@pytest.mark.parametrize(
    "work",
    [
        # The subsets of an input's 32 dimensions (hints.sum_or_mean, a mean off by a whole factor).
        lambda: hints._partial_counts(_context(inputs={"x": tensor((1,) * 30 + (2, 2), [1.0] * 4)})),
        # A failed check's text of an empty tensor of 31 dimensions.
        lambda: display(tensor((4,) * 30 + (0,), [])),
        # The rows of an empty tensor of 2^62 rows (the rules of a per-step record).
        lambda: hints._entries(tensor((1 << 62, 0), [])),
    ],
    ids=["partial_counts", "display", "entries"],
)
def test_the_graders_work_on_a_value_is_bounded_by_its_data_not_its_dimensions(work: Callable[[], object]) -> None:
    with within(5):
        work()


def test_the_texts_of_empty_tensors_are_torchs() -> None:
    assert display(tensor((4, 0), [])) == "tensor([], size=(4, 0))"
    assert display(tensor((0,), [])) == "tensor([])"
    assert hints._entries(tensor((1 << 62, 0), [])) is None


def test_a_batch_with_both_gives_the_honest_answer_after_them_its_grade_in_seconds(repo_config: Config, pool: WorkerPool, tmp_path: Path) -> None:
    honest = tmp_path / "honest.py"
    honest.write_text(HONEST, encoding="utf-8")
    grader = open_grader(repo_config, mode="grade", only=["mean_square_grad"])
    names = ["input_of_many_dimensions.py", "empty_tensor_of_many_dimensions.py"]
    items = [Item(key=name, path=PACK / name, grader=grader) for name in names] + [Item(key="honest", path=honest, grader=grader)]
    start = time.monotonic()
    with within(180):
        results = dict(grade_items(items, pool=pool))
    assert time.monotonic() - start < 180
    assert results["honest"].exercise("mean_square_grad").score == 9
    for name in names:
        assert results[name].exercise("mean_square_grad").score == PACK_EXPECTED[name][1]


def _context(inputs: dict[str, TensorValue]) -> hints.Context:
    found, expected = tensor((), [189.0]), tensor((), [27.0])
    return hints.Context(
        target=parse_target("out"),
        mismatch=Mismatch(kind="value", path="", expected=expected, found=found, summary="", facts={}),
        expected_parent=None,
        found_parent=None,
        found_inputs=inputs,
        reveal=True,
    )
