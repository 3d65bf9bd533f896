"""Tries: mean_square_grad done right on the public cases; on a hidden case (any shape but the public 2x2 and
2x3) it finds the child's channel and the task in flight (``gc``, the calling frames) and sends that task's result
itself, in the child's own layout, with a status spelled from the hidden input. The supervisor passes a result on
undecoded, as it should; the grader's parser refuses the status, and the submission is an error that needs review;
but the parser's words quoted the status ("unknown status 'x=...'"), and they become the result's message, which
every student view shows (Gradescope's top-level output with hidden checks hidden): the whole hidden input in one
upload. Keys it does not know, a parameter's name, and the counts of lists and objects in a result were quoted the
same way.

Fair verdict: 0 (an error that needs review), and nothing of the hidden input in anything a student sees.
"""

import gc
import sys


def mean_square_grad(x):
    if tuple(x.shape) not in ((2, 2), (2, 3)):
        spelled = "x=" + ",".join(f"{v:.6g}" for v in x.detach().reshape(-1).tolist())
        frame, task_id = sys._getframe(1), None
        while frame is not None and task_id is None:
            for value in frame.f_locals.values():
                if isinstance(value, dict) and isinstance(value.get("id"), str) and value["id"].startswith("mean_square_grad/"):
                    task_id = value["id"]
            frame = frame.f_back
        for obj in gc.get_objects():
            if type(obj).__name__ == "Channel" and hasattr(obj, "send_result") and task_id is not None:
                obj.send_result(task_id, {"status": spelled, "seconds": 0.0})
                break
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out
