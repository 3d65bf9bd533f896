"""Every kind of check, passing and failing, graded end to end through the sandbox."""

from __future__ import annotations

import pytest
from conftest import Course, GradeFn, failing

from grader.grading import Grader, open_grader

EXERCISES = {
    "tensor_value": ("def tensor_value(x):\n    return (x * 2).detach()\n", "tensor_value", "[x]", """
cases: [{name: c, inputs: {x: {tensor: [1.0, 2.0, 3.0]}}}]
checks: [{name: value, target: return}]
"""),
    "strict_dtype": ("def strict_dtype(x):\n    return (x * 2).detach()\n", "strict_dtype", "[x]", """
cases: [{name: c, inputs: {x: {tensor: [1.0, 2.0, 3.0]}}}]
checks: [{name: value, target: return, exact_dtype: true, stated: "as float32"}]
"""),
    "grad_value": ("def grad_value(x):\n    (x ** 2).sum().backward()\n", "grad_value", "[x]", """
cases: [{name: c, inputs: {x: {tensor: [1.0, 2.0, 3.0], requires_grad: true}}}]
checks: [{name: grad, target: x.grad}]
"""),
    "grad_fn_kind": ("def grad_fn_kind(x):\n    return x.mean(), x.detach().clone().requires_grad_()\n", "grad_fn_kind", "[x]", """
cases: [{name: c, inputs: {x: {tensor: [1.0, 2.0], requires_grad: true}}}]
checks:
  - {name: mean_node, target: "return[0].grad_fn", accept: [DivBackward0]}
  - {name: new_leaf_has_none, target: "return[1].grad_fn", stated: "a new leaf"}
"""),
    "flags": ("def flags(x):\n    return x * 2\n", "flags", "[x]", """
cases: [{name: c, inputs: {x: {tensor: [[1.0, 2.0]], requires_grad: true}}}]
checks:
  - {name: requires_grad, target: return.requires_grad}
  - {name: is_leaf, target: return.is_leaf}
  - {name: shape, target: return.shape}
  - {name: dtype, target: return.dtype, stated: "as float32"}
"""),
    "plain": ("def plain(n):\n    return n * 2, [1, 2, n], n > 1, 'MeanBackward0'\n", "plain", "[n]", """
cases: [{name: c, inputs: {n: 3}}]
checks:
  - {name: number, target: "return[0]"}
  - {name: list, target: "return[1]"}
  - {name: flag, target: "return[2]"}
  - {name: text, target: "return[3]"}
"""),
    "raises": ("def raises(x):\n    x.sum().backward()\n", "raises", "[x]", """
cases: [{name: c, inputs: {x: {tensor: [1.0, 2.0]}}}]
checks: [{name: error, target: raised, match: "does not require grad"}]
"""),
    "sequence": (
        "def sequence(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad.clone())\n        w.grad.zero_()\n    return out\n",
        "sequence", "[w, steps]", """
cases: [{name: c, inputs: {w: {full: [2], value: 1.0, requires_grad: true}, steps: 3}}]
checks: [{name: grads, target: return}, {name: calls, target: w.backward_calls}]
"""),
    "record": (
        "def record(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad.clone())\n        w.grad.zero_()\n    return out\n",
        "record", "[w, steps]", """
cases: [{name: c, inputs: {w: {full: [2], value: 1.0, requires_grad: true}, steps: 3}}]
checks:
  - {name: grads, target: return}
  - {name: w_unchanged, target: w.changed, requires: [grads]}
"""),
}

VARIABLES = """
id: notebook_vars
title: Variables
prompt: Define them.
variables: [nb_x, nb_y]
checks:
  - {name: y_value, target: nb_y}
  - {name: x_grad, target: nb_x.grad}
"""
VARIABLES_SOLUTION = "import torch\nnb_x = torch.ones(2, requires_grad=True)\nnb_y = (nb_x * 4).sum()\nnb_y.backward()\n"

