"""The exercises past the tutorials (issue #16): in the pack, fair under validate, and the hint they needed."""

from __future__ import annotations

import pytest
import torch
from conftest import REPO
from test_hints import diagnose, enc, leaf_with_grad, tags, text

from grader.alternatives import wrong_solutions
from grader.config import Config
from grader.spec import load_exercises
from grader.validate import validate

BEYOND = {
    "hessian_vector_product": "higher-order gradients",
    "hessian_logsumexp": "higher-order gradients",
    "jacobian_matrix": "higher-order gradients",
    "grad_allow_unused": "torch.autograd.grad",
    "hook_clip_grad": "hooks",
    "hook_scale_path": "hooks",
    "clip_grad_norm": "hooks",
    "per_sample_grads": "torch.func",
    "func_grad_callable": "torch.func",
    "custom_cube_function": "custom autograd Function",
    "linear_layer_grads": "nn.Module gradients",
    "inference_vs_no_grad": "gradient modes",
    "anomaly_nan_source": "anomaly detection",
}


def test_the_pack_has_the_exercises_beyond_the_tutorials_each_with_three_alternatives_and_wrong_solutions(repo_config: Config) -> None:
    exercises = {e.id: e for e in load_exercises(repo_config)}
    for ex_id, topic in BEYOND.items():
        assert exercises[ex_id].topic == topic
        assert len(list((REPO / "solutions" / "alternatives" / ex_id).glob("*.py"))) >= 3
        assert len(wrong_solutions(repo_config, exercises[ex_id])) >= 3


@pytest.mark.parametrize("ex_id", ["custom_cube_function", "inference_vs_no_grad"])
def test_validate_finds_the_exercise_fair(repo_config: Config, ex_id: str) -> None:
    report = validate(repo_config, only=[ex_id], jobs=1)
    (ex,) = report.exercises
    assert ex.ok
    figures = ex.figures()
    assert figures.killed == figures.mutants and figures.hints_right == figures.hints


def test_an_untracked_return_is_no_broken_graph_when_the_reference_returns_one_too() -> None:
    # inference_vs_no_grad returns only tensors made with recording off: a missing backward() there
    # is a missing call, not a computation cut from the graph.
    x = torch.ones(2, requires_grad=True)
    with torch.no_grad():
        untracked = x * 2
    h = diagnose(
        "x.grad",
        leaf_with_grad(torch.ones(2)),
        enc(x, calls=0),
        found_return=untracked,
        expected_return=untracked,
        autograd_runs=1,
        expected_autograd_runs=2,
    )
    assert tags(h) == {"backward_count", "no_backward"} and "1 time(s)" in text(h) and "2 were expected" in text(h)


def test_an_untracked_return_is_still_a_broken_graph_when_the_reference_returns_a_tracked_one() -> None:
    x = torch.ones(2, requires_grad=True)
    h = diagnose(
        "x.grad",
        leaf_with_grad(torch.ones(2)),
        enc(x, calls=0),
        found_return=(x * 2).sum().detach(),
        expected_return=(x * 2).sum(),
        autograd_runs=0,
    )
    assert tags(h) == {"broken_graph"}
