"""Build the inputs of one case from its recipe.

Runs where student code runs. A recipe is plain data made by :mod:`grader.plan`
(seeds already resolved), so the reference run and the student run build the
very same tensors. Random tensors use their own ``torch.Generator``: student code
calling ``torch.manual_seed`` cannot change what the grader passes in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch

from grader.wire import INPUT_DTYPES

# Captured at import: a submission's own Tensor.to or Module.to (one that leaves a tensor on the CPU) never moves
# a `device: auto` case's inputs.
_tensor_to = torch.Tensor.to
_module_to = torch.nn.Module.to

DTYPES = {name: getattr(torch, name) for name in INPUT_DTYPES}
"""The torch dtype of each dtype name an exercise may give its inputs (the names are the wire's)."""


MAX_PREPARED = 10_000
"""Most inputs a worker keeps built (a course's tasks need a few hundred)."""
MAX_PREPARED_ELEMENTS = 100_000
"""Larger tensors are built in the child, under its memory limit, not in the worker."""

Prepared = dict[tuple[str, str], tuple[dict[str, Any], Any]]
"""(task id, parameter) -> (recipe, what it built, never handed out itself): kept by a worker between jobs."""


def prepare(tasks: list[dict[str, Any]], prepared: Prepared) -> None:
    """Build the tensors of ``tasks``' inputs in the worker, before it forks.

    Every submission of a batch has the same tasks, so a worker builds each
    input once; a child then only copies it (a clone costs a tenth of drawing
    random numbers with a fresh generator). Plain Python values are copied
    from the recipe anyway and are not kept. What it builds goes into
    ``prepared``, which the worker keeps for the jobs after this one.
    """
    if len(prepared) > MAX_PREPARED:
        prepared.clear()
    for task in tasks:
        if task.get("hidden"):
            continue  # built in the child when the case runs: a hidden input never sits in the worker
        for name, recipe in task["args"]:
            key = (task["id"], name)
            known = prepared.get(key)
            if recipe["kind"] == "python" or (known is not None and known[0] == recipe) or not _small(recipe):
                continue
            try:
                prepared[key] = (recipe, _make(recipe))
            except Exception:  # noqa: BLE001 - the child builds it again and reports the error for its task
                prepared.pop(key, None)


def _small(recipe: dict[str, Any]) -> bool:
    if recipe["kind"] == "module":
        return False  # a module is built in the child: a kept one could only be handed out by a deep copy, which costs as much
    if recipe["kind"] not in ("full", "random"):
        return True  # a literal tensor's values are in the job already; an integer is one value
    count = 1
    for n in recipe.get("shape", ()):
        count *= max(int(n), 0)
    return count <= MAX_PREPARED_ELEMENTS


def build(recipe: dict[str, Any], key: tuple[str, str] | None = None, prepared: Mapping[tuple[str, str], tuple[dict[str, Any], Any]] | None = None) -> Any:
    """Make a fresh object a recipe describes (a tensor, or a plain Python value).

    ``key`` (task id, parameter) finds what :func:`prepare` built into ``prepared``, used only
    if it was built from an equal recipe.
    """
    if recipe["kind"] == "python":
        return _copy(recipe["value"])
    known = prepared.get(key) if key is not None and prepared is not None else None
    if known is not None and known[0] == recipe:
        made = known[1]
        # The kept tensor is never handed out: a student's in-place change stays in their copy.
        made = made.clone() if isinstance(made, torch.Tensor) else made
    else:
        made = _make(recipe)
    if recipe.get("device") == "cuda":
        made = (_module_to if isinstance(made, torch.nn.Module) else _tensor_to)(made, "cuda")  # the GPU run of a `device: auto` case (grader.calling), before requires_grad: a leaf there
    if recipe.get("requires_grad") and isinstance(made, torch.Tensor):
        made.requires_grad_(True)
    return made


def _make(recipe: dict[str, Any]) -> Any:
    kind = recipe["kind"]
    if kind == "random_python_int":
        gen = torch.Generator().manual_seed(recipe["seed"])
        return int(torch.randint(recipe["low"], recipe["high"] + 1, (1,), generator=gen).item())
    dtype = DTYPES[recipe.get("dtype", "float32")]
    if kind == "tensor":
        return torch.tensor(recipe["data"], dtype=dtype)
    if kind == "full":
        return torch.full(tuple(recipe["shape"]), recipe["value"], dtype=dtype)
    if kind == "random":
        return _random(recipe, dtype)
    if kind == "module":
        return build_module(recipe)
    # plan.py only makes the kinds above; anything else is a grader bug
    raise ValueError(f"unknown input recipe kind {kind!r}")


def _random(recipe: dict[str, Any], dtype: torch.dtype) -> torch.Tensor:
    gen = torch.Generator().manual_seed(recipe["seed"])
    shape = tuple(recipe["shape"])
    dist = recipe["dist"]
    if dist == "normal":
        t = torch.randn(shape, generator=gen, dtype=torch.float64)
        t = t * recipe.get("std", 1.0) + recipe.get("mean", 0.0)
    elif dist == "uniform":
        low, high = recipe.get("low", 0.0), recipe.get("high", 1.0)
        t = torch.rand(shape, generator=gen, dtype=torch.float64) * (high - low) + low
    elif dist == "uniform_int":
        t = torch.randint(int(recipe["low"]), int(recipe["high"]) + 1, shape, generator=gen)
    else:
        raise ValueError(f"unknown distribution {dist!r}")
    # Drawn in float64 and rounded once: the same numbers whatever dtype is asked for.
    return t.to(dtype)


def _copy(value: Any) -> Any:
    # A fresh copy per call: a student mutating a list input must not leak into the next case.
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def describe(name: str, recipe: dict[str, Any], *, reveal: bool = True) -> str:
    """Python code that rebuilds the input, for feedback on public cases."""
    kind = recipe["kind"]
    if not reveal:
        return f"{name} = <hidden>"
    if kind == "python":
        return f"{name} = {recipe['value']!r}"
    if kind == "random_python_int":
        return f"{name} = <random integer from {recipe['low']} to {recipe['high']}>"
    if kind == "module":
        return describe_module(name, recipe)
    dtype = recipe.get("dtype", "float32")
    extra = f", dtype=torch.{dtype}" if dtype != "float32" else ""
    rg = ", requires_grad=True" if recipe.get("requires_grad") else ""
    if kind == "tensor":
        return f"{name} = torch.tensor({recipe['data']!r}{extra}{rg})"
    if kind == "full":
        return f"{name} = torch.full({tuple(recipe['shape'])!r}, {recipe['value']!r}{extra}{rg})"
    shape = tuple(recipe["shape"])
    return (
        f"{name} = <random {recipe['dist']} tensor of shape {list(shape)}, "
        f"seed {recipe['seed']}{extra}{rg}>"
    )


# ---- module inputs ----------------------------------------------------------

_GLOBAL_GENERATOR = torch.default_generator
"""Bound at import: a submission that rebinds ``torch.default_generator`` cannot make the state go elsewhere."""

_ACTIVATIONS: dict[str, type[torch.nn.Module]] = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "sigmoid": torch.nn.Sigmoid}
"""The layers without parameters (the names are ``exercise_schema.LAYERS``'s)."""


