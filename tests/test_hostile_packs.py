"""Every hostile round's pack of attacks (``tests/hostile/roundN/pack/``), whose round's tests grade each file.

An attack is kept to be graded again after every change, so it has to say what it tries and what a fair instructor
gives it (``Tries:`` and ``Fair verdict``: a docstring's, or a notebook's first cell's), and its round's test module
has to grade every file of its pack: in ``PACK_EXPECTED``, or in ``ALSO_GRADED`` for the files a test of its own
grades (a batch, a check under full marks).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

ROUNDS = sorted(p.stem for p in TESTS.glob("test_hostile_round*.py") if "PACK_EXPECTED" in p.read_text(encoding="utf-8"))


def _doc(path: Path) -> str:
    if path.suffix == ".ipynb":
        return "".join(json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"])
    return path.read_text(encoding="utf-8").split('"""')[1]


def test_the_rounds_with_packs_are_found() -> None:
    assert {"test_hostile_round7", "test_hostile_round21"} <= set(ROUNDS)


@pytest.mark.parametrize("round_module", ROUNDS)
def test_every_attack_says_what_it_tries_and_the_fair_verdict(round_module: str) -> None:
    module = importlib.import_module(round_module)
    attacks = sorted(p for p in module.PACK.iterdir() if p.suffix in (".py", ".ipynb"))
    assert attacks, module.PACK
    for path in attacks:
        doc = _doc(path)
        assert "Tries:" in doc and "Fair verdict" in doc, path.name
    assert {p.name for p in attacks} == set(module.PACK_EXPECTED) | set(getattr(module, "ALSO_GRADED", ()))
