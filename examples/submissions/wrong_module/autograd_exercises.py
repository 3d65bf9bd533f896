"""PyTorch autograd exercises (wrong example).

Written by `grader assign --examples` from the exercise files; do not edit by hand. This
is every exercise filled in with one of its wrong solutions (`example: true` in its
docstring, else the first): it loses points on every exercise.
"""

import torch
from torch.autograd import Variable
from torch import nn
from torch.func import grad, vmap


# ============================================================================
# Exercise 1: Gradient of a mean of squares
# `mean_square_grad`: 9 points, 3 of them from hidden checks run at grading.
#
# Write `mean_square_grad(x)`. The input `x` is a leaf tensor that requires
# grad, for instance `torch.ones(2, 2, requires_grad=True)`. Compute
#
# $$out = \operatorname{mean}\big(3\,(x + 2)^2\big)$$
#
# (the mean over all elements of `x`), let autograd fill in `x.grad` (for
# instance with `out.backward()`; do not write the gradient by hand), and
# return `out` as a tensor (not a Python number). Do not change `x` itself:
# its values must be the same after your function as before.
#
# At `x = torch.ones(2, 2, requires_grad=True)`, `out` is 27 and every entry
# of `x.grad` is 4.5: each of the four elements contributes
# $\tfrac{1}{4}\cdot 6\,(x_i + 2) = 4.5$. Your function is also graded on
# inputs of other shapes and values.
# ============================================================================

def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out


# ============================================================================
# Exercise 3: Gradient of the mean of a product
# `mean_product_grad`: 9 points, 3 of them from hidden checks run at grading.
#
# Write `mean_product_grad(t1, t2)`. The input `t1` is a leaf tensor that
# requires grad; `t2` has the same shape and does not require grad. Compute
#
# $$out = \operatorname{mean}(t_1 \odot t_2)$$
#
# (the mean over all elements of the element-wise product), let autograd
# fill in `t1.grad` (for instance with `out.backward()`, called once; do not
# write the gradient by hand), and return `out` as a tensor (not a Python
# number). Do not change the values of `t1` or `t2`.
#
# Each element of `t1` enters the mean once, multiplied by the matching
# element of `t2` and divided by the number $n$ of elements, so
# $\partial out / \partial t_{1,i} = t_{2,i} / n$: the gradient is `t2 / n`,
# with the shape of `t1`. For
# `t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)` and
# `t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])`, `out` is
# $217/6 \approx 36.1667$ and `t1.grad` is
# `[[1.1667, 1.3333, 1.5], [1.6667, 1.8333, 2.0]]`. Your function is also
# graded on tensors of other shapes and values.
# ============================================================================

def mean_product_grad(t1, t2):
    out = (t1 * t2).sum()
    out.backward()
    return out


# ============================================================================
# Exercise 4: Gradient of a sum of squared gaps, ℓ = Σ (p − p²)²
# `square_gap_grad`: 8 points, 3 of them from hidden checks run at grading.
#
# Take $w = p^2$ (element-wise) and the loss
#
# $$\ell(p) = \sum_i (p_i - w_i)^2 = \sum_i (p_i - p_i^2)^2 .$$
#
# Because $w$ depends on $p$, the chain rule has two paths from $\ell$ to
# each $p_i$, the direct one and the one through $w_i$:
#
# $$\frac{\partial \ell}{\partial p_i} = 2(p_i - p_i^2)(1 - 2p_i) = 4p_i^3 - 6p_i^2 + 2p_i .$$
#
# Write `square_gap_grad(p)`. The input `p` is a leaf tensor (any shape) with
# `requires_grad=True`. Compute `w` and the loss as above (the **sum** of
# the squared gaps over all entries, a single number), let autograd fill in
# `p.grad` (for instance with `loss.backward()`), and return the loss
# tensor. Do not write the gradient formula yourself, and leave the values
# of `p` as they are (no in-place change).
#
# At `p = [2., 2., 2., 2.]` the loss is 16 and every entry of `p.grad` is
# $32 - 24 + 4 = 12$. At `p = [1., 3., 2., 2.]` the loss is 44 and
# `p.grad` is `[0., 60., 12., 12.]`.
# ============================================================================

def square_gap_grad(p):
    w = p.detach() ** 2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss


# ============================================================================
# Exercise 5: Partial derivatives of y = w·x + b
# `linear_partials`: 16 points, 4 of them from hidden checks run at grading.
#
# For $y = w\,x + b$ the partial derivatives are easy to write down by hand:
#
# $$\frac{\partial y}{\partial x} = w, \qquad \frac{\partial y}{\partial w} = x, \qquad \frac{\partial y}{\partial b} = 1 .$$
#
# Let autograd find them. Write `linear_partials(x, w, b)`. The three inputs
# are single-element tensors (shape `[1]` or `[]`), each with
# `requires_grad=True`. Compute `y = w * x + b`, call `y.backward()`
# **once**, and return `y`. That single call fills `x.grad`, `w.grad` and
# `b.grad` with all three partial derivatives at once. Leave the values of
# `x`, `w` and `b` as they are (no in-place change).
#
# At `x = [4.]`, `w = [2.]`, `b = [3.]`, `y` is 11, and you should find
# $\partial y/\partial x = 2$, $\partial y/\partial w = 4$ and
# $\partial y/\partial b = 1$. With the zero-dimensional tensors
# `x = torch.tensor(-1.5)`, `w = torch.tensor(0.5)`, `b = torch.tensor(2.0)`
# (each with `requires_grad=True`), `y` is 1.25 and the three derivatives
# are 0.5, -1.5 and 1.
# ============================================================================

def linear_partials(x, w, b):
    y = w * x + b
    y.backward(retain_graph=True)  # "for dy/dx"
    y.backward(retain_graph=True)  # "for dy/dw"
    y.backward()  # "for dy/db"
    return y


# ============================================================================
# Exercise 6: Zeroing gradients between steps
# `zero_accumulated_grads`: 9 points, 3 of them from hidden checks run at grading.
#
# `.grad` **accumulates**: every `backward()` adds its gradient to what is
# already there. Write `zero_accumulated_grads(w, steps)`, where `w` is a
# leaf tensor that requires grad (for instance
# `torch.ones(4, requires_grad=True)`) and `steps` a positive integer.
# Repeat `steps` times:
#
# 1. compute `loss = (w * 3).sum()`;
# 2. call `loss.backward()`;
# 3. append a copy of the gradient, `w.grad.clone()`, to a list (a copy:
#    a reset with `w.grad.zero_()`, and the next steps, change `w.grad`
#    itself, in place);
# 4. reset the gradient before the next step.
#
# Return the list: one entry per step. To reset, `w.grad.zero_()`,
# `w.grad = None` and an optimizer's `zero_grad()` are all fine, and so is
# resetting at the start of each step instead of at its end (where
# `w.grad` is still `None` on the first step: `zero_()` needs a tensor, so
# skip it then or use `w.grad = None`): what `w.grad`
# holds after your function returns is not graded. There is no update
# step: leave the values of `w` as they are.
#
# For `w = torch.ones(4, requires_grad=True)` and `steps = 3`, every entry
# is the one-step gradient `[3., 3., 3., 3.]`; without step 4 you would
# record 3s, then 6s, then 9s. Your function is also graded on other shapes
# and numbers of steps.
# ============================================================================

def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())
    return grads


# ============================================================================
# Exercise 8: backward() on a vector, with a vector argument
# `vector_backward`: 9 points, 3 of them from hidden checks run at grading.
#
# `backward()` without an argument only works on a tensor with a single
# element. For a tensor `z` with several elements you pass a tensor `v` of
# the same shape as `z`: `z.backward(v)` computes the vector-Jacobian product
# $J^\top v$ and adds it to `x.grad`.
#
# Write `vector_backward(x, v)`. The input `x` is a leaf tensor that requires
# grad; `v` is a tensor of the same shape that does not. Compute
# `z = 3 * (x + 2) ** 2` element by element, **without** reducing it (`z`
# keeps the shape of `x`), call `z.backward(v)` so that autograd fills in
# `x.grad` (do not write the gradient by hand), and return `z`. Do not change
# the values of `x` or `v`.
#
# For `x = torch.ones(3, requires_grad=True)` and
# `v = torch.tensor([0.1, 1.0, 0.001])`, `z` is `[27., 27., 27.]` and
# `x.grad` is `[1.8, 18.0, 0.018]`: each entry is $6(x_i+2)\,v_i$. Your
# function is also graded on inputs of other shapes and values.
# ============================================================================

def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.backward()
    return z


