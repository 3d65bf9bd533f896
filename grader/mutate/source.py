"""How the mutation operators read and edit a solution.

Positions come from ``ast`` (lines from 1, columns in UTF-8 bytes); edits
replace spans of the original text, so everything an operator does not touch
(comments, layout, quotes) stays as the author wrote it. :class:`Scopes`
knows every block of statements, the scope (function or module) each one is
in, and each scope's *leaves*: the tensors that require grad in it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from grader.spec import Exercise


@dataclass(frozen=True)
class Target:
    """What the operators need to know about the exercise besides the text."""

    function: str | None = None
    """The graded function's name (None for notebook-flow exercises)."""
    tensor_params: tuple[str, ...] = ()
    """Its parameters the grader passes tensors to."""
    grad_params: tuple[str, ...] = ()
    """Those of them that require grad in some case."""
    expects_raise: bool = False
    """A check targets ``raised``: the function lets an error of PyTorch's reach the caller."""

    @classmethod
    def of(cls, ex: Exercise) -> Target:
        if ex.function is None:
            return cls()

        def recipes(param: str) -> list[dict[str, Any]]:
            return [case.inputs[param].recipe for case in ex.cases if param in case.inputs]

        # A module input is no tensor: `model.data.add_(1)` would only raise (its parameters change by the exercise anyway).
        tensors = tuple(p for p in ex.function.params if any(r["kind"] not in ("python", "random_python_int", "module") for r in recipes(p)))
        grads = tuple(p for p in tensors if any(r.get("requires_grad") for r in recipes(p)))
        return cls(
            function=ex.function.name,
            tensor_params=tensors,
            grad_params=grads,
            expects_raise=any(c.target.root == "raised" for c in ex.checks),
        )


# -- editing text at AST positions -------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Site:
    """One place an operator mutates: the edits, the line it is named by, and its place in source order."""

    line: int
    edits: tuple[Edit, ...]
    order: tuple[int, ...] = ()
    also: frozenset[str] = frozenset()
    """Mistakes the operator's mistake becomes in this place only (besides :attr:`Operator.mistakes`)."""


class Text:
    """The source as text, addressed the way ``ast`` addresses it (lines from 1, columns in UTF-8 bytes)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def at(self, line: int, col: int) -> int:
        """The index in the text of a position ``ast`` gives."""
        text = self.lines[line - 1] if line - 1 < len(self.lines) else ""
        return self.starts[line - 1] + len(text.encode("utf-8")[:col].decode("utf-8", errors="ignore"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return self.at(node.lineno, node.col_offset), self.at(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]  # ast.AST declares no positions; every node edited has them

    def segment(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.source[start:end]

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    def line_end(self, line: int) -> int:
        return self.starts[min(line, len(self.lines))]

    def indent(self, stmt: ast.stmt) -> str | None:
        """The statement's indentation, or None when something precedes it on its line (``a; b``, ``if c: b``)."""
        before = self.lines[stmt.lineno - 1].encode("utf-8")[: stmt.col_offset].decode("utf-8", errors="ignore")
        return before if not before.strip() else None

    def apply(self, edits: tuple[Edit, ...]) -> str:
        out = self.source
        for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            out = out[: edit.start] + edit.new + out[edit.end :]
        if out and not out.endswith("\n"):
            out += "\n"
        return out


def reindent(text: str, old: str, new: str) -> str:
    """Lines indented by ``old`` re-indented by ``new`` (blank lines left blank)."""
    out = []
    for line in text.splitlines(keepends=True):
        if not line.strip():
            out.append(line)
        elif line.startswith(old):
            out.append(new + line[len(old) :])
        else:
            out.append(new + line.lstrip())
    return "".join(out)


def code(indent: str, *statements: str) -> str:
    """Statements written at ``indent``, one per line (each may span lines)."""
    return "".join(reindent(s.rstrip("\n") + "\n", "", indent) for s in statements)


# -- where statements are ------------------------------------------------------------


@dataclass
class Block:
    """A list of statements (a body, an else branch...) and the scope it belongs to."""

    stmts: list[ast.stmt]
    scope: ast.AST
    """The enclosing function definition, or the module."""
    parent: tuple[Block, int] | None
    """The block and index of the compound statement holding this block (None for a scope's body)."""


_BODY_FIELDS = ("body", "orelse", "finalbody")


