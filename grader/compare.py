"""Compare an expected value with a found one (both records of :mod:`grader.values`).

Pure Python on purpose: this runs in the grader's process, which never needs
torch, and in a student's kernel. A tensor comparison confirms shape and
dtype first, then values within ``atol + rtol * |expected|`` (NaN equals NaN,
infinities must match exactly), and reports the largest difference and the
first element that differs, with both values.

:func:`compare` hands each kind of expected value to its own
``_compare_<kind>`` function (as pytest's assertion rewriting does with
sequences, mappings and sets).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from grader.config import Tolerance
from grader.values import (
    BoolValue,
    DictValue,
    DtypeValue,
    ExceptionValue,
    FloatValue,
    IntValue,
    ListValue,
    MissingValue,
    ModuleValue,
    NoneValue,
    ObjectValue,
    SequenceValue,
    StrValue,
    TensorValue,
    TupleValue,
    Value,
    describe_kind,
)
from grader.wire import FLOAT_DTYPES

"""Dtypes whose values compare with each other unless a check fixes the dtype."""


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


@dataclass(frozen=True)
class Tolerances:
    """How close numbers must be, per dtype: set up once for a check, read by each of its comparisons."""

    by_dtype: Callable[[str], Tolerance]
    """A floating dtype's tolerance (the course's, or the defaults)."""
    rtol: float | None = None
    """The check's relative tolerance, in place of every dtype's, when it sets one."""
    atol: float | None = None
    """The check's absolute tolerance, likewise."""

    @classmethod
    def uniform(cls, tol: Tolerance) -> Tolerances:
        """One tolerance for every dtype and for Python numbers."""
        return cls(lambda _dtype: tol)

    def of(self, dtype: str) -> Tolerance:
        base = self.by_dtype(dtype)
        return Tolerance(rtol=base.rtol if self.rtol is None else self.rtol, atol=base.atol if self.atol is None else self.atol)

    @property
    def number(self) -> Tolerance:
        """For Python floats: a float from ``.item()`` carries float32 precision at best."""
        return self.of("float32")

    def between(self, expected_dtype: str, found_dtype: str) -> Tolerance:
        """For two tensors: float64 against float32 is as precise as float32 is, so the looser tolerance."""
        here = self.of(expected_dtype)
        if found_dtype == expected_dtype or found_dtype not in FLOAT_DTYPES:
            return here
        there = self.of(found_dtype)
        return Tolerance(rtol=max(here.rtol, there.rtol), atol=max(here.atol, there.atol))


@dataclass(frozen=True)
class _Rules:
    """What one comparison allows, passed down into nested values."""

    tolerances: Tolerances
    exact_dtype: bool
    match: str | None
    accept: tuple[str, ...]
    at_least: bool = False
    exact_shape: bool = False


def _index(flat: int, shape: Sequence[int]) -> tuple[int, ...]:
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


def _nest(data: Sequence[Any], shape: Sequence[int], limit: int) -> str:
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
    match value:
        case NoneValue():
            return "None"
        case MissingValue():
            return "(not defined)"
        case BoolValue() | IntValue() | FloatValue():
            return format_number(value.value)
        case StrValue():
            text = value.value
            return repr(text if len(text) <= 200 else text[:200] + "…")
        case DtypeValue():
            return f"torch.{value.value}"
        case SequenceValue():
            items = [display(v, limit=limit) for v in value.items[:limit]]
            if value.length > limit:
                items.append(f"... ({value.length} entries)")
            open_, close = ("[", "]") if isinstance(value, ListValue) else ("(", ",)" if value.length == 1 else ")")
            return open_ + ", ".join(items) + close
        case DictValue():
            return "{" + ", ".join(f"{k}: {display(v, limit=limit)}" for k, v in value.items[:limit]) + "}"
        case TensorValue():
            return _display_tensor(value, limit)
        case ExceptionValue():
            return value.summary()
        case ObjectValue():
            return f"<{value.type}>"
        case ModuleValue():
            names = [name for name, _ in value.parameters[:limit]]
            more = f", ... ({value.length} parameters)" if value.length > limit else ""
            return f"<{value.module_class}: {', '.join(names)}{more}>"