CORRECT = "import torch\n" + "".join(code for code, *_ in EXERCISES.values()) + VARIABLES_SOLUTION


@pytest.fixture(scope="module")
def checks_course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    course = Course(tmp_path_factory.mktemp("checks"))
    for ex_id, (code, fn, params, rest) in EXERCISES.items():
        head = f"id: {ex_id}\ntitle: {ex_id}\nprompt: Return a mean and a new leaf, as float32.\nfunction: {{name: {fn}, params: {params}}}\n"
        course.exercise(ex_id, head + rest.lstrip("\n"), "import torch\n" + code)
    course.exercise("notebook_vars", VARIABLES, VARIABLES_SOLUTION)
    return course


@pytest.fixture(scope="module")
def checks_grader(checks_course: Course) -> Grader:
    return open_grader(checks_course.config, mode="grade")


def test_correct_submission_passes_every_kind(checks_course: Course, checks_grader: Grader, grade: GradeFn) -> None:
    r = grade(checks_course.config, CORRECT, grader=checks_grader)
    assert {e.id: e.status for e in r.exercises} == {e: "passed" for e in [*EXERCISES, "notebook_vars"]}
    assert r.score == r.max_score == sum(len(ex.checks) for ex in checks_grader.exercises)


# (exercise, replacement code appended after the correct one, failing checks, words in the feedback)
WRONG = [
    ("tensor_value", "def tensor_value(x):\n    return (x * 3).detach()\n", {"value"}, "3 of 3 values differ"),
    ("tensor_value", "def tensor_value(x):\n    return (x * 2).sum().detach()\n", {"value"}, "expected shape (3,), found ()"),
    ("strict_dtype", "def strict_dtype(x):\n    return (x * 2).double().detach()\n", {"value"}, "expected dtype torch.float32, found torch.float64"),
    ("tensor_value", "def tensor_value(x):\n    return (x * 2).tolist()\n", {"value"}, "expected a tensor, found a list"),
    ("grad_value", "def grad_value(x):\n    (x ** 3).sum().backward()\n", {"grad"}, "values differ"),
    ("grad_value", "def grad_value(x):\n    (x.detach() ** 2).sum()\n", {"grad"}, "expected a tensor, found None"),
    ("grad_fn_kind", "def grad_fn_kind(x):\n    return x.sum(), x * 1\n", {"mean_node", "new_leaf_has_none"}, "a sum (SumBackward0), but a mean"),
    # A detached result is also a leaf again: both checks catch it. Its shape and dtype still count: `x * 1`, a null
    # submission, passes every check of this exercise, so none is work to count the others beside (grader validate
    # tells the author that such an exercise proves nothing).
    ("flags", "def flags(x):\n    return (x * 2).detach()\n", {"requires_grad", "is_leaf"}, "not connected to the graph"),
    ("flags", "def flags(x):\n    return (x * 2).detach().requires_grad_()\n", {"is_leaf"}, "expected False, found True"),
    ("flags", "def flags(x):\n    return (x * 2).flatten()\n", {"shape"}, "expected 2 entries, found 1"),
    ("flags", "def flags(x):\n    return x.double() * 2\n", {"dtype"}, "expected torch.float32, found torch.float64"),
    ("plain", "def plain(n):\n    return n * 2.5, [1, 2], n > 5, 'SumBackward0'\n", {"number", "list", "flag", "text"}, "expected 6, found 7.5"),
    ("raises", "def raises(x):\n    try:\n        x.sum().backward()\n    except RuntimeError:\n        pass\n", {"error"}, "but nothing was raised"),
    ("raises", "def raises(x):\n    raise RuntimeError('something else')\n", {"error"}, "does not match"),
    ("raises", "def raises(x):\n    raise RuntimeError('element 0 of tensors does not require grad')\n", {"error"}, "raised by a raise statement in your code, not by PyTorch"),
    ("raises", "def raises(x):\n    try:\n        x.sum().backward()\n    except RuntimeError as e:\n        raise RuntimeError(str(e))\n", {"error"}, "not by PyTorch"),
    ("sequence", "def sequence(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad.clone())\n    return out\n", {"grads"}, "accumulates"),
    ("record", "def record(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad)\n        w.grad.zero_()\n    return out\n", {"grads", "w_unchanged"}, "is w.grad itself"),
    ("record", "def record(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad.clone())\n        w.grad.zero_()\n    w.data += 1\n    return out\n", {"w_unchanged"}, "changed the values of w"),
    ("record", "def record(w, steps):\n    return []\n", {"grads", "w_unchanged"}, "counts only once grads passes"),
    ("sequence", "import torch\ndef sequence(w, steps):\n    return [torch.full_like(w, 3.0).detach() for _ in range(steps)]\n", {"calls"}, "backward() never ran through w"),
]


