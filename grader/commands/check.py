"""``grader check FILE``: a student's self-check (public checks only).

A check is one submission on one worker, so its latency is the worker's
start (importing torch, warming what the checked exercises use) plus one
child's run. The worker is started first, and everything else (loading the
grading modules, the exercises, the expected values, reading the file)
happens while it imports torch.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from grader.config import Config
from grader.errors import SubmissionError
from grader.exitcodes import ExitCode
from grader.sandbox import capabilities, warmup
from grader.sandbox.options import WorkerOptions
from grader.submission import read_source


def main(config: Config, path: Path, *, only: list[str] | None = None, as_json: bool = False, out: TextIO = sys.stdout) -> ExitCode:
    try:
        read_source(path, config.limits)  # unreadable input is a usage error (exit 2), said up front
    except SubmissionError as exc:
        sys.stderr.write(f"grader check: {exc}\n")
        return ExitCode.USAGE
    needs = warmup.needs_of_course(config.exercises_dir, config.solutions_dir, only)
    # The sandbox on Linux; elsewhere (or with GRADER_RUNNER=portable) the portable runner, same verdicts.
    with capabilities.new_pool(1, WorkerOptions(warm=needs)) as pool:
        # No student job is sent before open_grader returns, so a reference
        # run (on a cold cache) still ends before any student code starts.
        pool.spawn(1)
        # Imported after the worker started: these take a tenth of a second that the worker's start hides.
        from grader.batch import Item, grade_items
        from grader.grading import open_grader
        from grader.report import jsonfile, text

        g = open_grader(config, mode="check", only=only)
        [(_, result)] = list(grade_items([Item(key="0", path=path, grader=g)], pool=pool))
    if as_json:
        out.write(jsonfile.dumps(result) + "\n")
    else:
        out.write(text.render_submission(result, color=text.use_color(out)) + "\n")
    if result.status == "error":
        return ExitCode.FAILED
    return ExitCode.OK if all(e.status == "passed" for e in result.exercises) else ExitCode.FAILED
