"""The Gradescope autograder zip: its contents, and its run_autograder run end to end."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import DOUBLE_SPEC, Course, GradeFn, write

from grader import secret
from grader.commands import autograde
from grader.config import Config
from grader.expected import ReferenceRunner, torch_version
from grader.export import gradescope_zip
from grader.grading import open_grader
from grader.plan import tasks_for
from grader.spec import load_exercises

SPEC = DOUBLE_SPEC
SOLUTION = "import torch\n\n\ndef double(x):\n    # reference solution: never shipped\n    return x * 2\n"
WRONG = '"""Times three.\n\nfails: value, value_hidden\n"""\n\n\ndef double(x):\n    return x * 3\n'


def notebook(code: str) -> str:
    cell = {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": code}
    return json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Course:
    c = Course(tmp_path_factory.mktemp("gs") / "course")
    c.exercise("double", SPEC, SOLUTION)
    c.file("solutions/wrong/double/triple.py", WRONG)
    return c


@pytest.fixture(scope="module")
def config(course: Course) -> Config:
    return course.config


@pytest.fixture(scope="module")
def built(config: Config, tmp_path_factory: pytest.TempPathFactory) -> gradescope_zip.AutograderZip:
    with ReferenceRunner(config) as runner:
        return gradescope_zip.build(config, tmp_path_factory.mktemp("zip") / "autograder.zip", expected=runner)


def test_zip_layout(built: gradescope_zip.AutograderZip) -> None:
    with zipfile.ZipFile(built.path) as zf:
        names = zf.namelist()
        for script in ("setup.sh", "run_autograder"):
            assert script in names  # at the root, where Gradescope looks
            mode = zf.getinfo(script).external_attr >> 16
            assert mode & stat.S_IXUSR, script
        assert {"course/config.yaml", "course/exercises/double.yaml", "course/expected.json"} <= set(names)
        assert {"package/pyproject.toml", "package/README.md", "package/grader/__init__.py", "package/grader/cli.py"} <= set(names)
        assert not any("__pycache__" in n for n in names)
        setup = zf.read("setup.sh").decode()
    assert f'"torch=={torch_version().split("+")[0]}" --index-url https://download.pytorch.org/whl/cpu' in setup
    assert "pip install --no-cache-dir ./package" in setup
    # Last, so the installs above can still read the folder: root only from then on.
    assert setup.rstrip().splitlines()[-1] == "chmod -R go-rwx ."


def test_zip_ships_no_solutions(built: gradescope_zip.AutograderZip, config: Config) -> None:
    solutions = [p.read_bytes() for p in config.solutions_dir.rglob("*.py")]
    with zipfile.ZipFile(built.path) as zf:
        assert not any(n.startswith(("solutions/", "course/solutions/")) or "/wrong/" in n for n in zf.namelist())
        for name in zf.namelist():
            data = zf.read(name)
            assert data not in solutions, name
            assert b"reference solution: never shipped" not in data, name


def test_zip_holds_expected_values_of_every_case(built: gradescope_zip.AutograderZip, config: Config) -> None:
    with zipfile.ZipFile(built.path) as zf:
        expected = json.loads(zf.read("course/expected.json"))
        shipped = yaml.safe_load(zf.read("course/config.yaml"))
    [ex] = load_exercises(config)
    # Hidden cases too: the zip grades with every check.
    assert set(expected["exercises"]["double"]) == {t.case for t in tasks_for(ex, "grade", config)} == {"simple", "secret"}
    assert shipped["expected_file"] == "expected.json" and shipped["exercises_dir"] == "exercises"
    # The key the hidden inputs were drawn with: the autograder draws the same, and matches the frozen values.
    assert shipped["hidden_seed"] == secret.key_text(config.root, config.hidden_seed)


def gradescope_root(built: gradescope_zip.AutograderZip, root: Path) -> Path:
    """A folder laid out like Gradescope's /autograder."""
    source = root / "source"
    source.mkdir(parents=True)
    with zipfile.ZipFile(built.path) as zf:
        zf.extractall(source)
    shutil.copy(source / "run_autograder", root / "run_autograder")  # Gradescope copies it up
    (root / "submission").mkdir()
    return root


def run_autograder(root: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, GRADER_AUTOGRADER_ROOT=str(root), GRADER_PYTHON=sys.executable)
    env.pop("GRADER_CONFIG", None)
    # From an unrelated folder: nothing of the course may be found by looking around.
    return subprocess.run(["bash", str(root / "run_autograder")], cwd=root, env=env, capture_output=True, text=True, timeout=300)


def test_run_autograder_end_to_end(built: gradescope_zip.AutograderZip, config: Config, grade: GradeFn, tmp_path: Path) -> None:
    root = gradescope_root(built, tmp_path / "autograder")
    submission = root / "submission" / "homework.ipynb"
    submission.write_text(notebook(WRONG), encoding="utf-8")
    proc = run_autograder(root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    # The same file graded here, against the reference solutions, gives the same grade.
    local = grade(config, submission, grader=open_grader(config, mode="grade"))
    assert results["score"] == local.score < local.max_score == results["max_score"]
    parts = []
    for e in local.exercises:
        for part in ("public", "hidden"):
            checks = [c for c in e.checks if (c.visibility == "public") == (part == "public")]
            if checks:
                status = "passed" if all(c.status == "passed" for c in checks) else "failed"
                parts.append((f"{e.id} ({part} checks)", sum(c.points for c in checks), status))
    assert [(t["name"], t["score"], t["status"]) for t in results["tests"]] == parts
    assert {t["visibility"] for t in results["tests"]} == {"visible", "hidden"}
    assert results["execution_time"] > 0


def test_run_autograder_without_a_file_still_writes_results(built: gradescope_zip.AutograderZip, tmp_path: Path) -> None:
    root = gradescope_root(built, tmp_path / "autograder")
    write(root / "submission" / "README.txt", "oops")
    proc = run_autograder(root)
    assert proc.returncode == 0
    results = json.loads((root / "results" / "results.json").read_text(encoding="utf-8"))
    assert results["score"] == 0 and results["tests"] == []
    assert "No .ipynb or .py file was found" in results["output"]


def test_autograde_picks_the_newest_file(tmp_path: Path) -> None:
    old = write(tmp_path / "a.py", "x = 1\n")
    new = write(tmp_path / "b.ipynb", notebook("x = 1"))
    os.utime(old, (1000, 1000))
    os.utime(new, (2000, 2000))
    chosen, others = autograde.choose(tmp_path)
    assert chosen == new and others == [old]


def test_export_gradescope_command(config: Config, tmp_path: Path) -> None:
    import io

    from grader.commands import export

    out = io.StringIO()
    assert export.main(config, what="gradescope", out_path=tmp_path / "ag.zip", out=out) == 0
    assert zipfile.is_zipfile(tmp_path / "ag.zip")
    assert "1 exercise, frozen expected values, no solutions" in out.getvalue()
    # A folder gets the zip under a default name.
    assert export.main(config, what="gradescope", out_path=tmp_path / "dist", out=out) == 0
    assert zipfile.is_zipfile(tmp_path / "dist" / "gradescope_autograder.zip")