@pytest.mark.parametrize(("exercise", "code", "fails", "words"), WRONG, ids=[f"{w[0]}-{i}" for i, w in enumerate(WRONG)])
def test_wrong_answer_fails_exactly_the_right_checks(
    checks_course: Course, checks_grader: Grader, grade: GradeFn, exercise: str, code: str, fails: set[str], words: str
) -> None:
    r = grade(checks_course.config, CORRECT + code, grader=checks_grader)
    assert failing(r, exercise) == fails
    feedback = " ".join(f"{c.message} {c.hint or ''}" for c in r.exercise(exercise).checks)
    assert words in feedback
    others = [e for e in r.exercises if e.id != exercise]
    assert all(e.status == "passed" for e in others)


# (exercise, code, hint words expected, hint words never shown, mistake tags of the failing check)
EVIDENCE = [
    # Three backward calls with no reset: accumulation, named with its counter evidence.
    ("sequence", "def sequence(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad.clone())\n    return out\n", ".grad accumulates", "itself", ["accumulation"]),
    # Entry [1] is 2x, like accumulation, but every step reset the gradient: no accumulation hint.
    ("sequence", "def sequence(w, steps):\n    out = []\n    for i in range(steps):\n        (w * 3 * (i + 1)).sum().backward()\n        out.append(w.grad.clone())\n        w.grad.zero_()\n    return out\n", "", "accumulat", []),
    # w.grad stored without a copy: the alias is the evidence.
    ("record", "def record(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad)\n        w.grad.zero_()\n    return out\n", "clone()", "accumulat", ["stored_reference"]),
    # Reset with = None: storing w.grad itself is then right (a new tensor each step).
]


@pytest.mark.parametrize(("exercise", "code", "says", "never", "tags"), EVIDENCE, ids=[f"{e[0]}-{i}" for i, e in enumerate(EVIDENCE)])
def test_hints_need_evidence_for_their_mistake(
    checks_course: Course, checks_grader: Grader, grade: GradeFn, exercise: str, code: str, says: str, never: str, tags: list[str]
) -> None:
    r = grade(checks_course.config, CORRECT + code, grader=checks_grader)
    [check] = [c for c in r.exercise(exercise).checks if c.name == "grads"]
    assert check.status == "failed"
    assert says in (check.hint or "") and never not in (check.hint or "").lower()
    assert check.hint_tags == tags


@pytest.mark.parametrize(
    ("exercise", "code"),
    [
        ("grad_fn_kind", "def grad_fn_kind(x):\n    return x.sum() / x.numel(), x.detach().clone().requires_grad_()\n"),
        ("tensor_value", "def tensor_value(x):\n    return (x.double() * 2).detach()\n"),
        ("record", "def record(w, steps):\n    out = []\n    for _ in range(steps):\n        (w * 3).sum().backward()\n        out.append(w.grad)\n        w.grad = None\n    return out\n"),
    ],
    ids=["mean-as-sum-over-numel", "float64-where-no-dtype-is-stated", "grad-reset-to-none"],
)
def test_right_answers_in_another_style_pass(checks_course: Course, checks_grader: Grader, grade: GradeFn, exercise: str, code: str) -> None:
    r = grade(checks_course.config, CORRECT + code, grader=checks_grader)
    assert r.exercise(exercise).status == "passed", [c.message for c in r.exercise(exercise).checks]


