"""An honest answer handed in as ``_alice.py`` in a batch where alice hands in ``alice.py``.

Tries: per-student exports (the feedback release's ``<student>.html``, the feedback folder, Gradescope's
``<student>/results.json``) are named by a safe stem of the id, made unique in the order the ids are asked for,
which is sorted: ``_alice`` (stem ``alice``: the underscore is stripped) sorts before ``alice`` and took
``alice.html``; alice got ``alice-2.html``. The page named for alice, which the instructor hands to alice or which a
platform matches to her by name, was this student's, and alice's own went under a name that is nobody's.

Fair verdict: 9 of 9 (the answers are right), under a name that is not alice's: ``alice.html`` is alice's page.
"""


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
