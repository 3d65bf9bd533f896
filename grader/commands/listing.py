"""``grader list``: the exercises with their points."""

from __future__ import annotations

import sys
from typing import TextIO

from grader.config import Config
from grader.exitcodes import ExitCode
from grader.spec import load_exercises


def main(config: Config, *, out: TextIO = sys.stdout) -> ExitCode:
    exercises = load_exercises(config)
    width = max((len(e.id) for e in exercises), default=2)
    out.write(f"{'id'.ljust(width)}  points  public  hidden  title\n")
    for ex in exercises:
        public = sum(1 for c in ex.checks if c.visibility == "public")
        hidden = len(ex.checks) - public
        out.write(f"{ex.id.ljust(width)}  {ex.points:>6g}  {public:>6}  {hidden:>6}  {ex.title}\n")
    total = sum(e.points for e in exercises)
    out.write(f"{len(exercises)} exercises, {total:g} points\n")
    return ExitCode.OK
