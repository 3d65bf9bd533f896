"""Tries: mean_square_grad done right on the public cases; on a hidden case (any shape but the public 2x2 and
2x3) it finds the child's channel (``gc``) and writes one line on it, ``{"ev": "<the hidden input, spelled>"}``. The
supervisor refuses it, as it should, and the whole submission is an error that needs review; but its words quote
the event's name ("an unexpected 'x=[...]' message while task"), and they become the result's message, which
every student view shows (Gradescope's top-level output with hidden checks hidden, feedback pages, the release
zip): the whole hidden input, every number of it, in one upload. A ``fault`` event's detail, and the names a
``tampered`` event lists, are quoted the same way.

Fair verdict: 0 (an error that needs review), and nothing of the hidden input in anything a student sees.
"""

import gc
import json
import os


def mean_square_grad(x):
    if tuple(x.shape) not in ((2, 2), (2, 3)):
        spelled = "x=" + ",".join(f"{v:.6g}" for v in x.detach().reshape(-1).tolist())
        for obj in gc.get_objects():
            if type(obj).__name__ == "Channel" and hasattr(obj, "event_fd"):
                os.write(obj.event_fd, (json.dumps({"ev": spelled}) + "\n").encode("ascii"))
                break
    out = (3 * (x + 2) ** 2).mean()
    out.backward()
    return out
