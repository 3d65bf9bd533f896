"""The course's three founding exercises: a correct and several wrong submissions each.

Expected grades are never typed in: the correct submission must earn what the
exercise file says its checks are worth, and each wrong one must fail exactly
the checks named here.
"""

from __future__ import annotations

import pytest
from conftest import GradeFn, failing

from grader.config import Config
from grader.grading import Grader, open_grader

CORRECT = {
    "mean_square_grad": "def mean_square_grad(x):\n    out = 3 * (x + 2) ** 2\n    out = out.mean()\n    out.backward()\n    return out\n",
    "zero_accumulated_grads": (
        "import torch\n"
        "def zero_accumulated_grads(w, steps):\n"
        "    opt = torch.optim.SGD([w], lr=0.0)\n"
        "    grads = []\n"
        "    for _ in range(steps):\n"
        "        opt.zero_grad()\n"
        "        (w * 3).sum().backward()\n"
        "        grads.append(w.grad.detach().clone())\n"
        "    return grads\n"
    ),
    "vector_backward": "import torch\ndef vector_backward(x, v):\n    z = 3 * torch.pow(x + 2, 2)\n    z.backward(gradient=v)\n    return z\n",
}

WRONG = [
    ("mean_square_grad", "def mean_square_grad(x):\n    out = (3 * (x + 2) ** 2).sum()\n    out.backward()\n    return out\n",
     # Every value is the right one times the element count, hidden ones too (a recognised mistake): the rest of the
     # work (one backward pass, x left alone, out tracked) counts beside it, as it would beside a right value.
     {"out_value", "x_grad", "x_grad_hidden", "out_value_hidden"}, "where the mean was asked for"),
    ("mean_square_grad", "def mean_square_grad(x):\n    return (3 * (x + 2) ** 2).mean()\n",
     {"x_grad", "x_backward_calls", "x_unchanged", "x_grad_hidden"}, "autograd never ran"),
    ("mean_square_grad", "def mean_square_grad(x):\n    out = (3 * (x + 2) ** 2).mean()\n    out.backward()\n    return out.item()\n",
     {"out_value", "out_requires_grad", "out_value_hidden"}, "no .item()"),
    ("zero_accumulated_grads", "def zero_accumulated_grads(w, steps):\n    g = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        g.append(w.grad.clone())\n    return g\n",
     # The entries are the running sums (a recognised mistake): copies taken and w left alone count beside them.
     {"entries", "entries_hidden"}, "accumulates"),
    ("zero_accumulated_grads", "import torch\ndef zero_accumulated_grads(w, steps):\n    return [torch.full_like(w, 3.0).detach() for _ in range(steps)]\n",
     # 3s typed in are the gradient on every shape: they count only with the backward passes they record.
     {"backward_per_step", "w_unchanged", "backward_per_step_hidden", "entry_count", "entries", "entries_are_copies", "entries_hidden"},
     "backward() never ran through w"),
    ("zero_accumulated_grads", "def zero_accumulated_grads(w, steps):\n    g = []\n    for _ in range(steps - 1):\n        (w * 3).sum().backward()\n        g.append(w.grad.clone())\n        w.grad.zero_()\n    return g\n",
     # One step too few (a known mistake, on hidden cases too), which also gives one pass and one entry too few:
     # copies taken and w left alone count beside it.
     {"entry_count", "entries", "entries_hidden", "backward_per_step", "backward_per_step_hidden"}, "one step too few"),
    ("vector_backward", "def vector_backward(x, v):\n    z = 3 * (x + 2) ** 2\n    z.backward()\n    return z\n",
     {"z_value", "z_shape", "x_grad", "x_backward_calls", "x_unchanged", "v_unchanged", "x_grad_hidden", "z_value_hidden"},
     "grad can be implicitly created only for scalar outputs"),
    ("vector_backward", "def vector_backward(x, v):\n    z = (3 * (x + 2) ** 2 * v).sum()\n    z.backward()\n    return z\n",
     {"z_value", "z_shape", "z_value_hidden"}, "reduced to a single value"),
]


@pytest.fixture(scope="module")
def course_grader(repo_config: Config) -> Grader:
    return open_grader(repo_config, mode="grade", only=list(CORRECT))


def test_correct_submission_earns_every_point(repo_config: Config, course_grader: Grader, grade: GradeFn) -> None:
    r = grade(repo_config, "".join(CORRECT.values()), grader=course_grader)
    for ex in course_grader.exercises:
        result = r.exercise(ex.id)
        assert result.status == "passed", result
        assert result.score == ex.points
    assert r.score == r.max_score == sum(ex.points for ex in course_grader.exercises)


@pytest.mark.parametrize(("exercise", "code", "fails", "words"), WRONG, ids=[f"{w[0]}-{i}" for i, w in enumerate(WRONG)])
def test_wrong_submission_fails_the_named_checks(
    repo_config: Config, course_grader: Grader, grade: GradeFn, exercise: str, code: str, fails: set[str], words: str
) -> None:
    others = "".join(c for ex, c in CORRECT.items() if ex != exercise)
    r = grade(repo_config, others + code, grader=course_grader)
    assert failing(r, exercise) == fails
    ex = r.exercise(exercise)
    feedback = " ".join(f"{c.message} {c.hint or ''}" for c in ex.checks)
    assert words in feedback
    assert ex.score < ex.max_score
    assert all(e.status == "passed" for e in r.exercises if e.id != exercise)


def test_tutorial_numbers_appear_in_public_feedback(repo_config: Config, course_grader: Grader, grade: GradeFn) -> None:
    r = grade(repo_config, CORRECT["mean_square_grad"].replace(".mean()", ".sum()") + CORRECT["zero_accumulated_grads"] + CORRECT["vector_backward"], grader=course_grader)
    x_grad = next(c for c in r.exercise("mean_square_grad").checks if c.name == "x_grad")
    assert x_grad.expected == "tensor([[4.5, 4.5], [4.5, 4.5]])"
    assert x_grad.found == "tensor([[18., 18.], [18., 18.]])"
