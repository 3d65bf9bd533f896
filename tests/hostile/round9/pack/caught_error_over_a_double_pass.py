"""mean_square_grad with two backward passes where one was asked, and a third, through the freed graph, caught.

Tries: the child counts backward passes that raised inside the call (``autograd_failed``); where there were any,
the hints on x.grad and on x's count of passes said only "a backward pass raised an error that your code caught
... so x got nothing from it", alone (``hints.caught_backward_error``). A pass that fails on purpose costs
nothing, and hid every other hint: here x.grad is twice the right one and x was reached twice, which a pass that
filled nothing in cannot explain (an honest student with both mistakes was told only of the one that changed
nothing).

Fair verdict: the score of the double pass (4/9: out's checks, and x left alone beside a x.grad the hints
recognise as doubled by the second pass); the hints on x.grad and x.backward_calls name the
second pass (``accumulation``, ``backward_count``), the caught error after them.
"""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    out.backward(retain_graph=True)
    out.backward()
    try:
        out.backward()  # the graph is freed now: this raises, and is caught
    except RuntimeError:
        pass
    return out
