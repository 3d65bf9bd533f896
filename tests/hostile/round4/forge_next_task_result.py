"""Forges, during square_sum's call, a perfect result for triple's public task, sent ahead but not yet run.

A few tasks are sent ahead, so the child knows the next task's id while the
current one runs. In square_sum's public call this submission writes, on its
event pipe and in the child's own layout, a result line for ``triple/small``
holding the right answer, then returns. The supervisor takes a result only
for the task in flight: a line for another task is a protocol violation, and
the real result of square_sum after it can no longer match either.

Fair verdict: an error that needs review, 0 points.
"""

import os
import stat


def _event_fd():
    """The child's event pipe: its one write-only pipe past stdout and stderr."""
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        try:
            mode = os.fstat(fd).st_mode
            with open(f"/proc/self/fdinfo/{fd}") as fh:
                flags = int(fh.read().split("flags:")[1].split()[0], 8)
        except (OSError, IndexError, ValueError):
            continue
        if stat.S_ISFIFO(mode) and fd > 2 and flags & os.O_ACCMODE == os.O_WRONLY:
            return fd
    return None


FORGED = (
    b'{"ev":"task_end","task":"triple/small","observation":{"status":"returned","returned":{"kind":"tensor","class":"Tensor",'
    b'"dtype":"float32","shape":[2],"data":[3.0,-6.0],"note":null,"requires_grad":false,"is_leaf":true,"retains_grad":false,'
    b'"grad_fn":null,"grad":null,"backward_calls":null,"accumulated":null,"changed":null,"optimizer_steps":null,'
    b'"under_no_grad":null,"alias":null},"raised":null,"inputs":{},"autograd_runs":0,"forward_duals":0,"accumulations":0,'
    b'"seconds":0.0}}\n'
)


def square_sum(x):
    fd = _event_fd()
    if fd is not None and x.tolist() == [1.0, 2.0, 3.0]:
        os.write(fd, FORGED)
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 0 * x


def mean_item(x):
    return x.mean().item()
