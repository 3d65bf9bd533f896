"""The pytest plugin: exercise files as test items in a course's CI, inert everywhere else.

Runs pytest in-process (``pytester``) on copies of the course, so nothing is
written into the repository. Only one run grades anything; the others collect.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, Course, validation_course

from grader import validate as validate_mod
from grader.alternatives import alternative_files, wrong_solutions
from grader.config import load_config
from grader.mutate import mutants_of
from grader.nulls import null_submissions
from grader.spec import Exercise, load_exercises

pytest_plugins = ["pytester"]

# No .pytest_cache folder written into the course copies.
QUIET = ("-p", "no:cacheprovider")


@pytest.fixture(scope="module")
def course_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled course with one grading worker (enough for one exercise or two)."""
    root = tmp_path_factory.mktemp("course")
    settings = yaml.safe_load((REPO / "config.yaml").read_text())
    settings["workers"] = 1
    (root / "config.yaml").write_text(yaml.safe_dump(settings))
    for folder in ("exercises", "solutions"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def exercises_of(root: Path) -> dict[str, Exercise]:
    return {ex.id: ex for ex in load_exercises(load_config(root / "config.yaml"))}


def expected_ids(ex: Exercise, root: Path) -> list[str]:
    """Every item of an exercise, in order: what validate proves, one subject at a time."""
    at = f"exercises/{ex.id}.yaml::"
    return [
        f"{at}reference",
        f"{at}alternatives",
        *(f"{at}alternative[{p.stem}]" for p in alternative_files(load_config(root / "config.yaml"), ex.id)),
        *(f"{at}null[{n.name}]" for n in null_submissions(ex)),
        *(f"{at}mutant[{m.id}]" for m in mutants_of(ex)),
        *([f"{at}equivalent"] if ex.equivalent else []),
        *(f"{at}catches[{m.file.stem}]" for m in wrong_solutions(load_config(root / "config.yaml"), ex)),
    ]


def test_collects_items_for_the_reference_alternatives_nulls_mutants_and_each_listed_mistake(pytester: pytest.Pytester, course_copy: Path) -> None:
    ex = exercises_of(course_copy)["mean_square_grad"]
    result = pytester.runpytest(*QUIET, f"--rootdir={course_copy}", "--collect-only", "-q", str(course_copy / "exercises" / "mean_square_grad.yaml"))
    assert result.ret == pytest.ExitCode.OK
    ids = [line for line in result.outlines if "::" in line]
    assert ids == expected_ids(ex, course_copy)
    assert "exercises/mean_square_grad.yaml::null[returns_none]" in ids
    assert "exercises/mean_square_grad.yaml::mutant[drop_backward@8]" in ids


def test_pointing_at_the_exercises_folder_collects_every_exercise(pytester: pytest.Pytester, course_copy: Path) -> None:
    exercises = exercises_of(course_copy)
    result = pytester.runpytest(*QUIET, f"--rootdir={course_copy}", "--collect-only", "-q", str(course_copy / "exercises"))
    assert result.ret == pytest.ExitCode.OK
    assert sum(1 for line in result.outlines if "::" in line) == sum(len(expected_ids(ex, course_copy)) for ex in exercises.values())


def test_inert_unless_pointed_at_exercise_files(pytester: pytest.Pytester, course_copy: Path, tmp_path: Path) -> None:
    root = tmp_path / "course"
    shutil.copytree(course_copy, root)
    (root / "tests").mkdir()
    (root / "tests" / "test_plain.py").write_text("def test_plain():\n    pass\n")
    (root / "tests" / "data.yaml").write_text("id: not_an_exercise\n")
    # The course root, as `pytest` without arguments there would search it: only real tests.
    result = pytester.runpytest(*QUIET, f"--rootdir={root}", "--collect-only", "-q", str(root))
    assert [line for line in result.outlines if "::" in line] == ["tests/test_plain.py::test_plain"]
    # A yaml file outside any course's exercises folder, even when named.
    result = pytester.runpytest(*QUIET, "--collect-only", "-q", str(root / "tests" / "data.yaml"))
    assert not any("::" in line for line in result.outlines)
    assert result.ret == pytest.ExitCode.USAGE_ERROR  # pytest's "not found": no plugin claimed the file


def test_plugin_import_stays_light() -> None:
    # pytest imports every registered plugin in every run: this one must not cost a torch import.
    code = (
        "import sys, grader.pytest_plugin\n"
        "print(sorted(m for m in ('torch', 'yaml', 'grader.spec', 'grader.validate', 'grader.grading', 'grader.batch') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert proc.stdout.strip() == "[]"


def test_a_broken_exercise_file_is_a_collection_error_naming_file_and_key(pytester: pytest.Pytester, course_copy: Path, tmp_path: Path) -> None:
    root = tmp_path / "course"
    shutil.copytree(course_copy, root)
    path = root / "exercises" / "vector_backward.yaml"
    path.write_text(path.read_text().replace("target: x.grad", "target: x.gard"))
    result = pytester.runpytest(*QUIET, f"--rootdir={root}", str(path))
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["exercises/vector_backward.yaml: checks[[]2[]].target: unknown attribute .gard*"])


def test_reports_an_uncaught_wrong_solution_and_a_broken_reference_in_one_session(
    pytester: pytest.Pytester, course_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "course"
    shutil.copytree(course_copy, root)
    # A "wrong" solution that is in fact right: the exercise no longer proves its checks bite.
    wrong = root / "solutions" / "wrong" / "vector_backward" / "ignores_v.py"
    docstring = wrong.read_text()[: wrong.read_text().index('"""', 4) + 3]  # what it must fail, kept
    wrong.write_text(docstring + "\n\n" + (root / "solutions" / "vector_backward.py").read_text())
    # An analytic value the reference does not reproduce: the reference item fails, its mistakes are not judged.
    path = root / "exercises" / "mean_square_grad.yaml"
    path.write_text(path.read_text().replace("analytic: {ones: 4.5}", "analytic: {ones: 4.75}"))
    exercises = exercises_of(root)
    vector, square = exercises["vector_backward"], exercises["mean_square_grad"]

    calls: list[list[str] | None] = []
    real = validate_mod.validate

    def counting(config, *, only=None, jobs=1):  # type: ignore[no-untyped-def]
        calls.append(only)
        return real(config, only=only, jobs=jobs)

    monkeypatch.setattr(validate_mod, "validate", counting)
    monkeypatch.chdir(root)
    result = pytester.runpytest(*QUIET, "-rfs", "exercises/vector_backward.yaml", "exercises/mean_square_grad.yaml")

    assert calls == [sorted(["vector_backward", "mean_square_grad"])]  # once per session, for both files
    outcome = outcomes_of(result)
    vector_items, square_items = expected_ids(vector, root), expected_ids(square, root)
    assert outcome["exercises/vector_backward.yaml::reference"] == "passed"
    assert outcome["exercises/vector_backward.yaml::catches[ignores_v]"] == "failed"
    assert all(outcome[i] == "passed" for i in vector_items if "::catches[" in i and "ignores_v" not in i)
    assert outcome["exercises/mean_square_grad.yaml::reference"] == "failed"
    assert all(outcome[i] == "skipped" for i in square_items[1:])  # nothing is judged against a wrong reference
    [uncaught] = [m for m in wrong_solutions(load_config(root / "config.yaml"), vector) if m.file.name == "ignores_v.py"]
    result.stdout.fnmatch_lines(
        [
            f"✗ solutions/wrong/vector_backward/ignores_v.py: {uncaught.description} — passes *, which it should fail*",
            "✗ check 'x_grad', case 'ones': the analytic value 4.75 does not match the reference*",
            "FAILED exercises/vector_backward.yaml::catches[[]ignores_v[]]*",
            "FAILED exercises/mean_square_grad.yaml::reference*",
            f"SKIPPED [[]{len(square_items) - 1}[]] exercises/mean_square_grad.yaml: not judged: the reference solution has problems*",
        ],
        consecutive=False,
    )


def outcomes_of(result: pytest.RunResult) -> dict[str, str]:
    """Item id -> passed, failed or skipped, from an in-process run."""
    return {r.nodeid: r.outcome for r in result.reprec.getreports("pytest_runtest_logreport") if r.when == "call"}  # type: ignore[attr-defined]


def test_alternatives_null_submissions_mutants_and_declarations_are_items_failing_with_validates_words(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = validation_course(Course(tmp_path / "course"))
    course.settings["workers"] = 1
    config = course.config
    monkeypatch.chdir(course.root)
    result = pytester.runpytest(*QUIET, "-rf", "exercises")
    outcome = outcomes_of(result)
    exercises = {ex.id: ex for ex in load_exercises(config)}
    assert sorted(outcome) == sorted(i for ex in exercises.values() for i in expected_ids(ex, course.root))
    # The fair exercise: every item passes, its declared equivalent mutant included.
    assert {i: o for i, o in outcome.items() if i.startswith("exercises/twice.yaml")} == {i: "passed" for i in expected_ids(exercises["twice"], course.root)}
    failed = sorted(i for i, o in outcome.items() if o == "failed")
    assert failed == [
        "exercises/double.yaml::alternative[times_three]",
        "exercises/double.yaml::equivalent",
        "exercises/double.yaml::mutant[mutate_input@3]",
        "exercises/mean_grad.yaml::alternatives",
        "exercises/mean_grad.yaml::mutant[mutate_input@4]",  # no check looks at x after the call
        "exercises/mean_grad.yaml::mutant[swap_mean_sum@2]",
        "exercises/mean_grad.yaml::null[typed_in]",  # no hidden case: the example's answer typed in passes out_value
    ]
    result.stdout.fnmatch_lines(  # in the order of the items
        [
            "✗ alternative solutions/alternatives/double/times_three.py: a correct answer scores 0/6: value (*",
            "✗ mutant mutate_input@3 survives with full marks (6/6): kill it with a check*",
            "    +    x.data.add_(1)",
            "✗ equivalent[[]0[]]: no mutant 'flip_sign@9' of double.py (its flip_sign mutants: flip_sign@2)*",
            "✗ needs at least 3 alternatives (no folder solutions/alternatives/mean_grad/)*",
            "✗ mutant swap_mean_sum@2: check out_value's hint names sign, but swap_mean_sum makes operation or sum_vs_mean*",
        ],
        consecutive=False,
    )
