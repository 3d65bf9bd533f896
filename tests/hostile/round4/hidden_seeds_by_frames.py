"""Reads every hidden case's seed from the worker's job, through frames, and raises it on a public case.

A hidden case's task reached the child only when the case ran, but the
child is a copy of its worker, which held the whole job: three lines of
frame walking (no memory scan) found the ``Supervisor`` and its tasks,
hidden seeds included, and triple raised them on its public case, whose
feedback quotes the message: a student read the seeds, rebuilt the hidden
inputs and could type in answers for them in a later submission. Now the
worker holds a hidden task by its id alone; its line, seeds included, goes
from a memory file into the child's pipe when the case runs, never through
the worker's memory (grader.sandbox.worker.frame).

Fair verdict: 8/9 (triple's public check fails: it raises there) and no
hidden seed in any feedback.
"""

import json
import sys


def _hidden_tasks():
    found = []
    frame = sys._getframe()
    while frame is not None:
        for value in list(frame.f_locals.values()):
            for task in getattr(value, "tasks", None) or []:
                if isinstance(task, dict) and task.get("hidden"):
                    found.append({"id": task["id"], "args": task.get("args")})
        frame = frame.f_back
    return found


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    if x.tolist() == [1.0, -2.0]:
        raise ValueError("hidden tasks: " + json.dumps(_hidden_tasks()))
    return 3 * x


def mean_item(x):
    return x.mean().item()
