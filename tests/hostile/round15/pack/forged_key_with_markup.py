"""mean_square_grad: a forged result with an extra key made of markup, terminal escapes and a spreadsheet formula.

Tries: the strict parse names the unexpected keys of a forged observation in the submission's error ("unexpected
[...]"), and that message reaches the terminal, the gradebook and every export (grades.csv's reason, summary.html,
the feedback pages, Gradescope's results). The key holds ``</td><script>``, ESC sequences (clear screen, a window
title), a carriage return and a newline, ``=HYPERLINK(...)`` and a right-to-left override: JSON escapes
(``\\u001b``) pass the supervisor's printable-ASCII filter and decode to the characters themselves.

Fair verdict: an error that needs review, 0 of 9; no raw control character in the result (the batch's clean_record),
the markup escaped in the HTML, the reason cell quoted (it starts with the grader's words), and the batch's other
students graded as ever (checked by tests/test_hostile_round15.py; the exports by hand, unchanged).
"""

import json
import os
import sys


def mean_square_grad(x):
    frame = sys._getframe()
    while frame is not None and not (isinstance(frame.f_locals.get("task"), dict) and "id" in frame.f_locals["task"]):
        frame = frame.f_back
    task = frame.f_locals["task"]
    key = '</td><script>alert(1)</script>\u001b[2J\u001b]0;pwned\u0007\r\n=HYPERLINK("http://evil")\u202e'
    obs = {"status": "returned", "returned": {"kind": "none"}, "raised": None, "inputs": {"x": {"kind": "none"}}, "seconds": 0.0, key: 1}
    line = ('{"ev":"task_end","task":"' + task["id"] + '","observation":' + json.dumps(obs) + "}\n").encode()
    for fd in range(3, 64):
        try:
            os.write(fd, line)
        except OSError:
            pass
    os._exit(0)
