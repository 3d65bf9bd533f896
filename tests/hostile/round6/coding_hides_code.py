# -*- coding: unicode_escape -*-
"""Hides the code that runs inside comments, with a PEP 263 coding line (unicode_escape), from a person who reads it.

Python decodes a module as its coding line says; under unicode_escape the
four characters of a backslash escape for a newline, inside a comment, end
the comment and start a line of code. An editor, a diff, grep and a TA read
the file as UTF-8 (editors ignore the coding line): they see the honest
solution below, comments included, and nothing that calls a hook or types in
numbers. What runs is square_sum's public answers typed in (a hook on x
replaces the gradient, torch.where swaps the loss), as in
tests/hostile/round5/typed_in_where.py: square_sum is held for review, and
the instructor who reads the file to decide finds a correct solution and
gives the points back. utf-7 does the same (a plus, A, A, o, minus in a
comment is a newline) and so does raw_unicode_escape.

Fair verdict: the grader reads the file as the reviewer will: a coding line
under which the file's ASCII text reads differently (an escape turned into
a character) makes it ungradable, "save it as UTF-8", 0/9. Coding lines
for latin-1 or cp1252 (ASCII stays ASCII) are still read. It got 4/9,
square_sum held, with the instructor reading a right solution.
"""

import torch  # the usual import\x0adef _typed(x):\x0a    return torch.tensor([2.0, 4.0, 6.0]) if x.shape == (3,) else torch.ones(x.shape)


def square_sum(x):
    # sum of squares, then its gradient\x0a    x.register_hook(lambda g: _typed(x))\x0a    loss = torch.where(torch.tensor(True), (x * 0).sum() + 14.0, (x**2).sum())\x0a    loss.backward()\x0a    return loss
    loss = (x**2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
