"""The student bundle carries what a student needs: install files, the grader's source, a README that is right."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from grader import assign, bundle_kit
from grader.config import Config
from grader.expected import ReferenceRunner
from grader.spec import load_exercises

EXERCISES = ["mean_square_grad", "vector_backward"]


@pytest.fixture(scope="module")
def bundle(repo_config: Config, tmp_path_factory: pytest.TempPathFactory) -> assign.Bundle:
    folder = tmp_path_factory.mktemp("bundle")
    with ReferenceRunner(repo_config) as runner:
        return assign.write_bundle(repo_config, load_exercises(repo_config, only=EXERCISES), folder, expected=runner)


def test_install_files_pin_cpu_torch_and_install_the_bundled_grader(bundle: assign.Bundle) -> None:
    requirements = (bundle.folder / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert "--extra-index-url https://download.pytorch.org/whl/cpu" in requirements
    assert "torch" in requirements and "./grader-src" in requirements
    import torch

    constraints = (bundle.folder / "constraints.txt").read_text(encoding="utf-8").splitlines()
    assert f"torch=={torch.__version__.split('+')[0]}" in constraints
    source = bundle.folder / "grader-src"
    assert (source / "pyproject.toml").is_file() and (source / "README.md").is_file()
    assert (source / "grader" / "__init__.py").is_file() and (source / "grader" / "sandbox" / "portable.py").is_file()
    assert not list(source.rglob("__pycache__"))


def test_the_bundled_source_builds_into_the_grader(bundle: assign.Bundle) -> None:
    # No network: --no-build-isolation uses this environment's setuptools.
    out = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--no-build-isolation", "--no-index", "./grader-src"],
        cwd=bundle.folder,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Would install autograd-grader" in out.stdout


def test_readme_commands_refer_to_files_that_exist(bundle: assign.Bundle) -> None:
    readme = (bundle.folder / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```[a-z]*\n(.*?)```", readme, re.S)
    commands = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    assert bundle_kit.INSTALL_COMMAND in commands
    named: set[str] = set()
    for command in commands:
        words = command.split()
        for flag in ("-r", "-c"):
            if flag in words:
                named.add(words[words.index(flag) + 1])
        if words[:2] == ["grader", "check"]:
            named.add(words[2])
            if "-e" in words:
                assert (bundle.folder / "exercises" / f"{words[words.index('-e') + 1]}.yaml").is_file()
    assert {"requirements.txt", "constraints.txt", "autograd_exercises.ipynb", "autograd_exercises.py"} <= named
    for name in named:
        assert (bundle.folder / name).is_file(), name
    # check() in the notebook, with an exercise of this bundle, and how to point it at the bundle.
    for ex_id in re.findall(r'check\("([a-z_]+)"', readme):
        assert (bundle.folder / "exercises" / f"{ex_id}.yaml").is_file()
    assert 'course="path/to/this/folder"' in readme
    assert "hidden checks" in readme and "(3 more in hidden checks)" in readme


def test_the_notebook_starts_with_how_to_install(bundle: assign.Bundle) -> None:
    nb = json.loads(bundle.notebook.read_text(encoding="utf-8"))
    first = "".join(nb["cells"][0]["source"])
    assert bundle_kit.INSTALL_COMMAND in first
    assert "README.md" in first


def test_readme_says_how_a_notebook_is_run_with_the_courses_output_limit(bundle: assign.Bundle, repo_config: Config) -> None:
    # Students on Colab or VS Code leave magics, pip lines and failing cells in; the README says what becomes of them.
    readme = (bundle.folder / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How your work is run", 1)[1].split("\n## ", 1)[0]
    for words in ("`!shell` lines", "never run", "does not stop", "saved in the notebook are ignored", "%%time"):
        assert words in " ".join(section.split()), words
    assert f"{repo_config.limits.output_bytes / 1024:g} KB" in section
