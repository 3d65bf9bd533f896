"""anomaly_nan_source: control, the honest mistake of keeping str(err) after the real anomaly pass raised.

Tries: nothing; the work with one mistake (the author's message_string.py).

Fair verdict: 5 of 10 (everything but anomaly_error and the hidden tuple), as on main.
"""

import torch


def find_nan_gradient(x):
    out = (x * torch.sqrt(x)).sum()
    out.backward()
    plain = x.grad.clone()
    x.grad = None
    err = None
    with torch.autograd.detect_anomaly():
        out = (x * torch.sqrt(x)).sum()
        try:
            out.backward()
        except RuntimeError as e:
            err = str(e)
    return plain, err