def test_variables_exercise_failing(checks_course: Course, checks_grader: Grader, grade: GradeFn) -> None:
    wrong = CORRECT + "nb_x = torch.ones(2)\nnb_y = (nb_x * 4).sum()\n"
    r = grade(checks_course.config, wrong, grader=checks_grader)
    assert failing(r, "notebook_vars") == {"x_grad"}
    check = r.exercise("notebook_vars").checks[1]
    assert "nb_x does not require grad" in (check.hint or "")


def test_variables_missing_points_to_what_to_define(checks_course: Course, checks_grader: Grader, grade: GradeFn) -> None:
    r = grade(checks_course.config, CORRECT.replace(VARIABLES_SOLUTION, ""), grader=checks_grader)
    ex = r.exercise("notebook_vars")
    assert ex.status == "error"
    assert ex.message == "`nb_x`, `nb_y` are not defined: your module needs `nb_x = ...`"


def test_check_mode_runs_only_public_checks(checks_course: Course, grade: GradeFn, tmp_path_factory: pytest.TempPathFactory) -> None:
    course = Course(tmp_path_factory.mktemp("hidden"))
    course.exercise(
        "hid",
        """
id: hid
title: Hidden
prompt: p
function: {name: hid, params: [x]}
cases:
  - {name: public_case, inputs: {x: {tensor: [1.0]}}}
  - {name: secret, inputs: {x: {random: normal, shape: [4]}}}
checks:
  - {name: public_value, target: return, cases: [public_case]}
  - {name: hidden_value, target: return, cases: [secret], visibility: hidden, points: 3}
""",
        "def hid(x):\n    return x + 1\n",
    )
    hard_coded = "import torch\ndef hid(x):\n    return torch.tensor([2.0])\n"
    checked = grade(course.config, hard_coded, mode="check")
    assert checked.score == checked.max_score == 1
    assert [c.name for c in checked.exercise("hid").checks] == ["public_value"]
    assert checked.hidden_checks == 1 and checked.exercise("hid").hidden_points == 3
    graded = grade(course.config, hard_coded, mode="grade")
    hidden = graded.exercise("hid").checks[1]
    assert hidden.status == "failed"
    assert "on a hidden case" in hidden.message
    assert hidden.expected is None and hidden.found is None  # nothing hidden is shown


def test_how_a_tensor_was_made_and_who_updated_an_input(tmp_path_factory: pytest.TempPathFactory, grade: GradeFn) -> None:
    course = Course(tmp_path_factory.mktemp("how"))
    course.exercise(
        "how",
        """
id: how
title: How
prompt: Compute paused inside torch.no_grad(), then take one torch.optim.SGD step on p.
function: {name: how, params: [t, p]}
cases:
  - {name: c, inputs: {t: {tensor: [1.0, 2.0], requires_grad: true}, p: {tensor: [1.0, 2.0], requires_grad: true}}}
checks:
  - {name: paused, target: return.under_no_grad}
  - {name: stepped, target: p.optimizer_steps}
""",
        "import torch\ndef how(t, p):\n    with torch.no_grad():\n        paused = t * 3\n    opt = torch.optim.SGD([p], lr=0.1)\n    (p * p).sum().backward()\n    opt.step()\n    return paused\n",
    )
    decorated = "import torch\n@torch.no_grad()\ndef helper(t):\n    return t * 3\ndef how(t, p):\n    opt = torch.optim.SGD([p], lr=0.1)\n    (p * p).sum().backward()\n    opt.step()\n    return helper(t)\n"
    assert grade(course.config, decorated).exercise("how").status == "passed"
    by_hand = (
        "import torch\ndef how(t, p):\n    paused = (t * 3).detach()\n    (p * p).sum().backward()\n"
        "    with torch.no_grad():\n        p -= 0.1 * p.grad\n    return paused\n"
    )
    checks = {c.name: c for c in grade(course.config, by_hand).exercise("how").checks}
    assert checks["paused"].status == "failed" and checks["paused"].hint_tags == ["grad_mode"]
    assert checks["stepped"].status == "failed" and "torch.optim.SGD([p]" in (checks["stepped"].hint or "")


