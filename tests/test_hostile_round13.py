"""Hostile review, round 13: the hold for a call that raises off the examples, and what a record costs the grader.

``tests/hostile/round13/pack/`` holds submissions against the course's own pack (each says what it tries and the
fair verdict); both attacks are open (strict xfails).
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from grader import protocol
from grader.batch import Item, grade_items
from grader.config import Config
from grader.grading import open_grader
from grader.sandbox.worker import WorkerPool

PACK = Path(__file__).resolve().parent / "hostile" / "round13" / "pack"

PACK_EXPECTED: dict[str, tuple[str, float]] = {
    # Typed in for the public inputs, a raise on the hidden 3x4 case, a wrong value on the hidden vector.
    "typed_in_raising_on_one_hidden_case.py": ("mean_square_grad", 0),
}
"""Pack files graded here: exercise and fair score (record_of_zeros.py is measured by the unit test below)."""


def test_every_attack_says_what_it_tries_and_the_fair_verdict() -> None:
    for path in sorted(PACK.glob("*.py")):
        doc = path.read_text(encoding="utf-8").split('"""')[1]
        assert "Tries:" in doc and "Fair verdict" in doc, path.name
    assert {p.name for p in PACK.glob("*.py")} == set(PACK_EXPECTED) | {"record_of_zeros.py"}


NOT_STOPPED = {
    "typed_in_raising_on_one_hidden_case.py": (
        "a check reports the first case it failed on (the hidden 3x4, where the call raised), so every target's group "
        "is dropped; running the hidden checks again on the cases that returned holds this file (0/9), but also an "
        "honest grad_fn_names notebook of the tutorials corpus (u012: right on the 2-D examples, raising on the hidden "
        "vector, wrong on the cube; labelled partial): held 2 -> 3, partial with points 908 -> 907. Reverted"
    ),
}


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=NOT_STOPPED[n])) if n in NOT_STOPPED else n for n in sorted(PACK_EXPECTED)]
)
def test_no_pack_attack_earns_more_than_its_fair_score(repo_config: Config, pool: WorkerPool, name: str) -> None:
    exercise, score = PACK_EXPECTED[name]
    grader = open_grader(repo_config, mode="grade", only=[exercise])
    [(_key, result)] = list(grade_items([Item(key=name, path=PACK / name, grader=grader)], pool=pool))
    ex = result.exercise(exercise)
    assert ex.score == score, [(c.name, c.status, c.points, c.message) for c in ex.checks]
    assert ex.review is not None


def _peak_while_decoding(text: str) -> int:
    tracemalloc.start()
    try:
        value = protocol._decoded(text, "test")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    del value
    return peak


@pytest.mark.xfail(
    strict=True,
    reason=(
        "an observation's tensor data is parsed into Python lists of floats in the grader's own process: 32 bytes "
        "per '0.0,' of the wire, eight times what the child sent (record_of_zeros.py: 80 MB sent, 895 MB held; a "
        "job's record may reach 256 MiB). Bounding it takes a per-job budget of elements before parsing, or data "
        "kept packed (array) where every comparison and hint reads lists: docs/threat-model.md, point 6"
    ),
)
def test_the_grader_holds_about_what_a_record_of_zeros_carries() -> None:
    zeros = 1_000_000
    data = ",".join(["0.0"] * zeros)
    text = f'{{"kind":"tensor","class":"Tensor","dtype":"float32","shape":[{zeros}],"data":[{data}],"note":null}}'
    assert _peak_while_decoding(text) <= 3 * len(text)
