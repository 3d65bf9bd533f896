"""Hostile review, round 18: points for little work through the partial-credit rules.

``tests/hostile/round18/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict; a notebook in its first markdown cell). The one that worked was the expected error's message kept as
text: recognised beside any backward pass that raised, a throwaway pass raising another error passed for the
honest ``str(err)``. A kept message is now recognised only beside a failed pass whose error PyTorch raised with
those words.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.config import Config
from grader.errors import ProtocolError
from grader.protocol import validate_observation
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round18" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # The plain gradient done, anomaly detection never used, its message typed in beside a throwaway failed pass:
    # before 5 of 10 (grad_reset unlocked), now 4.
    "anomaly_message_typed_in_beside_a_throwaway_pass.py": ("anomaly_nan_source", 4),
    # Control: the honest str(err) after the anomaly pass raised, 5 before and now.
    "anomaly_honest_message_kept.py": ("anomaly_nan_source", 5),
    # Round 16's open case: two passes keeping the graph, a pass raising another error, the message typed in: 7 -> 0.
    "message_typed_in_beside_another_failed_pass.ipynb": ("retain_graph_backward", 0),
    # The message raised by a hook of one's own during a pass: 7 -> 0.
    "message_raised_by_a_hook_of_ones_own.ipynb": ("retain_graph_backward", 0),
    # The freed graph's error raised by PyTorch on a throwaway graph, the message typed in: 7 of 9, fair about 5 (open).
    "same_error_on_a_throwaway_graph.ipynb": ("retain_graph_backward", 5),
    # A do-nothing p and one loss repeated, both a known mistake's values: the typed-in rule withdraws p_is_leaf, 0.
    "losses_of_a_p_left_alone.py": ("sgd_optimizer_steps", 0),
    # Public answers typed in, a raise on other shapes: a public random case fails too, 0 (not held).
    "typed_in_raising_on_hidden_inputs.py": ("mean_square_grad", 0),
}
"""Pack files graded one at a time: exercise and fair score (none is held for review)."""


OPEN = {
    "same_error_on_a_throwaway_graph.ipynb": "a failed pass's error is not tied to the graph of the variable kept: PyTorch "
    "raises the freed graph's words on any graph, so the message beside them passes for str(err) (7 of 9)",
}
"""Pack files whose fair score is not met yet, with the reason."""


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=OPEN[n])) if n in OPEN else n for n in sorted(PACK_EXPECTED)]
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score)


def test_a_notebook_sends_the_errors_of_its_failed_passes_no_more_than_it_failed() -> None:
    task = {"function": None, "variables": ["v"]}
    base = {"status": "inspected", "variables": {"v": {"kind": "none"}}, "seconds": 0.0, "autograd_failed": 1}
    obs = validate_observation({**base, "autograd_errors": ["element 0 of tensors does not require grad"]}, "t", task)
    assert obs.autograd_errors == ("element 0 of tensors does not require grad",)
    assert validate_observation(base, "t", task).autograd_errors is None
    with pytest.raises(ProtocolError):
        validate_observation({**base, "autograd_errors": ["one", "two"]}, "t", task)  # more errors than failed passes
    with pytest.raises(ProtocolError):
        validate_observation({**base, "autograd_errors": ["x" * 161]}, "t", task)
