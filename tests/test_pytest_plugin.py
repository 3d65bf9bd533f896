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

from grader import validate as validate_mod
from grader.config import load_config
from grader.spec import Exercise, load_exercises

from conftest import REPO

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


def expected_ids(ex: Exercise) -> list[str]:
    return [f"exercises/{ex.id}.yaml::reference", *(f"exercises/{ex.id}.yaml::catches[{m.file.stem}]" for m in ex.mistakes)]


def test_collects_a_reference_item_and_one_item_per_listed_mistake(pytester: pytest.Pytester, course_copy: Path) -> None:
    ex = exercises_of(course_copy)["mean_square_grad"]
    result = pytester.runpytest(*QUIET, f"--rootdir={course_copy}", "--collect-only", "-q", str(course_copy / "exercises" / "mean_square_grad.yaml"))
    assert result.ret == pytest.ExitCode.OK
    assert [line for line in result.outlines if "::" in line] == expected_ids(ex)


def test_pointing_at_the_exercises_folder_collects_every_exercise(pytester: pytest.Pytester, course_copy: Path) -> None:
    exercises = exercises_of(course_copy)
    result = pytester.runpytest(*QUIET, f"--rootdir={course_copy}", "--collect-only", "-q", str(course_copy / "exercises"))
    assert result.ret == pytest.ExitCode.OK
    assert sum(1 for line in result.outlines if "::" in line) == sum(1 + len(ex.mistakes) for ex in exercises.values())


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
        "print(sorted(m for m in ('torch', 'yaml', 'grader.spec', 'grader.validate', 'grader.grading') if m in sys.modules))"
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
    shutil.copy(root / "solutions" / "vector_backward.py", root / "solutions" / "wrong" / "vector_backward" / "ignores_v.py")
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
    outcomes = result.parseoutcomes()
    assert outcomes.get("failed") == 2
    assert outcomes.get("passed") == len(vector.mistakes)  # vector's reference and its other mistakes
    assert outcomes.get("skipped") == len(square.mistakes)
    [uncaught] = [m for m in vector.mistakes if m.file.name == "ignores_v.py"]
    result.stdout.fnmatch_lines(
        [
            f"✗ solutions/wrong/vector_backward/ignores_v.py: {uncaught.description} — passes *, which it should fail*",
            "✗ check 'x_grad', case 'ones': the analytic value 4.75 does not match the reference*",
            "FAILED exercises/vector_backward.yaml::catches[[]ignores_v[]]*",
            "FAILED exercises/mean_square_grad.yaml::reference*",
            f"SKIPPED [[]{len(square.mistakes)}[]] exercises/mean_square_grad.yaml: not judged: the reference solution has problems*",
        ],
        consecutive=False,
    )
