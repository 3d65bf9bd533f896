"""``grader assign``: student notebook and module, the student bundle, the example submissions.

Expected grades come from the exercise files (points of their checks), never typed in.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pytest
import yaml
from conftest import DOUBLE_SPEC, REPO, Course, GradeFn

from grader import assign, secret
from grader.alternatives import wrong_solutions
from grader.batch import Item, grade_items
from grader.commands import assign as assign_command
from grader.config import Config, load_config
from grader.errors import ExerciseError
from grader.exitcodes import ExitCode
from grader.expected import ReferenceRunner, _shareable
from grader.grading import open_grader
from grader.report import text
from grader.results import SubmissionResult
from grader.sandbox.worker import WorkerPool
from grader.spec import Exercise, load_exercises
from grader.submission import read_source
from grader.topics import by_topic, in_topic_order


@dataclass(frozen=True)
class Materials:
    exercises: list[Exercise]
    """The course's exercises, as loaded from the repository."""
    bundle: Path
    """What `grader assign --out` wrote."""
    examples: Path
    """What `grader assign --examples` wrote."""
    output: str
    """What the command printed."""


@pytest.fixture(scope="module")
def materials(repo_config: Config, tmp_path_factory: pytest.TempPathFactory) -> Materials:
    root = tmp_path_factory.mktemp("assign")
    out = io.StringIO()
    code = assign_command.main(repo_config, out_dir=root / "bundle", examples_dir=root / "examples", out=out)
    assert code == ExitCode.OK, out.getvalue()
    return Materials(exercises=load_exercises(repo_config), bundle=root / "bundle", examples=root / "examples", output=out.getvalue())


def grade_all(paths: list[Path], config: Config, pool: WorkerPool, *, mode: str = "grade") -> dict[str, SubmissionResult]:
    g = open_grader(config, mode=mode)  # type: ignore[arg-type]
    # Keyed by folder and name: the examples' file names repeat across their folders.
    return dict(grade_items([Item(key=f"{p.parent.name}/{p.name}", path=p, grader=g) for p in paths], pool=pool))


def full_marks(exercises: list[Exercise]) -> float:
    return sum(ex.points for ex in exercises)


# -- the student notebook and module ---------------------------------------------------


def test_student_notebook_has_intro_imports_and_task_starter_check_per_exercise(materials: Materials) -> None:
    path = materials.bundle / assign.NOTEBOOK_NAME
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    cells = nb.cells
    assert cells[0].cell_type == "markdown" and "grader check" in cells[0].source
    assert cells[1].cell_type == "code" and cells[1].source == "import torch"
    groups = by_topic(materials.exercises, lambda e: e.topic)
    assert len(groups) > 1 and all(topic is not None for topic, _ in groups)
    rest = cells[2:]
    assert len(rest) == len(groups) + 3 * len(materials.exercises)
    n = 0
    for topic, group in groups:
        # A heading per topic, then its exercises in the course's order.
        heading, rest = rest[0], rest[1:]
        assert heading.cell_type == "markdown" and heading.source == f"## {topic}"
        for ex in group:
            n += 1
            (task, starter, check), rest = rest[:3], rest[3:]
            assert task.cell_type == "markdown" and task.source.startswith(f"### Exercise {n}: {ex.title}")
            assert ex.prompt.strip() in task.source
            assert starter.cell_type == "code" and starter.source == assign.stub(ex)
            assert check.source == f'from grader import check\ncheck("{ex.id}")'
    source = read_source(path)
    assert source.kind == "notebook" and not source.notes