def _display_tensor(value: TensorValue, limit: int) -> str:
    extras = []
    if value.dtype not in ("float32", "int64", "bool"):
        extras.append(f"dtype=torch.{value.dtype}")
    if value.grad_fn:
        extras.append(f"grad_fn=<{value.grad_fn}>")
    elif value.requires_grad:
        extras.append("requires_grad=True")
    if value.data is None:
        body = f"<{'x'.join(map(str, value.shape))} tensor: {value.note}>"
    elif not value.data and len(value.shape) > 1:
        # No entries: as torch prints it. Nested, the sizes before a 0 are walked with nothing to bound them but the
        # limit per level: torch.empty([4] * 30 + [0]) held the grader's own process for ever
        # (tests/hostile/round21/pack/empty_tensor_of_many_dimensions.py).
        body = "[]"
        extras.insert(0, f"size=({', '.join(map(str, value.shape))})")
    else:
        body = _nest(value.data, value.shape, limit)
    return f"tensor({', '.join([body, *extras])})"


def _close(e: Any, f: Any, tol: Tolerance) -> bool:
    if isinstance(e, bool) or isinstance(f, bool):
        return bool(e == f)
    if math.isnan(e) or math.isnan(f):
        return math.isnan(e) and math.isnan(f)
    if math.isinf(e) or math.isinf(f):
        return bool(e == f)
    return bool(abs(f - e) <= tol.atol + tol.rtol * abs(e))


def compare(
    expected: Value,
    found: Value,
    *,
    tolerances: Tolerances,
    exact_dtype: bool = False,
    match: str | None = None,
    accept: tuple[str, ...] = (),
    at_least: bool = False,
    exact_shape: bool = False,
) -> Mismatch | None:
    """Return how ``found`` differs from ``expected``, or None when it matches.

    ``tolerances`` gives each tensor's tolerance by dtype, and Python floats'.
    Floating tensors of different dtypes compare by value at the looser of
    their two tolerances, unless ``exact_dtype``. ``match``: a pattern a
    string or an exception's message must match, in place of equality.
    ``accept`` lists other strings (grad_fn names) that count as right.
    ``at_least``: an integer at least the expected one is right (a count).
    A tensor holding a single value matches one of another one-element shape
    (``[1]`` for ``[]``: both are one number, and prompts rarely say which),
    unless ``exact_shape``.
    """
    return _compare(expected, found, _Rules(tolerances, exact_dtype, match, accept, at_least, exact_shape), "")


