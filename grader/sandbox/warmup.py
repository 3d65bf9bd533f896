"""What a worker does once, before it forks children: import torch and use it.

Every first use of an operation costs several times its later uses (dispatch
caches, lazy imports inside torch). A worker pays them once so that none of
its children does. Two first uses cost more than all the others together,
and only some exercises need them; they are *parts* a worker warms only when
asked to:

- ``optim``: the first optimizer's code paths (``torch._dynamo``, which
  torch.optim's guards import, is replaced by :mod:`grader.sandbox.lazy_dynamo`
  until something really uses it);
- ``vector_backward``: the first ``backward(gradient)`` (or
  ``autograd.grad(..., grad_outputs)``) imports torch's symbolic shapes, and
  with them sympy.

The grader asks for the parts the exercises being graded may use
(:func:`needs`, read from the exercise files and reference solutions), so a
student checking one exercise does not wait for the others' imports. A child
that uses a part its worker did not warm still works: it pays the import.

The grader's side (:func:`needs`) imports nothing heavy; the parts reach the
worker in its :class:`grader.sandbox.options.WorkerOptions`. The worker's side
(:func:`warm`) imports torch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grader.spec import Exercise

OPTIM = "optim"
VECTOR_BACKWARD = "vector_backward"
ALL = frozenset({OPTIM, VECTOR_BACKWARD})
"""Every part: what a worker warms when nobody says (reference runs, validate, tests)."""

# Over-matching costs a worker seconds of start-up; under-matching costs the
# children that use the part the same seconds each. So any mention counts:
# a prompt that names an optimizer invites students to use one.
_SIGNS = {
    OPTIM: re.compile(r"\boptim(?:izers?)?\b"),
    VECTOR_BACKWARD: re.compile(r"\.backward\(\s*(?!\)|retain_graph|create_graph|inputs)|\bgrad_outputs\b|\bgrad_tensors\b|\bgradient\s*="),
}


def needs_of_text(text: str) -> frozenset[str]:
    """The parts a piece of exercise text or solution code may use."""
    return frozenset(part for part, sign in _SIGNS.items() if sign.search(text))


def needs(paths: Iterable[Path]) -> frozenset[str]:
    """The parts the exercises in these files (YAML, reference solutions) may use; unreadable files add nothing."""
    found: set[str] = set()
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue  # a missing file is reported by whoever loads it, not here
        found |= needs_of_text(text)
    return frozenset(found)


def needs_of_exercises(exercises: Iterable[Exercise]) -> frozenset[str]:
    """:func:`needs` of parsed exercises: their files and reference solutions."""
    return needs(path for ex in exercises for path in (ex.path, ex.reference))


def warm(parts: frozenset[str] = ALL) -> None:
    """Import torch and the grader's child-side modules; use what the exercises use, and ``parts``."""
    import torch
    import torch.nn  # noqa: F401  (imported now so that children do not pay for it)

    from grader.sandbox import lazy_dynamo

    lazy_dynamo.install()
    import torch.optim  # noqa: F401  (cheap: what costs is creating the first optimizer)
    from torch.autograd import Variable

    # One thread in the worker: its children are forked, and a fork of a process
    # whose thread pool is running can deadlock.
    torch.set_num_threads(1)
    # The operations the exercises' topics use, in both float dtypes.
    for dtype in (torch.float32, torch.float64):
        gen = torch.Generator().manual_seed(0)
        x = torch.randn(3, 4, generator=gen, dtype=dtype).requires_grad_()
        y = torch.rand(3, 4, generator=gen, dtype=dtype)
        z = ((x + 2) ** 2 * 3 - y / 2).exp().log().abs().sqrt()
        z = torch.stack([z.sum(0), z.mean(0)]).t().reshape(-1).view(2, -1).unsqueeze(0).squeeze(0)
        z = torch.cat([z, z.clone()], dim=0).mm(torch.ones(4, 2, dtype=dtype))
        z.retain_grad()
        if VECTOR_BACKWARD in parts:
            z.backward(torch.ones_like(z), retain_graph=True)  # type: ignore[no-untyped-call]  # torch leaves it unannotated
        z.sum().backward()  # type: ignore[no-untyped-call]  # torch leaves it unannotated
        torch.autograd.grad((x * x).sum(), x)
        grad = x.grad
        assert grad is not None  # for the type checker: backward() just filled it
        with torch.no_grad():
            x -= 0.1 * grad
            with torch.enable_grad():
                (x * 2).mean()
        grad.zero_()
        torch.nn.functional.mse_loss(x, y).backward()  # type: ignore[no-untyped-call]  # torch leaves it unannotated
        torch.nn.MSELoss(reduction="sum")(x, y).item()
        if OPTIM in parts:
            params = [torch.zeros(3, dtype=dtype, requires_grad=True), torch.zeros(1, dtype=dtype, requires_grad=True)]
            for opt in (torch.optim.SGD(params, lr=0.1, momentum=0.9), torch.optim.Adam(params, lr=0.1)):
                opt.zero_grad()
                (params[0].sum() * params[1] ** 2 + (params[0] - 1).pow(2).mean()).backward()  # type: ignore[no-untyped-call]  # torch leaves it unannotated
                opt.step()
        torch.linspace(-1, 1, 5, dtype=dtype).tolist()
        torch.arange(4, dtype=dtype).matmul(torch.ones(4, dtype=dtype)).item()
        torch.full((2,), 1.5, dtype=dtype).requires_grad_().register_hook(lambda g: None)  # type: ignore[no-untyped-call]  # torch leaves it unannotated
        torch.bernoulli(torch.rand(2, 2, dtype=dtype), generator=gen)
        torch.normal(torch.zeros(3, dtype=dtype), torch.ones(3, dtype=dtype), generator=gen)
    torch.manual_seed(0)
    torch.multinomial(torch.tensor([1.0, 2.0, 3.0]), 2, replacement=True)
    torch.multinomial(torch.tensor([1.0, 2.0, 3.0]), 2)
    torch.normal(0.0, 1.0, size=(2,))
    torch.randint(0, 5, (3,))
    v = Variable(torch.tensor([3.0]), requires_grad=True)
    (v * 9).backward()  # type: ignore[no-untyped-call]  # torch leaves it unannotated
    torch.tensor([[1, 2], [3, 4]]).float().double().long()

    # Grader modules the child uses, imported before any student code exists.
    import grader.calling  # noqa: F401
    import grader.inputs  # noqa: F401
    import grader.notebook  # noqa: F401  (a notebook's `from grader import check` must not import anything)
    import grader.observe  # noqa: F401
    import grader.sandbox.cells  # noqa: F401
    import grader.sandbox.channel  # noqa: F401
    import grader.sandbox.child  # noqa: F401
    import grader.sandbox.isolation  # noqa: F401
    import grader.sandbox.supervisor  # noqa: F401
    import grader.sandbox.tamper  # noqa: F401


def needs_of_course(exercises_dir: Path, solutions_dir: Path, only: Iterable[str] | None = None) -> frozenset[str]:
    """:func:`needs` of the exercises ``only`` (else all), found by file name without parsing them.

    Cheap enough to run before anything else, so that a worker can start
    while the exercises are parsed. An exercise file names itself (its id is
    its stem) and its reference solution is ``<solutions>/<id>.py`` unless
    the file says otherwise; such a file, or an unknown id, only makes the
    guess less exact (the parsed exercises are what gets graded).
    """
    if only:
        stems = list(dict.fromkeys(only))
    else:
        try:
            stems = sorted(p.stem for p in Path(exercises_dir).iterdir() if p.suffix in (".yaml", ".yml"))
        except OSError:
            return ALL  # no folder to read: the error comes from the loader, and warming all is the old behaviour
    paths = [Path(exercises_dir) / f"{stem}{ext}" for stem in stems for ext in (".yaml", ".yml")]
    return needs([*paths, *(Path(solutions_dir) / f"{stem}.py" for stem in stems)])
