"""mean_square_grad: a forged result of 16 MiB of empty JSON lists, for the grader's own process, in a batch.

Tries: the results budget (limits.results_mb, 16 MiB) bounds the text a job sends back, and round 13 measured the
grader's process at about eight times the text of a result of floats. A forger (code that finds the task in the
calling frames and writes its own end-of-task line, ``tests/corpus/submissions/forge_observation_and_exit.py``)
sends text that costs far more once decoded: ``[[],[],...]``, three characters per list, 80 bytes per list in the
grader's process (the observation is decoded whole before a field is checked). One task, just under the budget.

Fair verdict: a forged record is an error that needs review, 0 of 9, and nobody else's grade changes (graded in a
batch of three at -j 2 by tests/test_hostile_round15.py). Measured, not stopped: the grader's process peaks at
about 470 MB while it decodes this one result (VmHWM 473 MB alone, 519 MB for a batch of five with two of these at
-j 2, against 27 MB for an honest file); the peak does not add up across a batch, each result being freed before
the next is decoded. An honest result's worst is about 16 times its text ({"kind": "none"} items), so the budget
bounds both; lowering results_mb bounds them further.
"""

import os
import sys


def mean_square_grad(x):
    frame = sys._getframe()
    while frame is not None and not (isinstance(frame.f_locals.get("task"), dict) and "id" in frame.f_locals["task"]):
        frame = frame.f_back
    task = frame.f_locals["task"]
    junk = b"[" + b"[]," * (((16 << 20) - 4096) // 3 - 10) + b"[]]"
    line = b'{"ev":"task_end","task":"' + task["id"].encode() + b'","observation":{"status":"returned","junk":' + junk + b"}}\n"
    for fd in range(3, 64):
        try:
            os.write(fd, line)
        except OSError:
            pass
    os._exit(0)
