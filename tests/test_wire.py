"""The child's encoder and the grader's parser share one definition of the wire."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch

from grader import observe, protocol, wire


def test_the_wire_module_is_pure_standard_library() -> None:
    # The child imports it before student code, and a student's kernel through check().
    code = "import sys, grader.wire; print(sorted(m for m in ('torch', 'numpy', 'yaml') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_encoded_tensor_has_exactly_the_wire_keys() -> None:
    x = torch.ones(2, requires_grad=True)
    (x * 2).sum().backward()
    encoded = observe.encode(x)
    assert set(encoded) == wire.TENSOR_KEYS and set(encoded["grad"]) == wire.TENSOR_KEYS


@pytest.mark.parametrize(
    "value",
    [
        torch.zeros(3, dtype=torch.float16),
        torch.arange(4, dtype=torch.uint8),
        torch.tensor([True, False]),
        torch.zeros(2, dtype=torch.complex64),  # not compared: sent with a note
        [1, 2.5, "s", None, (torch.ones(1),)],
        list(range(wire.MAX_ITEMS + 5)),  # cut at the bound, length kept
        "x" * (wire.MAX_STR + 50),
        {"a": torch.ones(1), 3: [1]},
        torch.float64,
        ValueError("boom"),
    ],
    ids=["float16", "uint8", "bool", "complex", "mixed", "long_list", "long_str", "dict", "dtype", "exception"],
)
def test_whatever_the_encoder_sends_the_parser_accepts(value: object) -> None:
    protocol.validate_value(observe.encode(value), "value")


def test_nesting_the_encoder_cuts_is_within_what_the_parser_accepts() -> None:
    deep: list = []
    for _ in range(wire.MAX_DEPTH + 10):
        deep = [deep]
    protocol.validate_value(observe.encode(deep), "value")
    assert wire.MAX_DEPTH < wire.MAX_DEPTH_RECEIVED and wire.MAX_STR < wire.MAX_STR_RECEIVED


def test_every_comparable_dtype_is_one_torch_has() -> None:
    for name in wire.COMPARABLE_DTYPES | set(wire.INPUT_DTYPES):
        assert isinstance(getattr(torch, name), torch.dtype), name
    assert wire.FLOAT_DTYPES <= wire.COMPARABLE_DTYPES and set(wire.INPUT_DTYPES) <= wire.COMPARABLE_DTYPES
