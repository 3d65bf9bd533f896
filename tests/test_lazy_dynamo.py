"""The stand-in for torch._dynamo: same results as torch alone, and the real package whenever it is used.

Each test runs in a fresh interpreter: the stand-in is process state, and
this test process may have loaded the real package already.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

PRELUDE = textwrap.dedent(
    """
    import json, sys
    import torch
    from grader.sandbox import lazy_dynamo

    def real():
        return lazy_dynamo.is_real_loaded()

    def train(optimizers):
        out = []
        for make in optimizers:
            w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
            opt = make([w])
            for _ in range(3):
                def closure():
                    opt.zero_grad()
                    loss = (w ** 2).sum() + w.prod()
                    loss.backward()
                    return loss
                opt.step(closure)
            out.append(w.tolist())
        return out

    OPTIMIZERS = [
        lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9),
        lambda p: torch.optim.Adam(p, lr=0.1),
        lambda p: torch.optim.AdamW(p, lr=0.1),
        lambda p: torch.optim.RMSprop(p, lr=0.01),
        lambda p: torch.optim.LBFGS(p, lr=0.5),
    ]

    def transforms():
        f = lambda x: (x ** 3).sum()
        x = torch.tensor([1.0, 2.0])
        return [
            torch.func.grad(f)(x).tolist(),
            torch.func.jacrev(torch.sin)(x).tolist(),
            torch.func.hessian(f)(x).tolist(),
            torch.func.vmap(torch.func.grad(f))(torch.ones(2, 2)).tolist(),
            torch.func.vjp(torch.sin, x)[1](torch.ones(2))[0].tolist(),
        ]
    """
)


def run(body: str) -> dict[str, object]:
    code = PRELUDE + textwrap.dedent(body)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_optimizers_and_transforms_give_torchs_results_without_loading_dynamo() -> None:
    plain = run("print(json.dumps({'train': train(OPTIMIZERS), 'func': transforms(), 'real': real()}))")
    standin = run(
        """
        installed = lazy_dynamo.install()
        print(json.dumps({'installed': installed, 'train': train(OPTIMIZERS), 'func': transforms(), 'real': real()}))
        """
    )
    assert standin["installed"] is True
    assert standin["train"] == plain["train"]
    assert standin["func"] == plain["func"]
    assert plain["real"] is True  # torch alone imports dynamo for these
    assert standin["real"] is False


def test_a_submodule_import_loads_the_real_package_once() -> None:
    found = run(
        """
        lazy_dynamo.install()
        train(OPTIMIZERS[:1])
        import torch._dynamo.config as config
        print(json.dumps({
            'real': real(),
            'same_module': config is sys.modules['torch._dynamo.config'] is torch._dynamo.config,
            'attribute_is_package': torch._dynamo is sys.modules['torch._dynamo'],
            'finder_gone': not any(type(f).__module__ == lazy_dynamo.__name__ for f in sys.meta_path),
        }))
        """
    )
    assert found == {"real": True, "same_module": True, "attribute_is_package": True, "finder_gone": True}


def test_compile_after_the_stand_in_uses_real_dynamo_and_guards_forward_to_it() -> None:
    found = run(
        """
        lazy_dynamo.install()
        before = train(OPTIMIZERS)
        compiled = torch.compile(lambda x: torch.sin(x) * 2, backend="eager")
        value = compiled(torch.tensor([0.5])).tolist()
        after = train(OPTIMIZERS)  # the guards wrapped before now forward to the real disable()
        print(json.dumps({'real': real(), 'value': value, 'same': before == after, 'reset': callable(torch._dynamo.reset)}))
        """
    )
    assert found["real"] is True and found["same"] is True and found["reset"] is True
    assert found["value"] == pytest.approx([2 * 0.479425538604203])


def test_nothing_to_do_once_the_real_package_is_loaded() -> None:
    found = run(
        """
        import torch._dynamo
        print(json.dumps({'installed': lazy_dynamo.install(), 'real': real()}))
        """
    )
    assert found == {"installed": False, "real": True}
