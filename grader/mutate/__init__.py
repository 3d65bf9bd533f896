"""Mutants of a reference solution: one typical autograd mistake each.

``grader validate`` grades every mutant as a submission: the checks must take
points from it (or the exercise file must declare it equivalent, with a
reason), and every hint shown on it must name the mistake the operator made
(:attr:`Operator.mistakes`, tags of :data:`grader.hints.MISTAKES`).

Each operator finds sites in the solution's syntax tree (``ast``) and makes
one mutant per site. A mutant is the reference's own text with that site
edited in place, so its diff shows the mutated line(s) and nothing else
(comments and layout elsewhere are kept). Its id is the operator and the
line of the site, ``drop_zero_grad@12``; a second site of the same operator
on the same line is ``drop_zero_grad@12.2``, then ``.3``, in source order.

Notebook-flow exercises (``variables``) have top-level code: the operators
apply there the same way. What stands for a function's inputs in them are
the *leaves*: names bound to a tensor made with ``requires_grad=True`` (or
``.requires_grad_()``).

Nothing here imports torch or runs code: it reads and writes text.
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grader.mutate.operators import FINDERS, OPERATORS, Operator
from grader.mutate.source import Scopes, Target, Text

if TYPE_CHECKING:
    from grader.spec import Exercise

__all__ = ["MUTANT_ID", "OPERATORS", "Mutant", "Operator", "Target", "mutants", "mutants_of"]

MUTANT_ID = re.compile(r"^(?P<operator>[a-z_]+)@(?P<line>[1-9][0-9]*)(\.(?P<nth>[2-9]|[1-9][0-9]+))?$")
"""The form of a mutant id: ``operator@line``, or ``operator@line.n`` for the n-th site on a line."""


@dataclass(frozen=True)
class Mutant:
    """A reference solution with one mistake put in."""

    id: str
    """``<operator>@<line>[.<n>]``: stable while the reference's text is."""
    operator: str
    """The operator that made it (a key of :data:`OPERATORS`)."""
    line: int
    """The reference's line the mutation is at."""
    source: str
    """The mutant's full text."""
    diff: str
    """A unified diff of the mutated lines (no context lines)."""
    also: frozenset[str] = frozenset()
    """Mistakes the operator's mistake becomes at this site only (a dropped backward() where an error is expected)."""

    @property
    def mistakes(self) -> frozenset[str]:
        """The tags a hint on this mutant may name."""
        return OPERATORS[self.operator].mistakes | self.also


def mutants(source: str, target: Target, *, name: str = "solution.py") -> list[Mutant]:
    """Every mutant of ``source``, operator by operator, each in source order.

    ``name`` labels the diffs. A site whose edit would not parse is skipped
    (the operator's limit, not the exercise's problem).
    """
    tree = ast.parse(source)
    text = Text(source)
    scopes = Scopes(tree, target)
    out: list[Mutant] = []
    for operator, find in FINDERS.items():
        sites = sorted(find(tree, text, scopes), key=lambda s: s.order)
        seen: dict[int, int] = {}
        for site in sites:
            mutated = text.apply(site.edits)
            if mutated == source:
                continue
            try:
                ast.parse(mutated)
            except SyntaxError:
                continue
            seen[site.line] = seen.get(site.line, 0) + 1
            nth = seen[site.line]
            mutant_id = f"{operator}@{site.line}" + (f".{nth}" if nth > 1 else "")
            diff = "\n".join(
                difflib.unified_diff(
                    source.splitlines(), mutated.splitlines(), fromfile=name, tofile=f"{name} ({mutant_id})", n=0, lineterm=""
                )
            )
            out.append(Mutant(id=mutant_id, operator=operator, line=site.line, source=mutated, diff=diff, also=site.also))
    return out


def mutants_of(ex: Exercise, *, name: str | None = None) -> list[Mutant]:
    """The mutants of an exercise's reference solution (none when it cannot be read or parsed); ``name`` labels diffs."""
    try:
        source = ex.reference.read_text(encoding="utf-8")
        return mutants(source, Target.of(ex), name=name or ex.reference.name)
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return []  # the reference item says why
