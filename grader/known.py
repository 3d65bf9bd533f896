"""Known mistakes: an exercise's wrong solutions, run like its reference, to name a student's mistake by its values.

An author writes each wrong solution (``solutions/wrong/<id>/*.py``) as a
mistake students really make, in words (its ``description``) and tags (its
``mistakes:``). Its run gives, case by case, the values that mistake
produces. A student whose value of a failing check equals that wrong
solution's on every case of the check, hidden ones included, most likely made
that mistake: the check's hint says so in the author's words.

Values that many mistakes share (a flag, None, zeros) name nothing: only a
value with a number other than zero in it counts as evidence.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from grader.compare import Mismatch
from grader.hints import Hint
from grader.mutate.source import Edit, Scopes, Text, owns_lines, remove
from grader.mutate.source import Target as SourceTarget
from grader.protocol import Observation
from grader.values import BoolValue, FloatValue, IntValue, SequenceValue, TensorValue, Value

MIN_NUMBERS = 3
"""Numbers a student's values must hold, over all the cases of a check, to name a mistake: one number from one case
(a notebook's single run) is the same for too many mistakes. Two cases with a number other than zero each do too:
one number per case, on other inputs, is as telling (a returned loss one step stale, on two runs)."""

MAX_NAMED = 2
"""More distinct mistakes than this giving the student's values: the values tell them apart no better than nothing."""


@dataclass(frozen=True)
class KnownMistake:
    """One wrong solution's run, with what it shows a student whose values match it."""

    name: str
    """The wrong solution's file name (for the author: reports, tests)."""
    description: str
    """The mistake in the author's words, shown to the student."""
    mistakes: tuple[str, ...]
    """Its hint tags."""
    observations: Mapping[str, Observation]
    """Case name -> its run on that case (hidden cases included)."""
    vague: frozenset[str] = frozenset()
    """Checks on which its values are those of the reference with one step left out or without effect: a hook
    registered too late, a clip on the wrong tensor and a forgotten clip all give them, so there they name nothing
    (only the work with that step missing gives them, so there they are still recognised work)."""
    bare: frozenset[str] = frozenset()
    """Checks on which its values are, on every case, those of a submission that does nothing (:mod:`grader.nulls`: an
    input as given, where the mistake never updates it): there they name the mistake but show no work, so they are not
    recognised (tests/hostile/round19/pack/losses_beside_a_throwaway_backward.py)."""
    slip: bool = False
    """A slip of the reference's formula (:mod:`grader.slips`), made by the grader, not an author: it names a mistake
    only where neither an author's wrong solution nor a rule of :mod:`grader.hints` rebuilds the values."""


def informative(value: Value) -> bool:
    """A value that few mistakes share by chance: a float, or a tensor with a number, other than zero, or a list or
    tuple with one in it (a count of backward passes or steps, a flag, None: many mistakes give the same)."""
    if isinstance(value, SequenceValue):
        return any(informative(item) for item in value.items)
    if isinstance(value, (BoolValue, IntValue)):
        return False
    if isinstance(value, FloatValue):
        return math.isfinite(value.value) and value.value != 0
    if isinstance(value, TensorValue) and value.data:
        return any(isinstance(x, (int, float)) and math.isfinite(x) and x != 0 for x in value.data)
    return False


def numbers(value: Value) -> int:
    """How many numbers a value holds (a tensor's elements, a float, those of a list's or tuple's entries)."""
    if isinstance(value, SequenceValue):
        return sum(numbers(item) for item in value.items)
    if isinstance(value, TensorValue):
        return len(value.data or ())
    return 1 if isinstance(value, FloatValue) else 0


def never_ran_autograd(mistake: KnownMistake) -> bool:
    """Whether a known mistake's run counted no autograd pass on any case (None, a notebook's run, counts nothing)."""
    runs = [obs.autograd_runs for obs in mistake.observations.values()]
    return bool(runs) and all(r == 0 for r in runs)


def matching(
    check: str,
    found: Mapping[str, Value],
    known: list[KnownMistake],
    value_of: Callable[[Observation], Value | None],
    differ: Callable[[Value, Value], Mismatch | None],
    *,
    vague: bool = False,
) -> list[KnownMistake]:
    """The known mistakes whose value of a check equals ``found``'s on every case (``found``: case -> the student's value).

    A check the student fails, the known mistake fails too when their values
    are the same: which checks its author listed under ``fails`` does not matter.

    ``value_of`` reads the check's target from an observation; ``differ``
    compares two values at the check's tolerance. ``vague``: only the mistakes
    that are vague on the check (by default, only those that are not).
    """
    if not telling(found):
        return []
    out = []
    for mistake in known:
        if (check in mistake.vague) != vague:
            continue
        theirs = {case: None if (run := mistake.observations.get(case)) is None else value_of(run) for case in found}
        if same_on_every_case(theirs, found, differ):
            out.append(mistake)
    return out


def telling(found: Mapping[str, Value]) -> bool:
    """Whether a student's values of a check (case -> value) hold enough to name a mistake by: :data:`MIN_NUMBERS`
    numbers, or a number other than zero on two cases."""
    return sum(numbers(v) for v in found.values()) >= MIN_NUMBERS or sum(1 for v in found.values() if informative(v)) >= 2


def same_on_every_case(
    expected: Mapping[str, Value | None], found: Mapping[str, Value | None], differ: Callable[[Value, Value], Mismatch | None]
) -> bool:
    """Whether two runs' values (case -> value) are there on every case of ``expected``, the same at the check's tolerance.

    The one comparison of known mistakes: a student's values against a wrong
    solution's (at grading), a wrong solution's against the reference with a
    step left out (at load, :func:`grader.checks.vague_checks`).
    """
    for case, ours in expected.items():
        theirs = found.get(case)
        if ours is None or theirs is None or differ(ours, theirs) is not None:
            return False
    return True


def hint(matches: list[KnownMistake]) -> Hint | None:
    """Words for the student whose values match these known mistakes (None: none, or too many to tell apart)."""
    descriptions = list(dict.fromkeys(m.description.strip().rstrip(".") for m in matches))
    if not descriptions or len(descriptions) > MAX_NAMED:
        return None
    tags = tuple(dict.fromkeys(tag for m in matches for tag in m.mistakes))
    if all(m.slip for m in matches):
        return Hint(f"Your values, on every case of this check, {' Or they '.join(d + '.' for d in descriptions)}", tags)
    shown = [d[:1].upper() + d[1:] + "." for d in descriptions]
    if len(shown) == 1:
        return Hint(f"Your values, on every case of this check, are those of a common mistake. {shown[0]}", tags)
    return Hint(f"Your values, on every case of this check, are those of one of two common mistakes. {shown[0]} Or: {shown[1]}", tags)


MAX_SKIPPED = 16
"""Steps of a reference left out one at a time, at most (each is a run, once per exercise, cached)."""

_NULL_CONTEXT = '__import__("contextlib").nullcontext()'
_NO_HOOK = "lambda *args: None"
_HOOK = re.compile(r"register_\w*hook$")


def skipped_steps(source: str) -> list[str]:
    """The reference with one step left out or without effect, for each step that may be: a call made for its effect
    (``clip_grad_norm_(...)``, ``handle.remove()``), an assignment to an attribute or an entry (``x.grad = None``), a
    hook registered (it then changes nothing), or a ``with`` whose context does nothing (``torch.no_grad()``)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    text = Text(source)
    scopes = Scopes(tree, SourceTarget())
    out: list[str] = []
    for stmt, block, i in scopes.statements():
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue  # its statements are steps of their own
        own = _own_nodes(stmt)
        hooks = [n for n in own if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and _HOOK.match(n.func.attr) and n.args]
        if hooks:
            # A hook that leaves every gradient as it is (a hook registered too late, or on another tensor, does that).
            edits = tuple(Edit(*text.span(call.args[0]), _NO_HOOK) for call in hooks)
        elif isinstance(stmt, ast.With):
            edits = tuple(Edit(*text.span(item.context_expr), _NULL_CONTEXT) for item in stmt.items)
        elif _for_effect(stmt) and owns_lines(stmt, block, i, text):
            edits = remove(stmt, block, i, text)
        elif calls := _in_place_calls(own):
            # An in-place call inside an expression (`return clip_grad_norm_([w], 1.0)`): as if it did nothing.
            edits = tuple(Edit(*text.span(call), text.segment(call.args[0]) if call.args else "None") for call in calls[:1])
        else:
            continue
        changed = text.apply(edits)
        try:
            ast.parse(changed)
        except SyntaxError:
            continue
        if changed != source and changed not in out:
            out.append(changed)
    return out[:MAX_SKIPPED]


def _own_nodes(stmt: ast.stmt) -> list[ast.AST]:
    """The nodes of a statement, without those of the statements in its body: a loop's or a ``with``'s body is made
    of steps of their own (the ``with`` itself may then be made to do nothing, whatever its body registers)."""
    nested = (ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.While, ast.If, ast.Try, ast.Match)
    if not isinstance(stmt, nested):
        return list(ast.walk(stmt))
    heads: list[ast.AST] = []
    for name, value in ast.iter_fields(stmt):
        if name not in ("body", "orelse", "finalbody", "handlers", "cases"):
            heads.extend(value if isinstance(value, list) else [value])
    return [node for head in heads if isinstance(head, ast.AST) for node in ast.walk(head)]


def _in_place_calls(nodes: list[ast.AST]) -> list[ast.Call]:
    """Calls of PyTorch's in-place functions (their names end with one underscore: ``clip_grad_norm_``, ``zero_``)."""
    out = []
    for node in nodes:
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id if isinstance(node.func, ast.Name) else ""
        if name.endswith("_") and not name.endswith("__") and name != "requires_grad_":
            out.append(node)
    return out


def _for_effect(stmt: ast.stmt) -> bool:
    if isinstance(stmt, ast.Expr):
        return isinstance(stmt.value, ast.Call)
    if isinstance(stmt, ast.Assign):
        return all(isinstance(t, (ast.Attribute, ast.Subscript)) for t in stmt.targets)
    if isinstance(stmt, ast.AugAssign):
        return isinstance(stmt.target, (ast.Attribute, ast.Subscript))
    return False
