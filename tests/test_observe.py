"""Describing live objects: only plain tensors are read, and nothing a student wrote is trusted or run."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from grader import observe
from grader.observe import MAX_NAME, encode, encode_tensor
from grader.protocol import validate_value


class Liar(torch.Tensor):
    """A subclass that claims to hold [1, 2] and to equal anything."""

    def tolist(self):  # type: ignore[override]
        return [1.0, 2.0]

    def __eq__(self, other):  # type: ignore[override]
        return True

    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):  # type: ignore[override]
        return torch.tensor([1.0, 2.0])


class Imitation:
    """Not a tensor, but says it is one."""

    shape = torch.Size([2])

    @property  # type: ignore[misc]
    def __class__(self):  # type: ignore[override]
        return torch.Tensor

    def tolist(self) -> list[float]:
        return [1.0, 2.0]


class LoudRepr:
    calls = 0

    def __repr__(self) -> str:
        LoudRepr.calls += 1
        raise RuntimeError("repr ran")


def test_a_plain_tensor_is_read_with_its_autograd_facts() -> None:
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    (x * 2).sum().backward()
    value = encode(x)
    assert value["data"] == [1.0, 2.0] and value["grad"]["data"] == [2.0, 2.0]
    assert value["requires_grad"] and value["is_leaf"]
    validate_value(value, "x")


def test_a_tensor_subclass_is_never_read() -> None:
    value = encode(torch.zeros(2).as_subclass(Liar))
    assert value["kind"] == "object"
    assert "a subclass of torch.Tensor" in value["type"]
    assert "data" not in value
    validate_value(value, "x")


def test_encode_tensor_refuses_a_subclass_too() -> None:
    # Inputs go straight to encode_tensor: a student may have swapped their class.
    t = torch.zeros(2)
    t.__class__ = Liar
    assert encode_tensor(t, max_elements=10)["kind"] == "object"


def test_an_object_claiming_to_be_a_tensor_is_an_object() -> None:
    value = encode(Imitation())
    assert value == {"kind": "object", "type": f"{__name__}.Imitation", "repr": f"<{__name__}.Imitation object>"}


def test_a_students_repr_is_never_called() -> None:
    LoudRepr.calls = 0
    encode(LoudRepr())
    encode({LoudRepr(): 1})
    assert LoudRepr.calls == 0


def test_a_grad_that_is_not_a_plain_tensor_is_not_read() -> None:
    x = torch.zeros(2, requires_grad=True)
    x.grad = torch.ones(2).as_subclass(Liar)
    assert encode(x)["grad"] is None


@pytest.mark.parametrize(
    ("tensor", "note"),
    [
        (torch.ones(2, dtype=torch.complex64), "complex tensors (complex64) cannot be compared"),
        (torch.ones(2, dtype=torch.uint16), "dtype uint16 cannot be compared"),
        (torch.ones(2).to_sparse(), "sparse_coo tensor cannot be compared: convert it with .to_dense()"),
        (torch.empty(2, device="meta"), "device meta cannot be compared"),
        (torch.ones(20), "20 elements is more than the 10 the grader compares"),
    ],
)
def test_tensors_that_cannot_be_compared_come_with_a_note(tensor: torch.Tensor, note: str) -> None:
    value = encode(tensor, max_elements=10)
    assert value["data"] is None and note in value["note"]
    validate_value(value, "x", max_elements=10)


def test_awkward_python_values_are_described() -> None:
    assert encode(10**400)["kind"] == "object"
    assert encode(i for i in range(3))["type"] == "generator"
    assert encode(np.zeros(2))["type"] == "numpy.ndarray"
    assert encode(float("nan"))["kind"] == "float"


def test_long_names_are_cut_to_what_the_protocol_accepts() -> None:
    cls = type("N" * 1000, (), {})
    value = encode(cls())
    assert len(value["type"]) <= MAX_NAME + 1
    validate_value(value, "x")
    exc = type("E" * 1000, (Exception,), {})("boom")
    validate_value(encode(exc), "x")


def test_tensors_made_under_inference_mode_are_not_made_under_no_grad() -> None:
    from grader.observe import GradModeRecorder

    t = torch.ones(2, requires_grad=True)
    with GradModeRecorder() as recorder:
        with torch.no_grad():
            paused = t * 3
        with torch.inference_mode():
            inferred = t * 3
        tracked = t * 2
    assert recorder.made_under_no_grad(paused)
    assert not recorder.made_under_no_grad(inferred) and not recorder.made_under_no_grad(tracked)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # torch.func's first jacfwd scripts a helper with torch.jit
def test_the_watch_counts_forward_mode_duals_and_puts_make_dual_back() -> None:
    import torch.autograd.forward_ad as forward_ad

    original = forward_ad.make_dual
    x = torch.tensor([1.0, 2.0])
    with observe.AutogradWatch() as watch:
        torch.func.jacfwd(lambda v: v**2 * v.sum())(x)
        duals = watch.forward_duals
        runs = watch.runs
    assert duals > 0 and runs == 0  # forward mode runs no backward pass
    assert forward_ad.make_dual is original


def test_the_watch_counts_which_inputs_each_pass_asked_for() -> None:
    x, y, z = (torch.ones(2, requires_grad=True) for _ in range(3))
    with observe.AutogradWatch() as watch:
        out = (x * y).sum()
        torch.autograd.grad(out, [x, y, z], allow_unused=True, retain_graph=True)
        out.backward()  # no inputs named: asks for no one by name
    assert [watch.requested(t) for t in (x, y, z)] == [1, 1, 1]
    assert watch.requested(torch.ones(1)) == 0
    described = encode_tensor(z, max_elements=10, grad_requests=watch.requested(z))
    assert validate_value(described, "z").grad_requests == 1  # type: ignore[union-attr]
    # Sent only where counted: any other tensor has no such key, and a forged count is refused.
    assert "grad_requests" not in encode_tensor(x, max_elements=10)
    with pytest.raises(Exception, match="gradient requests"):
        validate_value({**described, "grad_requests": -1}, "z")


def test_a_result_cast_back_from_float64_names_the_operation_under_the_cast() -> None:
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    cast_back = (x.double() * 3 + 1).float()
    assert type(cast_back.grad_fn).__name__ == "ToCopyBackward0"
    assert encode_tensor(cast_back, max_elements=10)["grad_fn"] == "AddBackward0"
    # A cast of the leaf itself is the operation.
    assert encode_tensor(x.double(), max_elements=10)["grad_fn"] == "ToCopyBackward0"


def test_a_cast_on_top_of_the_operation_is_the_operation() -> None:
    """A cast to a dtype none of the tracked tensors has is put on top, not back: ``(a * b).double()`` of float32
    tensors reports ToCopyBackward0, as ``type(t.grad_fn).__name__`` does (tests/hostile/round9)."""
    a, b = torch.tensor([1.0, 2.0], requires_grad=True), torch.tensor([3.0, 4.0])
    assert encode_tensor((a * b).double(), max_elements=10)["grad_fn"] == "ToCopyBackward0"
    assert encode_tensor((a.double() * b.double()).float(), max_elements=10)["grad_fn"] == "MulBackward0"
    assert encode_tensor((a * b).double().float(), max_elements=10)["grad_fn"] == "MulBackward0"  # and back again
    a64 = a.detach().double().requires_grad_()
    assert encode_tensor((a64.float() * 2).double(), max_elements=10)["grad_fn"] == "MulBackward0"  # down and back


class LyingFloat(float):
    def __float__(self) -> float:
        return 99.0


def test_a_float_subclass_is_read_as_the_number_it_holds() -> None:
    assert encode(np.float64(1.5)) == {"kind": "float", "value": 1.5}
    assert encode(LyingFloat(2.0)) == {"kind": "float", "value": 2.0}
    assert encode(np.float32(1.5))["kind"] == "object"  # not a float: numpy's float32 is described, not read