# ============================================================================
# Exercise 9: backward() with a vector of ones
# `backward_with_ones`: 9 points, 3 of them from hidden checks run at grading.
#
# Write `quadratic_backward_ones(x)`. Compute, element by element,
#
# $$f = 2x^2 + 5x + 6$$
#
# without reducing it, then send a tensor of ones **with the same shape as
# `f`** back through it, `f.backward(v)`, and return `f` (the unreduced
# tensor). Leave `x` itself as it is: no in-place change of its values.
#
# Backward with a vector of ones gives, in every position, the derivative of
# that element: $\partial f_i/\partial x_i = 4x_i + 5$. It is the same
# gradient you would get from `f.sum().backward()`, and that way is
# accepted too; either way, call backward once.
#
# For a 4×4 tensor filled with 12.5 (`torch.ones(4, 4) * 12.5`), every
# entry of `f` is $2\cdot 156.25 + 62.5 + 6 = 381$ and every entry of
# `x.grad` is $4\cdot 12.5 + 5 = 55$. The grader also calls your function on
# tensors of other shapes, so build `v` from `f` (`torch.ones_like(f)`) and
# do not hard-code `torch.ones(4, 4)`.
# ============================================================================

def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.backward()
    return f


# ============================================================================
# Exercise 10: Switching on gradient tracking
# `requires_grad_inheritance`: 11 points, 3 of them from hidden checks run at grading.
#
# A tensor you create is **not** tracked by autograd: its `requires_grad`
# flag starts out `False`. The method `requires_grad_()` (mind the trailing
# underscore: it changes the tensor in place) switches tracking on for that
# very tensor. From then on, every result computed from it is tracked as
# well, even when the other operand is an ordinary tensor.
#
# Write `turn_on_tracking(t1, t2)`. `t1` and `t2` are floating tensors of
# the same shape; `t2` never requires grad, and `t1` usually does not either
# (but read its flag rather than assume it: one case passes a `t1` that is
# already tracked, and there `was_tracked` is `True`). Your function should:
#
# 1. save the flag `t1.requires_grad`, as it is when the function starts, in
#    `was_tracked` (a Python bool);
# 2. switch tracking on for `t1` itself, not for a copy of it
#    (`t1.requires_grad_()`; `t1.requires_grad = True` does the same);
# 3. compute the element-wise product `prod = t1 * t2`;
# 4. return the pair `(was_tracked, prod)`.
#
# Leave `t2` as it is (it must not require grad afterwards), and do not
# change the values of `t1` or `t2`.
#
# For `t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]])` and
# `t2 = torch.tensor([[7., 8., 9.], [10., 11., 12.]])` you should get
# `was_tracked == False` and `prod == [[7, 16, 27], [40, 55, 72]]`, with
# `prod.requires_grad == True` (it inherits the flag from `t1`) and
# `prod.grad_fn` a `MulBackward0`. Your function is also graded on tensors of
# other shapes and values.
# ============================================================================

def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad_
    prod = t1 * t2
    return was_tracked, prod


# ============================================================================
# Exercise 12: Reading the operation from grad_fn
# `grad_fn_names`: 13 points, 3 of them from hidden checks run at grading.
#
# Every tensor computed from a tracked tensor remembers the **last**
# operation that produced it in its `grad_fn`; the class name of `grad_fn`
# names that operation. `(a * b).mean()`, for instance, reports a
# `MeanBackward0`, not a `MulBackward0`: the multiplication happened first,
# the mean last.
#
# Write `six_graph_nodes(a, b)`. The input `a` requires grad, `b` does not
# (both have the same shape). Return a tuple of six tensors, in this order,
# each computed so that its `grad_fn` has the name in the last column:
#
# | position | value | `type(result.grad_fn).__name__` |
# | --- | --- | --- |
# | 0 | element-wise product of `a` and `b` | `MulBackward0` |
# | 1 | mean of that product | `MeanBackward0` |
# | 2 | element-wise sum `a + b` | `AddBackward0` |
# | 3 | `a` squared, element by element | `PowBackward0` |
# | 4 | total of all entries of `a + b` (one number) | `SumBackward0` |
# | 5 | mean squared error between `a` and `b` | `MseLossBackward0` |
#
# For `a = [[1, 2, 3], [4, 5, 6]]` and `b = [[7, 8, 9], [10, 11, 12]]` the
# values are `[[7, 16, 27], [40, 55, 72]]`, `36.1667`,
# `[[8, 10, 12], [14, 16, 18]]`, `[[1, 4, 9], [16, 25, 36]]`, `78` and `36`.
# Some of these values can also be computed in ways that give the right
# numbers but a different `grad_fn`: use the operation the table names. Do
# not change the values of `a` or `b`. Your function is also graded on
# tensors of other shapes.
# ============================================================================

def six_graph_nodes(a, b):
    product = a * b
    return product, product.mean(), a + b, a**2, (a + b).sum(), ((a - b) ** 2).mean()


# ============================================================================
# Exercise 13: A chain of operations and its gradient
# `chain_mean_square_grad`: 12 points, 3 of them from hidden checks run at grading.
#
# Autograd records every step of a computation, and each intermediate
# result names its own last operation in `grad_fn`. Write
# `square_chain(x)`, where `x` is a leaf that requires grad, computing in
# three separate steps
#
# - `y = x + 2`,
# - `z = y * y * 2` (or `2 * y ** 2`: the last operation is still the
#   multiplication by 2),
# - `out = z.mean()`,
#
# then let autograd fill in `x.grad` (for instance with `out.backward()`)
# and return the tuple `(y, z, out)`, all three as tensors. Leave `x`
# itself as it is: no in-place change of its values.
#
# By the chain rule, with $n$ elements,
# $\partial out / \partial x_i = \tfrac{1}{n}\cdot 4\,(x_i + 2)$; for a
# vector of three elements that is $\tfrac{4}{3}(x_i + 2)$. At
# `x = [0.3231, -0.5908, -0.2032]`, `out` is about `7.0741` and `x.grad` is
# about `[3.0975, 1.8789, 2.3957]`. The grad_fn names along the chain are
# `AddBackward0` for `y`, `MulBackward0` for `z` and `MeanBackward0` for
# `out`. The grader also calls your function on random vectors and matrices.
# ============================================================================

def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.sum()
    out.backward()
    return y, z, out


# ============================================================================
# Exercise 15: Keeping the gradient of a non-leaf with retain_grad()
# `retain_grad_nonleaf`: 10 points, 3 of them from hidden checks run at grading.
#
# After `backward()`, PyTorch stores `.grad` only on **leaves**, the
# tensors you created yourself. The gradient of an intermediate result is
# used on the way back and then thrown away, so its `.grad` stays `None`.
# If you want to look at it, call `retain_grad()` on that tensor
# **before** `backward()`.
#
# Write `retained_nonleaf_grad(p)`. The input `p` is a leaf tensor (any
# shape) with `requires_grad=True`.
#
# 1. `w = 10 * p`, then `w.retain_grad()`;
# 2. `l = (w ** 2).sum()`, a single number (for a one-element `p` this is
#    just $w^2$);
# 3. `l.backward()`;
# 4. return `w` itself (the tensor, not `w.grad`).
#
# Then `w.grad` holds $\partial l/\partial w = 2w$ and `p.grad` holds
# $\partial l/\partial p = 200p$. With `p = torch.tensor([1.0], requires_grad=True)`,
# `w.grad` is `[20.]` and `p.grad` is `[200.]`; with
# `p = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)`, `w.grad` is
# `[10., -20., 40.]` and `p.grad` is `[100., -200., 400.]`.
#
# `w` must stay connected to `p`: turning it into a leaf of its own (with
# `detach()`, say) would give it a `.grad`, but then no gradient would reach
# `p`. Leave the values of `p` as they are (no in-place change).
# ============================================================================

def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w**2).sum()
    l.backward()
    return w


# ============================================================================
# Exercise 16: Pausing autograd with torch.no_grad
# `no_grad_contexts`: 13 points, 3 of them from hidden checks run at grading.
#
# Computations on a tensor that requires grad are normally recorded.
# `torch.no_grad()` pauses the recording, which you want for evaluation or
# for updating weights. It works in two ways:
#
# - as a context manager: results computed inside `with torch.no_grad():`
#   are not recorded and do not require grad;
# - as a decorator: a function defined under `@torch.no_grad()` (or the
#   bare `@torch.no_grad`) records nothing it computes.
#
# Inside a `no_grad` block, `with torch.enable_grad():` switches recording
# back on for the code it contains.
#
# Write `no_grad_variants(t)`, where `t` is a leaf that requires grad.
# Return a tuple of four tensors:
#
# 0. `tracked = t * 2`, computed normally;
# 1. `paused = t * 3`, computed inside a `with torch.no_grad():` block (not
#    computed normally and detached afterwards: the point is that nothing is
#    recorded);
# 2. `decorated = helper(t)`, where `helper` is a function you decorate with
#    `@torch.no_grad()` and which returns `t * 2`;
# 3. `resumed = t * 3`, computed inside a `with torch.enable_grad():` block
#    that is itself nested in a `with torch.no_grad():` block (it may be the
#    block of step 1).
#
# Do not change `t` itself: it must still require grad afterwards, with the
# same values. For `t = torch.tensor([[1., 2., 3.], [4., 5., 6.]],
# requires_grad=True)`, `paused` is `[[3, 6, 9], [12, 15, 18]]` with
# `requires_grad == False`, `decorated` is `[[2, 4, 6], [8, 10, 12]]`, also
# untracked, while `tracked` and `resumed` both have a `MulBackward0` as
# their `grad_fn`. Your function is also graded on tensors of other shapes.
# ============================================================================