def _compare(expected: Value, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if isinstance(found, MissingValue):
        return _differ(expected, found, path, "missing", "it is not defined")
    compare_kind = _COMPARERS.get(type(expected))
    if compare_kind is None:  # an expected value that is missing: nothing can match it
        return _differ(expected, found, path, "type", f"cannot compare {describe_kind(expected)} with {describe_kind(found)}")
    return compare_kind(expected, found, rules, path)


def _differ(expected: Value, found: Value, path: str, kind: str, summary: str, **facts: Any) -> Mismatch:
    return Mismatch(kind=kind, summary=summary, expected=expected, found=found, path=path, facts=facts)


def _compare_none(expected: NoneValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if isinstance(found, NoneValue):
        return None
    return _differ(expected, found, path, "none", f"expected None, found {describe_kind(found)}")


def _compare_number(expected: IntValue | FloatValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if not isinstance(found, (IntValue, FloatValue)):
        return _differ(expected, found, path, "type", f"expected a number, found {describe_kind(found)}")
    e, f = expected.value, found.value
    if isinstance(expected, IntValue) and isinstance(found, IntValue):
        return None if e == f or (rules.at_least and f > e) else _differ(expected, found, path, "value", "the number differs", ratio=factor([f], [e]))
    if _close(float(e), float(f), rules.tolerances.number):
        return None
    return _differ(expected, found, path, "value", "the number differs", abs_diff=abs(float(f) - float(e)), ratio=factor([f], [e]))


def _compare_bool(expected: BoolValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if not isinstance(found, BoolValue):
        return _differ(expected, found, path, "type", f"expected True or False, found {describe_kind(found)}")
    if expected.value == found.value:
        return None
    return _differ(expected, found, path, "value", f"expected {expected.value}, found {found.value}")


def _compare_text(expected: StrValue | DtypeValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if type(found) is not type(expected):
        return _differ(expected, found, path, "type", f"expected {describe_kind(expected)}, found {describe_kind(found)}")
    assert isinstance(found, (StrValue, DtypeValue))
    if rules.match is not None and isinstance(expected, StrValue):
        return None if re.search(rules.match, found.value) else _differ(expected, found, path, "value", f"it does not match /{rules.match}/")
    if expected.value == found.value or found.value in rules.accept:
        return None
    return _differ(expected, found, path, "value", "not the expected value")


def _compare_sequence(expected: ListValue | TupleValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if not isinstance(found, SequenceValue):
        return _differ(expected, found, path, "type", f"expected a {expected.kind}, found {describe_kind(found)}")
    if expected.length != found.length:
        return _differ(
            expected,
            found,
            path,
            "length",
            f"expected {expected.length} entries, found {found.length}",
            expected_length=expected.length,
            found_length=found.length,
        )
    if expected.truncated or found.truncated:
        # A container cut short cannot be shown equal: what was not sent may differ.
        return _differ(expected, found, path, "length", f"only {len(found.items)} of its {found.length} entries could be compared")
    return _first_difference(zip(expected.items, found.items), (f"{path}[{i}]" for i in range(len(expected.items))), rules)


def _compare_dict(expected: DictValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if not isinstance(found, DictValue):
        return _differ(expected, found, path, "type", f"expected a dict, found {describe_kind(found)}")
    return _compare_named(expected, found, expected.items, found.items, rules, path, "keys", lambda key: f"{path}[{key}]")


def _compare_module(expected: ModuleValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if not isinstance(found, ModuleValue):
        return _differ(expected, found, path, "type", f"expected a module, found {describe_kind(found)}")
    return _compare_named(expected, found, expected.parameters, found.parameters, rules, path, "parameters", lambda name: f"{path}.{name}")


def _compare_named(
    expected: DictValue | ModuleValue,
    found: DictValue | ModuleValue,
    expected_items: Sequence[tuple[str, Value]],
    found_items: Sequence[tuple[str, Value]],
    rules: _Rules,
    path: str,
    noun: str,
    where: Callable[[str], str],
) -> Mismatch | None:
    """A dict's entries or a module's parameters: the same names, none cut off, then each value in the expected order."""
    names = [name for name, _ in expected_items]
    by_name = dict(found_items)
    if any(name not in by_name for name in names) or expected.length != found.length:
        return _differ(expected, found, path, "length", f"expected the {noun} {', '.join(names)}")
    if expected.truncated or found.truncated:
        what = "entries" if noun == "keys" else noun
        return _differ(expected, found, path, "length", f"only {len(found_items)} of its {found.length} {what} could be compared")
    return _first_difference(((e, by_name[name]) for name, e in expected_items), (where(name) for name in names), rules)


def _first_difference(pairs: Iterable[tuple[Value, Value]], paths: Iterable[str], rules: _Rules) -> Mismatch | None:
    for (e, f), where in zip(pairs, paths):
        inner = _compare(e, f, rules, where)
        if inner is not None:
            return inner
    return None


def _compare_exception(expected: ExceptionValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if isinstance(found, NoneValue):
        return _differ(expected, found, path, "not_raised", f"expected {expected.type} to be raised, but nothing was raised")
    if not isinstance(found, ExceptionValue):
        return _differ(expected, found, path, "type", f"expected a {expected.type} exception, found {describe_kind(found)}")
    if found.type != expected.type:
        return _differ(expected, found, path, "type", f"expected {expected.type}, found {found.type}")
    if rules.match is not None and not re.search(rules.match, found.message):
        return _differ(expected, found, path, "message", f"the message does not match /{rules.match}/")
    if expected.origin == "library" and found.origin != "library":
        how = "created by hand and never raised" if found.origin == "constructed" else "raised by a raise statement in your code"
        return _differ(expected, found, path, "raised_by_hand", f"the {found.type} was {how}, not by PyTorch")
    return None


def _compare_object(expected: ObjectValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if isinstance(found, ObjectValue) and found.type == expected.type:
        return None
    return _differ(expected, found, path, "type", f"expected a {expected.type} object, found {describe_kind(found)}")


def _single(shape: Sequence[int]) -> bool:
    """A shape of one element: ``[]``, ``[1]``, ``[1, 1]``..."""
    return all(size == 1 for size in shape)


def _compare_tensor(expected: TensorValue, found: Value, rules: _Rules, path: str) -> Mismatch | None:
    if not isinstance(found, TensorValue):
        return _differ(expected, found, path, "type", f"expected a tensor, found {describe_kind(found)}")
    if expected.shape != found.shape and (rules.exact_shape or not (_single(expected.shape) and _single(found.shape))):
        return _differ(
            expected,
            found,
            path,
            "shape",
            f"expected shape {expected.shape}, found {found.shape}",
            expected_shape=list(expected.shape),
            found_shape=list(found.shape),
        )
    e_dtype, f_dtype = expected.dtype, found.dtype
    if e_dtype != f_dtype and (rules.exact_dtype or not (e_dtype in FLOAT_DTYPES and f_dtype in FLOAT_DTYPES)):
        return _differ(expected, found, path, "dtype", f"expected dtype torch.{e_dtype}, found torch.{f_dtype}")
    if found.data is None:
        return _differ(expected, found, path, "unreadable", f"its values cannot be compared: {found.note}")
    if expected.data is None:
        return _differ(expected, found, path, "unreadable", f"the expected values cannot be compared: {expected.note}")
    return _compare_elements(expected, found, expected.data, found.data, rules.tolerances.between(e_dtype, f_dtype), path)


def _compare_elements(
    expected: TensorValue, found: TensorValue, e_data: Sequence[float], f_data: Sequence[float], tol: Tolerance, path: str
) -> Mismatch | None:
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
    return _differ(
        expected,
        found,
        path,
        "value",
        f"{bad} of {len(e_data)} values differ",
        mismatched=bad,
        total=len(e_data),
        max_abs_diff=max_abs,
        index=_index(first, expected.shape),
        expected_at=e_data[first],
        found_at=f_data[first],
        rtol=tol.rtol,
        atol=tol.atol,
    )


_COMPARERS: dict[type, Callable[[Any, Value, _Rules, str], Mismatch | None]] = {
    NoneValue: _compare_none,
    IntValue: _compare_number,
    FloatValue: _compare_number,
    BoolValue: _compare_bool,
    StrValue: _compare_text,
    DtypeValue: _compare_text,
    ListValue: _compare_sequence,
    TupleValue: _compare_sequence,
    DictValue: _compare_dict,
    ExceptionValue: _compare_exception,
    ObjectValue: _compare_object,
    TensorValue: _compare_tensor,
    ModuleValue: _compare_module,
}
"""The comparison for each kind of expected value (a missing one has none)."""


def factor(found: Sequence[Any], expected: Sequence[Any]) -> float | None:
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
    if isinstance(found, TensorValue) and isinstance(expected, TensorValue):
        if found.data is None or expected.data is None or len(found.data) != len(expected.data):
            return None
        return factor(found.data, expected.data)
    if isinstance(found, (IntValue, FloatValue)) and isinstance(expected, (IntValue, FloatValue)):
        return factor([found.value], [expected.value])
    return None
