"""Solutions found by location: correct alternatives and wrong solutions.

Each exercise has its own folder of correct alternatives,
``solutions/alternatives/<exercise id>/``; every ``.py`` file in it is a
complete, correct answer written another way (a different but equivalent
formula, an optimizer instead of a manual update, ``torch.mean`` instead of
``.mean()``...). ``grader validate`` requires full marks, hidden checks
included, for each one.

Its wrong solutions live in ``solutions/wrong/<exercise id>/``: each ``.py``
file is a mistake students really make, and says in the last paragraph of its
module docstring which checks it must fail and what the feedback must say::

    \"\"\"Wrong: sum where the exercise asks for a mean.

    fails: out_value, x_grad
    diagnosis: sum where a mean
    \"\"\"

Neither kind is listed in the exercise file: adding a file is enough.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from grader.config import Config
from grader.errors import ExerciseError
from grader.exercise_schema import WRONG_SOLUTION
from grader.hints import MISTAKES
from grader.spec import Exercise, Mistake

MIN_ALTERNATIVES = 3
"""Fewer than this many correct alternatives is a problem: one style passing proves little about fairness."""

FOLDER = "alternatives"
"""The folder under ``solutions/`` that holds one folder of alternatives per exercise."""

WRONG_FOLDER = "wrong"
"""The folder under ``solutions/`` that holds one folder of wrong solutions per exercise."""

_FIELD = re.compile(r"^([a-z_]+):\s*(.*?)\s*$")


def alternatives_folder(config: Config, exercise_id: str) -> Path:
    """Where an exercise's alternatives live: ``solutions/alternatives/<id>/``."""
    return config.solutions_dir / FOLDER / exercise_id


def _python_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".py" and p.is_file())


def alternative_files(config: Config, exercise_id: str) -> list[Path]:
    """An exercise's correct alternatives, sorted by name (none when its folder does not exist)."""
    return _python_files(alternatives_folder(config, exercise_id))


def wrong_folder(config: Config, exercise_id: str) -> Path:
    """Where an exercise's wrong solutions live: ``solutions/wrong/<id>/``."""
    return config.solutions_dir / WRONG_FOLDER / exercise_id


def wrong_solutions(config: Config, exercise: Exercise) -> list[Mistake]:
    """An exercise's wrong solutions, sorted by file name; a docstring that does not say what they fail raises :class:`ExerciseError`."""
    found = [read_wrong_solution(path, exercise, shown=_shown(path, config)) for path in _python_files(wrong_folder(config, exercise.id))]
    examples = [m.file.name for m in found if m.example]
    if len(examples) > 1:
        raise ExerciseError(
            _shown(wrong_folder(config, exercise.id), config), "example", f"only one wrong solution can be the example, found {', '.join(examples)}"
        )
    return found


def example_mistake(mistakes: list[Mistake]) -> Mistake | None:
    """The wrong solution ``grader assign --examples`` shows: the one marked ``example: true``, else the first."""
    return next((m for m in mistakes if m.example), mistakes[0] if mistakes else None)


def read_wrong_solution(path: Path, exercise: Exercise, *, shown: str | None = None) -> Mistake:
    """A wrong solution, with the fields of its docstring's last paragraph (:data:`grader.exercise_schema.WRONG_SOLUTION`)."""
    where = shown or str(path)

    def fail(key: str, problem: str) -> ExerciseError:
        return ExerciseError(where, key, problem)

    try:
        text = path.read_text(encoding="utf-8")
        docstring = ast.get_docstring(ast.parse(text, filename=str(path)), clean=True)
    except (OSError, UnicodeDecodeError) as exc:
        raise fail("", f"cannot read: {exc}") from exc
    except SyntaxError as exc:
        raise fail("", f"line {exc.lineno}: not valid Python: {exc.msg}") from exc
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", docstring or "") if p.strip()]
    if not paragraphs or not _FIELD.match(paragraphs[-1].splitlines()[0]):
        raise fail("", "the module docstring must end with a paragraph of fields: `fails: <checks>` (and `diagnosis: <regex>`)")
    fields: dict[str, str] = {}
    for line in paragraphs[-1].splitlines():
        match = _FIELD.match(line.strip())
        if match is None or match.group(1) not in WRONG_SOLUTION.names:
            raise fail(line.split(":")[0].strip(), f"unknown field (allowed: {', '.join(WRONG_SOLUTION.names)})")
        if match.group(1) in fields:
            raise fail(match.group(1), "given twice")
        fields[match.group(1)] = match.group(2)
    names = [c.name for c in exercise.checks]
    fails = [f.strip() for f in fields.get("fails", "").split(",") if f.strip()]
    if not fails:
        raise fail("fails", "must name at least one check the mistake fails")
    for name in fails:
        if name not in names:
            raise fail("fails", f"unknown check {name!r} (checks of {exercise.id}: {', '.join(names)})")
    diagnosis = fields.get("diagnosis") or None
    if diagnosis is not None:
        try:
            re.compile(diagnosis)
        except re.error as exc:
            raise fail("diagnosis", f"not a valid regular expression: {exc}") from exc
    example = fields.get("example", "false")
    if example not in ("true", "false"):
        raise fail("example", f"expected true or false, found {example!r}")
    mistakes = tuple(t.strip() for t in fields.get("mistakes", "").split(",") if t.strip())
    for tag in mistakes:
        if tag not in MISTAKES:
            raise fail("mistakes", f"unknown tag {tag!r} (tags: {', '.join(MISTAKES)})")
    # Without `description:`, the docstring's first line says what the mistake is.
    description = fields.get("description") or (paragraphs[0].splitlines()[0] if len(paragraphs) > 1 else "")
    if not description:
        raise fail("description", "missing: give the mistake in words, as the docstring's first line or as `description:`")
    return Mistake(file=path, fails=tuple(fails), diagnosis=diagnosis, description=description, example=example == "true", mistakes=mistakes)


def _shown(path: Path, config: Config) -> str:
    try:
        return str(path.resolve().relative_to(config.root))
    except ValueError:
        return str(path)
