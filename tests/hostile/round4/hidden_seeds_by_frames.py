"""Reads every hidden case's seed from the worker's job, through frames, and raises it on a public case.

A hidden case's task reaches the child only when the case runs, but the
child is a copy of its worker, which holds the whole job: three lines of
frame walking (no memory scan) find the ``Supervisor`` and its tasks, hidden
seeds included. triple raises them on its public case, whose feedback quotes
the message: a student reads the seeds, rebuilds the hidden inputs and, in a
later submission, types in answers for them. Not stopped (docs/threat-model.md,
"What the worker's memory holds"): the hidden case's own inputs can be
printed or spelled out when it runs anyway, so keep hidden feedback and
captured output from students where that matters.

Fair verdict: 8/9 (triple's public check fails: it raises there) and no
hidden seed in any feedback. The seeds are in triple's public feedback.
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
