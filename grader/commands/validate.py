"""``grader validate``: every exercise is valid, fair, and catches its mistakes.

The work is :func:`grader.validate.validate`; the text, :mod:`grader.report.validation`.

With ``draws`` above one, the course is validated again under fresh keys for its hidden cases: which inputs a
course's secret draws must not decide whether an exercise is fair (a hint right under one draw named the wrong mistake
under another, a clipped row that happened to hold one value). Each extra draw prints its key, so ``key`` repeats it.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import sys
from typing import TextIO

from grader.config import Config
from grader.exitcodes import ExitCode
from grader.report.text import use_color
from grader.report.validation import render
from grader.validate import validate


def main(
    config: Config, *, only: list[str] | None = None, jobs: int = 0, draws: int = 1, key: str | None = None, out: TextIO = sys.stdout
) -> ExitCode:
    """Validate under the course's key (or ``key``), then under ``draws - 1`` fresh ones; fail if any draw fails."""
    jobs = jobs or config.workers or os.cpu_count() or 1
    keys = [key] + [secrets.token_hex(16) for _ in range(draws - 1)]
    ok = True
    for n, drawn in enumerate(keys, start=1):
        cfg = config if drawn is None else dataclasses.replace(config, hidden_seed=drawn)
        report = validate(cfg, only=only, jobs=jobs)
        ok = ok and report.ok
        if n > 1:
            out.write(f"\ndraw {n} of {len(keys)}: hidden cases under --key {drawn}\n")
        # Past the first draw, only what broke: the rest was printed once already.
        out.write(render(report, config.root, color=use_color(out), broken_only=n > 1) + "\n")
    return ExitCode.OK if ok else ExitCode.FAILED