def no_grad_variants(t):
    tracked = t * 2
    torch.no_grad()
    paused = t * 3
    decorated = t * 2
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed


# ============================================================================
# Exercise 17: detach() and gradients that add up
# `detach_accumulation`: 15 points, 4 of them from hidden checks run at grading.
#
# `t.detach()` returns a tensor with the same values as `t` that is cut off
# from the graph: it does not require grad, and no gradient flows back
# through it. And `.grad` **accumulates**: a second `backward()` adds its
# gradient to what the first one left.
#
# Write `detach_and_accumulate(a, b)`. Both inputs are leaves of the same
# shape that require grad. In this order:
#
# 1. `first = (a + b).mean()`; call `first.backward()`;
# 2. `snapshot`: a copy of `a.grad` as it is now (for instance
#    `a.grad.clone()`; a copy, since `a.grad` itself will change in step 4);
# 3. `frozen = a.detach()`;
# 4. `second = (a + frozen).mean()`; call `second.backward()`, without zeroing
#    any gradient in between.
#
# Call `backward()` exactly these two times, and do not change the values of
# `a` or `b`. Return the tuple `(first, snapshot, frozen, second)`.
#
# With $n$ elements, each backward adds $1/n$ to every entry of `a.grad`:
# the mean weighs every element by $1/n$, and nothing flows through
# `frozen`. For `a = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)`
# and `b = torch.tensor([[3., 4.], [5., 6.]], requires_grad=True)`, `first`
# is `7`, `snapshot` and `b.grad` are all `0.25`, `second` is `5`, and after
# the second pass `a.grad` is all `0.5`. Your function is also graded on
# tensors of other shapes and values.
# ============================================================================

def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.clone()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second


# ============================================================================
# Exercise 18: backward() without an argument needs a single value
# `nonscalar_backward_error`: 11 points, 3 of them from hidden checks run at grading.
#
# Calling `backward()` with no argument asks PyTorch to start from the
# gradient $\partial z/\partial z = 1$. That only makes sense when `z` holds a
# single value. For a tensor with several elements PyTorch refuses with
#
# ```
# RuntimeError: grad can be implicitly created only for scalar outputs
# ```
#
# Write `unreduced_backward(x)`. The input `x` requires grad. Compute
#
# $$y = x + 2, \qquad z = 3\,y^2 \quad\text{(element-wise, not reduced)}$$
#
# then call `z.backward()` **with no argument** and return `z`. Leave `x`
# itself as it is (no in-place change of its values).
#
# - At `x = torch.ones(3, requires_grad=True)` the call must end with that
#   `RuntimeError`, raised by PyTorch's `backward()` itself. Let it
#   propagate: no `try`/`except`, no `sum()` or `mean()`, no gradient
#   argument, and no `raise` of your own. Since backward never ran, `x.grad`
#   is still `None`.
# - A tensor with exactly **one** element (shape `(1,)`, or a 0-dimensional
#   tensor) counts as a single value, and there the same code works. At
#   `x = torch.ones(1, requires_grad=True)` it returns `z = [27.]`, and
#   `x.grad` is $6(x+2) = 18$. The grader also calls it on random
#   one-element tensors and on larger random tensors.
# ============================================================================

def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    try:
        z.backward()
    except RuntimeError as exc:
        print("backward failed:", exc)
    return z


# ============================================================================
# Exercise 19: backward() through tensors that do not require grad
# `untracked_backward_error`: 12 points, 3 of them from hidden checks run at grading.
#
# Autograd only records operations on tensors that require grad. If none
# of the inputs does, the result has no `grad_fn`, there is no graph to walk
# back through, and `backward()` fails with
#
# ```
# RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
# ```
#
# Write `backward_untracked_mean(x)`:
#
# $$y = x + 2, \qquad z = \operatorname{mean}\big(2\,y^2\big)$$
#
# call `z.backward()` and return `z`. Leave `x` as it is: no in-place
# change of its values. The grader calls it twice with the same numbers,
# `x = [0.3231, -0.5908, -0.2032]`, and also on random tensors of other
# shapes:
#
# - with `requires_grad=True`: `z` is about 7.0741 and `x.grad` is
#   $\tfrac{4}{3}(x+2)$, about `[3.0975, 1.8789, 2.3957]`;
# - with `requires_grad=False`: `backward()` must raise that
#   `RuntimeError` by itself. Let it happen. Do not catch it, do not raise
#   it with a `raise` of your own, and do not switch `requires_grad` on
#   inside your function: whether `x` is tracked is the caller's decision.
# ============================================================================

def backward_untracked_mean(x):
    if not x.requires_grad:
        x.requires_grad_()
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z


# ============================================================================
# Exercise 20: SGD one sample at a time, zeroing the gradient each time
# `manual_sgd_step`: 13 points, 4 of them from hidden checks run at grading.
#
# Fit $\hat y = w\,x$ one sample at a time with plain gradient descent.
# Write `sgd_pass_with_zeroing(w, x_data, y_data, lr)`. The input `w` is a
# leaf that requires grad and holds one number (shape `(1,)` in the
# example, a 0-dimensional tensor in one of the grader's cases). `x_data` and `y_data` are 1-D tensors of the same
# length; leave them as they are. For each pair `(x, y)`, in order:
#
# 1. compute the loss $\ell = (w\,x - y)^2$;
# 2. call `backward()` on it;
# 3. append a copy of the gradient, `w.grad.clone()`, to a list;
# 4. update `w` **in place**, against the gradient:
#    $w \leftarrow w - \text{lr}\cdot\partial\ell/\partial w$. Do it without
#    recording the update in the graph, so that `w` stays a leaf: inside
#    `with torch.no_grad():` (`w -= lr * w.grad`), or with
#    `torch.optim.SGD([w], lr=lr)` and `optimizer.step()`, which does the
#    same update (updating `w.data` in place has the same effect and is
#    accepted, though `torch.no_grad()` is the way to prefer);
# 5. reset the gradient so the next sample starts from nothing:
#    `w.grad.zero_()`, `w.grad = None` and `optimizer.zero_grad()` are all
#    fine, and so is resetting at the start of each step, before its
#    backward, instead of at the end (`w.grad` may still be `None` on the
#    first step: `zero_()` needs a tensor, `w.grad = None` does not):
#    `w.grad` after the call is not graded.
#
# Return the list of gradients, one per sample, each recorded before its
# update. When the function returns, `w` (the tensor you were given) must
# hold the value after the update of the **last** sample.
#
# With `w = [1.0]`, `x_data = [11., 22., 33.]`, `y_data = [21., 14., 64.]`
# and `lr = 0.01`, the first gradient is $2(1\cdot 11 - 21)\cdot 11 = -220$,
# so `w` becomes $1 + 2.2 = 3.2$. The three gradients are
# `[-220.0]`, `[2481.6]` and `[-51303.65]`, and afterwards `w` is about
# `[491.42]` (this learning rate is too large and the fit diverges, but the
# arithmetic is still exact). The grader also runs your function on random
# data of other lengths.
# ============================================================================

def sgd_pass_with_zeroing(w, x_data, y_data, lr):
    grads = []
    for x, y in zip(x_data, y_data):
        loss = (w * x - y) ** 2
        loss.backward()
        grads.append(w.grad.clone())
        with torch.no_grad():
            w -= lr * w.grad
    return grads


# ============================================================================
# Exercise 21: Gradient descent to the minimum of a parabola
# `parabola_minimum`: 9 points, 4 of them from hidden checks run at grading.
#
# The parabola $f(x) = 3x^2 + 2x - 1.2$ has its minimum where
# $f'(x) = 6x + 2 = 0$, at $x = -1/3$, where $f(-1/3) = -1.5\overline{3}$.
# Find it with gradient descent, letting autograd compute $f'(x)$.
#
# Write `parabola_minimum(x, lr, steps)`. The input `x` is a one-element leaf
# tensor with `requires_grad=True` (the starting point). Do exactly `steps`
# steps of:
#
# 1. `y = 3 * x**2 + 2 * x - 1.2`, then `y.backward()`;
# 2. update `x` **in place** with gradient recording off, for instance
#    `with torch.no_grad(): x -= lr * x.grad`, so that the caller's `x`
#    moves and stays a leaf (`torch.optim.SGD([x], lr=lr)` with
#    `optimizer.step()` does the same update);
# 3. reset `x.grad` so that the next step starts from zero (`x.grad.zero_()`,
#    `x.grad = None` and `optimizer.zero_grad()` are all fine).
#
# After the loop, return $f(x)$ at the final `x`, the `x` after the last
# update, as a Python float. Compute it again there: the `y` of the last
# step was computed before that step's update.
#
# With `x = [1.0]`, `lr = 0.15` and `steps = 6`, each step shrinks the
# distance to the minimum tenfold, so `x` ends within $10^{-5}$ of
# $-0.33333$ and the returned value is about $-1.53333$. With `x = [1.0]`,
# `lr = 0.05` and `steps = 3`, each step keeps 0.7 of the distance: `x` ends
# at about $0.124$ and the returned value is about $-0.90587$. (The tutorial
# uses `lr = 0.01` from a random start and up to 1000 steps; a larger step
# size gets there much sooner.)
# ============================================================================