def test_an_error_on_a_hidden_case_does_not_quote_its_values(tmp_path_factory: pytest.TempPathFactory, grade: GradeFn) -> None:
    course = Course(tmp_path_factory.mktemp("leak"))
    course.exercise(
        "leak",
        """
id: leak
title: Leak
prompt: Return x.
function: {name: leak, params: [x]}
cases:
  - {name: public_case, inputs: {x: {tensor: [1.0]}}}
  - {name: secret_shape, inputs: {x: {random: normal, shape: [7, 3]}}}
checks:
  - {name: value, target: return, cases: [public_case]}
  - {name: value_hidden, target: return, cases: [secret_shape], visibility: hidden}
""",
        "def leak(x):\n    return x\n",
    )
    # Student code that tries to smuggle the hidden input out through an error message.
    code = "def leak(x):\n    if x.numel() > 1:\n        raise ValueError(f'{tuple(x.shape)} {x.sum().item():.6f} {x}')\n    return x\n"
    hidden = {c.name: c for c in grade(course.config, code).exercise("leak").checks}["value_hidden"]
    assert hidden.status == "failed" and "ValueError" in hidden.message
    assert "7" not in hidden.message and "secret_shape" not in hidden.message


def test_autograd_runs_tell_a_gradient_from_a_formula_inside_the_function(tmp_path_factory: pytest.TempPathFactory, grade: GradeFn) -> None:
    course = Course(tmp_path_factory.mktemp("runs"))
    course.exercise(
        "fit",
        """
id: fit
title: Fit
prompt: Start from w = 0 and take two gradient steps on (w - x)^2 with autograd, lr 0.25; return w.
function: {name: fit, params: [x]}
cases:
  - {name: c, inputs: {x: 3.0}}
checks:
  - {name: w, target: return}
  - {name: by_autograd, target: autograd_runs}
""",
        "import torch\ndef fit(x):\n    w = torch.zeros(1, requires_grad=True)\n    for _ in range(2):\n        ((w - x) ** 2).sum().backward()\n"
        "        with torch.no_grad():\n            w -= 0.25 * w.grad\n            w.grad.zero_()\n    return w.detach()\n",
    )
    # torch.autograd.grad imported under another name is autograd too.
    other_style = (
        "import torch\nfrom torch.autograd import grad as g\ndef fit(x):\n    w = torch.zeros(1, requires_grad=True)\n"
        "    for _ in range(2):\n        (d,) = g(((w - x) ** 2).sum(), w)\n        w = (w - 0.25 * d).detach().requires_grad_()\n    return w.detach()\n"
    )
    assert grade(course.config, other_style).exercise("fit").status == "passed"
    by_formula = "import torch\ndef fit(x):\n    w = torch.zeros(1)\n    for _ in range(2):\n        w = w - 0.25 * 2 * (w - x)\n    return w\n"
    checks = {c.name: c for c in grade(course.config, by_formula).exercise("fit").checks}
    assert checks["w"].status == "passed" and checks["by_autograd"].status == "failed"
    assert checks["by_autograd"].hint_tags == ["no_backward"]


