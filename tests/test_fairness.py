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
    min_partial_credit: float
    """Share of answers labelled partial that earn some points (a fair instructor's partial is some credit, and the
    verdicts above count any score short of full as partial). Raise it as it grows; never lower it to make a change pass.
    Set a few answers below the figure measured: a recognised mistake must hold on hidden cases too, whose inputs the
    course's secret draws (a fresh clone has its own), so one or two answers move with the draw (effort: 95 or 94 of 102)."""
    max_honest_held: int = 0
    """Answers labelled full or partial whose points are held for review: each is an instructor's reading, the price of
    holding answers fitted to the examples (a method that works on the examples' shapes only looks the same)."""


CORPORA = [
    # The five tutorials' exercises (rounds A to C, G, H, I2, J2, J3, K1, L2, M2, N1, N3, N4, N7 to N16, N18, N28; H3,
    # I2, J3, L2, N4, N8 to N15, N18 and N28 wrote notebooks, H3, N3, N4, N7 to N13, N15, N16, N18 and N28 some on
    # exercises beyond). The honest answers held are
    # methods right on the examples' shapes or numbers only (a sum divided by a typed-in 3, twice; a mean over rows right
    # for vectors; a learning rate fixed at the examples' 0.01; grad_fn names that hold on 2-D inputs): what the hold is for.
    Corpus("tutorials", HERE, min_labels=250, min_wrong_answers=100, min_hints=200, min_coverage=0.90, min_partial_credit=0.87, max_honest_held=5),
    # The exercises beyond the tutorials (rounds D, E, F, I1, J1, K1, L1, M1, N19, N20, N22, N23, N24, N25, N26 and N27,
    # M1 and N22 in notebooks, N24 to N27 over all 40; tests/fairness/beyond/NOTES.md). The honest answers held are
    # methods for vectors only (torch.dot, three; a sum over dim 0, N26's az024), right on the 1-D examples and raising
    # on the hidden matrices, and a mean divided by a typed-in 3 (N25's ay011).
    Corpus("beyond", HERE / "beyond", min_labels=100, min_wrong_answers=40, min_hints=60, min_coverage=0.85, min_partial_credit=0.80, max_honest_held=5),
    # Do-nothing, fished-for and honest partial work over all 40 exercises (rounds N2, N5, N6, N17 and N21;
    # tests/fairness/effort/NOTES.md). The honest answer held is a sum divided by a typed-in 3, right on the example only.
    Corpus("effort", HERE / "effort", min_labels=400, min_wrong_answers=50, min_hints=100, min_coverage=0.90, min_partial_credit=0.91, max_honest_held=1),
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
    # A relabel is an exception, each with its reason; if many labels moved (more than 1 in 25), the corpus is stale.
    assert len(relabelled) <= max(10, len(labels) // 25)


@pytest.fixture(scope="module")
def outcomes(corpus: Corpus) -> list[measure.Outcome]:
    return measure.measure(measure.repo_config(), corpus=corpus.folder)


KNOWN_DISAGREEMENTS: set[str] = {
    # Rounds N2 and N5, measured held out (447/470 and 61/72), then 520/542 with the fixes of their kinds. What is left
    # earns 1 to 7 points of a zero label from facts about results made from the wrong things: a grad_fn name, a flag
    # or a length of `x * 1`, of clones of the inputs, of a chain run on a fresh tensor. Telling those from an honest
    # result needs to know which inputs a result's graph reaches, and a first try at that (a result on a graph must
    # reach the reference's inputs) also took points and gave a broken_graph hint to 14 honest answers that track a
    # copy (requires_grad_inheritance): not adopted.
    "ab004_all_zero_clone_inputs.py",  # a length or is_leaf of clones: 1 point on 3 exercises
    "ab006_all_zero_fake_zero_grads.py",  # `x * 1` has the MulBackward0 and is not a leaf: 1 to 3 points on 5 exercises
    "ab052_linear_partials_zero_own_tensors.py",  # its own tensors' AddBackward0: 1 of 16
    "ab058_chain_mean_square_grad_zero_unrelated_chain.py",  # x, 2x, mean(x): two grad_fn names, 2 of 12
    "ae020_grad_fn_names_zero_times_one_nodes.py",  # six `a * 1`-style nodes with the right names: 7 of 13
    "ae021_chain_mean_square_grad_zero_fresh_random_chain.py",  # the chain on a fresh tensor: three names, 3 of 12
    "ae072_chain_rule_scalars_zero_fresh_leaf_chain.py",  # chain_w a fresh leaf times 1, its values typed in: 5 of 12
    "ae069_legacy_variable_api_zero_plausible_names.py",  # a typed 27 times 1: result_grad_fn and result_value, 2 of 16
    # A loss of pred against itself (MSELoss): its grad_fn is the right MseLossBackward0, 1 of 10; honest answers with
    # reduction='sum' have only that right too, and keep it.
    "ab065_mse_loss_grad_zero_loss_against_itself.py",
    "ae042_mse_loss_grad_zero_target_is_pred.py",
    # The error raised by hand fails its check; the one-element z beside it, computed, keeps 1 point. (A z that is
    # not a leaf no longer does: the first input times one has that too, so it counts only beside a right value.)
    "ae025_nonscalar_backward_error_zero_raise_by_hand.py",
    # The prompt's two lines copied, backward() commented out: out is right (1 of 9), which the labeller counts as nothing.
    "ae054_hook_scale_path_zero_unfinished_copy.py",
    # Round N6, measured held out after the fixes above: the first kind (six grad_fn names on typed-in values, 6 of 13).
    "af022_grad_fn_names_zero_fake_nodes_typed_values.ipynb",
    # Round N21, measured held out: the forward value the prompt asks for, computed, where the gradient never was (the
    # round's brief listed that as little work, and the labeller counts it as nothing). The rubric gives the value's
    # own points, as for ae054 above: f = 2x^2 + 5x + 6 (2 of 9), x ** 3 with no Function (1 of 15), a and b = 2x
    # made with grad mode on (2 of 11).
    "au058_backward_with_ones_zero_forward_only.py",
    "au037_custom_cube_function_zero_forward_only_no_function.py",
    "au054_inference_vs_no_grad_zero_plain_products.py",
    # Round N21: the gradient of the summed loss copied into every row, which the prompt says is not the answer. It is
    # the author's known mistake (solutions/wrong/per_sample_grads/), recognised on every case, so what the work guards
    # (autograd used, the inputs left alone) counts beside it: 4 of 11, where the labeller gives nothing.
    "au010_per_sample_grads_zero_summed_grad_repeated.py",
}
"""Verdicts known to differ from the label, each with why: fixing one, or a new one, turns the suite red."""


def test_every_verdict_is_the_fair_one(outcomes: list[measure.Outcome]) -> None:
    disagreements = [o for o in outcomes if not o.agrees and o.label.file not in KNOWN_DISAGREEMENTS]
    assert not disagreements, measure.report(disagreements)
    known = {o.label.file for o in outcomes if not o.agrees} & KNOWN_DISAGREEMENTS
    present = {o.label.file for o in outcomes} & KNOWN_DISAGREEMENTS
    assert known == present, f"now fair, take them off KNOWN_DISAGREEMENTS: {sorted(present - known)}"


KNOWN_WRONG_HINTS = {
    # It gets the hint by elimination ("the formula itself differs"): autograd ran as in the reference and nothing
    # else in the run explains the values. It differentiates with respect to x instead of w; nothing the run
    # records tells that from another formula.
    "g001_per_sample_grads_wrong_grad_wrt_x.py",
    # Round K1, measured held-out: it rebinds w (w = w - lr * w.grad) each step. The hint says the later backward passes
    # ran on a new tensor, not on w, which is what rebinding does; the labeller tagged it stale, the hint
    # broken_graph/operation. Kept as measured rather than relabelled.
    "v001_manual_sgd_step_wrong_rebind.py",
    # Round N13, measured held out: each mistake gives exactly the values of a sum for a mean, and the hints say so
    # (a learning rate divided by the number of points is a mean's step where a sum was asked; backward() on the
    # product with a gradient of ones is a sum's gradient where the mean's was asked). The labeller tagged both
    # operation: the hints describe an equivalent mistake, not the one written. Kept as measured.
    "am041_fit_parabola_gd_partial_lr_divided_by_n.py",
    "am058_mean_product_grad_partial_backward_on_product.ipynb",
    # A mean along the last axis, then summed: on x_grad's two cases, both of two rows, that is the gradient of the
    # formula with its 3 doubled, and the slip's hint says so (one number changed). Its hidden checks, on three rows
    # and on a vector, tell it apart, and out_value's hint names the sum for a mean. Kept as measured.
    "c004_mean_square_grad_wrong_row_means_summed.py",
    # Round N19, measured held out: z's gradient typed in as None, never asked of torch.autograd.grad. The hint says
    # exactly that (no call asked for z's gradient); the labeller found no tag for it and chose steps, the hint's is
    # operation. Kept as measured.
    "as050_grad_allow_unused_partial_z_not_asked.py",
    # Round N21, measured held out: the same mistake as as050, the same tag disagreement (steps against operation).
    "au028_grad_allow_unused_partial_z_not_asked.py",
    # Round N21: the bias gradient left as a placeholder, torch.zeros(2). The hint guesses the gradient kept by reference
    # that zero_grad() wiped (the model is the function's own, so nothing observed tells .grad from a fresh tensor);
    # the labeller tagged operation. Kept as measured.
    "au003_linear_layer_grads_partial_bias_grad_zeros.py",
    # Round N28: step 4 of retain_graph_backward left as the starter's `...`. The hint says so (still the starter's
    # placeholder, that step not done); tags.md has no tag for a step not begun, the hint's is steps, the labeller's
    # backward_count (the step is a backward call). One exercise of a whole notebook: its others are still checked.
    "bb006_out_of_time.ipynb::retain_graph_backward",
}
"""Hints known to name the wrong mistake, each with why (a file, or one exercise of it as ``file::exercise``): fixing
one, or a new one, turns the suite red."""


def _known_wrong(o: measure.Outcome) -> str | None:
    """The entry of :data:`KNOWN_WRONG_HINTS` an outcome falls under, if any."""
    for key in (o.label.file, f"{o.label.file}::{o.label.exercise}"):
        if key in KNOWN_WRONG_HINTS:
            return key
    return None


def test_no_hint_names_a_mistake_the_student_did_not_make(corpus: Corpus, outcomes: list[measure.Outcome]) -> None:
    wrong = [o for o in outcomes if o.wrong_hints and _known_wrong(o) is None]
    assert not wrong, measure.report(wrong)
    known = {key for o in outcomes if o.wrong_hints and (key := _known_wrong(o)) is not None}
    present = {key for o in outcomes if (key := _known_wrong(o)) is not None}
    assert known == present, f"now right, take them off KNOWN_WRONG_HINTS: {sorted(present - known)}"
    figures = measure.figures(outcomes)
    assert figures.hints > corpus.min_hints
    known_wrong = sum(len(o.wrong_hints) for o in outcomes if _known_wrong(o) is not None)
    assert figures.right_hints + known_wrong == figures.hints


def test_most_wrong_answers_get_a_hint(corpus: Corpus, outcomes: list[measure.Outcome]) -> None:
    figures = measure.figures(outcomes)
    assert figures.wrong_answers > corpus.min_wrong_answers
    assert figures.coverage >= corpus.min_coverage, measure.report(outcomes, unhinted=True)


def test_few_honest_answers_are_held_for_review(corpus: Corpus, outcomes: list[measure.Outcome]) -> None:
    held = [o.label.file for o in outcomes if o.result.review and o.label.verdict != "zero"]
    assert len(held) <= corpus.max_honest_held, held


def test_partial_work_earns_some_points(corpus: Corpus, outcomes: list[measure.Outcome]) -> None:
    figures = measure.figures(outcomes)
    assert figures.partial_credit >= corpus.min_partial_credit, [
        f"{o.label.file} [{o.label.exercise}] {o.label.why}" for o in outcomes if o.label.verdict == "partial" and o.result.score == 0
    ]
