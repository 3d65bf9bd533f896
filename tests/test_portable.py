"""The portable runner, proven on Linux by taking away what Windows lacks.

A ``sitecustomize.py`` first on ``PYTHONPATH`` makes ``fcntl``, ``resource``
and ``termios`` unimportable and deletes ``os.fork`` in every Python process
started with that environment: the ``grader`` command, and every child it
starts. Without ``$GRADER_RUNNER``, the grader must find that out by itself,
use the portable runner for ``check``, and give real verdicts; batch grading
must refuse in a sentence.

Time limits here are generous and the assertions are on messages, never on
how long anything took.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO

from grader import assign
from grader.config import Config
from grader.expected import ReferenceRunner
from grader.sandbox import capabilities
from grader.spec import load_exercises

EXERCISES = ["mean_square_grad", "vector_backward"]

NO_POSIX = """\
# Written by tests/test_portable.py: this interpreter has what Windows has, no more.
import os
import sys

for _name in ("fcntl", "resource", "termios"):
    sys.modules[_name] = None  # `import fcntl` now raises ImportError
for _name in ("fork", "forkpty"):
    if hasattr(os, _name):
        delattr(os, _name)
"""


@pytest.fixture(scope="module")
def bundle(repo_config: Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A student bundle of two exercises, as `grader assign --out` writes it."""
    folder = tmp_path_factory.mktemp("bundle")
    exercises = load_exercises(repo_config, only=EXERCISES)
    with ReferenceRunner(repo_config) as runner:
        assign.write_bundle(repo_config, exercises, folder, expected=runner)
    config = folder / "config.yaml"
    text = config.read_text(encoding="utf-8")
    # Generous, but short enough that the loop test does not wait 10 s per call.
    config.write_text(text.replace("call_seconds: 10", "call_seconds: 4"), encoding="utf-8")
    assert "call_seconds: 4" in config.read_text(encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def no_posix_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    site = tmp_path_factory.mktemp("no_posix")
    (site / "sitecustomize.py").write_text(NO_POSIX, encoding="utf-8")
    env = dict(os.environ)
    env.pop(capabilities.ENV_RUNNER, None)  # detection must decide, not a forced runner
    env.pop("GRADER_CONFIG", None)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(REPO)])
    return env


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=600)


def test_the_environment_really_lacks_fork_fcntl_and_resource(no_posix_env: dict[str, str], tmp_path: Path) -> None:
    probe = run(
        ["-c", "import os, subprocess, sys\n"
         "from grader.sandbox import capabilities\n"
         "c = capabilities.detect()\n"
         "print(hasattr(os, 'fork'), c.fork, c.fcntl, c.rlimits, c.runner)\n"
         "print(subprocess.run([sys.executable, '-c', 'import os; print(hasattr(os, \"fork\"))'], capture_output=True, text=True).stdout.strip())"],
        no_posix_env,
        tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["False", "False", "False", "False", "portable", "False"]


def test_importing_the_student_api_needs_nothing_posix_only(no_posix_env: dict[str, str], tmp_path: Path) -> None:
    probe = run(["-c", "import grader, grader.cli, grader.commands.check\nfrom grader import check\nprint(check.__name__)"], no_posix_env, tmp_path)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "check"


def test_check_a_correct_module_gets_every_public_point(bundle: Path, no_posix_env: dict[str, str]) -> None:
    submission = REPO / "examples/submissions/correct_module/autograd_exercises.py"
    out = run(["-m", "grader", "check", str(submission), "-e", EXERCISES[0], "-e", EXERCISES[1]], no_posix_env, bundle)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "2 of 2 exercises passed" in out.stdout
    assert "PASS  mean_square_grad" in out.stdout and "PASS  vector_backward" in out.stdout
    assert "Traceback" not in out.stderr


def test_check_a_wrong_notebook_fails_with_the_mistake_named(bundle: Path, no_posix_env: dict[str, str]) -> None:
    submission = REPO / "examples/submissions/wrong_notebook/autograd_exercises.ipynb"
    out = run(["-m", "grader", "check", str(submission), "-e", "vector_backward"], no_posix_env, bundle)
    assert out.returncode == 1, out.stdout + out.stderr
    text = " ".join(out.stdout.split())
    assert "FAIL vector_backward" in text
    assert "grad can be implicitly created only for scalar outputs" in text
    assert "pass a gradient tensor of the same shape" in text  # the hint


def test_check_a_correct_notebook(bundle: Path, no_posix_env: dict[str, str]) -> None:
    submission = REPO / "examples/submissions/correct_notebook/autograd_exercises.ipynb"
    out = run(["-m", "grader", "check", str(submission), "-e", "mean_square_grad"], no_posix_env, bundle)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "PASS  mean_square_grad" in out.stdout


def test_check_an_endless_loop_times_out_and_the_rest_is_checked(bundle: Path, no_posix_env: dict[str, str], tmp_path: Path) -> None:
    submission = tmp_path / "loop.py"
    correct = (REPO / "solutions/vector_backward.py").read_text(encoding="utf-8")
    submission.write_text(
        "import torch\n\n\ndef mean_square_grad(x):\n    while True:\n        pass\n\n\n" + correct, encoding="utf-8"
    )
    out = run(["-m", "grader", "check", str(submission), "-e", EXERCISES[0], "-e", EXERCISES[1]], no_posix_env, bundle)
    assert out.returncode == 1, out.stdout + out.stderr
    text = " ".join(out.stdout.split())
    assert "TIME mean_square_grad" in text
    assert "did not finish within 4 s" in text
    assert "PASS vector_backward" in text  # a restarted child ran what was left


def test_batch_grading_says_it_needs_linux(bundle: Path, no_posix_env: dict[str, str]) -> None:
    out = run(["-m", "grader", "grade", str(REPO / "examples/submissions/correct_module")], no_posix_env, bundle)
    assert out.returncode == 1
    assert "needs the Linux sandbox" in out.stderr and "os.fork" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_in_process_inside_the_bundle(bundle: Path, no_posix_env: dict[str, str]) -> None:
    """`from grader import check` as a notebook calls it: the student's own namespace, in the bundle."""
    script = textwrap.dedent(
        """
        import torch

        def mean_square_grad(x):
            out = (3 * (x + 2) ** 2).mean()
            out.backward()
            return out

        def vector_backward(x, v):
            z = x * 2
            z.backward()
            return z

        from grader import check
        check("mean_square_grad")
        check("vector_backward")
        """
    )
    out = run(["-c", script], no_posix_env, bundle)
    assert out.returncode == 0, out.stdout + out.stderr
    text = " ".join(out.stdout.split())
    assert "PASS mean_square_grad" in text
    assert "FAIL vector_backward" in text and "grad can be implicitly created only for scalar outputs" in text
