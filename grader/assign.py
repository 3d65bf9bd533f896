"""Student materials written from the exercise files (``grader assign``).

Three things come out of one course:

- the student notebook and module: the exercises grouped by topic (a
  heading per topic in the notebook), per exercise the title, the prompt, a
  starter (the exercise's ``starter:``, else a stub that is reported as "not
  implemented yet") and, in the notebook, a self-check cell;
- a student bundle: a ``config.yaml`` without solutions, the exercise files
  without anything hidden (:func:`student_spec`), and the expected values of
  the public cases only, so ``grader check`` works on a student's machine
  with nothing secret on it;
- the example submissions: the same notebook and module filled in with every
  reference solution (full marks) or with each exercise's example wrong
  solution (points lost everywhere).
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import yaml

from grader.alternatives import example_mistake, wrong_solutions
from grader.bundle_kit import INSTALL_COMMAND, README, write_kit
from grader.config import Config, load_config
from grader.errors import ExerciseError
from grader.expected import ExpectedSource, FrozenExpected, freeze, torch_version
from grader.spec import Check, Exercise, load_exercises
from grader.topics import by_topic, in_topic_order

NOTEBOOK_NAME = "autograd_exercises.ipynb"
MODULE_NAME = "autograd_exercises.py"
EXPECTED_NAME = "expected.json"
EXAMPLE_NAMES = (
    "correct_notebook/autograd_exercises.ipynb",
    "correct_module/autograd_exercises.py",
    "wrong_notebook/autograd_exercises.ipynb",
    "wrong_module/autograd_exercises.py",
)
"""Example submissions, one folder per (pretend) student: ``submissions/<student>/<file>``
is a layout the default student-id patterns read."""

# Keys a student's copy of an exercise file leaves out: solutions, wrong
# solutions, the author's points total (the checks keep their own points), and
# the mutants declared equivalent (their ids and reasons describe the solution).
_AUTHOR_ONLY_KEYS = ("reference", "points", "equivalent")

_BUNDLE_EXERCISE_HEADER = (
    "# Student copy written by `grader assign`: the public checks and the cases they use.\n"
    "# Hidden checks run when your work is graded; `withheld` only counts them.\n"
)


@dataclass(frozen=True)
class Answer:
    """A solution file cut up for a filled-in example."""

    source: Path
    """The solution file."""
    imports: tuple[str, ...]
    """Its leading import statements (moved to the top of the example)."""
    code: str
    """The rest of it, without the module docstring."""


@dataclass(frozen=True)
class Bundle:
    """What :func:`write_bundle` wrote."""

    folder: Path
    """The bundle folder (hand this out)."""
    notebook: Path
    """The student notebook."""
    module: Path
    """The student module skeleton."""
    config: Path
    """The bundle's config.yaml (no solutions folder, frozen expected values)."""
    exercise_files: tuple[Path, ...]
    """The student copies of the exercise files."""
    expected: Path
    """Expected observations of the public cases."""
    withheld_checks: int
    """Hidden checks left out of the bundle (they run at grading)."""
    withheld_points: float
    """Their points."""
    warnings: tuple[str, ...]
    """Hidden checks whose expected values ship anyway (they run on a public case)."""
    readme: Path | None = None
    """How to install and check (:mod:`grader.bundle_kit`)."""
    requirements: Path | None = None
    """The one-command install: requirements.txt (with constraints.txt next to it)."""


# -- stubs and layout ------------------------------------------------------------


def stub(ex: Exercise) -> str:
    """The starter code of one exercise: the author's, else one generated from the signature."""
    if ex.starter:
        return ex.starter.rstrip("\n")
    if ex.function is not None:
        return (
            f"def {ex.function.signature}:\n"
            "    # Write your code here, then delete the next line (it marks the exercise as not done).\n"
            "    raise NotImplementedError"
        )
    lines = ["# Top level, not inside a function: the grader reads these names once the whole notebook has run."]
    lines += [f"{name} = ..." for name in ex.variables]
    return "\n".join(lines)


def _points(x: float) -> str:
    return f"{x:g} point{'' if x == 1 else 's'}"


def _points_label(ex: Exercise) -> str:
    label = _points(ex.points + (ex.withheld.points if ex.withheld else 0.0))
    if ex.hidden_count:
        label += f", {ex.hidden_points:g} of them from hidden checks run at grading"
    return label


