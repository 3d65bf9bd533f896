"""Hostile review, round 16: the expected error's message kept as text, in a notebook.

``tests/hostile/round16/pack/`` holds notebooks against the course's own pack (the first markdown cell of each says
what it tries and the fair verdict). A function's run counts its backward passes, so a message typed in beside no
failing pass was refused there (round 15's session); a notebook's run counted none, so there the message typed in
unlocked every value the error guards. The sandbox now sends the passes of the notebook's run that raised.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_fair, grade_exercise

from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round16" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # Two passes keeping the graph, no third one, the freed graph's message typed in: before 7 of 9.
    "message_typed_in_beside_no_failed_pass.ipynb": ("retain_graph_backward", 0),
    # Every value typed in, the message too: 0 before and now.
    "every_value_and_the_message_typed_in.ipynb": ("retain_graph_backward", 0),
    # The honest str(err) after the third backward() raised: the work with one mistake, before and now.
    "honest_message_kept_as_text.ipynb": ("retain_graph_backward", 7),
}
"""Pack notebooks graded one at a time: exercise and fair score."""


@pytest.mark.parametrize("name", sorted(PACK_EXPECTED))
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    ex = grade_exercise(repo_config, pool, PACK / name, exercise)
    assert_fair(ex, score)


def test_a_typed_in_message_is_recognised_in_a_notebook_only_beside_a_pass_that_raised(repo_config: Config, pool: WorkerPool) -> None:
    grader = open_grader(repo_config, mode="grade", only=["retain_graph_backward"])
    items = [Item(key=name, path=PACK / name, grader=grader) for name in ("message_typed_in_beside_no_failed_pass.ipynb", "honest_message_kept_as_text.ipynb")]
    results = dict(grade_items(items, pool=pool))
    [typed] = [c for c in results[items[0].key].exercise("retain_graph_backward").checks if c.name == "third_backward_raises"]
    [honest] = [c for c in results[items[1].key].exercise("retain_graph_backward").checks if c.name == "third_backward_raises"]
    assert not typed.recognised and honest.recognised
