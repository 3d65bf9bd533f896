"""Puts lone surrogates (chr(0xD800), chr(0xDC80)) in what it prints and in the message of what it raises.

No UTF-8 file or SQLite text takes a lone surrogate. The child's channel
escapes it (JSON, ASCII only) and the grader decodes it back into the result;
the sanitizer left it there (it is no control character), and the gradebook's
save raised UnicodeEncodeError: `grader grade` stopped at this submission,
nobody after it graded and nothing exported. A file name holding a byte that
is not UTF-8 (decoded with surrogateescape, as every path is) did the same
through the student id taken from it (tested with a copy of a correct file).

Fair verdict: square_sum fails (it raises), triple and mean_item pass: 4/9;
the surrogates are shown as escapes (\\udc80) and the batch, its gradebook and
its exports carry on.
"""

print("lone " + chr(0xD800) + " surrogate")


def square_sum(x):
    raise ValueError("bad " + chr(0xDC80))


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