def _cell_id(name: str) -> str:
    # nbformat allows 1-64 characters; deterministic ids keep regenerated files diff-friendly.
    return name if len(name) <= 64 else name[:48] + "-" + hashlib.sha256(name.encode()).hexdigest()[:15]


def _notebook(exercises: list[Exercise], *, intro: str, setup: str, code: Mapping[str, str], extra: Iterable[str] = ()) -> Any:
    v4: Any = nbformat.v4  # its functions carry no annotations
    cells = [v4.new_markdown_cell(intro, id="intro"), v4.new_code_cell(setup, id="setup")]
    for i, text in enumerate(extra, start=1):
        cells.append(v4.new_code_cell(text, id=f"extra-{i}"))
    n = 0
    for topic, group in by_topic(exercises, _topic):
        if topic is not None:
            cells.append(v4.new_markdown_cell(f"## {topic}", id=_cell_id("topic-" + re.sub(r"[^A-Za-z0-9]+", "-", topic).strip("-"))))
        for ex in group:
            n += 1
            task = f"### {_heading(n, ex)}\n\n{ex.prompt.rstrip()}\n\n*`{ex.id}`: {_points_label(ex)}.*"
            cells.append(v4.new_markdown_cell(task, id=_cell_id(f"{ex.id}-task")))
            cells.append(v4.new_code_cell(code[ex.id], id=_cell_id(f"{ex.id}-code")))
            cells.append(v4.new_code_cell(f'from grader import check\ncheck("{ex.id}")', id=_cell_id(f"{ex.id}-check")))
    nb = v4.new_notebook(
        cells=cells,
        metadata={
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
    )
    nbformat.validate(nb)
    return nb


def _write_notebook(nb: Any, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        write: Any = nbformat.write  # no annotations
        write(nb, fh)


def _topic(ex: Exercise) -> str | None:
    return ex.topic


def _heading(n: int, ex: Exercise) -> str:
    return f"Exercise {n}: {ex.title}"


def _banner(n: int, ex: Exercise) -> str:
    rule = "# " + "=" * 76
    lines = [_heading(n, ex), f"`{ex.id}`: {_points_label(ex)}.", "", *ex.prompt.rstrip().splitlines()]
    return "\n".join([rule, *(f"# {line}".rstrip() for line in lines), rule])


def _module(exercises: list[Exercise], *, doc: str, imports: Iterable[str], code: Mapping[str, str]) -> str:
    # Numbered as in the notebook: a topic's exercises together.
    numbered = list(enumerate(in_topic_order(exercises, _topic), start=1))
    # A module runs as one piece: top-level code that raises stops everything
    # after it. Functions come first, so a crash in a notebook-style exercise
    # cannot cost the function exercises their definitions.
    ordered = [p for p in numbered if p[1].kind == "function"] + [p for p in numbered if p[1].kind == "variables"]
    parts = ['"""' + doc.strip().replace('"""', "'''") + '\n"""', "", *imports]
    for n, ex in ordered:
        parts += ["", "", _banner(n, ex), "", code[ex.id]]
    text = "\n".join(parts).rstrip() + "\n"
    ast.parse(text)  # a generated file that does not parse is a bug here, not the student's
    return text


@dataclass(frozen=True)
class Handout:
    """What the student materials are called and when they are due (an assignment's, else the course's)."""

    title: str | None = None
    """Heading after the course's name (an assignment's title); None: the course alone."""
    stem: str | None = None
    """File name of the notebook and module without extension; None: the course's."""
    due: str | None = None
    """When it is due, as students read it; None: not said."""

    @property
    def notebook(self) -> str:
        return f"{self.stem}.ipynb" if self.stem else NOTEBOOK_NAME

    @property
    def module(self) -> str:
        return f"{self.stem}.py" if self.stem else MODULE_NAME


def _student_intro(config: Config, count: int, handed: str, handout: Handout | None = None) -> str:
    handout = handout or Handout()
    title = f"{config.course}: {handout.title}" if handout.title else config.course
    due = f"**Due {handout.due}.** " if handout.due else ""
    return (
        f"# {title}\n\n"
        f"{due}"
        "**Set up once.** In a terminal in this notebook's folder, run "
        f"`{INSTALL_COMMAND}`: it installs PyTorch (CPU) and the `grader` that the check cells use. "
        f"{README} in this folder says more (virtual environments, Jupyter, what the checks mean).\n\n"
        f"{count} exercises. For each one, read the task, write your code in the cell below it "
        "(replace `raise NotImplementedError`, or the `...` after each name), then run the "
        "check cell under it.\n\n"
        "The check runs the public checks only. Hidden checks, on other inputs, run when your "
        "work is graded: write code that works for any input, not just the examples.\n\n"
        "Keep the function and variable names as they are. When your work is graded, the notebook "
        "runs once from the top, every cell in order: a cell that raises an error is reported and "
        "the cells after it still run, and where a later cell defines a name again, that later "
        "definition is the one graded (so keep experiments from overwriting your answers). "
        "Before handing in, restart the kernel and run all cells; from a terminal in this folder, "
        f"`grader check {handed}` checks every exercise at once."
    )


def student_notebook(config: Config, exercises: list[Exercise], handout: Handout | None = None) -> Any:
    """The student notebook (an ``nbformat`` v4 notebook)."""
    return _notebook(
        exercises,
        intro=_student_intro(config, len(exercises), (handout or Handout()).notebook, handout),
        setup="import torch",
        code={ex.id: stub(ex) for ex in exercises},
    )


def student_module(config: Config, exercises: list[Exercise], handout: Handout | None = None) -> str:
    """The student module skeleton: the notebook's stubs as one ``.py`` file."""
    handout = handout or Handout()
    title = f"{config.course}: {handout.title}" if handout.title else config.course
    doc = (
        f"{title}: your answers as a module.\n\n"
        + (f"Due {handout.due}.\n\n" if handout.due else "")
        + "Fill in each function (replace `raise NotImplementedError`) and each `name = ...`.\n"
        f"From this folder, `grader check {handout.module}` runs the public checks; hidden checks\n"
        "run when your work is graded. Exercise numbers match the notebook's; the functions come\n"
        "first, because an error in top-level code stops everything after it.\n"
    )
    return _module(exercises, doc=doc, imports=["import torch"], code={ex.id: stub(ex) for ex in exercises})


# -- the student bundle ------------------------------------------------------------


def _raw(ex: Exercise) -> dict[str, Any]:
    data = yaml.safe_load(ex.path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)  # it parsed into ex already
    return data


def student_spec(data: dict[str, Any], ex: Exercise) -> dict[str, Any]:
    """An exercise file as a student may see it: public checks, the cases they use, hidden ones counted."""
    if not ex.checks_for("check"):
        raise ExerciseError(str(ex.path), "checks", "has no public check: students could not check this exercise, so it cannot go in a student bundle")
    # Hidden parts (`hidden_cases`) come after the checks as written, so the written ones pair up in order.
    public_checks = [_public_part(raw, check) for raw, check in zip(data["checks"], ex.checks) if check.visibility == "public"]
    public_cases = {c.name for c in ex.cases if ex.case_visibility(c.name) == "public"}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _AUTHOR_ONLY_KEYS:
            continue
        if key == "cases":
            value = [case for case in value if case["name"] in public_cases]
        if key == "probes":
            # A probe only hidden checks call on is a hidden input: its recipe stays home, as hidden cases' do.
            value = {name: args for name, args in value.items() if ex.probe_visibility(name) == "public"}
            if not value:
                continue
        if key == "checks":
            out[key] = public_checks
            if ex.hidden_count:
                out["withheld"] = {"checks": ex.hidden_count, "points": _plain(ex.hidden_points)}
            continue
        out[key] = value
    return out


def _public_part(raw: dict[str, Any], check: Check) -> dict[str, Any]:
    """A public check as written, without its hidden part (counted under ``withheld``)."""
    out = {k: v for k, v in raw.items() if k not in ("hidden_cases", "hidden_points", "hidden_description")}
    if "analytic" in out:
        out["analytic"] = {case: value for case, value in out["analytic"].items() if case in check.cases}
    return out


def _plain(x: float) -> float | int:
    """``3`` rather than ``3.0`` in files people read."""
    return int(x) if float(x).is_integer() else x


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no type hints (no stubs installed)
    """Multi-line strings (prompts, starters) as ``|`` blocks, as authors write them."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


def _dump(data: object, *, flow: bool | None = None) -> str:
    text: str = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=flow, width=100)
    return text


def exposed_hidden_checks(ex: Exercise) -> list[str]:
    """Hidden checks that run on a public case: that case's expected observation ships with the bundle."""
    out = []
    for check in ex.checks:
        shared = [c for c in check.cases if ex.case_visibility(c) == "public"]
        if check.visibility == "hidden" and shared:
            out.append(
                f"{ex.id}: hidden check {check.name!r} runs on public case(s) {', '.join(shared)}, "
                "whose expected values ship with the bundle; give it cases of its own to keep it secret"
            )
    return out


def bundle_config(config: Config) -> dict[str, Any]:
    """The bundle's config.yaml: same tolerances and limits (same feedback), no solutions, no hidden seed."""
    return {
        "course": config.course,
        "exercises_dir": "exercises",
        "expected_file": EXPECTED_NAME,
        "check_points": _plain(config.check_points),
        "recognised_share": _plain(config.recognised_share),
        "tolerances": {dtype: {"rtol": t.rtol, "atol": t.atol} for dtype, t in config.tolerances.items()},
        "limits": dataclasses.asdict(config.limits),
    }


def _write_exercise_files(spec_dir: Path, exercises: list[Exercise]) -> list[Path]:
    """The student copies of the exercise files (nothing hidden), and no other."""
    spec_dir.mkdir(exist_ok=True)
    files = []
    for ex in exercises:
        path = spec_dir / f"{ex.id}.yaml"
        path.write_text(_BUNDLE_EXERCISE_HEADER + _dump(student_spec(_raw(ex), ex)), encoding="utf-8")
        files.append(path)
    # A file left over from an earlier run (an exercise since removed) would have
    # no expected values, and every student's check would report it as broken.
    for old in spec_dir.iterdir():
        if old.suffix in (".yaml", ".yml") and old not in files:
            old.unlink()
    return files


def _load_back(config_path: Path, expected_path: Path) -> None:
    """Load the bundle as a student's `grader check` will: one that does not load would fail on every student's machine instead of here."""
    student = load_config(config_path)
    frozen = FrozenExpected(expected_path)
    for ex in load_exercises(student):
        frozen.observations(ex)


def write_bundle(config: Config, exercises: list[Exercise], folder: Path, *, expected: ExpectedSource, handout: Handout | None = None) -> Bundle:
    """Write the student notebook, module and self-check bundle into ``folder``."""
    handout = handout or Handout()
    folder.mkdir(parents=True, exist_ok=True)
    notebook = folder / handout.notebook
    _write_notebook(student_notebook(config, exercises, handout), notebook)
    module = folder / handout.module
    module.write_text(student_module(config, exercises, handout), encoding="utf-8")

    files = _write_exercise_files(folder / "exercises", exercises)
    expected_path = folder / EXPECTED_NAME
    freeze(expected, exercises, expected_path, public_only=True)
    config_path = folder / "config.yaml"
    withheld = sum(ex.hidden_count for ex in exercises)
    kit = write_kit(
        folder,
        torch_version=torch_version(),
        notebook=handout.notebook,
        module=handout.module,
        example_id=exercises[0].id if exercises else "exercise_id",
        hidden_checks=withheld,
        output_bytes=config.limits.output_bytes,
    )
    config_path.write_text(
        "# Student bundle written by `grader assign`: no solutions and no hidden checks.\n"
        f"# Check your work from this folder: grader check {handout.notebook}\n" + _dump(bundle_config(config), flow=False),
        encoding="utf-8",
    )

    _load_back(config_path, expected_path)

    return Bundle(
        folder=folder,
        notebook=notebook,
        module=module,
        config=config_path,
        exercise_files=tuple(files),
        expected=expected_path,
        withheld_checks=withheld,
        withheld_points=sum(ex.hidden_points for ex in exercises),
        warnings=tuple(w for ex in exercises for w in exposed_hidden_checks(ex)),
        readme=kit.readme,
        requirements=kit.requirements,
    )


# -- filled-in examples ------------------------------------------------------------


def read_answer(path: Path, ex: Exercise, key: str) -> Answer:
    """Split a solution file into its leading imports and the rest (docstring dropped)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExerciseError(str(ex.path), key, f"cannot read {path}: {exc}") from exc
    try:
        tree = ast.parse(text, filename=str(path))
    except SyntaxError as exc:
        raise ExerciseError(str(ex.path), key, f"{path}, line {exc.lineno}: not valid Python: {exc.msg}") from exc
    body = list(tree.body)
    end = 0  # last line of the docstring and the leading imports
    first = body[0] if body else None
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        end = body.pop(0).end_lineno or 0
    imports = []
    while body and isinstance(body[0], (ast.Import, ast.ImportFrom)):
        node = body.pop(0)
        imports.append(ast.unparse(node))
        end = node.end_lineno or end
    code = "\n".join(text.splitlines()[end:]).strip("\n")
    return Answer(source=path, imports=tuple(imports), code=code)


def _bindings(answer: Answer) -> dict[str, str]:
    """Top-level name -> what binds it (an import, or the file that assigns it)."""
    out: dict[str, str] = {}
    for line in answer.imports:
        statement = ast.parse(line).body[0]
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                name = alias.asname or alias.name.split(".")[0]
                out[name] = f"import {alias.name if alias.asname else name}"
        elif isinstance(statement, ast.ImportFrom):
            for alias in statement.names:
                out[alias.asname or alias.name] = f"from {statement.module} import {alias.name}"
    for stmt in ast.parse(answer.code).body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out[stmt.name] = str(answer.source)
            continue
        for node in ast.walk(stmt):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id != "_":
                out[node.id] = str(answer.source)
            elif isinstance(node, ast.ExceptHandler) and node.name:
                out[node.name] = str(answer.source)
    return out


def _check_one_namespace(answers: Mapping[str, Answer], exercises: list[Exercise]) -> None:
    """Every answer shares one namespace in an example: a name two of them bind differently would mix them up."""
    owner: dict[str, tuple[str, str]] = {}
    by_id = {ex.id: ex for ex in exercises}
    for ex_id, answer in answers.items():
        for name, what in _bindings(answer).items():
            if name in owner and owner[name][1] != what:
                other = owner[name][0]
                raise ExerciseError(
                    str(by_id[ex_id].path),
                    "",
                    f"{answer.source} binds {name!r}, which the solution of {other!r} binds differently; "
                    "the examples put every solution in one namespace, so rename one of them",
                )
            owner.setdefault(name, (ex_id, what))


def _imports(answers: Iterable[Answer]) -> list[str]:
    seen = ["import torch"]
    for answer in answers:
        seen += [line for line in answer.imports if line not in seen]
    # `from __future__` must open a module (or a cell).
    return sorted(seen, key=lambda line: not line.startswith("from __future__"))


def write_examples(config: Config, exercises: list[Exercise], folder: Path) -> list[Path]:
    """Write the example submissions: references (full marks) and each exercise's example wrong solution (points lost)."""
    correct = {ex.id: read_answer(ex.reference, ex, "reference") for ex in exercises}
    examples = {ex.id: example_mistake(wrong_solutions(config, ex)) for ex in exercises}
    wrong = {ex.id: read_answer(m.file, ex, "example wrong solution") for ex in exercises if (m := examples[ex.id]) is not None}
    _check_one_namespace(correct, exercises)
    _check_one_namespace(wrong, exercises)
    made_by = "Written by `grader assign --examples` from the exercise files; do not edit by hand."
    # The shell and magic lines and the raising cell are deliberate: they show
    # that the grader skips what is not Python and runs the cells after a failure.
    ipython = ["%matplotlib inline", "!pip install torch"]
    texts = {
        "correct": (
            "every exercise filled in with its reference solution: `grader grade` gives it full marks",
            {ex.id: correct[ex.id].code for ex in exercises},
            _imports(correct.values()),
        ),
        "wrong": (
            "every exercise filled in with one of its wrong solutions (`example: true` in its docstring, else the first): "
            "it loses points on every exercise",
            {ex.id: wrong[ex.id].code if ex.id in wrong else stub(ex) for ex in exercises},
            _imports(wrong.values()),
        ),
    }
    paths = []
    for kind, (what, code, imports) in texts.items():
        intro = f"# {config.course} ({kind} example)\n\n{made_by} This is {what}."
        extra = ["print(1 / 0)  # a cell that raises does not stop the cells after it"] if kind == "wrong" else []
        nb = _notebook(exercises, intro=intro, setup="\n".join([*ipython, *imports]), code=code, extra=extra)
        path = folder / f"{kind}_notebook" / NOTEBOOK_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_notebook(nb, path)
        paths.append(path)
        path = folder / f"{kind}_module" / MODULE_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = f"{config.course} ({kind} example).\n\n" + textwrap.fill(f"{made_by} This is {what}.", width=88)
        path.write_text(_module(exercises, doc=doc, imports=imports, code=code), encoding="utf-8")
        paths.append(path)
    return paths
