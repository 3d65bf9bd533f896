"""Inputs built from recipes, and the copies a worker prepares for its children."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import torch

from grader import inputs

RECIPES = {
    "tensor": {"kind": "tensor", "data": [[1.0, 2.0], [3.0, 4.0]], "dtype": "float64", "requires_grad": True},
    "full": {"kind": "full", "shape": [2, 2], "value": 1.0, "requires_grad": True},
    "normal": {"kind": "random", "dist": "normal", "shape": [3], "seed": 7, "mean": 1.0, "std": 2.0},
    "uniform": {"kind": "random", "dist": "uniform", "shape": [2, 3], "seed": 8, "low": -1.0, "high": 1.0, "requires_grad": True},
    "uniform_int": {"kind": "random", "dist": "uniform_int", "shape": [4], "seed": 9, "low": 0, "high": 5, "dtype": "int64"},
    "count": {"kind": "random_python_int", "seed": 3, "low": 1, "high": 10},
    "python": {"kind": "python", "value": [1, [2, 3]]},
}


@pytest.fixture
def prepared() -> Iterator[inputs.Prepared]:
    tasks = [{"id": f"ex/{name}", "args": [["x", recipe]]} for name, recipe in RECIPES.items()]
    built: inputs.Prepared = {}
    inputs.prepare(tasks, built)
    yield built


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_a_prepared_input_is_what_building_it_afresh_gives(prepared: inputs.Prepared, name: str) -> None:
    recipe = RECIPES[name]
    fresh, copy = inputs.build(recipe), inputs.build(recipe, (f"ex/{name}", "x"), prepared)
    if isinstance(fresh, torch.Tensor):
        assert copy.dtype == fresh.dtype and copy.shape == fresh.shape and torch.equal(copy.detach(), fresh.detach())
        assert copy.requires_grad == fresh.requires_grad == bool(recipe.get("requires_grad"))
        assert copy.is_leaf and copy.grad is None
    else:
        assert copy == fresh


def test_each_call_gets_its_own_copy(prepared: inputs.Prepared) -> None:
    key = ("ex/full", "x")
    first = inputs.build(RECIPES["full"], key, prepared)
    with torch.no_grad():
        first.add_(100)
    first.sum().backward()
    second = inputs.build(RECIPES["full"], key, prepared)
    assert torch.equal(second.detach(), torch.ones(2, 2)) and second.grad is None
    nested = inputs.build(RECIPES["python"], ("ex/python", "x"), prepared)
    nested[1].append(4)
    assert inputs.build(RECIPES["python"], ("ex/python", "x"), prepared) == [1, [2, 3]]


def test_a_different_recipe_under_the_same_key_is_built_from_its_own_recipe(prepared: inputs.Prepared) -> None:
    other = {**RECIPES["normal"], "seed": 8}
    assert not torch.equal(inputs.build(other, ("ex/normal", "x"), prepared), inputs.build(RECIPES["normal"], ("ex/normal", "x"), prepared))
    assert torch.equal(inputs.build(other, ("ex/normal", "x"), prepared), inputs.build(other))


def test_a_recipe_that_cannot_be_built_is_left_to_the_child(prepared: inputs.Prepared) -> None:
    bad = {"kind": "random", "dist": "zipf", "shape": [2], "seed": 1}
    inputs.prepare([{"id": "ex/bad", "args": [["x", bad]]}], prepared)
    with pytest.raises(ValueError, match="zipf"):
        inputs.build(bad, ("ex/bad", "x"), prepared)


def test_a_large_tensor_is_left_to_the_child(prepared: inputs.Prepared) -> None:
    # Built in the worker, it would take the worker's memory, outside the child's limit.
    big = {"kind": "full", "shape": [inputs.MAX_PREPARED_ELEMENTS + 1], "value": 0.0}
    inputs.prepare([{"id": "ex/big", "args": [["x", big]]}], prepared)
    assert ("ex/big", "x") not in prepared
    assert inputs.build(big, ("ex/big", "x"), prepared).numel() == inputs.MAX_PREPARED_ELEMENTS + 1
