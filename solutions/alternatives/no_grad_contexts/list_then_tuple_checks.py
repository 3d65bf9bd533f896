"""Results collected in a list and checked with asserts before being returned as a tuple."""

import torch


@torch.no_grad()
def untracked_double(t):
    return t * 2


def no_grad_variants(t):
    results = [t * 2]
    with torch.no_grad():
        results.append(t * 3)
    results.append(untracked_double(t))
    with torch.no_grad():
        assert not torch.is_grad_enabled()
        with torch.enable_grad():
            results.append(t * 3)
    assert [r.requires_grad for r in results] == [True, False, False, True]
    return tuple(results)
