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
  with them sympy; so do torch.func's transforms and torch's gradient checks;
- ``many``: the first uses of everything else the exercises beyond the basics
  call, and one task of each shape through the grader's own describing code.
  Only a batch asks for it: a worker saves them for every child it forks,
  while a check's one child would pay them anyway, later.

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
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from grader.spec import Exercise

OPTIM = "optim"
VECTOR_BACKWARD = "vector_backward"
MANY = "many"
"""First uses that pay back only over many children (a batch): a check's single child would pay them anyway."""
ALL = frozenset({OPTIM, VECTOR_BACKWARD, MANY})
"""Every part: what a worker warms when nobody says (reference runs, validate, tests)."""

# Over-matching costs a worker seconds of start-up; under-matching costs the
# children that use the part the same seconds each. So any mention counts:
# a prompt that names an optimizer invites students to use one.
_SIGNS = {
    OPTIM: re.compile(r"\boptim(?:izers?)?\b"),
    VECTOR_BACKWARD: re.compile(
        r"\.backward\(\s*(?!\)|retain_graph|create_graph|inputs)|\bgrad_outputs\b|\bgrad_tensors\b|\bgradient\s*="
        r"|\btorch\.func\b|\bfunctorch\b|\bvmap\b|\bjac(?:rev|fwd)\b|\bgrad(?:grad)?check\b|\bhvp\b|\bv[jh]p\b|\bjvp\b"
    ),
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
    if MANY in parts:
        for dtype in (torch.float32, torch.float64):
            _use_beyond_basics(torch, dtype, parts)

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

    if MANY in parts:
        _use_grader_paths()


def _use_beyond_basics(torch: Any, dtype: Any, parts: frozenset[str]) -> None:
    """First uses of what exercises beyond the basics call: hooks, modes, autograd.functional, layers, custom Functions, torch.func."""
    gen = torch.Generator().manual_seed(1)
    x = torch.rand(4, generator=gen, dtype=dtype).add(0.5).requires_grad_()
    h = torch.exp(x)
    handle = h.register_hook(lambda g: g * 0.5)
    out = (h * torch.sqrt(x) + torch.sin(x) * torch.cos(x) + torch.tanh(x)).sum()
    (g,) = torch.autograd.grad(out, x, create_graph=True)
    torch.autograd.grad(g.sum(), [x, torch.zeros(2, dtype=dtype, requires_grad=True)], allow_unused=True, retain_graph=True)
    handle.remove()
    x.register_hook(lambda g: g.clamp(-1, 1))
    (x**3 - 4 * x).sum().backward()
    torch.nn.utils.clip_grad_norm_([x], max_norm=1.0)
    f = lambda v: torch.logsumexp(v, dim=0) + (v**2 * v.sum()).sum()  # noqa: E731
    y = torch.rand(3, generator=gen, dtype=dtype)
    torch.autograd.functional.jacobian(lambda v: v**2 * v.sum(), y)
    torch.autograd.functional.hessian(f, y)
    # Grad modes, and the errors autograd raises in them.
    with torch.inference_mode():
        b = y * 2
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # anomaly mode warns on entry, and prints the forward trace of a failure
        with torch.autograd.detect_anomaly():
            z = torch.tensor([0.0, 1.0], dtype=dtype, requires_grad=True)
            try:
                (z * torch.sqrt(z)).sum().backward()
            except RuntimeError:
                pass
    try:
        (b[:2] * z).sum().backward()
    except RuntimeError:
        pass
    cube = _cube_function(torch)
    c = torch.rand(3, generator=gen, dtype=dtype).requires_grad_()
    cube.apply(c).sum().backward()
    # Layers, as module inputs are built (grader.inputs.build_module) and students use them.
    model = torch.nn.Sequential(torch.nn.Linear(3, 4, dtype=dtype), torch.nn.Tanh(), torch.nn.ReLU(), torch.nn.Sigmoid(), torch.nn.Linear(4, 1, dtype=dtype))
    ((model(torch.rand(2, 3, generator=gen, dtype=dtype)) - 1) ** 2).mean().backward()
    if OPTIM in parts:
        torch.optim.SGD(model.parameters(), lr=0.1).step()
    model.zero_grad()
    if VECTOR_BACKWARD not in parts:
        return
    # What loads sympy: a gradient given to backward, torch.func's transforms, torch's gradient checks.
    torch.autograd.grad(g, x, grad_outputs=torch.ones_like(g))
    cube.apply(c).backward(torch.ones(3, dtype=dtype))
    torch.autograd.functional.hvp(f, y, torch.ones_like(y))
    torch.autograd.functional.vjp(f, y)
    torch.func.grad(f)(y)
    torch.func.jacrev(lambda v: v.sin())(y)
    torch.func.hessian(f)(y)
    torch.func.vjp(lambda v: v.cos(), y)
    xs, ys = torch.rand(2, 3, generator=gen, dtype=dtype), torch.rand(2, generator=gen, dtype=dtype)
    torch.func.vmap(torch.func.grad(lambda w, a, t: (w @ a - t) ** 2), in_dims=(None, 0, 0))(y, xs, ys)
    if dtype == torch.float64:
        torch.autograd.gradcheck(cube.apply, (c,), raise_exception=False)
        torch.autograd.gradgradcheck(cube.apply, (c,), raise_exception=False)


def _cube_function(torch: Any) -> Any:
    class Cube(torch.autograd.Function):  # type: ignore[misc]  # torch's Function is untyped
        @staticmethod
        def forward(ctx: Any, x: Any) -> Any:
            ctx.save_for_backward(x)
            return x**3

        @staticmethod
        def backward(ctx: Any, grad: Any) -> Any:
            (x,) = ctx.saved_tensors
            return 3 * x**2 * grad

    return Cube


def _use_grader_paths() -> None:
    """One task of each shape through :func:`grader.calling.run_task`: the child's describing code runs warm.

    The function is the grader's own, not an exercise's solution: nothing of
    a course reaches the worker's memory this way.
    """
    from grader.calling import run_task

    namespace: dict[str, Any] = {}
    exec(_WARM_SOURCE, namespace)  # noqa: S102  (the grader's own text, below)
    tensor = {"kind": "tensor", "data": [1.0, 2.0], "dtype": "float32", "requires_grad": True}
    module = {"kind": "module", "layers": [{"layer": "linear", "in": 2, "out": 2, "bias": True}, {"layer": "tanh"}], "sequential": True, "dtype": "float32", "seed": 1}
    call = {"key": "return.call(p)", "root": "return", "name": None, "index": [], "method": "call", "args": [{"kind": "tensor", "data": [0.5, 1.0], "dtype": "float64", "requires_grad": False}]}
    tasks: list[dict[str, Any]] = [
        {"id": "warm/tensor", "function": "f", "args": [["x", tensor], ["n", {"kind": "python", "value": 2}]], "variables": [], "time_limit": 10.0},
        {"id": "warm/raises", "function": "g", "args": [["x", tensor]], "variables": [], "time_limit": 10.0},
        {"id": "warm/module", "function": "m", "args": [["model", module], ["x", {"kind": "random", "dist": "normal", "shape": [3, 2], "seed": 1, "dtype": "float32", "requires_grad": False}]], "variables": [], "time_limit": 10.0},
        {"id": "warm/call", "function": "c", "args": [["a", {"kind": "python", "value": 2.0}]], "variables": [], "time_limit": 10.0, "probes": [call]},
        {"id": "warm/read", "function": None, "args": [], "variables": ["v"], "time_limit": 10.0},
    ]
    for task in tasks:
        run_task(task, namespace, {"<warm>"}, 10_000)


_WARM_SOURCE = """
import torch
v = [torch.ones(2), 3, "s", None, (1.5, {"k": torch.zeros(1)})]
def f(x, n):
    y = (x ** n).mean()
    y.backward()
    return y, x.grad.clone(), [y.item()], {"g": x.grad}
def g(x):
    y = x * 2
    y.backward()
def m(model, x):
    loss = model(x).pow(2).mean()
    loss.backward()
    return loss
def c(a):
    return lambda x: (a * x.sin()).sum()
"""


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
