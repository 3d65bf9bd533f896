"""``grader validate``: every exercise is valid, fair, and catches its mistakes.

The work is :func:`grader.validate.validate`; the text, :mod:`grader.report.validation`.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from grader.config import Config
from grader.exitcodes import ExitCode
from grader.report.text import use_color
from grader.report.validation import render
from grader.validate import validate


def main(config: Config, *, only: list[str] | None = None, jobs: int = 0, out: TextIO = sys.stdout) -> ExitCode:
    jobs = jobs or config.workers or os.cpu_count() or 1
    report = validate(config, only=only, jobs=jobs)
    out.write(render(report, config.root, color=use_color(out)) + "\n")
    return ExitCode.OK if report.ok else ExitCode.FAILED