def test_stubs_raise_not_implemented_or_leave_names_as_ellipsis(materials: Materials) -> None:
    module = (materials.bundle / assign.MODULE_NAME).read_text()
    tree = ast.parse(module)
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    assigned = {t.id for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    for ex in materials.exercises:
        if ex.function is not None:
            fn = functions[ex.function.name]
            assert [a.arg for a in fn.args.args] == list(ex.function.params)
            if ex.starter is None:
                assert isinstance(fn.body[-1], ast.Raise) and ast.unparse(fn.body[-1]) == "raise NotImplementedError"
        else:
            assert set(ex.variables) <= assigned
    # Functions first: a crash in top-level code must not hide them.
    first_variables = module.index(f"`{next(ex.id for ex in materials.exercises if ex.kind == 'variables')}`")
    for ex in materials.exercises:
        if ex.function is not None:
            assert module.index(f"def {ex.function.name}(") < first_variables


def test_untouched_notebook_and_module_score_0_with_not_implemented_everywhere(materials: Materials, repo_config: Config, pool: WorkerPool) -> None:
    paths = [materials.bundle / assign.NOTEBOOK_NAME, materials.bundle / assign.MODULE_NAME]
    results = grade_all(paths, repo_config, pool)
    for path in paths:
        result = results[f"{path.parent.name}/{path.name}"]
        assert result.status == "graded", result.message
        assert result.score == 0
        assert result.max_score == full_marks(materials.exercises)
        assert not result.notes  # no cell failed
        assert [e.id for e in result.exercises] == [ex.id for ex in materials.exercises]
        for er in result.exercises:
            assert (er.status, er.message, er.score) == ("not_implemented", "not implemented yet", 0), er


# -- the example submissions -------------------------------------------------------------


def test_examples_get_full_marks_with_references_and_lose_points_everywhere_with_mistakes(
    materials: Materials, repo_config: Config, pool: WorkerPool
) -> None:
    paths = [materials.examples / name for name in assign.EXAMPLE_NAMES]
    results = grade_all(paths, repo_config, pool)
    points = {ex.id: ex.points for ex in materials.exercises}
    by_student = {key.split("/")[0]: r for key, r in results.items()}
    for name in ("correct_notebook", "correct_module"):
        result = by_student[name]
        assert result.status == "graded"
        assert result.score == result.max_score == full_marks(materials.exercises), [(e.id, e.status, e.message) for e in result.exercises if e.status != "passed"]
        assert {e.id: e.score for e in result.exercises} == points
    for name in ("wrong_notebook", "wrong_module"):
        result = by_student[name]
        assert result.status == "graded"
        losing = {e.id for e in result.exercises if e.score < e.max_score}
        assert losing == set(points), f"{name}: full marks on {set(points) - losing}"
    notes = " | ".join(by_student["wrong_notebook"].notes)
    assert "skipped IPython line `%matplotlib inline`" in notes
    assert "skipped shell line `!pip install torch`" in notes
    assert "raised ZeroDivisionError" in notes
    # The raising cell comes before the exercises, and they were still graded.
    assert all(e.status == "failed" for e in by_student["wrong_notebook"].exercises)


def test_filled_notebooks_keep_the_self_check_cells(materials: Materials) -> None:
    for name in ("correct_notebook", "wrong_notebook"):
        sources = [c.source for c in nbformat.read(materials.examples / name / assign.NOTEBOOK_NAME, as_version=4).cells]
        for ex in materials.exercises:
            assert f'from grader import check\ncheck("{ex.id}")' in sources


def test_examples_in_the_repository_are_what_assign_writes(materials: Materials) -> None:
    stale = [
        name
        for name in assign.EXAMPLE_NAMES
        if (REPO / "examples" / "submissions" / name).read_text(encoding="utf-8") != (materials.examples / name).read_text(encoding="utf-8")
    ]
    assert not stale, f"{stale} are out of date: run `grader assign --examples examples/submissions`"


def test_solutions_binding_one_name_differently_cannot_share_an_example(course: Course, tmp_path: Path) -> None:
    spec = """
    id: {id}
    title: T
    prompt: P
    function: {{name: {id}, params: []}}
    checks:
      - {{name: value, target: return}}
    """
    course.exercise("first", spec.format(id="first"), "SCALE = 2\n\ndef first():\n    return SCALE\n")
    course.exercise("second", spec.format(id="second"), "SCALE = 3\n\ndef second():\n    return SCALE\n")
    config = course.config
    with pytest.raises(ExerciseError, match="binds 'SCALE', which the solution of 'first' binds differently"):
        assign.write_examples(config, load_exercises(config), tmp_path / "examples")


# -- the student bundle ------------------------------------------------------------------


def _floats(value: Any) -> list[float]:
    """Numbers inside observed values (tensor data, plain values), not timings."""
    if isinstance(value, dict):
        return [x for k, v in value.items() if k != "seconds" for x in _floats(v)]
    if isinstance(value, list):
        return [x for v in value for x in _floats(v)]
    if isinstance(value, float):
        return [value]
    return []


def _distinctive(values: list[float]) -> set[str]:
    # How json writes them; short ones (1.0, 4.5) could appear anywhere for other reasons.
    return {json.dumps(v) for v in values if len(json.dumps(v)) >= 9}


def test_bundle_holds_nothing_hidden(materials: Materials, repo_config: Config) -> None:
    bundle = materials.bundle
    every_file = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    # The grader's own source, which students install from: the package and its build file, nothing else.
    source = {f for f in every_file if f.startswith("grader-src/")}
    assert source and all(f.startswith("grader-src/grader/") or f in ("grader-src/pyproject.toml", "grader-src/README.md") for f in source)
    assert not any(part in f for f in source for part in ("solutions", "exercises/", ".grader_secret", "tests/"))
    files = every_file - source
    assert files == {
        "config.yaml",
        "README.md",
        "requirements.txt",
        "constraints.txt",
        assign.EXPECTED_NAME,
        assign.NOTEBOOK_NAME,
        assign.MODULE_NAME,
        *(f"exercises/{ex.id}.yaml" for ex in materials.exercises),
    }
    everything = "\n".join((bundle / f).read_text(encoding="utf-8") for f in files)
    student = load_config(bundle / "config.yaml")
    assert not student.solutions_dir.exists()
    assert student.hidden_seed is None  # the bundle has no hidden cases, so no key
    assert secret.key_text(repo_config.root, repo_config.hidden_seed) not in everything

    whole = json.loads((bundle / assign.EXPECTED_NAME).read_text())
    frozen = whole["exercises"]
    # Known mistakes go as words, tags and public values: no file name, no code.
    known = [entry for entries in whole["known"].values() for entry in entries]
    # "bare" only where a null gives a mistake's values on a public check (step_before_backward.py's p as given).
    assert known and all(set(entry) - {"bare"} == {"description", "mistakes", "vague", "cases"} for entry in known)
    hidden_values: set[str] = set()
    public_values: set[str] = set()
    with ReferenceRunner(repo_config) as runner:
        for ex in materials.exercises:
            for mistake in wrong_solutions(repo_config, ex):
                relative = mistake.file.relative_to(repo_config.solutions_dir).as_posix()
                assert relative not in everything and mistake.file.name not in everything
            spec_text = (bundle / "exercises" / f"{ex.id}.yaml").read_text()
            observations = runner.observations(ex)
            for case in ex.cases:
                if ex.case_visibility(case.name) == "hidden":
                    assert not re.search(rf"\b{case.name}\b", spec_text), (ex.id, case.name)
                    assert case.name not in frozen[ex.id]
                    hidden_values |= _distinctive(_floats(observations[case.name].to_wire()))
                else:
                    assert frozen[ex.id][case.name] == _shareable(observations[case.name]).to_wire()
                    public_values |= _distinctive(_floats(observations[case.name].to_wire()))
            # Not a line of the reference's code, not even the one an expected error was raised at. (Known mistakes'
            # descriptions are the author's words to students: they may name a call, `out.backward()`.)
            expected_text = json.dumps(frozen)
            for line in ex.reference.read_text(encoding="utf-8").splitlines():
                code = line.strip()
                if len(code) >= 12 and not code.startswith(("#", '"""', "import ", "from ")):
                    assert json.dumps(code)[1:-1] not in expected_text, (ex.id, code)
    # Known mistakes ship their values on public cases only; what those give is computed from public inputs, so a hidden
    # draw that happens to equal one of them (a float32 both times: one clone's hidden target matched a per-sample row)
    # is no leak.
    for ex_id, entries in whole["known"].items():
        public_cases = {c.name for ex in materials.exercises if ex.id == ex_id for c in ex.cases if ex.case_visibility(c.name) == "public"}
        for entry in entries:
            assert set(entry["cases"]) <= public_cases, (ex_id, entry["description"])
            public_values |= _distinctive(_floats(entry["cases"]))
    # Values a public case also produces (a learning rate, say) are not secrets.
    hidden_only = hidden_values - public_values
    assert hidden_only, "no hidden observation to look for"
    leaked = sorted(v for v in hidden_only if v in everything)
    assert not leaked, f"hidden expected values in the bundle: {leaked[:5]}"
    # The search itself works: public values are found the same way.
    assert any(v in everything for v in public_values)


def test_bundle_exercise_files_keep_public_checks_and_count_the_hidden_ones(materials: Materials) -> None:
    student = load_config(materials.bundle / "config.yaml")
    loaded = {ex.id: ex for ex in load_exercises(student)}
    assert list(loaded) == [ex.id for ex in materials.exercises]
    for ex in materials.exercises:
        copy = loaded[ex.id]
        public = ex.checks_for("check")
        assert copy.checks == public  # everything a public check says, unchanged
        assert [c.name for c in copy.cases] == [c.name for c in ex.cases if ex.case_visibility(c.name) == "public"]
        assert (copy.hidden_count, copy.hidden_points) == (ex.hidden_count, ex.hidden_points)
        assert (copy.prompt, copy.function, copy.variables, copy.starter, copy.order) == (ex.prompt, ex.function, ex.variables, ex.starter, ex.order)
        raw = yaml.safe_load((materials.bundle / "exercises" / f"{ex.id}.yaml").read_text())
        assert not {"mistakes", "reference", "points"} & raw.keys()
    total_checks = sum(ex.hidden_count for ex in materials.exercises)
    total_points = sum(ex.hidden_points for ex in materials.exercises)
    assert f"{total_checks} hidden checks ({total_points:g} points" in materials.output


def test_grader_check_inside_the_bundle_gives_the_course_feedback(
    materials: Materials, repo_config: Config, grade: GradeFn, tmp_path: Path
) -> None:
    bundle = tmp_path / "student"
    shutil.copytree(materials.bundle, bundle)
    # A student's half-right notebook: the wrong example, handed in under the bundle's name.
    shutil.copy(materials.examples / "wrong_notebook" / assign.NOTEBOOK_NAME, bundle / assign.NOTEBOOK_NAME)
    in_course = grade(repo_config, bundle / assign.NOTEBOOK_NAME, mode="check")
    env = {k: v for k, v in os.environ.items() if k not in ("GRADER_CONFIG", "NO_COLOR")}
    proc = subprocess.run([sys.executable, "-m", "grader", "check", assign.NOTEBOOK_NAME], cwd=bundle, capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == ExitCode.FAILED, proc.stderr
    expected = text.render_submission(in_course).split("\n", 1)[1]
    header, body = proc.stdout.rstrip("\n").split("\n", 1)
    assert header == f"{assign.NOTEBOOK_NAME} (public checks)"
    assert body == expected
    hidden = sum(ex.hidden_count for ex in materials.exercises)
    points = sum(ex.hidden_points for ex in materials.exercises)
    assert f"{hidden} hidden checks ({points:g} points) will run when your work is graded." in proc.stdout


def test_hidden_check_on_a_public_case_is_reported(course: Course) -> None:
    course.exercise(
        "square",
        """
        id: square
        title: Square
        prompt: Square it.
        function: {name: square, params: [x]}
        cases:
          - {name: small, inputs: {x: {tensor: [1.0, 2.0]}}}
        checks:
          - {name: value, target: return, cases: [small]}
          - {name: value_again, target: return, cases: [small], visibility: hidden}
        """,
        "def square(x):\n    return x ** 2\n",
    )
    [ex] = load_exercises(course.config)
    [warning] = assign.exposed_hidden_checks(ex)
    assert "hidden check 'value_again' runs on public case(s) small" in warning


def test_assign_refuses_the_course_folder_and_needs_something_to_write(repo_config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert assign_command.main(repo_config, out_dir=repo_config.root) == ExitCode.USAGE
    assert "is the course folder" in capsys.readouterr().err
    assert assign_command.main(repo_config, out_dir=repo_config.exercises_dir / "student") == ExitCode.USAGE
    assert "inside the course's exercises folder" in capsys.readouterr().err
    assert assign_command.main(repo_config) == ExitCode.USAGE
    assert "nothing to write" in capsys.readouterr().err


def test_cli_dispatches_assign(capsys: pytest.CaptureFixture[str]) -> None:
    from grader.cli import main

    assert main(["--config", str(REPO / "config.yaml"), "assign"]) == ExitCode.USAGE
    assert "grader assign: nothing to write" in capsys.readouterr().err


def test_list_inside_the_bundle_counts_the_withheld_checks(materials: Materials, repo_config: Config) -> None:
    from grader.commands import listing
    from grader.config import load_config

    course, bundle = io.StringIO(), io.StringIO()
    listing.main(repo_config, out=course)
    listing.main(load_config(materials.bundle / "config.yaml"), out=bundle)
    assert bundle.getvalue() == course.getvalue()


def test_a_student_copy_leaves_out_the_mutants_declared_equivalent(course: Course) -> None:
    # Their ids and reasons describe the reference solution, line by line.
    course.exercise(
        "double",
        DOUBLE_SPEC + 'equivalent:\n  - {mutant: "mutate_input@2", reason: "x is not checked after the call"}\n',
        "def double(x):\n    return 2 * x\n",
    )
    [ex] = load_exercises(course.config)
    assert ex.equivalent
    assert "equivalent" not in assign.student_spec(yaml.safe_load(ex.path.read_text()), ex)


def test_an_assignments_materials_hold_its_exercises_named_after_it(repo_config: Config, tmp_path: Path) -> None:
    import dataclasses

    hw1 = repo_config.assignment("hw1")
    out = io.StringIO()
    assert assign_command.main(repo_config, out_dir=tmp_path / "hw1", assignment="hw1", out=out) == ExitCode.OK
    nb = nbformat.read(tmp_path / "hw1" / "hw1.ipynb", as_version=4)
    assert (tmp_path / "hw1" / "hw1.py").is_file() and not (tmp_path / "hw1" / assign.NOTEBOOK_NAME).exists()
    checked = [c.source.split('"')[1] for c in nb.cells if c.source.startswith("from grader import check")]
    # In the assignment's order, a topic's exercises together (its first exercise places the topic).
    topics = {e.id: e.topic for e in load_exercises(repo_config, list(hw1.exercises))}
    assert checked == in_topic_order(hw1.exercises, topics.get) and set(checked) == set(hw1.exercises)
    assert checked[0] == hw1.exercises[0]
    intro = nb.cells[0].source
    assert intro.startswith(f"# {repo_config.course}: {hw1.title}") and "**Due Friday 03 October 2025, 23:59 (UTC+00:00).**" in intro
    assert sorted(p.stem for p in (tmp_path / "hw1" / "exercises").glob("*.yaml")) == sorted(hw1.exercises)
    assert "grader check hw1.ipynb" in out.getvalue()
    broken = dataclasses.replace(repo_config, assignments={"hw9": dataclasses.replace(hw1, name="hw9", exercises=("no_such_exercise",))})
    assert assign_command.main(broken, out_dir=tmp_path / "hw9", assignment="hw9", out=io.StringIO()) == ExitCode.USAGE