def test_answers_typed_in_for_the_examples_earn_nothing_and_a_method_right_on_them_only_is_held_for_review(tmp_path_factory: pytest.TempPathFactory, grade: GradeFn) -> None:
    course = Course(tmp_path_factory.mktemp("typed"))
    course.exercise(
        "cube_grad",
        """
id: cube_grad
title: Cube gradient
prompt: Compute out = (x ** 3).sum() for a leaf x that requires grad, call out.backward() and return x.grad.
function: {name: cube_grad, params: [x]}
cases:
  - {name: example, inputs: {x: {tensor: [1.0, 2.0], requires_grad: true}}}
  - {name: other, inputs: {x: {random: normal, shape: [3], requires_grad: true}}}
checks:
  - {name: grad, target: return, cases: [example], points: 3}
  - {name: x_unchanged, target: x.changed, cases: [example], requires: [grad]}
  - {name: grad_hidden, target: return, cases: [other], visibility: hidden, points: 2}
""",
        "def cube_grad(x):\n    (x ** 3).sum().backward()\n    return x.grad\n",
    )
    typed = "import torch\ndef cube_grad(x):\n    return torch.tensor([3.0, 12.0])\n"
    result = grade(course.config, typed).exercise("cube_grad")
    assert result.score == 0 and {c.status for c in result.checks} == {"failed"}
    assert "answers written in for the examples earn no points" in next(c.message for c in result.checks if c.name == "grad")
    # Right on the example, wrong elsewhere, but by autograd: a method bound to the example's shape, or answers
    # written in behind real-looking work. The run cannot tell which: the points are held until a person reads it.
    shape_bound = "import torch\ndef cube_grad(x):\n    (x[:2] ** 3).sum().backward()\n    return x.grad[:2]\n"
    result = grade(course.config, shape_bound).exercise("cube_grad")
    assert result.score == 0 and result.review is not None and {c.status for c in result.checks} == {"failed"}
    assert "held for review" in next(c.message for c in result.checks if c.name == "grad")
    # A formula right everywhere is not typed in: only hidden cases failing together with no work done is.
    formula = "def cube_grad(x):\n    return 3 * x.detach() ** 2\n"
    assert grade(course.config, formula).exercise("cube_grad").score == 6
    # Typed in behind work that does not touch the call: a backward on a tensor of its own, a requires-grad leaf
    # around the numbers. The reference's backward reaches x, so only work that reaches an input counts.
    for disguise in (
        "    own = torch.ones(1, requires_grad=True)\n    (own * 2).sum().backward()\n    return torch.tensor([3.0, 12.0])\n",
        "    return torch.tensor([3.0, 12.0], requires_grad=True)\n",
    ):
        result = grade(course.config, f"import torch\ndef cube_grad(x):\n{disguise}").exercise("cube_grad")
        assert result.score == 0, (disguise, [(c.name, c.status, c.message) for c in result.checks])


def test_an_operation_pytorch_lacks_is_an_error_not_work_left_undone(tmp_path_factory: pytest.TempPathFactory, grade: GradeFn) -> None:
    course = Course(tmp_path_factory.mktemp("xor"))
    course.exercise(
        "gap",
        """
id: gap
title: Squared gap
prompt: Return ((x - 1) ** 2).sum() for a float tensor x.
function: {name: gap, params: [x]}
cases:
  - {name: example, inputs: {x: {tensor: [1.0, 2.0]}}}
checks:
  - {name: value, target: return}
""",
        "def gap(x):\n    return ((x - 1) ** 2).sum()\n",
    )
    # ^ is XOR, which PyTorch does not have for floats: it raises NotImplementedError, as the starter does.
    result = grade(course.config, "def gap(x):\n    return ((x - 1) ^ 2).sum()\n").exercise("gap")
    assert result.status == "failed" and "bitwise_xor" in result.checks[0].message
    starter = grade(course.config, "def gap(x):\n    raise NotImplementedError\n").exercise("gap")
    assert starter.status == "not_implemented"