class Scopes:
    """Every block of statements, which scope each belongs to, and the leaves of each scope."""

    def __init__(self, tree: ast.Module, target: Target) -> None:
        self.target = target
        self.blocks: list[Block] = []
        self.where: dict[int, tuple[Block, int]] = {}
        self._collect(tree, tree, None)
        self.leaf_binders: dict[int, list[tuple[str, ast.stmt]]] = {}
        for block in self.blocks:
            for stmt in block.stmts:
                name = _leaf_made_by(stmt)
                if name is not None:
                    self.leaf_binders.setdefault(id(block.scope), []).append((name, stmt))

    def _collect(self, node: ast.AST, scope: ast.AST, parent: tuple[Block, int] | None) -> None:
        lists: list[list[ast.stmt]] = []
        for name in _BODY_FIELDS:
            value = getattr(node, name, None)
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                lists.append(value)
        for handler in getattr(node, "handlers", []) or []:
            lists.append(handler.body)
        for case in getattr(node, "cases", []) or []:
            lists.append(case.body)
        for stmts in lists:
            block = Block(stmts, scope, parent)
            self.blocks.append(block)
            for i, stmt in enumerate(stmts):
                self.where[id(stmt)] = (block, i)
                if isinstance(stmt, ast.ClassDef):
                    continue  # methods are not what a student's answer computes with
                if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    self._collect(stmt, stmt, None)  # a scope of its own: its body is where replays stop
                else:
                    self._collect(stmt, scope, (block, i))

    def statements(self) -> Iterator[tuple[ast.stmt, Block, int]]:
        for block in self.blocks:
            for i, stmt in enumerate(block.stmts):
                yield stmt, block, i

    def graded(self, scope: ast.AST) -> bool:
        return isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)) and scope.name == self.target.function

    def leaves(self, scope: ast.AST) -> list[str]:
        """Tensors that require grad in a scope: the graded function's such parameters, and tensors made so in it."""
        names = list(self.target.grad_params) if self.graded(scope) else []
        for name, _stmt in self.leaf_binders.get(id(scope), []):
            if name not in names:
                names.append(name)
        return names

    def expects_error(self, block: Block) -> bool:
        """Code where an error from PyTorch is expected: the graded function when a check looks at what it
        ``raised``, or the body of a ``try`` whose handler keeps the error (``except E as err``)."""
        if self.target.expects_raise and self.graded(block.scope):
            return True
        where = block.parent
        inner = block
        while where is not None:
            outer, i = where
            compound = outer.stmts[i]
            if isinstance(compound, ast.Try) and inner.stmts is compound.body and any(h.name for h in compound.handlers):
                return True
            inner, where = outer, outer.parent
        return False

    def graded_function(self) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        for stmt, block, _i in self.statements():
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == self.target.function and isinstance(block.scope, ast.Module):
                return stmt
        return None


def _leaf_made_by(stmt: ast.stmt) -> str | None:
    """The name a statement makes a leaf that requires grad, if it does.

    ``p = torch.tensor(..., requires_grad=True)``, ``p = (...).requires_grad_()``,
    ``p.requires_grad_()``, ``p.requires_grad = True``.
    """
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target, value = stmt.targets[0], stmt.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Call):
            if any(k.arg == "requires_grad" and is_true(k.value) for k in value.keywords):
                return target.id
            if method_name(value) == "requires_grad_" and (not value.args or is_true(value.args[0])):
                return target.id
        if isinstance(target, ast.Attribute) and target.attr == "requires_grad" and isinstance(target.value, ast.Name) and is_true(value):
            return target.value.id
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        call = stmt.value
        if method_name(call) == "requires_grad_" and isinstance(call.func.value, ast.Name) and (not call.args or is_true(call.args[0])):  # type: ignore[attr-defined]
            return call.func.value.id  # type: ignore[attr-defined]
    return None


def is_true(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def method_name(call: ast.AST) -> str | None:
    """``m`` for a call ``<something>.m(...)``."""
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def call_statement(stmt: ast.stmt, method: str) -> ast.Call | None:
    """The call of a statement that is only ``<something>.<method>(...)``."""
    if isinstance(stmt, ast.Expr) and method_name(stmt.value) == method:
        return stmt.value  # type: ignore[return-value]
    return None


def owns_lines(stmt: ast.stmt, block: Block, i: int, text: Text) -> bool:
    """The statement has its lines to itself (so they can be removed or copied whole)."""
    if text.indent(stmt) is None:
        return False
    after = block.stmts[i + 1] if i + 1 < len(block.stmts) else None
    return after is None or after.lineno > (stmt.end_lineno or stmt.lineno)


def remove(stmt: ast.stmt, block: Block, i: int, text: Text) -> tuple[Edit, ...]:
    start, end = text.line_start(stmt.lineno), text.line_end(stmt.end_lineno or stmt.lineno)
    if len(block.stmts) == 1:  # a block cannot be empty
        return (Edit(start, end, f"{text.indent(stmt)}pass\n"),)
    return (Edit(start, end, ""),)


def insert_before(stmt: ast.stmt, text: Text, *statements: str) -> Edit:
    start = text.line_start(stmt.lineno)
    return Edit(start, start, code(text.indent(stmt) or "", *statements))


def insert_after(stmt: ast.stmt, text: Text, *statements: str) -> Edit:
    end = text.line_end(stmt.end_lineno or stmt.lineno)
    return Edit(end, end, code(text.indent(stmt) or "", *statements))


def first_statement(body: list[ast.stmt]) -> ast.stmt:
    """The first statement after a docstring (or the docstring, when it is alone)."""
    first = body[0]
    if len(body) > 1 and isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        return body[1]
    return first


_SIMPLE = (ast.Name, ast.Constant, ast.Attribute, ast.Call, ast.Subscript)
_ARITHMETIC = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.MatMult)


def plus(node: ast.expr, text: Text, k: int) -> str:
    """``<node> + k`` (or ``- |k|``), parenthesized when precedence needs it."""
    inner = text.segment(node)
    if not (isinstance(node, _SIMPLE) or (isinstance(node, ast.BinOp) and isinstance(node.op, _ARITHMETIC))):
        inner = f"({inner})"
    return f"{inner} - {-k}" if k < 0 else f"{inner} + {k}"
