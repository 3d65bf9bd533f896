"""Compare an expected value with a found one (both plain observations).

Pure Python on purpose: this runs in the grader's process, which never needs
torch, and in a student's kernel. A tensor comparison confirms shape and
dtype first, then values within ``atol + rtol * |expected|`` (NaN equals NaN,
infinities must match exactly), and reports the largest difference and the
first element that differs, with both values.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from grader.config import Tolerance
from grader.targets import describe_kind

Value = dict[str, Any]


@dataclass(frozen=True)
class Mismatch:
    """How a found value differs from the expected one."""

    kind: str
    """What differs: type, shape, dtype, value, length, none, missing, message."""
    summary: str
    """One sentence for the student, without the values themselves."""
    expected: Value
    """The expected value (hidden checks never show it)."""
    found: Value
    """The value found."""
    path: str = ""
    """Where inside a sequence it differs (``[2]``), empty at top level."""
    facts: dict[str, Any] = field(default_factory=dict)
    """Numbers for diagnosis: max_abs_diff, index, ..."""


def _index(flat: int, shape: list[int]) -> tuple[int, ...]:
    out = []
    for size in reversed(shape):
        out.append(flat % size if size else 0)
        flat = flat // size if size else 0
    return tuple(reversed(out))


def format_number(x: Any) -> str:
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        text = f"{x:.6g}"
        if "e" not in text and "." not in text and "inf" not in text and "nan" not in text:
            text += "."
        return text
    return repr(x)


def _nest(data: list[Any], shape: list[int], limit: int) -> str:
    if not shape:
        return format_number(data[0])
    step = len(data) // shape[0] if shape[0] else 0
    parts = []
    for i in range(shape[0]):
        if i == limit and shape[0] > limit + 1:
            parts.append("...")
            parts.append(_nest(data[(shape[0] - 1) * step : shape[0] * step], shape[1:], limit))
            break
        parts.append(_nest(data[i * step : (i + 1) * step], shape[1:], limit))
    return "[" + ", ".join(parts) + "]"


def display(value: Value, *, limit: int = 6) -> str:
    """Short, readable text for a value (long tensors and lists are elided)."""
    kind = value["kind"]
    if kind == "none":
        return "None"
    if kind == "missing":
        return "(not defined)"
    if kind in ("bool", "int", "float"):
        return format_number(value["value"])
    if kind == "str":
        text = value["value"]
        return repr(text if len(text) <= 200 else text[:200] + "…")
    if kind == "dtype":
        return f"torch.{value['value']}"
    if kind in ("list", "tuple"):
        items = [display(v, limit=limit) for v in value["items"][:limit]]
        if value["length"] > limit:
            items.append(f"... ({value['length']} entries)")
        open_, close = ("[", "]") if kind == "list" else ("(", ",)" if value["length"] == 1 else ")")
        return open_ + ", ".join(items) + close
    if kind == "dict":
        items = [f"{k}: {display(v, limit=limit)}" for k, v in value["items"][:limit]]
        return "{" + ", ".join(items) + "}"
    if kind == "tensor":
        extras = []
        if value["dtype"] not in ("float32", "int64", "bool"):
            extras.append(f"dtype=torch.{value['dtype']}")
        if value["grad_fn"]:
            extras.append(f"grad_fn=<{value['grad_fn']}>")
        elif value["requires_grad"]:
            extras.append("requires_grad=True")
        if value["data"] is None:
            body = f"<{'x'.join(map(str, value['shape']))} tensor: {value['note']}>"
        else:
            body = _nest(value["data"], value["shape"], limit)
        return f"tensor({', '.join([body, *extras])})"
    if kind == "exception":
        return f"{value['type']}: {value['message']}" if value["message"] else value["type"]
    return f"<{value['type']}>"


def _close(e: Any, f: Any, tol: Tolerance) -> bool:
    if isinstance(e, bool) or isinstance(f, bool):
        return e == f
    if math.isnan(e) or math.isnan(f):
        return math.isnan(e) and math.isnan(f)
    if math.isinf(e) or math.isinf(f):
        return e == f
    return abs(f - e) <= tol.atol + tol.rtol * abs(e)


FLOATING = frozenset({"float16", "bfloat16", "float32", "float64"})
"""Dtypes whose values compare with each other unless a check fixes the dtype."""


def compare(
    expected: Value,
    found: Value,
    *,
    tol: Tolerance,
    tol_for: Any = None,
    exact_dtype: bool = False,
    match: str | None = None,
    accept: tuple[Any, ...] = (),
    path: str = "",
) -> Mismatch | None:
    """Return how ``found`` differs from ``expected``, or None when it matches.

    ``tol_for(dtype)`` gives the tolerance for a tensor's dtype; ``tol`` is used
    for Python floats (and for tensors when ``tol_for`` is None). Floating
    tensors of different dtypes compare by value at the looser of their two
    tolerances, unless ``exact_dtype``. ``accept`` lists other strings (grad_fn
    names) that count as right.
    """

    def differ(kind: str, summary: str, **facts: Any) -> Mismatch:
        return Mismatch(kind=kind, summary=summary, expected=expected, found=found, path=path, facts=facts)

    ek, fk = expected["kind"], found["kind"]
    if fk == "missing":
        return differ("missing", "it is not defined")

    if ek == "tensor":
        if fk != "tensor":
            return differ("type", f"expected a tensor, found {describe_kind(found)}")
        return _compare_tensors(expected, found, _tensor_tolerance(expected, found, tol, tol_for), exact_dtype, differ)

    if ek == "none":
        if fk != "none":
            return differ("none", f"expected None, found {describe_kind(found)}")
        return None

    if ek in ("int", "float"):
        if fk not in ("int", "float"):
            return differ("type", f"expected a number, found {describe_kind(found)}")
        e, f = expected["value"], found["value"]
        if ek == "int" and fk == "int":
            return None if e == f else differ("value", "the number differs", ratio=factor([f], [e]))
        if _close(float(e), float(f), tol):
            return None
        return differ("value", "the number differs", abs_diff=abs(float(f) - float(e)), ratio=factor([f], [e]))

    if ek == "bool":
        if fk != "bool":
            return differ("type", f"expected True or False, found {describe_kind(found)}")
        return None if expected["value"] == found["value"] else differ("value", f"expected {expected['value']}, found {found['value']}")

    if ek in ("str", "dtype"):
        if fk != ek:
            return differ("type", f"expected {describe_kind(expected)}, found {describe_kind(found)}")
        if match is not None and ek == "str":
            return None if re.search(match, found["value"]) else differ("value", f"it does not match /{match}/")
        if expected["value"] == found["value"] or found["value"] in accept:
            return None
        return differ("value", "not the expected value")

    if ek in ("list", "tuple"):
        if fk not in ("list", "tuple"):
            return differ("type", f"expected a {ek}, found {describe_kind(found)}")
        if expected["length"] != found["length"]:
            return differ(
                "length",
                f"expected {expected['length']} entries, found {found['length']}",
                expected_length=expected["length"],
                found_length=found["length"],
            )
        if len(expected["items"]) != len(found["items"]):
            # A container cut short (or a record claiming a length it does not hold) cannot be shown equal.
            return differ("length", f"only {len(found['items'])} of its {found['length']} entries could be compared")
        for i, (e, f) in enumerate(zip(expected["items"], found["items"])):
            inner = compare(e, f, tol=tol, tol_for=tol_for, exact_dtype=exact_dtype, match=match, accept=accept, path=f"{path}[{i}]")
            if inner is not None:
                return inner
        return None

    if ek == "dict":
        if fk != "dict":
            return differ("type", f"expected a dict, found {describe_kind(found)}")
        ekeys = [k for k, _ in expected["items"]]
        fmap = {k: v for k, v in found["items"]}
        missing = [k for k in ekeys if k not in fmap]
        if missing or expected["length"] != found["length"]:
            return differ("length", f"expected the keys {', '.join(ekeys)}")
        for k, e in expected["items"]:
            inner = compare(e, fmap[k], tol=tol, tol_for=tol_for, exact_dtype=exact_dtype, match=match, accept=accept, path=f"{path}[{k}]")
            if inner is not None:
                return inner
        return None

    if ek == "exception":
        if fk == "none":
            return differ("not_raised", f"expected {expected['type']} to be raised, but nothing was raised")
        if fk != "exception":
            return differ("type", f"expected a {expected['type']} exception, found {describe_kind(found)}")
        if found["type"] != expected["type"]:
            return differ("type", f"expected {expected['type']}, found {found['type']}")
        if match is not None and not re.search(match, found["message"]):
            return differ("message", f"the message does not match /{match}/")
        if expected.get("origin") == "library" and found.get("origin") != "library":
            how = "created by hand and never raised" if found.get("origin") == "constructed" else "raised by a raise statement in your code"
            return differ("raised_by_hand", f"the {found['type']} was {how}, not by PyTorch")
        return None

    if ek == "object":
        if fk != "object" or found["type"] != expected["type"]:
            return differ("type", f"expected a {expected['type']} object, found {describe_kind(found)}")
        return None

    return differ("type", f"cannot compare {describe_kind(expected)} with {describe_kind(found)}")


def factor(found: list[Any], expected: list[Any]) -> float | None:
    """The common factor found/expected, if every nonzero element shares it."""
    ratio = None
    for f, e in zip(found, expected):
        if isinstance(f, bool) or isinstance(e, bool):
            return None
        if not (math.isfinite(f) and math.isfinite(e)):
            return None
        if e == 0:
            if abs(f) > 1e-9:
                return None
            continue
        r = f / e
        if ratio is None:
            ratio = r
        elif not math.isclose(r, ratio, rel_tol=1e-3, abs_tol=1e-9):
            return None
    return ratio


def common_ratio(found: Value, expected: Value) -> float | None:
    """found = k * expected for one k, across all elements (tensors or numbers)."""
    if found["kind"] == "tensor" and expected["kind"] == "tensor":
        if found["data"] is None or expected["data"] is None or len(found["data"]) != len(expected["data"]):
            return None
        return factor(found["data"], expected["data"])
    if found["kind"] in ("int", "float") and expected["kind"] in ("int", "float"):
        return factor([found["value"]], [expected["value"]])
    return None


def _tensor_tolerance(expected: Value, found: Value, tol: Tolerance, tol_for: Any) -> Tolerance:
    if tol_for is None:
        return tol
    here = tol_for(expected["dtype"])
    if found["dtype"] == expected["dtype"] or found["dtype"] not in FLOATING:
        return here
    # float64 against float32 is as precise as float32 is: the looser tolerance.
    there = tol_for(found["dtype"])
    return Tolerance(rtol=max(here.rtol, there.rtol), atol=max(here.atol, there.atol))


def _compare_tensors(expected: Value, found: Value, tol: Tolerance, exact_dtype: bool, differ: Any) -> Mismatch | None:
    if expected["shape"] != found["shape"]:
        return differ(
            "shape",
            f"expected shape {tuple(expected['shape'])}, found {tuple(found['shape'])}",
            expected_shape=expected["shape"],
            found_shape=found["shape"],
        )
    e_dtype, f_dtype = expected["dtype"], found["dtype"]
    if e_dtype != f_dtype and (exact_dtype or not (e_dtype in FLOATING and f_dtype in FLOATING)):
        return differ("dtype", f"expected dtype torch.{e_dtype}, found torch.{f_dtype}")
    if found["data"] is None:
        return differ("unreadable", f"its values cannot be compared: {found['note']}")
    if expected["data"] is None:
        return differ("unreadable", f"the expected values cannot be compared: {expected['note']}")
    e_data, f_data = expected["data"], found["data"]
    if e_data == f_data:  # the common case, at C speed (NaN is never equal: it takes the loop)
        return None
    bad, first, max_abs = 0, None, 0.0
    for i, (e, f) in enumerate(zip(e_data, f_data)):
        if not _close(e, f, tol):
            bad += 1
            if first is None:
                first = i
            if not isinstance(e, bool):
                diff = abs(float(f) - float(e))
                max_abs = diff if math.isnan(diff) else max(max_abs, diff)
    if first is None:
        return None
    index = _index(first, expected["shape"])
    return differ(
        "value",
        f"{bad} of {len(e_data)} values differ",
        mismatched=bad,
        total=len(e_data),
        max_abs_diff=max_abs,
        index=index,
        expected_at=e_data[first],
        found_at=f_data[first],
        rtol=tol.rtol,
        atol=tol.atol,
    )
