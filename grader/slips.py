"""Slips: the reference with one number, sign or power of its formula changed.

A student who gets every step right and one coefficient wrong (``x ** 4 / 2``
for ``x ** 4 / 4``, ``- 5 * x`` for ``+ 5 * x``, ``x * 2`` for ``x ** 2``) hands
in values no rule rebuilds from the right ones: they are not a multiple of
them, nor a sign flip of the whole. Run once per exercise like the authors'
wrong solutions (:mod:`grader.known`), the reference's slips give those values
on every case, hidden ones included. A student whose values equal a slip's
there computed the formula, with that slip in it: the hint names the kind of
slip, and the checks beside it count as beside a recognised mistake.

Nothing here runs code: it reads and writes the reference's text.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from grader.mutate.operators import FINDERS
from grader.mutate.source import Edit, Scopes, Target, Text

MAX_SLIPS = 24
"""Slips run per exercise, at most (each is a run of the reference, once per exercise, cached)."""

_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)


@dataclass(frozen=True)
class Slip:
    """The reference's text with one slip, and the words for a student whose values are its."""

    kind: str
    """``number``, ``sign`` or ``power``."""
    source: str
    line: int

    @property
    def description(self) -> str:
        return DESCRIPTIONS[self.kind]

    @property
    def mistakes(self) -> tuple[str, ...]:
        return ("sign",) if self.kind == "sign" else ("operation",)


DESCRIPTIONS = {
    # Each completes "Your values, on every case of this check, ..." (:func:`grader.known.hint`).
    "number": (
        "are what the right steps give with one number of the formula changed (a coefficient, a power or a "
        "constant): compare each number in your formula with the prompt's"
    ),
    "sign": "are what the right steps give with one sign of the formula or of an update flipped: check each + and -",
    "power": "are what the right steps give with a power and a product confused (x * 2 for x ** 2, or the reverse)",
}


def slips(source: str) -> list[Slip]:
    """The reference's slips (at most :data:`MAX_SLIPS`); none when it does not parse."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    text = Text(source)
    out: list[Slip] = []
    seen = {source}
    for kind, edits in _sites(tree, text):
        changed = text.apply(edits)
        if changed in seen:
            continue
        try:
            ast.parse(changed)
        except SyntaxError:
            continue
        seen.add(changed)
        out.append(Slip(kind, changed, min(text.source.count("\n", 0, e.start) + 1 for e in edits)))
    return out[:MAX_SLIPS]


def _sites(tree: ast.Module, text: Text) -> Iterator[tuple[str, tuple[Edit, ...]]]:
    """Signs and powers first: they are few, and numbers past :data:`MAX_SLIPS` are the ones left out. Nothing inside
    an index (``x[n - 1]``) is a slip of the formula."""
    slices = [text.span(sub.slice) for sub in ast.walk(tree) if isinstance(sub, ast.Subscript)]

    def sliced(at: int) -> bool:
        return any(start <= at < end for start, end in slices)

    binops = [node for node in ast.walk(tree) if isinstance(node, ast.BinOp) and not sliced(text.span(node)[0])]
    for site in FINDERS["flip_sign"](tree, text, Scopes(tree, Target())):
        if not any(sliced(edit.start) for edit in site.edits):
            yield "sign", site.edits
    for node in binops:
        start, end = text.span(node)
        left, right = text.segment(node.left), text.segment(node.right)
        if isinstance(node.op, ast.Pow) and _number(node.right) is not None:
            yield "power", (Edit(start, end, f"({left}) * {right}"),)
        elif isinstance(node.op, ast.Mult) and _number(node.left) in (2, 3):
            yield "power", (Edit(start, end, f"({right}) ** {left}"),)
        elif isinstance(node.op, ast.Mult) and _number(node.right) in (2, 3):
            yield "power", (Edit(start, end, f"({left}) ** {right}"),)
    for node in binops:
        if not isinstance(node.op, _ARITHMETIC):
            continue
        for operand in (node.left, node.right):
            if (value := _number(operand)) is not None:
                start, end = text.span(operand)
                for new in _changed(value):
                    yield "number", (Edit(start, end, new),)


def _number(node: ast.AST) -> float | None:
    """The value of a numeric literal (not a bool), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
        return node.value
    return None


def _changed(value: float) -> list[str]:
    """What a student writes for ``value`` by a slip: one more or less, twice or half of it, or 1 (a factor left out)."""
    out = []
    for new in (value + 1, value - 1, value * 2, value / 2, 1):
        if new in (value, 0):
            continue
        literal = str(int(new)) if float(new).is_integer() else repr(float(new))
        if literal not in out:
            out.append(literal)
    return out
