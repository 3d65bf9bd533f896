"""Mutation operators: each makes the mutant it promises, on small sources, and nothing else.

Pure text and syntax trees: nothing here runs a mutant (tests/test_validate.py grades them).
"""

from __future__ import annotations

import ast
import textwrap

import pytest
from conftest import REPO

from grader.config import load_config
from grader.hints import MISTAKES
from grader.mutate import MUTANT_ID, OPERATORS, Mutant, Target, mutants, mutants_of
from grader.spec import load_exercises


def src(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def of(operator: str, source: str, target: Target = Target()) -> dict[str, str]:
    """The mutants one operator makes: id -> full text."""
    return {m.id: m.source for m in mutants(src(source), target) if m.operator == operator}


def test_every_operator_names_only_known_mistakes() -> None:
    for op in OPERATORS.values():
        assert op.mistakes, op.name
        assert op.mistakes <= MISTAKES.keys(), op.name


def test_off_by_one_shortens_and_lengthens_the_loop() -> None:
    made = of(
        "off_by_one",
        """
        def f(w, steps):
            for _ in range(steps):
                w = w * 2
            return w
        """,
    )
    assert list(made) == ["off_by_one@2", "off_by_one@2.2"]
    assert "for _ in range(steps - 1):" in made["off_by_one@2"]
    assert "for _ in range(steps + 1):" in made["off_by_one@2.2"]


def test_off_by_one_moves_the_stop_of_a_two_argument_range_and_keeps_precedence() -> None:
    made = of("off_by_one", "for i in range(1, n if n else 3):\n    pass\n")
    assert "range(1, (n if n else 3) - 1)" in made["off_by_one@1"]


def test_drop_zero_grad_removes_each_kind_of_reset() -> None:
    made = of(
        "drop_zero_grad",
        """
        def f(w, opt):
            opt.zero_grad()
            w.grad.zero_()
            w.grad = None
            w.grad.data.zero_()
            w.zero_()
        """,
    )
    assert list(made) == ["drop_zero_grad@2", "drop_zero_grad@3", "drop_zero_grad@4", "drop_zero_grad@5"]  # w.zero_() is not a reset of a grad
    assert "opt.zero_grad()" not in made["drop_zero_grad@2"] and "w.grad.zero_()" in made["drop_zero_grad@2"]
    assert "    w.grad = None\n" not in made["drop_zero_grad@4"]


def test_drop_zero_grad_leaves_pass_in_a_block_it_empties() -> None:
    made = of("drop_zero_grad", "for _ in range(3):\n    x.grad.zero_()\n")
    assert made["drop_zero_grad@2"] == "for _ in range(3):\n    pass\n"


def test_swap_mean_sum_swaps_methods_functions_and_reductions() -> None:
    made = of(
        "swap_mean_sum",
        """
        import torch
        from torch import nn
        import torch.nn.functional as F

        def _loss(a):
            return a

        a = x.mean()
        b = torch.sum(x, dim=0)
        c = F.mse_loss(x, y)
        d = nn.MSELoss()
        e = F.l1_loss(x, y, reduction='sum')
        g = _loss(x)
        """,
    )
    texts = list(made.values())
    assert "a = x.sum()" in texts[0]
    assert "b = torch.mean(x, dim=0)" in texts[1]
    assert 'c = F.mse_loss(x, y, reduction="sum")' in texts[2]
    assert 'd = nn.MSELoss(reduction="sum")' in texts[3]
    assert "e = F.l1_loss(x, y, reduction='mean')" in texts[4]
    assert len(made) == 5  # the solution's own _loss is not PyTorch's


def test_flip_sign_flips_one_operator_per_mutant() -> None:
    made = of("flip_sign", "y = (x + 2) - 3 * x\nw -= lr * g\nname = 'a' + 'b'\n")
    assert sorted(made) == ["flip_sign@1", "flip_sign@1.2", "flip_sign@2"]
    assert {made["flip_sign@1"].splitlines()[0], made["flip_sign@1.2"].splitlines()[0]} == {"y = (x + 2) + 3 * x", "y = (x - 2) - 3 * x"}
    assert made["flip_sign@2"].splitlines()[1] == "w += lr * g"


def test_detach_input_cuts_each_grad_parameter_and_each_leaf_made_in_the_code() -> None:
    source = """
    def f(x, v, n):
        '''Docstring.'''
        w = torch.zeros(3, requires_grad=True)
        return (x * w).sum()
    """
    made = of("detach_input", source, Target(function="f", tensor_params=("x", "v"), grad_params=("x",)))
    # The parameter is cut before the first statement after the docstring, the leaf right after the line
    # that made it: both at line 3, so the ids count on from there.
    assert list(made) == ["detach_input@3", "detach_input@3.2", "detach_input@3.3", "detach_input@3.4"]
    assert made["detach_input@3"].splitlines()[2] == "    x = x.detach()"
    assert made["detach_input@3.2"].splitlines()[2] == "    x = x.data"
    assert made["detach_input@3.3"].splitlines()[2:4] == ["    w = torch.zeros(3, requires_grad=True)", "    w = w.detach()"]
    assert made["detach_input@3.4"].splitlines()[3] == "    w = w.data"


def test_detach_input_in_a_notebook_cuts_its_leaves() -> None:
    made = of("detach_input", "p = torch.tensor([1.0])\np.requires_grad_()\nl = (p * 2).sum()\nl.backward()\n")
    assert made["detach_input@2"].splitlines()[:3] == ["p = torch.tensor([1.0])", "p.requires_grad_()", "p = p.detach()"]


def test_drop_and_double_backward() -> None:
    source = "out = x.sum()\nout.backward(v)\n"
    assert of("drop_backward", source) == {"drop_backward@2": "out = x.sum()\n"}
    assert of("double_backward", source) == {"double_backward@2": "out = x.sum()\nout.backward(v, retain_graph=True)\nout.backward(v)\n"}


def test_a_dropped_backward_where_an_error_is_expected_may_also_be_named_an_error_not_raised() -> None:
    function = "def f(x):\n    z = x * 3\n    z.backward()\n    return z\n"
    [expected] = [m for m in mutants(function, Target(function="f", expects_raise=True)) if m.operator == "drop_backward"]
    [plain] = [m for m in mutants(function, Target(function="f")) if m.operator == "drop_backward"]
    assert expected.mistakes == {"no_backward", "backward_count", "exception"}
    assert plain.mistakes == OPERATORS["drop_backward"].mistakes == {"no_backward", "backward_count"}
    notebook = "w.backward(retain_graph=True)\ntry:\n    w.backward()\nexcept RuntimeError as err:\n    error = err\n"
    made = {m.id: m.mistakes for m in mutants(notebook, Target()) if m.operator == "drop_backward"}
    assert made == {"drop_backward@1": {"no_backward", "backward_count"}, "drop_backward@3": {"no_backward", "backward_count", "exception"}}


def test_stale_value_returns_what_was_computed_before_the_last_step() -> None:
    made = of(
        "stale_value",
        """
        def f(x, lr, steps):
            for _ in range(steps):
                y = x ** 2
                y.backward()
                with torch.no_grad():
                    x -= lr * x.grad
                x.grad.zero_()
            with torch.no_grad():
                return (x ** 2).item()
        """,
    )
    assert made == {
        "stale_value@8": src(
            """
            def f(x, lr, steps):
                for _ in range(steps):
                    with torch.no_grad():
                        _stale_value = (x ** 2).item()
                    y = x ** 2
                    y.backward()
                    with torch.no_grad():
                        x -= lr * x.grad
                    x.grad.zero_()
                return _stale_value
            """
        )
    }


def test_stale_value_needs_a_loop_that_updates_and_a_result_computed_after_it() -> None:
    records = "def f(w, steps):\n    grads = []\n    for _ in range(steps):\n        w -= 1\n        grads.append(w)\n    return grads\n"
    assert of("stale_value", records) == {}  # the list returned is the one the loop filled: no earlier value to return
    no_update = "def f(w, steps):\n    for _ in range(steps):\n        print(w)\n    return w * 2\n"
    assert of("stale_value", no_update) == {}


def test_grad_by_formula_writes_the_gradient_of_a_copy_without_backward() -> None:
    source = """
    import torch

    def f(x, v):
        y = x + 2
        unrelated = v * 3
        z = 3 * y ** 2
        z.backward(v)
        return z
    """
    [(mutant_id, text)] = of("grad_by_formula", source, Target(function="f", tensor_params=("x", "v"), grad_params=("x",))).items()
    assert mutant_id == "grad_by_formula@7"
    assert ".backward(" not in text
    assert "    def _by_formula(x):\n        y = x + 2\n        z = 3 * y ** 2\n        return z\n" in text  # only what z needs
    assert "torch.autograd.grad(_by_formula(*_copies), [_c for _c in _copies if _c.requires_grad] or _copies, v, allow_unused=True)" in text


def test_grad_by_formula_runs_and_fills_grad_with_no_gradient_through_the_leaf() -> None:
    torch = pytest.importorskip("torch")
    [mutant] = [m for m in mutants(src("""
        import torch

        def f(x):
            out = (x ** 2).sum()
            out.backward()
            return out
        """), Target(function="f", tensor_params=("x",), grad_params=("x",))) if m.operator == "grad_by_formula"]
    namespace: dict = {}
    exec(compile(mutant.source, "mutant", "exec"), namespace)
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    flowed = []
    x.register_hook(lambda g: flowed.append(g))
    namespace["f"](x)
    assert x.grad.tolist() == [2.0, 4.0]
    assert flowed == []  # the grader's counter would see no backward


def test_raise_by_hand_reraises_from_a_raise_statement() -> None:
    source = """
    def f(x):
        z = x * 3
        z.backward()
        return z
    """
    made = of("raise_by_hand", source, Target(function="f", tensor_params=("x",), grad_params=("x",), expects_raise=True))
    assert made == {
        "raise_by_hand@2": src(
            """
            def f(x):
                try:
                    z = x * 3
                    z.backward()
                    return z
                except Exception as _error:
                    raise type(_error)(*_error.args) from None
            """
        )
    }
    assert of("raise_by_hand", source, Target(function="f")) == {}  # no check expects an error: nothing to raise by hand


def test_raise_by_hand_in_a_notebook_wraps_the_try_that_keeps_the_error() -> None:
    made = of("raise_by_hand", "try:\n    w.backward()\nexcept RuntimeError as err:\n    error = err\n")
    assert made["raise_by_hand@2"].startswith("try:\n    try:\n        w.backward()\n    except Exception as _error:\n")


def test_mutate_input_changes_each_tensor_input_before_the_return() -> None:
    made = of("mutate_input", "def f(x, n, v):\n    out = x * n\n    return out\n", Target(function="f", tensor_params=("x", "v")))
    assert made == {
        "mutate_input@3": "def f(x, n, v):\n    out = x * n\n    x.data.add_(1)\n    return out\n",
        "mutate_input@3.2": "def f(x, n, v):\n    out = x * n\n    v.data.add_(1)\n    return out\n",
    }


def test_fresh_generator_unseeds_a_generator_and_changes_a_global_seed() -> None:
    made = of("fresh_generator", "g = torch.Generator().manual_seed(seed)\ntorch.manual_seed(0)\n")
    assert made == {
        "fresh_generator@1": "g = torch.Generator()\ntorch.manual_seed(0)\n",
        "fresh_generator@2": "g = torch.Generator().manual_seed(seed)\ntorch.manual_seed(0 + 1)\n",
    }


def test_a_mutant_keeps_every_other_line_and_its_diff_shows_only_the_mutation() -> None:
    source = "import torch  # a comment kept\n\n\ndef f(x):\n    out = x.mean()  # why\n    out.backward()\n    return out\n"
    [mutant] = [m for m in mutants(source, Target(function="f", tensor_params=("x",), grad_params=("x",)), name="f.py") if m.id == "swap_mean_sum@5"]
    assert mutant.source == source.replace("x.mean()", "x.sum()")
    assert mutant.diff.splitlines() == [
        "--- f.py",
        "+++ f.py (swap_mean_sum@5)",
        "@@ -5 +5 @@",
        "-    out = x.mean()  # why",
        "+    out = x.sum()  # why",
    ]
    assert mutant.mistakes == OPERATORS["swap_mean_sum"].mistakes


def test_every_mutant_of_the_pack_parses_and_has_a_unique_stable_id() -> None:
    config = load_config(REPO / "config.yaml")
    for ex in load_exercises(config):
        made: list[Mutant] = mutants_of(ex)
        assert made, ex.id
        ids = [m.id for m in made]
        assert len(ids) == len(set(ids)), ex.id
        for m in made:
            assert MUTANT_ID.match(m.id), m.id
            ast.parse(m.source)
            assert m.source != ex.reference.read_text()
        assert [m.id for m in mutants_of(ex)] == ids  # the same ids every time: declarations can name them