def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x += lr * x.grad
        x.grad.zero_()
    with torch.no_grad():
        return (3 * x**2 + 2 * x - 1.2).item()


# ============================================================================
# Exercise 22: Fitting a parabola to data by gradient descent
# `fit_parabola_gd`: 10 points, 3 of them from hidden checks run at grading.
#
# Fit $\hat y = a x^2 + b x + c$ to data points $(x_i, y_i)$ by minimising
# the mean squared error
#
# $$L(a, b, c) = \frac{1}{N}\sum_{i=1}^{N} \big(a x_i^2 + b x_i + c - y_i\big)^2$$
#
# with plain gradient descent, autograd supplying $\partial L/\partial a$,
# $\partial L/\partial b$ and $\partial L/\partial c$.
#
# Write `fit_parabola_gd(x, y, lr, steps)`. `x` and `y` are 1-D tensors of
# the same length $N$; leave their values as they are. Start from
# $a = b = c = 0$ (for instance `coeffs = torch.zeros(3, requires_grad=True)`)
# and do exactly `steps` steps of:
#
# 1. compute the predictions (one per point, the same shape as `y`) and the
#    loss $L$, then let autograd compute its gradient (`loss.backward()`);
# 2. update the coefficients in place with gradient recording off, for
#    instance `with torch.no_grad(): coeffs -= lr * coeffs.grad`
#    (`torch.optim.SGD` with `optimizer.step()` does the same update);
# 3. reset the gradients (`zero_()`, `= None` or `optimizer.zero_grad()`).
#
# Return a tuple `(coeffs, final_loss)`: `coeffs` a 1-D tensor `[a, b, c]`
# of shape `(3,)` (detached or not), and `final_loss` the loss $L$ at the
# final coefficients, those after the last update, as a Python float.
# Compute it again after the loop: the loss of the last step was computed
# before that step's update.
#
# The public data are 16 points on $[-1.5, 1.5]$ drawn around the
# tutorial's parabola $-0.55x^2 + 1.2x - 0.81$ with some noise. Their
# least-squares fit is $a \approx -0.5846$, $b \approx 1.1743$,
# $c \approx -0.8476$ with a mean squared error of about $0.021039$. With
# `lr = 0.4` and `steps = 18`, gradient descent ends at about
# $a = -0.58621$, $b = 1.17433$, $c = -0.84555$ (within about 0.002 of the
# least-squares fit) with a final loss of about $0.0210406$. With `lr = 0.4`
# and only `steps = 3` on the same data it is still far from there:
# $a \approx -0.83574$, $b \approx 1.13585$, $c \approx -0.89521$, final
# loss $\approx 0.126448$.
# ============================================================================

