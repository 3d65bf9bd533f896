"""``grader list``: the exercises with their topic and points, a topic's exercises together."""

from __future__ import annotations

import sys
from typing import TextIO

from grader.config import Config
from grader.exitcodes import ExitCode
from grader.spec import load_exercises
from grader.topics import in_topic_order


def main(config: Config, *, out: TextIO = sys.stdout) -> ExitCode:
    exercises = in_topic_order(load_exercises(config), lambda e: e.topic)
    width = max((len(e.id) for e in exercises), default=2)
    topic_width = max((len(e.topic or "") for e in exercises), default=5)
    out.write(f"{'id'.ljust(width)}  points  public  hidden  {'topic'.ljust(topic_width)}  title\n")
    total = 0.0
    for ex in exercises:
        public = sum(1 for c in ex.checks if c.visibility == "public")
        # In a student bundle the hidden checks are withheld but still counted.
        points = ex.points + (ex.withheld.points if ex.withheld else 0.0)
        total += points
        out.write(f"{ex.id.ljust(width)}  {points:>6g}  {public:>6}  {ex.hidden_count:>6}  {(ex.topic or '').ljust(topic_width)}  {ex.title}\n")
    out.write(f"{len(exercises)} exercises, {total:g} points\n")
    return ExitCode.OK
