"""The mutation operators: what each one changes, and the mistakes a hint on its mutants may name.

Each operator is a finder: it walks the solution and yields one :class:`Site`
(a set of text edits, named by a line) per place it can make its mistake.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from grader.mutate.source import (
    Block,
    Edit,
    Scopes,
    Site,
    Text,
    call_statement,
    code,
    first_statement,
    insert_after,
    insert_before,
    method_name,
    owns_lines,
    plus,
    reindent,
    remove,
)


@dataclass(frozen=True)
class Operator:
    """One mutation operator: the mistake it makes and the hints that may name it."""

    name: str
    """Its name, the first part of a mutant id."""
    does: str
    """What it changes, in words."""
    mistakes: frozenset[str]
    """The tags of :data:`grader.hints.MISTAKES` a hint on its mutants may name: the mistake it makes,
    and what that mistake visibly becomes (a flipped ``+`` is also another operation in ``grad_fn``)."""


OPERATORS: dict[str, Operator] = {
    op.name: op
    for op in (
        Operator("off_by_one", "a loop bound range(n) becomes range(n - 1) or range(n + 1)", frozenset({"steps"})),
        Operator(
            "drop_zero_grad",
            "removes a gradient reset: x.grad.zero_(), optimizer.zero_grad(), x.grad = None",
            frozenset({"accumulation"}),
        ),
        # A sum is also another operation: grad_fn says SumBackward0 where MeanBackward0 was expected.
        Operator(
            "swap_mean_sum",
            ".mean() <-> .sum() (torch.mean <-> torch.sum), a loss's reduction mean <-> sum",
            frozenset({"sum_vs_mean", "operation"}),
        ),
        # Likewise AddBackward0 for SubBackward0.
        Operator("flip_sign", "one binary + <-> -, or one += <-> -=", frozenset({"sign", "operation"})),
        # A cut input no longer requires grad, and no gradient reaches the caller's tensor.
        Operator(
            "detach_input",
            "cuts an input (or a leaf) from the graph: x = x.detach(), or x = x.data",
            frozenset({"broken_graph", "no_backward", "requires_grad"}),
        ),
        # Dropping one of several backward() calls changes how many ran; where an error from PyTorch is
        # expected, a dropped backward() is also an error not raised (`exception`, that site only).
        Operator("drop_backward", "removes a .backward(...) call", frozenset({"no_backward", "backward_count"})),
        Operator(
            "double_backward",
            "runs a .backward(...) call twice (the first with retain_graph=True)",
            frozenset({"accumulation", "backward_count"}),
        ),
        # The value returned is one step short.
        Operator(
            "stale_value",
            "returns (or sets) the value computed before the last step of the final loop, not after it",
            frozenset({"stale", "steps"}),
        ),
        # The gradient comes from torch.autograd.grad on detached copies: to the grader, autograd ran on a
        # copy and no gradient reached the leaves, which a hint may name either way.
        Operator(
            "grad_by_formula",
            "replaces a .backward(...) call by writing each leaf's .grad from a copy's gradient: right values, no backward",
            frozenset({"no_backward", "broken_graph"}),
        ),
        Operator(
            "raise_by_hand",
            "re-raises the error PyTorch raised from a raise statement: same type and message, typed in by hand",
            frozenset({"exception"}),
        ),
        Operator("mutate_input", "changes a tensor input in place (x.data.add_(1)) before returning", frozenset({"input_mutated"})),
        Operator(
            "fresh_generator",
            "an unseeded torch.Generator() for torch.Generator().manual_seed(s); torch.manual_seed(s + 1) for torch.manual_seed(s)",
            frozenset({"generator"}),
        ),
    )
}
"""Every operator, in the order mutants are listed."""

Finder = Callable[[ast.Module, Text, Scopes], Iterator[Site]]


def _off_by_one(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    for node in ast.walk(tree):
        if not isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            continue
        it = node.iter
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "range" and 1 <= len(it.args) <= 3 and not it.keywords):
            continue
        stop = it.args[0] if len(it.args) == 1 else it.args[1]
        start, end = text.span(stop)
        for variant, k in enumerate((-1, 1)):
            yield Site(stop.lineno, (Edit(start, end, plus(stop, text, k)),), (stop.lineno, stop.col_offset, variant))


def _resets_grad(stmt: ast.stmt) -> bool:
    """``<...>.grad.zero_()`` (``.grad.data.zero_()`` too), ``<...>.zero_grad(...)``, ``<...>.grad = None``."""
    call = call_statement(stmt, "zero_")
    if call is not None:
        receiver = call.func.value  # type: ignore[attr-defined]
        while isinstance(receiver, ast.Attribute):
            if receiver.attr == "grad":
                return True
            receiver = receiver.value
        return False
    if call_statement(stmt, "zero_grad") is not None:
        return True
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
        target = stmt.targets[0]
        return isinstance(target, ast.Attribute) and target.attr == "grad" and isinstance(stmt.value, ast.Constant) and stmt.value.value is None
    return False


def _drop_zero_grad(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    for stmt, block, i in scopes.statements():
        if _resets_grad(stmt) and owns_lines(stmt, block, i, text):
            yield Site(stmt.lineno, remove(stmt, block, i, text), (stmt.lineno, stmt.col_offset))


_SWAP = {"mean": "sum", "sum": "mean"}


def _loss_call(call: ast.Call, own: set[str]) -> bool:
    """A call of PyTorch's losses, whose default reduction is the mean (``nn.MSELoss()``, ``F.mse_loss(...)``).

    Functions the solution defines itself (``own``) are not PyTorch's, whatever their names.
    """
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name in own or name.startswith("_"):
        return False
    return name.endswith("Loss") or name.endswith("_loss") or name in ("cross_entropy", "binary_cross_entropy")


def _swap_mean_sum(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _SWAP:
            _, end = text.span(func)
            yield Site(func.end_lineno or func.lineno, (Edit(end - len(func.attr), end, _SWAP[func.attr]),), (func.end_lineno or 0, func.end_col_offset or 0))
        reduction = next((k for k in node.keywords if k.arg == "reduction"), None)
        if reduction is not None:
            value = reduction.value
            if isinstance(value, ast.Constant) and value.value in _SWAP:
                start, end = text.span(value)
                quote = text.source[start]
                yield Site(value.lineno, (Edit(start, end, f"{quote}{_SWAP[value.value]}{quote}"),), (value.lineno, value.col_offset))
        elif _loss_call(node, own):
            _, end = text.span(node)
            # Just before the closing parenthesis.
            close = end - 1
            inside = text.source[text.span(node.func)[1] + 1 : close].strip()
            extra = 'reduction="sum"' if not inside else (' reduction="sum"' if inside.endswith(",") else ', reduction="sum"')
            yield Site(node.end_lineno or node.lineno, (Edit(close, close, extra),), (node.lineno, node.col_offset))


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)))


def _flip_sign(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
            if _is_text(node.left) or _is_text(node.right):
                continue
            gap_start, gap_end = text.span(node.left)[1], text.span(node.right)[0]
            gap = text.source[gap_start:gap_end]
            sign = "+" if isinstance(node.op, ast.Add) else "-"
            at = gap.find(sign)
            if at < 0:
                continue
            flipped = "-" if sign == "+" else "+"
            pos = gap_start + at
            yield Site(node.lineno, (Edit(pos, pos + 1, flipped),), (node.lineno, node.col_offset))
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)):
            gap_start, gap_end = text.span(node.target)[1], text.span(node.value)[0]
            gap = text.source[gap_start:gap_end]
            token = "+=" if isinstance(node.op, ast.Add) else "-="
            at = gap.find(token)
            if at < 0:
                continue
            pos = gap_start + at
            yield Site(node.lineno, (Edit(pos, pos + 2, "-=" if token == "+=" else "+="),), (node.lineno, node.col_offset))


def _detach_input(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    cuts: list[tuple[int, Callable[[str], Edit], str]] = []  # (line, where, name), in the order mutants are listed
    fn = scopes.graded_function()
    if fn is not None:
        first = first_statement(fn.body)
        if text.indent(first) is not None:
            for name in scopes.target.grad_params:
                cuts.append((first.lineno, lambda s, first=first: insert_before(first, text, s), name))  # type: ignore[misc]
    # Tensors made to require grad in the code: cut right after the statement that made them so.
    for binders in scopes.leaf_binders.values():
        last: dict[str, ast.stmt] = {}
        for name, stmt in binders:
            last[name] = stmt
        for name, stmt in last.items():
            block, i = scopes.where[id(stmt)]
            if owns_lines(stmt, block, i, text):
                cuts.append((stmt.lineno, lambda s, stmt=stmt: insert_after(stmt, text, s), name))  # type: ignore[misc]
    for k, (line, make, name) in enumerate(cuts):
        yield Site(line, (make(f"{name} = {name}.detach()"),), (line, k, 0))
        yield Site(line, (make(f"{name} = {name}.data"),), (line, k, 1))


def _backward_statements(scopes: Scopes, text: Text) -> Iterator[tuple[ast.stmt, ast.Call, Block, int]]:
    for stmt, block, i in scopes.statements():
        call = call_statement(stmt, "backward")
        if call is not None and owns_lines(stmt, block, i, text):
            yield stmt, call, block, i


def _drop_backward(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    for stmt, _call, block, i in _backward_statements(scopes, text):
        # Where the backward() call is the one expected to raise, leaving it out is also an error not raised.
        also = frozenset({"exception"}) if scopes.expects_error(block) else frozenset()
        yield Site(stmt.lineno, remove(stmt, block, i, text), (stmt.lineno,), also)


def _double_backward(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    for stmt, call, _block, _i in _backward_statements(scopes, text):
        first = ast.Expr(
            ast.Call(call.func, call.args, [k for k in call.keywords if k.arg != "retain_graph"] + [ast.keyword("retain_graph", ast.Constant(True))])
        )
        start = text.line_start(stmt.lineno)
        yield Site(stmt.lineno, (Edit(start, start, code(text.indent(stmt) or "", ast.unparse(first))),), (stmt.lineno,))


_RESETS = ("zero_", "requires_grad_", "retain_grad", "detach_")


def _updates(loop: ast.AST) -> bool:
    """The loop changes something as it goes: ``p -= ...``, ``optimizer.step()``, ``p.sub_(...)``, ``p = p - ...``."""
    for node in ast.walk(loop):
        if isinstance(node, ast.AugAssign):
            return True
        called = method_name(node)
        if called is not None and (called == "step" or (called.endswith("_") and not called.startswith("_") and called not in _RESETS)):
            return True
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value)):
                return True
    return False


def _computes(stmts: list[ast.stmt]) -> bool:
    """The statements compute something (a call, an operator), not only hand back names."""
    return any(isinstance(n, (ast.Call, ast.BinOp, ast.UnaryOp, ast.Compare)) for s in stmts for n in ast.walk(s))


_STALE = "_stale_value"


def _returns_in(stmts: list[ast.stmt]) -> Iterator[ast.Return]:
    """Return statements of these statements, nested functions excluded."""
    todo: list[ast.AST] = list(stmts)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Return):
            yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))


def _stale_value(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    """The shape "a loop of steps, then the result from the final state": the result is computed before each step instead.

    What follows the scope's last top-level ``for`` loop moves to the start of
    the loop's body, so after the loop it holds what it was before the last
    step; a function returns that (``return v`` becomes ``_stale_value = v``
    in the loop, and the function ends with ``return _stale_value``).
    """
    bodies: list[tuple[list[ast.stmt], bool]] = [(tree.body, False)]
    bodies += [(n.body, True) for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for body, in_function in bodies:
        loops = [i for i, s in enumerate(body) if isinstance(s, ast.For)]
        if not loops:
            continue
        i = loops[-1]
        loop, after = body[i], body[i + 1 :]
        returns = list(_returns_in(after))
        if not after or not _updates(loop) or not _computes(after) or (in_function and not returns):
            continue
        if any(text.indent(s) is None for s in (loop, *after)) or any(isinstance(s, (ast.FunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)) for s in after):
            continue
        first = loop.body[0]  # type: ignore[attr-defined]
        outer, inner = text.indent(loop), text.indent(first)
        if outer is None or inner is None:
            continue
        # The moved statements, with each `return v` made `_stale_value = v`.
        start, end = text.line_start(after[0].lineno), text.line_end(after[-1].end_lineno or after[-1].lineno)
        edits = []
        for ret in returns:
            at = text.at(ret.lineno, ret.col_offset)
            edits.append(Edit(at - start, at - start + len("return"), f"{_STALE} =" if ret.value is not None else f"{_STALE} = None"))
        moved = text.source[start:end]
        for edit in sorted(edits, key=lambda e: e.start, reverse=True):
            moved = moved[: edit.start] + edit.new + moved[edit.end :]
        moved = reindent(moved, outer, inner)
        at = text.line_start(first.lineno)
        tail = code(outer, f"return {_STALE}") if in_function else ""
        yield Site(after[0].lineno, (Edit(at, at, moved), Edit(start, end, tail)), (after[0].lineno,))


def _names_read(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _names_bound(stmt: ast.stmt) -> set[str]:
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]  # type: ignore[attr-defined]
    return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}


def _replay(scopes: Scopes, block: Block, index: int, result: ast.expr, leaves: list[str]) -> list[ast.stmt]:
    """The straight-line statements before ``block[index]`` that ``result`` depends on, leaves excluded.

    Walks back through the block and the blocks that hold it, up to the
    scope's body; only simple assignments are taken (a name bound inside an
    ``if`` or ``with`` is read as it is when the replay runs).
    """
    needed = _names_read(result) - set(leaves)
    taken: list[ast.stmt] = []
    where: tuple[Block, int] | None = (block, index)
    while where is not None:
        blk, i = where
        for stmt in reversed(blk.stmts[:i]):
            if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)) or getattr(stmt, "value", None) is None:
                continue
            bound = _names_bound(stmt)
            if not bound & needed or bound & set(leaves):
                continue
            taken.append(stmt)
            if not isinstance(stmt, ast.AugAssign):
                needed -= bound
            needed |= _names_read(stmt.value) - set(leaves)  # type: ignore[arg-type]
        where = blk.parent
    return list(reversed(taken))


def _grad_by_formula(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    imports_torch = any(isinstance(s, ast.Import) and any(a.name == "torch" and a.asname is None for a in s.names) for s in tree.body)
    for stmt, call, block, i in _backward_statements(scopes, text):
        leaves = scopes.leaves(block.scope)
        if not leaves:
            continue
        result = call.func.value  # type: ignore[attr-defined]
        gradient = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "gradient"), None)
        replay = [f"def _by_formula({', '.join(leaves)}):"]
        replay += [reindent(ast.unparse(s) + "\n", "", "    ").rstrip("\n") for s in _replay(scopes, block, i, result, leaves)]
        replay.append(f"    return {ast.unparse(result)}")
        outputs = ", ".join(["_by_formula(*_copies)", "[_c for _c in _copies if _c.requires_grad] or _copies"])
        grad_outputs = f", {ast.unparse(gradient)}" if gradient is not None else ""
        lines = [
            *(["import torch"] if not imports_torch else []),
            "# the gradient of a copy of each leaf, written into .grad: no backward() reaches the leaves",
            "\n".join(replay),
            f"_leaves = [{', '.join(leaves)}]",
            "_copies = [_leaf.detach().requires_grad_(_leaf.requires_grad) for _leaf in _leaves]",
            f"_grads = torch.autograd.grad({outputs}{grad_outputs}, allow_unused=True)",
            "for _leaf, _grad in zip([_l for _l in _leaves if _l.requires_grad], _grads):\n"
            "    if _grad is not None:\n"
            "        _leaf.grad = _grad if _leaf.grad is None else _leaf.grad + _grad",
        ]
        start, end = text.line_start(stmt.lineno), text.line_end(stmt.end_lineno or stmt.lineno)
        yield Site(stmt.lineno, (Edit(start, end, code(text.indent(stmt) or "", *lines)),), (stmt.lineno,))


_RERAISE = ("except Exception as _error:", "    raise type(_error)(*_error.args) from None")


def _wrap(stmts: list[ast.stmt], text: Text) -> tuple[Edit, ...] | None:
    """Edits that put ``stmts`` in a try whose handler raises the same error again from a raise statement."""
    indent = text.indent(stmts[0])
    if indent is None or any(text.indent(s) != indent for s in stmts):
        return None
    start, end = text.line_start(stmts[0].lineno), text.line_end(stmts[-1].end_lineno or stmts[-1].lineno)
    body = reindent(text.source[start:end], indent, indent + "    ")
    return (Edit(start, end, f"{indent}try:\n{body}" + code(indent, *_RERAISE)),)


def _raise_by_hand(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    """Where an expected error comes from PyTorch, the same error raised again from a raise statement.

    Two places say an error is expected: a function whose checks look at what
    it ``raised`` (its body is wrapped), and a ``try`` whose handler keeps the
    error (``except E as err``; the try's body is wrapped). The mutant raises
    what PyTorch raised, with its type and message, on exactly the inputs
    where PyTorch raised it: only the origin differs.
    """
    fn = scopes.graded_function()
    if fn is not None and scopes.target.expects_raise:
        first = first_statement(fn.body)
        stmts = fn.body[fn.body.index(first) :]
        edits = _wrap(stmts, text)
        if edits:
            yield Site(first.lineno, edits, (first.lineno, 0))
    for node in ast.walk(tree):
        if isinstance(node, ast.Try) and any(h.name for h in node.handlers):
            edits = _wrap(node.body, text)
            if edits:
                yield Site(node.body[0].lineno, edits, (node.body[0].lineno, 1))


def _mutate_input(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    fn = scopes.graded_function()
    if fn is None:
        return
    returns = sorted(_returns_in(fn.body), key=lambda r: (r.lineno, r.col_offset))
    for k, name in enumerate(scopes.target.tensor_params):
        change = f"{name}.data.add_(1)"
        if returns and text.indent(returns[-1]) is not None:
            ret = returns[-1]
            yield Site(ret.lineno, (insert_before(ret, text, change),), (ret.lineno, k))
        elif not returns:
            last = fn.body[-1]
            if text.indent(last) is not None:
                yield Site(last.end_lineno or last.lineno, (insert_after(last, text, change),), (last.lineno, k))


def _fresh_generator(tree: ast.Module, text: Text, scopes: Scopes) -> Iterator[Site]:
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and method_name(node) == "manual_seed"):
            continue
        receiver = node.func.value  # type: ignore[attr-defined]
        if isinstance(receiver, ast.Call) and isinstance(receiver.func, (ast.Attribute, ast.Name)) and (
            getattr(receiver.func, "attr", None) == "Generator" or getattr(receiver.func, "id", None) == "Generator"
        ):
            # torch.Generator().manual_seed(s) -> torch.Generator(): the generator starts from a seed of its own.
            start, end = text.span(node)
            yield Site(node.lineno, (Edit(start, end, text.segment(receiver)),), (node.lineno, node.col_offset))
        elif isinstance(receiver, ast.Name) and receiver.id == "torch" and len(node.args) == 1:
            seed = node.args[0]
            start, end = text.span(seed)
            yield Site(seed.lineno, (Edit(start, end, plus(seed, text, 1)),), (node.lineno, node.col_offset))


FINDERS: dict[str, Finder] = {
    "off_by_one": _off_by_one,
    "drop_zero_grad": _drop_zero_grad,
    "swap_mean_sum": _swap_mean_sum,
    "flip_sign": _flip_sign,
    "detach_input": _detach_input,
    "drop_backward": _drop_backward,
    "double_backward": _double_backward,
    "stale_value": _stale_value,
    "grad_by_formula": _grad_by_formula,
    "raise_by_hand": _raise_by_hand,
    "mutate_input": _mutate_input,
    "fresh_generator": _fresh_generator,
}
assert list(FINDERS) == list(OPERATORS)
