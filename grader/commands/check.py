"""``grader check FILE``: a student's self-check (public checks only)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from grader.config import Config
from grader.errors import SubmissionError
from grader.exitcodes import ExitCode
from grader.grading import Item, open_grader, grade_items
from grader.report import jsonfile, text
from grader.sandbox import capabilities
from grader.submission import read_source


def main(config: Config, path: Path, *, only: list[str] | None = None, as_json: bool = False, out: TextIO = sys.stdout) -> ExitCode:
    try:
        read_source(path, config.limits)  # unreadable input is a usage error (exit 2), said up front
    except SubmissionError as exc:
        sys.stderr.write(f"grader check: {exc}\n")
        return ExitCode.USAGE
    g = open_grader(config, mode="check", only=only)
    # The sandbox on Linux; elsewhere (or with GRADER_RUNNER=portable) the portable runner, same verdicts.
    with capabilities.new_pool(1) as pool:
        [(_, result)] = list(grade_items([Item(key="0", path=path, grader=g)], pool=pool))
    if as_json:
        out.write(jsonfile.dumps(result) + "\n")
    else:
        out.write(text.render_submission(result, color=text.use_color(out)) + "\n")
    if result.status == "error":
        return ExitCode.FAILED
    return ExitCode.OK if all(e.status == "passed" for e in result.exercises) else ExitCode.FAILED
