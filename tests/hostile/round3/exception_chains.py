"""Exceptions whose chains and tracebacks are built to exhaust what describes them.

triple raises an exception at the end of a 100,000-long chain of causes and
contexts; mean_item raises from 900 nested calls through a generator and a
lambda. Describing them (the line quoted, who raised it) must neither recurse
past Python's limit nor take long. Fair verdict: square_sum passes, triple and
mean_item fail with words, 5 of 9. (traceback's own formatting walks the whole chain
first, for minutes: the grader formats the last exception alone.)
"""


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    exc = ValueError("root")
    for i in range(100_000):
        nxt = KeyError(i)
        nxt.__cause__ = exc
        nxt.__context__ = exc
        exc = nxt
    raise exc


def _down(n):
    if n == 0:
        raise RuntimeError("bottom")
    return next(iter((lambda: _down(n - 1))() for _ in [0]))


def mean_item(x):
    return _down(900)
