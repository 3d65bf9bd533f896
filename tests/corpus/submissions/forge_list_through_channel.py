"""Forges a list result through the channel instance: an empty items list that claims the right length.

The red team's forged list (issue #12): compare used to check only `length`, the protocol allowed fewer
items than that, and the tamper check did not watch the channel's instance attributes.
"""
import gc

import torch


def _channel():
    for obj in gc.get_objects():
        if type(obj).__name__ == "Channel" and hasattr(obj, "event_fd"):
            return obj
    return None


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    channel = _channel()
    if channel is not None:
        real = channel.send_result

        def forged(task_id, observation):
            if observation.get("returned", {}).get("kind") == "tensor":
                observation["returned"] = {"kind": "list", "items": [], "length": 3}
            return real(task_id, observation)

        channel.send_result = forged  # an instance attribute, shadowing the class's method
    return 3 * x


def mean_item(x):
    return x.mean().item()
