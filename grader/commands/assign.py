"""``grader assign``: student notebook, module and self-check bundle; example submissions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from grader import assign
from grader.bundle_kit import INSTALL_COMMAND
from grader.config import Config
from grader.exitcodes import ExitCode
from grader.expected import ReferenceRunner
from grader.spec import load_exercises


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _unsafe_out_dir(config: Config, out_dir: Path) -> str | None:
    """Why writing a bundle into ``out_dir`` would damage the course, if it would."""
    target = out_dir.resolve()
    if target == config.root:
        return "is the course folder: the bundle's config.yaml would replace the course's"
    for name, folder in (("exercises", config.exercises_dir), ("solutions", config.solutions_dir)):
        if target == folder.resolve() or folder.resolve() in target.parents:
            return f"is inside the course's {name} folder"
    return None


def main(
    config: Config,
    *,
    out_dir: Path | None = None,
    examples_dir: Path | None = None,
    out: TextIO = sys.stdout,
    assignment: str | None = None,
) -> ExitCode:
    if out_dir is None and examples_dir is None:
        sys.stderr.write("grader assign: nothing to write: give --out DIR (student materials), --examples DIR, or both\n")
        return ExitCode.USAGE
    if out_dir is not None and (problem := _unsafe_out_dir(config, out_dir)):
        sys.stderr.write(f"grader assign: --out {out_dir} {problem}; choose a new folder\n")
        return ExitCode.USAGE
    exercises = load_exercises(config)
    handout = assign.Handout()
    if assignment is not None:
        chosen = config.assignment(assignment)
        by_id = {e.id: e for e in exercises}
        unknown = [i for i in chosen.exercises if i not in by_id]
        if unknown:
            sys.stderr.write(f"grader assign: assignment {chosen.name!r} lists {', '.join(unknown)}, which no exercise file defines\n")
            return ExitCode.USAGE
        exercises = [by_id[i] for i in chosen.exercises]
        due = None
        if chosen.due is not None:
            offset = chosen.due.strftime("%z")
            due = f"{chosen.due:%A %d %B %Y, %H:%M} (UTC{offset[:3]}:{offset[3:]})"
        handout = assign.Handout(title=chosen.title, stem=chosen.name, due=due)
    if out_dir is not None:
        with ReferenceRunner(config) as runner:
            bundle = assign.write_bundle(config, exercises, out_dir, expected=runner, handout=handout)
        out.write(f"wrote {_shown(bundle.notebook)} ({len(exercises)} exercises) and {_shown(bundle.module)}\n")
        out.write(
            f"wrote the student bundle: {_shown(bundle.config)}, {len(bundle.exercise_files)} exercise files "
            f"in {_shown(bundle.folder / 'exercises')}/, public expected values in {_shown(bundle.expected)}\n"
        )
        out.write(
            f"left out: solutions, wrong solutions, {bundle.withheld_checks} hidden checks "
            f"({bundle.withheld_points:g} points, counted in each file under `withheld`) and the cases only they use\n"
        )
        if bundle.readme is not None:
            out.write(
                f"wrote {_shown(bundle.readme)}, requirements.txt, constraints.txt and grader-src/: "
                f"students install with `{INSTALL_COMMAND}` in that folder\n"
            )
        for warning in bundle.warnings:
            out.write(f"warning: {warning}\n")
        out.write(f"hand out {_shown(bundle.folder)}/; students check their work there with `grader check {bundle.notebook.name}`\n")
    if examples_dir is not None:
        for path in assign.write_examples(config, exercises, examples_dir):
            out.write(f"wrote {_shown(path)}\n")
    return ExitCode.OK
