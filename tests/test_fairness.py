"""The held-out fairness corpus: every verdict a fair instructor's, every hint about the real mistake.

The corpus was written from the student bundle alone (see tests/fairness/measure.py).
These tests grade all of it, so a check or hint change that refuses a right answer
in another style, rewards a wrong one, or names a mistake the student did not make
turns the suite red.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import pytest

from grader.hints import MISTAKES

HERE = Path(__file__).resolve().parent / "fairness"
sys.path.insert(0, str(HERE))

import measure  # noqa: E402


@dataclass(frozen=True)
class Corpus:
    """One held-out corpus and what the suite holds it to."""

    name: str
    folder: Path
    min_labels: int
    min_wrong_answers: int
    min_hints: int
    min_coverage: float
    """Share of wrong answers that get a hint. Raise it when the hints get better; never lower it to make a change pass."""


CORPORA = [
    # The five tutorials' exercises (rounds A to C).
    Corpus("tutorials", HERE, min_labels=250, min_wrong_answers=100, min_hints=200, min_coverage=0.90),
    # The exercises beyond the tutorials (rounds D and E, tests/fairness/beyond/NOTES.md).
    Corpus("beyond", HERE / "beyond", min_labels=100, min_wrong_answers=40, min_hints=60, min_coverage=0.65),
]


@pytest.fixture(scope="module", params=CORPORA, ids=[c.name for c in CORPORA])
def corpus(request: pytest.FixtureRequest) -> Corpus:
    return cast(Corpus, request.param)


def test_labels_are_well_formed(corpus: Corpus) -> None:
    labels = measure.labels(corpus.folder)
    assert len(labels) > corpus.min_labels
    for label in labels:
        assert (corpus.folder / "submissions" / label.file).is_file(), label.file
        assert label.verdict in {"full", "partial", "zero"}, label
        assert set(label.tags) <= set(MISTAKES) | {"other"}, label
        assert label.why, label
    relabelled = [lb for lb in labels if lb.relabelled]
    # A relabel is an exception, each with its reason; if many labels moved, the corpus is stale.
    assert len(relabelled) <= 10


@pytest.fixture(scope="module")
def outcomes(corpus: Corpus) -> list[measure.Outcome]:
    return measure.measure(measure.repo_config(), corpus=corpus.folder)


def test_every_verdict_is_the_fair_one(outcomes: list[measure.Outcome]) -> None:
    disagreements = [o for o in outcomes if not o.agrees]
    assert not disagreements, measure.report(disagreements)


def test_no_hint_names_a_mistake_the_student_did_not_make(corpus: Corpus, outcomes: list[measure.Outcome]) -> None:
    wrong = [o for o in outcomes if o.wrong_hints]
    assert not wrong, measure.report(wrong)
    figures = measure.figures(outcomes)
    assert figures.hints > corpus.min_hints and figures.precision == 1.0


def test_most_wrong_answers_get_a_hint(corpus: Corpus, outcomes: list[measure.Outcome]) -> None:
    figures = measure.figures(outcomes)
    assert figures.wrong_answers > corpus.min_wrong_answers
    assert figures.coverage >= corpus.min_coverage, measure.report(outcomes, unhinted=True)
