"""The forked child's main loop: run the cells, then the tasks it is sent, in order.

The child runs the submission's cells in one namespace
(:mod:`grader.sandbox.cells`), then runs the tasks the supervisor sends, in
order (a few arrive ahead of time, so that it never waits between two
calls). For each task it calls the student's function (or reads the
notebook's variables) with :mod:`grader.calling`, checks that the grader's
own code was not changed (:mod:`grader.sandbox.tamper`), and sends the
description back as one JSON line (:mod:`grader.sandbox.channel`). It never
sees expected values or checks. Importing this module does nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, NoReturn

import torch

from grader import observe
from grader.calling import UNDER_GRADER_ENV, run_task
from grader.sandbox import hiding as hiding_mod
from grader.sandbox.cells import fresh_namespace, run_cells
from grader.sandbox.channel import Channel
from grader.sandbox.outcomes import FAULT_EXIT
from grader.sandbox.tamper import Snapshot, snapshot, tampered

_exit = os._exit


def child_main(
    job: dict[str, Any],
    skip: set[int],
    channel: Channel,
    *,
    pristine: Snapshot,
    hiding: hiding_mod.Hiding | None = None,
    prepared: Mapping[tuple[str, str], tuple[dict[str, Any], Any]] | None = None,
) -> NoReturn:
    """Entry point after fork, once fds and limits are in place. Never returns.

    ``pristine`` is the worker's snapshot of the grader's modules
    (:func:`grader.sandbox.tamper.snapshot`), ``hiding`` the import paths to
    drop and ``prepared`` the inputs built before the fork, all worked out
    in the worker.
    """
    # Bound as locals before student code runs: rebinding the module's names later changes nothing here.
    send, result, receive, run = channel.send, channel.send_result, channel.receive, run_task
    check = tampered
    # The check is a Python function whose code and defaults student code can swap (to a check that finds nothing):
    # this frame, which student code cannot change, holds the originals and compares them before each use.
    check_code, check_defaults = check.__code__, check.__defaults__
    swapped = ("grader.sandbox.tamper.tampered (the check itself)",)
    try:
        # `from grader import check` in a graded notebook does nothing.
        os.environ[UNDER_GRADER_ENV] = "1"
        if hiding is None:
            hiding = hiding_mod.plan(list(job.get("hide", [])))
        hiding_mod.hide_course_paths(hiding, list(job.get("refuse_imports", [])))
        torch.set_num_threads(1)  # a forked child can hang in the parent's thread pool otherwise
        watch = observe.AutogradWatch()
        watch.install()
        # Unseeded student randomness is at least repeatable. The CPU generator is all a child has:
        # torch.manual_seed would also queue the seeding of every GPU backend, capturing a stack trace.
        torch.default_generator.manual_seed(0)
        # The channel exists only now: its attributes join what the tamper check compares.
        pristine = (*pristine, *snapshot([("the grader's channel", vars(channel))]))
        namespace = fresh_namespace(job["source"]["filename"])
        max_elements = int(job["limits"]["max_tensor_elements"])
        files = run_cells(job["source"], skip, channel, namespace)
        watch.failed_loading = watch.failed
        watch.errors_loading = list(watch.errors)
        if changed := (check(pristine) if check.__code__ is check_code and check.__defaults__ is check_defaults else swapped):
            send({"ev": "tampered", "names": changed})
        send({"ev": "loaded"})
        while True:
            message = receive()
            if message.get("op") != "task":
                break
            task = message["task"]
            observation = run(task, namespace, files, max_elements, watch=watch, prepared=prepared)
            if changed := (check(pristine) if check.__code__ is check_code and check.__defaults__ is check_defaults else swapped):
                send({"ev": "tampered", "names": changed})
            result(task["id"], observation)
        send({"ev": "done"})
    except BaseException as exc:  # a bug of ours, or student code sabotaging the child
        try:
            channel.send({"ev": "fault", "detail": f"{type(exc).__name__}: {exc}"[:500]})
        except BaseException:
            pass
        _exit(FAULT_EXIT)
    _exit(0)
