"""The held-out fairness corpus: every verdict a fair instructor's, every hint about the real mistake.

The corpus was written from the student bundle alone (see tests/fairness/measure.py).
These tests grade all of it, so a check or hint change that refuses a right answer
in another style, rewards a wrong one, or names a mistake the student did not make
turns the suite red.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from grader.hints import MISTAKES

HERE = Path(__file__).resolve().parent / "fairness"
sys.path.insert(0, str(HERE))

import measure  # noqa: E402

# Raise these when the hints get better; never lower them to make a change pass.
MIN_COVERAGE = 0.90


def test_labels_are_well_formed():
    labels = measure.labels()
    assert len(labels) > 250
    for label in labels:
        assert (HERE / "submissions" / label.file).is_file(), label.file
        assert label.verdict in {"full", "partial", "zero"}, label
        assert set(label.tags) <= set(MISTAKES) | {"other"}, label
        assert label.why, label
    relabelled = [lb for lb in labels if lb.relabelled]
    # A relabel is an exception, each with its reason; if many labels moved, the corpus is stale.
    assert len(relabelled) <= 10


@pytest.fixture(scope="module")
def outcomes():
    return measure.measure(measure.repo_config())


def test_every_verdict_is_the_fair_one(outcomes):
    disagreements = [o for o in outcomes if not o.agrees]
    assert not disagreements, measure.report(disagreements)


def test_no_hint_names_a_mistake_the_student_did_not_make(outcomes):
    wrong = [o for o in outcomes if o.wrong_hints]
    assert not wrong, measure.report(wrong)
    figures = measure.figures(outcomes)
    assert figures.hints > 200 and figures.precision == 1.0


def test_most_wrong_answers_get_a_hint(outcomes):
    figures = measure.figures(outcomes)
    assert figures.wrong_answers > 100
    assert figures.coverage >= MIN_COVERAGE, measure.report(outcomes, unhinted=True)