def build_module(recipe: dict[str, Any]) -> torch.nn.Module:
    """The module a ``module`` recipe describes, its parameters drawn from the recipe's seed.

    A layer's default initialisation draws from the global generator, whose
    state is put back after each layer: building the input must not move the
    student's random stream, and the student's ``torch.manual_seed`` must not
    change the grader's weights, which are overwritten anyway. (Layers made
    on the meta device, as :func:`torch.nn.utils.skip_init` does, would import
    sympy in every child of a worker not warmed for it.) Each Linear's weight,
    then its bias, are drawn instead from one generator of the recipe's own, uniform in
    ``±1/sqrt(in_features)`` (the bounds of PyTorch's default), in float64 and
    rounded once to the recipe's dtype, as random tensors are.
    """
    dtype = DTYPES[recipe.get("dtype", "float32")]
    gen = torch.Generator().manual_seed(recipe["seed"])
    layers: list[torch.nn.Module] = []
    for layer in recipe["layers"]:
        name = layer["layer"]
        if name == "linear":
            state = _GLOBAL_GENERATOR.get_state()
            try:
                linear = torch.nn.Linear(layer["in"], layer["out"], bias=layer.get("bias", True), dtype=dtype)
            finally:
                _GLOBAL_GENERATOR.set_state(state)  # the default initialisation's draws, taken back
            bound = 1.0 / max(layer["in"], 1) ** 0.5
            with torch.no_grad():
                for param in (linear.weight, linear.bias):
                    if param is not None:
                        drawn = torch.rand(param.shape, generator=gen, dtype=torch.float64) * (2 * bound) - bound
                        param.copy_(drawn.to(dtype))
            layers.append(linear)
        else:
            layers.append(_ACTIVATIONS[name]())  # spec.py admits only exercise_schema.LAYERS
    if recipe.get("sequential", True):
        return torch.nn.Sequential(*layers)
    return layers[0]


def _layer_code(layer: dict[str, Any], dtype: str) -> str:
    name = layer["layer"]
    if name != "linear":
        return f"nn.{_ACTIVATIONS[name].__name__}()"
    extra = "" if layer.get("bias", True) else ", bias=False"
    extra += f", dtype=torch.{dtype}" if dtype != "float32" else ""
    return f"nn.Linear({layer['in']}, {layer['out']}{extra})"


def describe_module(name: str, recipe: dict[str, Any]) -> str:
    """Python code for a module input's layers, with the seed its parameters come from."""
    dtype = recipe.get("dtype", "float32")
    layers = [_layer_code(layer, dtype) for layer in recipe["layers"]]
    code = f"nn.Sequential({', '.join(layers)})" if recipe.get("sequential", True) else layers[0]
    return f"{name} = {code}  # parameters drawn with seed {recipe['seed']}"