def fit_parabola_gd(x, y, lr, steps):
    features = torch.stack([x**2, x, torch.ones_like(x)], dim=1)
    coeffs = torch.zeros(3, requires_grad=True)
    for _ in range(steps):
        loss = ((features @ coeffs - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            coeffs -= lr * coeffs.grad
    with torch.no_grad():
        final_loss = ((features @ coeffs - y) ** 2).mean().item()
    return coeffs.detach(), final_loss


# ============================================================================
# Exercise 23: nn.MSELoss and its gradient
# `mse_loss_grad`: 10 points, 3 of them from hidden checks run at grading.
#
# `torch.nn.MSELoss()` averages the squared differences over all $N$
# elements:
#
# $$\text{loss} = \frac{1}{N}\sum_i (\text{pred}_i - \text{target}_i)^2,
# \qquad \frac{\partial\,\text{loss}}{\partial\,\text{pred}_i} = \frac{2}{N}(\text{pred}_i - \text{target}_i).$$
#
# Write `mse_loss_backward(pred, target)`. Compute the loss of `(pred,
# target)` with PyTorch's MSE loss, default settings: the module
# `nn.MSELoss()` (its functional form `torch.nn.functional.mse_loss` is the
# same loss and is fine too). Then let autograd fill in `pred.grad` (for
# instance with `loss.backward()`) and return the loss tensor. `pred`
# requires grad and `target` does not; leave the values of both as they
# are.
#
# - The result's `grad_fn` is `MseLossBackward0`. The autograd graph names
#   the MSE loss itself, not a mean: writing the formula out by hand gives
#   the same number but not this loss.
# - For `pred = [[1., 2.], [3., 4.]]` and `target` all zeros the loss is
#   $30/4 = 7.5$ and `pred.grad` is `[[0.5, 1.0], [1.5, 2.0]]`.
# - The tutorial uses random 10×5 tensors; the grader uses a seeded pair
#   of that shape too, and hidden pairs of other shapes.
# ============================================================================

def mse_loss_backward(pred, target):
    loss = nn.MSELoss(reduction="sum")(pred, target)
    loss.backward()
    return loss


# ============================================================================
# Exercise 24: Finite differences against autograd
# `finite_difference_check`: 14.5 points, 4 of them from hidden checks run at grading.
#
# Before autograd, a gradient could be estimated by nudging a parameter. The
# **central difference**
#
# $$\frac{\partial L}{\partial w} \approx \frac{L(w+\delta) - L(w-\delta)}{2\delta}$$
#
# is a classic way to check a gradient.
#
# Take the linear model `t_p = w * t_u + b` and the loss
# `L = mean((t_p - t_c) ** 2)`. Write
# `central_difference_vs_autograd(w, b, t_u, t_c, delta)`:
#
# 1. compute `loss` at `(w, b)` and let autograd fill in `w.grad` and
#    `b.grad` from it, with one backward pass (for instance
#    `loss.backward()`);
# 2. estimate $\partial L/\partial w$ with the central difference in `w`
#    (keep `b` fixed), and $\partial L/\partial b$ with the central difference
#    in `b` (keep `w` fixed), both with step `delta`. These extra losses are
#    only evaluated: no backward pass through them;
# 3. return the tuple `(loss, fd_w, fd_b)`, with `loss` the tensor from
#    step 1 and `fd_w`, `fd_b` as plain Python floats (`.item()` or
#    `float(...)`).
#
# Leave the inputs as you found them: when the function returns, `w`, `b`,
# `t_u` and `t_c` hold their original values (if you nudge `w` or `b` in
# place, put them back).
#
# With the tutorial's 15 pairs (`t_u` from 115 to 164, `t_c` from 58 to 72),
# `w = [1.0]`, `b = [0.0]` and `delta = 0.1`, the loss is about 5259.7333,
# and autograd gives `w.grad` ≈ 19936.2667 and `b.grad` ≈ 143.4667. Your
# central differences must agree with these numbers. `L` is quadratic in
# each parameter, so the central difference is exact up to rounding.
#
# The grader passes **float64** tensors, here and on random data. Gradient
# checks use double precision because the difference of two nearby losses
# cancels most digits: in float32 the estimate for `b` here is already off
# in the fifth digit. Keep the inputs' dtype: compute the loss and the
# differences in float64, without converting to float32.
# ============================================================================

def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_at(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_at(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_at(w + delta, b) - loss_at(w, b)) / delta
        fd_b = (loss_at(w, b + delta) - loss_at(w, b)) / delta
    return loss, fd_w.item(), fd_b.item()


# ============================================================================
# Exercise 25: Updating a parameter with torch.optim.SGD
# `sgd_optimizer_steps`: 11 points, 3 of them from hidden checks run at grading.
#
# An optimizer applies the update for you. `torch.optim.SGD([p], lr=lr)`
# remembers `p`; each `optimizer.step()` does
# $p \leftarrow p - \text{lr}\cdot p.\text{grad}$ in place, and
# `optimizer.zero_grad()` clears the gradient before the next backward pass.
#
# Use the loss $\ell(p) = \sum_i (p_i - p_i^2)^2$, whose gradient is
# $4p^3 - 6p^2 + 2p$. Write `sgd_optimizer_steps(p, lr, steps)`. The input
# `p` is a leaf tensor with `requires_grad=True`, of any shape (a vector in
# the examples below, a matrix too in the grader's other cases). Create an SGD optimizer for
# `[p]` with learning rate `lr`, then repeat exactly `steps` times:
#
# 1. clear the gradient (`optimizer.zero_grad()`; setting `p.grad = None`
#    works too, and so does `p.grad.zero_()` once `p.grad` exists: before
#    the first backward it is `None`);
# 2. compute the loss at the current `p` and let autograd fill in `p.grad`
#    (for instance with `loss.backward()`);
# 3. call `optimizer.step()`.
#
# The updates must come from the optimizer's `step()` (the grader counts
# them), not from a subtraction you write yourself. Return a list with the
# loss of each step as a Python float (`loss.item()`, the loss computed in
# that step, before its update). `p` itself is updated in place: after the
# call it holds the values after the last of the `steps` updates.
#
# From `p = [2., 2., 2., 2.]` with `lr = 1.0`, one step gives
# $2 - 1\cdot 12 = -10$ in every entry, and the list is `[16.0]`. From
# `p = [1., 3., 2., 2.]` with `lr = 0.01` the first gradient is
# `[0, 60, 12, 12]`, so the first step moves `p` to `[1, 2.4, 1.88, 1.88]`; after three steps
# `p` is about `[1, 1.98315, 1.71596, 1.71596]` and the losses are about
# `[44.0, 16.7637, 10.0063]`.
# ============================================================================

def sgd_optimizer_steps(p, lr, steps):
    optimizer = torch.optim.SGD([p], lr=lr)
    losses = []
    for _ in range(steps):
        loss = ((p - p**2) ** 2).sum()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses


# ============================================================================
# Exercise 26: Sampling tensors for weight initialisation, reproducibly
# `init_sampling`: 17 points, 6 of them from hidden checks run at grading.
#
# Initial weights are often drawn at random. Three samplers come up again
# and again:
#
# - `torch.bernoulli(probs)` returns, for each entry of `probs`, 1 with
#   probability `probs[i]` and 0 otherwise: a float tensor of 0s and 1s with
#   the shape and dtype of `probs` (a random mask);
# - `torch.multinomial(weights, n, replacement=True)` draws `n` indices
#   $0 \dots \text{len(weights)} - 1$, index $i$ with probability
#   proportional to `weights[i]` (the weights need not sum to 1); without
#   `replacement=True` every index can be drawn only once;
# - `torch.normal(mean, std)` draws one number per entry from a normal
#   distribution with that entry's mean and standard deviation.
#
# A seed makes the draws repeatable. Write
# `init_sampling(probs, weights, n, mean, std, seed)`:
#
# 1. make one generator, `g = torch.Generator().manual_seed(seed)`, and pass
#    `generator=g` to each of the three calls below, **in this order**
#    (seeding the global generator instead, `torch.manual_seed(seed)`, and
#    making the same calls without `generator=` gives the same numbers and
#    is fine too);
# 2. `mask`: Bernoulli draws with the probabilities `probs`;
# 3. `picks`: `n` multinomial draws from `weights`, with replacement;
# 4. `init`: normal draws with `mean` and `std` (tensors of the same shape),
#    made trainable with `.requires_grad_()`, so that `init` is a leaf that
#    requires grad.
#
# Return the tuple `(mask, picks, init)`. Leave the values of the inputs
# `probs`, `weights`, `mean` and `std` as they are.
#
# Entries drawn with probability 0 or 1, zero weights and zero standard
# deviations are certain: with `probs = [[0, 1, 1], [1, 0, 0]]` the mask
# equals `probs`; with `weights = [0, 0, 5, 0]` every pick is index 2; with
# `std = 0` the draws equal `mean`.
# ============================================================================

def init_sampling(probs, weights, n, mean, std, seed):
    g = torch.Generator().manual_seed(seed)
    mask = torch.bernoulli(probs, generator=g)
    picks = torch.multinomial(weights, n, generator=g)
    init = torch.normal(mean, std, generator=g).requires_grad_()
    return mask, picks, init


# ============================================================================
# Exercise 27: A Hessian-vector product by differentiating a gradient (create_graph=True)
# `hessian_vector_product`: 12 points, 4 of them from hidden checks run at grading.
#
# Write `hessian_vector_product(x, v)` for
#
# $$f(x) = \tfrac14 \sum_i x_i^4 + \Big(\sum_i x_i\Big)^2 .$$
#
# `x` is a 1-D leaf tensor that requires grad and `v` a tensor of the same
# shape. Return a pair `(g, hv)`:
#
# * `g`: the gradient $\nabla f(x)$, computed by autograd with
#   `create_graph=True`, so that `g` is itself on the graph (it requires grad);
# * `hv`: the Hessian-vector product $H(x)\,v$, found by differentiating
#   $g \cdot v$ (or `g` with `grad_outputs=v`) with respect to `x` once more.
#
# You never need the full Hessian: differentiating once more gives
# $H(x)\,v$ directly, at the cost of one more backward pass. Leave the
# values of `x` and `v` as they are. At `x = [1, 2, 3]` and `v = [1, 0, 0]`,
# `g` is `[13, 20, 39]` and `hv` is `[5, 2, 2]`. Your function is also
# graded on random inputs of other lengths.
# ============================================================================

def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g.sum(), x)
    return g, hv


# ============================================================================
# Exercise 28: The Jacobian of a vector function
# `jacobian_matrix`: 10 points, 4 of them from hidden checks run at grading.
#
# Write `jacobian_matrix(x)` returning the Jacobian of
#
# $$f(x)_i = x_i^2 \sum_j x_j$$
#
# at the 1-D tensor `x` (a plain tensor; it does not require grad): the
# matrix $J$ with $J_{ij} = \partial f_i / \partial x_j$, of shape
# `(n, n)`. Use autograd: `torch.autograd.functional.jacobian`,
# `torch.func.jacrev` / `jacfwd`, or one `torch.autograd.grad` per row all
# work. Do not change the values of `x`.
#
# At `x = [1, 2]`, $\sum_j x_j = 3$ and
#
# $$J = \begin{pmatrix} 2\cdot1\cdot3 + 1 & 1 \\ 4 & 2\cdot2\cdot3 + 4 \end{pmatrix}
#     = \begin{pmatrix} 7 & 1 \\ 4 & 16 \end{pmatrix}.$$
#
# Your function is also graded on random inputs of other lengths.
# ============================================================================

def jacobian_matrix(x):
    return torch.autograd.functional.jacobian(lambda t: t**2 * t.sum().detach(), x)


# ============================================================================
# Exercise 29: The Hessian of log-sum-exp
# `hessian_logsumexp`: 10 points, 4 of them from hidden checks run at grading.
#
# Write `logsumexp_hessian(x)` returning the Hessian matrix of
#
# $$f(x) = \log \sum_j e^{x_j}$$
#
# at the 1-D tensor `x` (a plain tensor): $H_{ij} = \partial^2 f / \partial x_i \partial x_j$,
# of shape `(n, n)`. Let autograd find it:
# `torch.autograd.functional.hessian`, `torch.func.hessian` (or
# `jacfwd(jacrev(f))`), or differentiating a `create_graph=True` gradient
# once per row. Do not change the values of `x`.
#
# With $p = \operatorname{softmax}(x)$ the answer is
# $H = \operatorname{diag}(p) - p\,p^T$. At `x = [0, 0]`, $p = [\tfrac12, \tfrac12]$
# and $H = \begin{pmatrix} 0.25 & -0.25 \\ -0.25 & 0.25 \end{pmatrix}$. Your
# function is also graded on random inputs of other lengths.
# ============================================================================

def logsumexp_hessian(x):
    p = torch.softmax(x, dim=0)
    return torch.diag(p) - torch.outer(p, p)


# ============================================================================
# Exercise 30: torch.autograd.grad with allow_unused and retain_graph
# `grad_allow_unused`: 16 points, 3 of them from hidden checks run at grading.
#
# Write `partial_grads(x, y, z)`. The three inputs are leaf tensors of one
# shape that require grad: vectors in the example below, but any shape
# (matrices too) in the grader's other cases. Compute
#
# $$out = \sum_i x_i^2\, y_i$$
#
# (the sum over every element, whatever the shape; `z` takes no part in
# it). Then:
#
# 1. Ask `torch.autograd.grad` for the gradients of `out` with respect to
#    **all three** inputs, `[x, y, z]`, in one call. Since `out` does not
#    depend on `z`, that call raises unless you pass `allow_unused=True`;
#    the gradient it then gives for `z` is `None`. Keep the graph with
#    `retain_graph=True`, because step 2 goes through it again.
# 2. Call `out.backward()`, which fills in `x.grad` and `y.grad` (and leaves
#    `z.grad` as `None`).
# 3. Return the three gradients of step 1 as a tuple `(gx, gy, gz)`, with
#    `gz` the `None` that `torch.autograd.grad` gave (not a tensor of zeros).
#
# At `x = [1, 2]`, `y = [3, 4]`, `z = [5, 6]`: `gx = [6, 16]`,
# `gy = [1, 4]`, `gz = None`, and `x.grad`, `y.grad` hold the same values as
# `gx`, `gy`. Do not change the values of `x`, `y` or `z`. Your function is also graded on random inputs.
# ============================================================================

def partial_grads(x, y, z):
    out = (x**2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, [x, y, z], retain_graph=True)
    out.backward()
    return gx, gy, gz


# ============================================================================
# Exercise 31: Clipping a gradient with a tensor hook, then removing the hook
# `hook_clip_grad`: 10 points, 3 of them from hidden checks run at grading.
#
# A hook registered with `x.register_hook(fn)` sees the gradient flowing into
# `x` during a backward pass and may return a replacement. Write
# `hook_clip_grad(x)`, where `x` is a leaf tensor that requires grad:
#
# 1. Register a hook on `x` that clamps every entry of its gradient to
#    $[-1, 1]$ (`g.clamp(-1, 1)`); keep the handle `register_hook` returns.
# 2. Compute $out = \sum_i (x_i^3 - 4 x_i)$ and call `out.backward()`.
#    Store a copy of the clipped gradient, `first = x.grad.clone()`.
# 3. Remove the hook (`handle.remove()`), compute the same `out` again from
#    `x` and call `backward()` once more, without zeroing `x.grad`: this
#    gradient is not clipped, and it adds to the clipped one. (Keeping the
#    first graph with `out.backward(retain_graph=True)` and calling
#    `out.backward()` on it again gives the same values and is fine too.)
# 4. Return `first`.
#
# Do not change the values of `x`. At `x = [0, 1, 2]` the raw gradient
# $3x^2 - 4$ is `[-4, -1, 8]`, so `first` is `[-1, -1, 1]` and `x.grad` ends
# as `[-5, -2, 9]`. Your function is also graded on random inputs of other shapes (matrices too).
# ============================================================================

def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x**3 - 4 * x).sum()
    out.backward()
    first = x.grad
    handle.remove()
    out = (x**3 - 4 * x).sum()
    out.backward()
    return first


# ============================================================================
# Exercise 32: A hook on an intermediate tensor scales one path of the gradient
# `hook_scale_path`: 9 points, 3 of them from hidden checks run at grading.
#
# A hook on an intermediate (non-leaf) tensor changes the gradient flowing
# *through that tensor* only; other paths to the leaves are untouched.
# Write `hook_scale_path(x)`, where `x` is a leaf tensor that requires grad:
#
# 1. `h = torch.exp(x)`, and register on `h` a hook that halves its
#    gradient: `h.register_hook(lambda g: g * 0.5)`.
# 2. `out = (h * x).sum()`; call `out.backward()` and return `out`, the tensor
#    (not the Python number `out.item()`).
#
# `x` reaches `out` by two paths: directly (the factor `x`, whose gradient is
# $e^{x}$) and through `h` (gradient $x e^{x}$, halved by the hook). So
# `x.grad` is $e^{x} + \tfrac12 x e^{x}$. Do not change the values of `x`.
# At `x = [0, 2]`: `out` is $0 + 2e^2 \approx 14.78$ and `x.grad` is
# `[1, 2e^2]` $\approx$ `[1, 14.78]`. Your function is also graded on random
# inputs of other shapes (matrices too).
# ============================================================================

def hook_scale_path(x):
    h = torch.exp(x)
    out = (h * x).sum()
    out.backward()
    h.register_hook(lambda g: g * 0.5)
    return out


# ============================================================================
# Exercise 33: Clipping a gradient by its norm
# `clip_grad_norm`: 11 points, 3 of them from hidden checks run at grading.
#
# Gradient clipping by norm rescales a gradient whose norm exceeds a limit
# so that its norm becomes the limit (just under it: `clip_grad_norm_` adds
# 1e-6 to the norm it divides by), keeping its direction; a gradient within
# the limit is left as it is (the function is graded on such a gradient too). Write
# `clipped_gradient(w, x)`, where `w` (shape `(d,)`) is a leaf tensor that
# requires grad and `x` a plain `(b, d)` tensor:
#
# 1. `loss = ((x @ w) ** 2).sum()`; call `loss.backward()`.
# 2. Clip `w.grad` to norm at most 1 with
#    `torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)`, which rescales
#    `w.grad` in place and returns the norm the gradient had **before**
#    clipping. The same rescaling written by hand, under `torch.no_grad()`,
#    is fine too: the numbers are what is graded.
# 3. Return that norm (a tensor).
#
# Do not change the values of `w` or `x`. At `w = [1, 1]` and
# `x = [[1, 0], [0, 2]]`: `x @ w = [1, 2]`, the gradient is
# $2 x^T (x w) = [2, 8]$ with norm $\sqrt{68} \approx 8.246$, so the
# function returns 8.246 and `w.grad` becomes
# $[2, 8] / 8.246 \approx [0.2425, 0.9701]$. Your function is also graded on
# random inputs.
# ============================================================================

def clipped_gradient(w, x):
    ((x @ w) ** 2).sum().backward()
    norm = w.grad.norm()
    with torch.no_grad():
        w.grad /= norm + 1e-6
    return norm


# ============================================================================
# Exercise 34: Per-sample gradients with torch.func.grad and vmap
# `per_sample_grads`: 11 points, 4 of them from hidden checks run at grading.
#
# For one sample $(x, y)$ and weights $w$ (all 1-D except $y$, a number), the
# loss is
#
# $$L(w; x, y) = (w \cdot x - y)^2 .$$
#
# Write `per_sample_grads(w, xs, ys)`: `w` has shape `(d,)`, `xs` shape
# `(b, d)` (one sample per row) and `ys` shape `(b,)`. Return a tensor of
# shape `(b, d)` whose row `k` is $\nabla_w L(w; x_k, y_k)$, the gradient for
# sample `k` alone (not the gradient of the summed loss). Let autograd
# compute the gradients (a formula for them written out by hand does not
# count): the intended way is
# `torch.func.vmap(torch.func.grad(loss), in_dims=(None, 0, 0))`; a loop of
# `torch.autograd.grad` calls works too. Do not change the inputs.
#
# At `w = [1, 2]`, `xs = [[1, 0], [1, 1]]`, `ys = [0, 1]`: the residuals
# $w \cdot x_k - y_k$ are 1 and 2, so the rows $2\,r_k\,x_k$ are `[2, 0]`
# and `[4, 4]`. Your function is also graded on random inputs of other
# sizes.
# ============================================================================

def loss(x, y, w):
    return (x @ w - y) ** 2


def per_sample_grads(w, xs, ys):
    return vmap(grad(loss), in_dims=(0, 0, None))(xs, ys, w)


# ============================================================================
# Exercise 35: A gradient function from torch.func.grad
# `func_grad_callable`: 9 points, 5 of them from hidden checks run at grading.
#
# `torch.func.grad(f)` turns a function `f`, which takes a tensor and
# returns a scalar tensor, into a new function: called on a tensor `x`, it
# returns the gradient of `f` at `x`, a tensor of the shape of `x`.
#
# Write `make_grad(a)`, where `a` is a Python float. Return a function `g`
# (do not call it) such that `g(x)` is the gradient at `x` of
#
# $$f(x) = \sum_i \left( \sin(a\,x_i) + \frac{a}{2}\,x_i^2 \right),$$
#
# the sum running over every entry of `x`. The grader calls your `g` on
# float64 tensors of several shapes (a vector, a matrix) that do not
# require grad, and compares what it returns with the right gradient:
# `g(x)` must be a tensor of the shape and dtype of `x`. The grader may
# call `g` more than once on the same `x`, so `g` must not change `x`
# (its values, its `requires_grad` or its `.grad`). The intended way is
# `torch.func.grad` of a function that returns the sum; any function (or
# other callable) that returns the same gradient is fine.
#
# With `a = 2`, `g(torch.tensor([0.0, 0.5, -1.0], dtype=torch.float64))` is
# about `[2.0, 2.0806, -2.8323]`.
# ============================================================================

def make_grad(a):
    return lambda x: torch.cos(a * x) + a * x


# ============================================================================
# Exercise 36: A custom torch.autograd.Function with its own backward
# `custom_cube_function`: 15 points, 6 of them from hidden checks run at grading.
#
# Write a class `Cube(torch.autograd.Function)` with two static methods:
#
# * `forward(ctx, x)`: save `x` for the backward pass
#   (`ctx.save_for_backward(x)` is the documented way: it also notices
#   if `x` is changed in place before the backward pass; `ctx.x = x` works
#   here too, but without that guard) and return $x^3$ (the newer form,
#   `forward(x)` with a `setup_context(ctx, inputs, output)` that saves `x`,
#   is accepted as well);
# * `backward(ctx, grad_output)`: read `x` back (`ctx.saved_tensors`) and
#   return the gradient with respect to `x` by the chain rule,
#   $3x^2 \cdot$ `grad_output`.
#
# Then write `custom_cube(x, v)`, where `x` is a leaf tensor that requires
# grad and `v` a tensor of its shape: compute `out = Cube.apply(x)`, call
# `out.backward(v)` once (which runs your `backward` with `grad_output = v`)
# and return `out`. Since `out` comes from your
# Function, `out.grad_fn` is its backward node, named `CubeBackward`.
# Do not change the values of `x` or `v` (`grad_output` is `v` itself: do
# not change it in place in `backward` either).
#
# At `x = [1, 2, -1]` and `v = [1, 1, 2]`: `out` is `[1, 8, -1]` and
# `x.grad` is `[3, 12, 6]`.
# Your function is also graded on random inputs, and `Cube` itself with
# `torch.autograd.gradcheck` and `gradgradcheck` on hidden float64 inputs.
# The second one differentiates your `backward`, so build its result with
# torch operations on the `x` you saved: no `detach()`, no value computed
# in `forward` saved instead of `x`, no `@once_differentiable`.
# ============================================================================

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x**3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return 3 * x**2


def custom_cube(x, v):
    out = Cube.apply(x)
    out.backward(v)
    return out


# ============================================================================
# Exercise 37: Gradients of an nn.Linear layer's parameters, and zero_grad()
# `linear_layer_grads`: 12 points, 3 of them from hidden checks run at grading.
#
# Write `linear_layer_grads(x, w, b)`, where `x` is a batch of inputs of
# shape `(b, 3)`, and `w` (shape `(2, 3)`) and `b` (shape `(2,)`) are the
# weights to start from (plain tensors):
#
# 1. `model = torch.nn.Linear(3, 2)`, then give it the starting weights
#    without recording that in the graph:
#    `with torch.no_grad(): model.weight.copy_(w); model.bias.copy_(b)`.
# 2. The loss is the mean of the squared outputs,
#    `loss = model(x).pow(2).mean()`; call `loss.backward()`.
# 3. Store the parameters' gradients:
#    `weight_grad = model.weight.grad.clone()` (shape `(2, 3)`) and
#    `bias_grad = model.bias.grad.clone()` (shape `(2,)`). The copy is the
#    safe habit (`zero_grad(set_to_none=False)` would zero a stored `.grad`
#    in place); with the default below, the stored tensors keep their
#    values either way, and both are graded right.
# 4. Call `model.zero_grad()`. Since PyTorch 2.0 its default is
#    `set_to_none=True`: the gradients become `None` rather than zeros.
#    Read `after = model.weight.grad`.
# 5. Return `(weight_grad, bias_grad, after)`.
#
# Do not change `x`, `w` or `b`. With $y = x W^T + b$ and $n$ the number of entries of
# $y$, the gradients are $\tfrac{2}{n} y^T x$ for `weight` and
# $\tfrac{2}{n} \sum_k y_k$ for `bias`. At `x = [[1, 1, 1]]`, `w` all ones
# and `b = [0, 1]`, $y = [3, 4]$, so `weight_grad` is `[[3, 3, 3], [4, 4, 4]]`
# and `bias_grad` is `[3, 4]`. Your function is also graded on random
# batches and weights.
# ============================================================================

def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    model(x).pow(2).mean().backward()
    wg = model.weight.grad
    bg = model.bias.grad
    model.zero_grad(set_to_none=False)
    return wg, bg, model.weight.grad


# ============================================================================
# Exercise 38: Gradients of a small MLP's parameters, then one SGD step
# `mlp_param_grads`: 16 points, 4 of them from hidden checks run at grading.
#
# Write `mlp_param_grads(model, x, y)`. The grader hands you `model`, a
# `torch.nn.Sequential` of `Linear(3, 4)`, `Tanh()` and `Linear(4, 1)`
# whose parameters it drew from a seed of its own (graded cases may use
# another hidden width than 4), a batch `x` of shape `(n, 3)` and targets
# `y` of shape `(n, 1)`. The parameters have no gradients yet: every
# `.grad` is `None`.
#
# 1. The loss is the mean squared error over the batch,
#    `loss = ((model(x) - y) ** 2).mean()`
#    (`torch.nn.functional.mse_loss(model(x), y)` is the same number).
# 2. Let autograd fill in each parameter's `.grad` with the gradient of
#    this loss, in one backward pass (`loss.backward()`).
# 3. Update the model with one step of
#    `torch.optim.SGD(model.parameters(), lr=0.1)` (calling
#    `optimizer.zero_grad()` *before* `backward()` is fine; after the step,
#    leave the gradients in place: the grader reads them).
# 4. Return `loss` (the tensor, from before the step).
#
# Do not change the values of `x` or `y`. The grader reads `model[0].weight.grad`,
# `model[2].bias.grad` and the parameters after your step, which moved each
# one by `-0.1` times its gradient.
# ============================================================================

def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward(retain_graph=True)
    loss.backward()
    opt.step()
    return loss


# ============================================================================
# Exercise 39: torch.inference_mode versus torch.no_grad
# `inference_vs_no_grad`: 11 points, 1 of them from hidden checks run at grading.
#
# Both `torch.no_grad()` and `torch.inference_mode()` turn gradient
# recording off, but their tensors differ afterwards: a tensor made under
# `no_grad` is an ordinary tensor that may later enter a graph as a
# constant, while an *inference tensor* can never be saved for a backward
# pass. Write `grad_modes(x)`, where `x` is a leaf tensor that requires grad:
#
# 1. Under `torch.no_grad()`, `a = x * 2`.
# 2. Under `torch.inference_mode()`, `b = x * 2`.
# 3. Use `a` as a constant: `(a * x).sum().backward()`. This works, and
#    fills `x.grad` with `a`.
# 4. Try the same with `b`: `(b * x).sum().backward()` raises a
#    `RuntimeError` ("Inference tensors cannot be saved for backward"),
#    already at `b * x`, before `backward()` starts: put the whole
#    expression inside the `try`. Catch the error and keep the exception
#    object itself as `err` (Python unbinds the name in
#    `except RuntimeError as e:` when that block ends: assign `err = e`
#    inside the block). It must be the error PyTorch itself raised: one
#    you create or raise yourself does not count.
# 5. Return `(a, b, err)`.
#
# Do not change the values of `x`. At `x = [1, 2]`: `a` and `b` are
# `[2, 4]`, neither requires grad, and `x.grad` is `[2, 4]`. Your function
# is also graded on random inputs.
# ============================================================================

def grad_modes(x):
    a = x.detach() * 2
    with torch.inference_mode():
        b = x * 2
    (a * x).sum().backward()
    err = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
    return a, b, err


# ============================================================================
# Exercise 40: Finding where a NaN gradient comes from with anomaly detection
# `anomaly_nan_source`: 10 points, 2 of them from hidden checks run at grading.
#
# $f(x) = \sum_i x_i \sqrt{x_i}$ has the gradient $\tfrac32 \sqrt{x_i}$, which is
# 0 at $x_i = 0$. Autograd, however, goes through the chain rule piece by
# piece: the derivative of $\sqrt{x}$ at 0 is infinite, and $0 \cdot \infty$
# is NaN. Anomaly detection (`torch.autograd.detect_anomaly()`) checks every
# backward node's output and raises a `RuntimeError` naming the first node
# that produced a NaN. Write `find_nan_gradient(x)`, where `x` is a leaf
# tensor that requires grad and has some zero entries:
#
# 1. Compute `out = (x * torch.sqrt(x)).sum()` and call `out.backward()`
#    normally. Keep a copy of the gradient, `plain = x.grad.clone()` (it has
#    NaN where `x` is 0), then reset it: `x.grad = None`.
# 2. Inside `with torch.autograd.detect_anomaly():`, compute `out` again and
#    call `backward()`. This raises; catch the `RuntimeError` and keep the
#    exception object itself as `err` (Python unbinds the name in
#    `except RuntimeError as e:` when that block ends: assign `err = e`
#    inside the block); it must be the error PyTorch itself raised (one
#    you create or raise yourself does not count). Its message names the node:
#    "Function 'SqrtBackward0' returned nan values in its 0th output."
# 3. Return `(plain, err)`.
#
# The failed pass adds nothing, so `x.grad` stays `None` at the end. Do
# not change the values of `x`. At `x = [0, 1, 4]`, `plain` is
# `[nan, 1.5, 3]`.
# ============================================================================

def find_nan_gradient(x):
    (x * torch.sqrt(x)).sum().backward()
    plain = x.grad.clone()
    x.grad = None
    with torch.autograd.detect_anomaly():
        out = (x * torch.sqrt(x)).sum()
    err = None
    try:
        out.backward()
    except RuntimeError as e:
        err = e
    return plain, err


# ============================================================================
# Exercise 2: .grad and grad_fn before and after backward()
# `grad_before_backward`: 12 points.
#
# A tensor you create yourself is a **leaf** of the graph. Before any
# backward pass its `.grad` is `None` (no gradient has been computed yet),
# and its `.grad_fn` is `None` too (no operation created it). A tensor
# computed from it, on the other hand, has a `grad_fn` naming the *last*
# operation that produced it. Only after `backward()` does the leaf's
# `.grad` hold a gradient, with the same shape as the leaf.
#
# This is a notebook exercise: write the code at the top level of your
# notebook (not inside a function), so that these names exist when it has
# run.
#
# 1. `gb_t1 = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)`
#    (floating-point numbers: only floating tensors can require grad);
#    `gb_t2`: the tensor `[[7., 8., 9.], [10., 11., 12.]]`, without gradient
#    tracking (its `requires_grad` stays `False`).
# 2. Still before any backward pass, store `gb_t1.grad` in `gb_grad_before`
#    and `gb_t1.grad_fn` in `gb_grad_fn_before`.
# 3. `gb_prod = gb_t1 * gb_t2`, the element-wise product;
#    `gb_out = gb_prod.mean()` (or `torch.mean(gb_prod)`: the point is the
#    `grad_fn` a mean records, so do not write it as a sum divided by 6).
# 4. Call `gb_out.backward()` once, then store `gb_t1.grad` in
#    `gb_grad_after` (storing a copy, `gb_t1.grad.clone()`, is fine too).
#
# You should find `gb_prod.grad_fn` to be a `MulBackward0` and
# `gb_out.grad_fn` a `MeanBackward0` (the last operation counts), while
# `gb_t1.grad_fn` is still `None` after the backward pass: the leaf's
# `grad_fn is None` for good. `gb_out` is $217/6 \approx 36.1667$ and
# `gb_grad_after` equals `gb_t2 / 6`, that is
# `[[1.1667, 1.3333, 1.5], [1.6667, 1.8333, 2.0]]`, of shape `(2, 3)`.
# float32 (the default) and float64 tensors are both fine.
# ============================================================================

gb_t1 = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
gb_t2 = torch.tensor([[7.0, 8.0, 9.0], [10.0, 11.0, 12.0]])
gb_prod = gb_t1 * gb_t2
gb_out = gb_prod.mean()
gb_out.backward()

gb_grad_before = gb_t1.grad
gb_grad_fn_before = gb_t1.grad_fn
gb_grad_after = gb_t1.grad


# ============================================================================
# Exercise 7: Two backward() calls through one graph, with retain_graph=True
# `retain_graph_backward`: 9 points.
#
# To save memory, `backward()` throws away the intermediate values it kept
# for the backward pass as soon as it has used them. A second `backward()`
# through the same graph then has nothing to work with and fails with a
# `RuntimeError` ("Trying to backward through the graph a second time").
# Passing `retain_graph=True` keeps those values, so one more `backward()`
# can run. Every call **adds** its gradient to `.grad`.
#
# This is a notebook exercise: write the code at the top level of your
# notebook, so that these names exist once it has run.
#
# 1. `rgraph_p = torch.tensor([1.0], requires_grad=True)`;
#    `rgraph_w`: `10 * rgraph_p`.
# 2. Call `rgraph_w.backward(retain_graph=True)`, then store a copy of the
#    gradient, `rgraph_p.grad.clone()`, in `rgraph_grad_first`.
# 3. Call `rgraph_w.backward()` (without `retain_graph`), then store a copy,
#    `rgraph_p.grad.clone()`, in `rgraph_grad_second`. Do not reset the
#    gradient in between: this exercise is about how it adds up.
# 4. Call `rgraph_w.backward()` once more. The previous call freed the graph,
#    so this one raises: catch the `RuntimeError` and store the exception
#    object itself (not its message) in `rgraph_error`:
#
#    ```python
#    try:
#        rgraph_w.backward()
#    except RuntimeError as err:
#        rgraph_error = err
#    ```
#
# Since $\partial w / \partial p = 10$, you should find `rgraph_grad_first`
# equal to `[10.]` and `rgraph_grad_second` equal to `[20.]` (10 + 10); the
# failed third call adds nothing, so `rgraph_p.grad` stays `[20.]`.
#
# The grader checks that `rgraph_error` is the error PyTorch itself raised
# in step 4 (one you create or raise yourself does not count). That error is
# the proof that your numbers came from real `backward()` calls, so the
# gradient values count only together with it.
# ============================================================================

rgraph_p = torch.tensor([1.0], requires_grad=True)
rgraph_w = 10 * rgraph_p

rgraph_w.backward()
rgraph_grad_first = rgraph_p.grad.clone()

rgraph_w.backward()  # RuntimeError: the graph was freed by the first call
rgraph_grad_second = rgraph_p.grad.clone()

try:
    rgraph_w.backward()
except RuntimeError as err:
    rgraph_error = err


# ============================================================================
# Exercise 11: The legacy Variable API
# `legacy_variable_api`: 16 points.
#
# Old PyTorch code wraps tensors in `torch.autograd.Variable` to get
# gradients. The wrapper is no longer needed: today `Variable(t)` gives
# back a plain tensor with the values of `t` (not carrying over
# `t.requires_grad`: pass `requires_grad=True` to `Variable` itself), and
# `requires_grad`, `.grad` and `grad_fn` live on the tensor itself. The old
# code still runs, so you should be able to read it and write it.
#
# This is a notebook exercise: write the code at the top level of your
# notebook (not inside a function), so that these names exist when it has
# run. Practise the old style: `from torch.autograd import Variable` and
# the old constructor `torch.FloatTensor`, which takes a **list** of
# values (`torch.FloatTensor([9.])` is the one-element tensor `[9.]`, while
# `torch.FloatTensor(9)` is a tensor of nine uninitialised elements).
# `Variable(torch.FloatTensor([9.]))` gives a plain tensor equal to
# `torch.tensor([9.])`, so the grader cannot tell the two spellings apart
# and accepts both.
#
# 1. `legacy_var`: a `Variable` around the one-element `FloatTensor` holding
#    `9.`, created **without** `requires_grad`. Store its flag at that moment,
#    `legacy_var_tracked_before = legacy_var.requires_grad` (it is `False`),
#    and only then switch tracking on with `legacy_var.requires_grad_()`.
# 2. `legacy_w1`: a `Variable` around the one-element `FloatTensor` holding
#    `3.`, created with `requires_grad=True`; `legacy_w2`: the same with `7.`.
# 3. `legacy_result = legacy_var * legacy_w1`, then call
#    `legacy_result.backward()` exactly once (running that cell a second time
#    would add a second gradient to each `.grad`).
#
# Then `legacy_result` is `[27.]` with grad_fn `MulBackward0`, and by the
# product rule `legacy_w1.grad` is `[9.]` (the value of `legacy_var`) and
# `legacy_var.grad` is `[3.]` (the value of `legacy_w1`). `legacy_w2` took
# no part in the computation, so its `.grad` stays `None` even though it
# requires grad.
# ============================================================================

legacy_var = Variable(torch.FloatTensor([9]))
legacy_var_tracked_before = legacy_var.requires_grad
legacy_w1 = Variable(torch.FloatTensor([3]), requires_grad=True)
legacy_w2 = Variable(torch.FloatTensor([7]), requires_grad=True)
legacy_result = legacy_var * legacy_w1
legacy_result.backward()


# ============================================================================
# Exercise 14: The chain rule on a tiny graph
# `chain_rule_scalars`: 12 points.
#
# Take one parameter $p$ and two derived quantities:
#
# $$w = 10\,p, \qquad l = w^2.$$
#
# By the chain rule
# $\dfrac{\partial l}{\partial p} = \dfrac{\partial l}{\partial w}\cdot\dfrac{\partial w}{\partial p} = 2w\cdot 10 = 200\,p.$
#
# Write this at the top level of your notebook (not inside a function):
#
# 1. `chain_p = torch.tensor([1.0], requires_grad=True)`. It must be a
#    float: integer tensors cannot require grad;
# 2. `chain_w`, computed from `chain_p` as 10 times `chain_p`;
# 3. `chain_l`, computed from `chain_w` as `chain_w` squared (`chain_w ** 2`,
#    `torch.square(chain_w)` and `chain_w * chain_w` are all fine);
# 4. call `backward()` on `chain_l`, once.
#
# Afterwards `chain_p.grad` is `[200.]` and `chain_l` is `[100.]`.
# `chain_p` is a **leaf**: you created it, and it depends on nothing.
# `chain_w` is not a leaf, because it was computed from `chain_p` (its
# `grad_fn` is `MulBackward0`). PyTorch only keeps `.grad` for leaves, so
# `chain_w.grad` stays `None`: leave it that way (no `retain_grad()` on
# `chain_w`), and do not replace `chain_w` by a new tensor to get its
# gradient either, since that cuts it off from `chain_p`.
# ============================================================================

chain_p = torch.tensor([1.0], requires_grad=True)
chain_w = 10 * chain_p
chain_l = chain_w**2
chain_w.backward()
