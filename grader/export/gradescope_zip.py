"""The Gradescope autograder zip: the grader, the course's exercises, and frozen expected values.

Layout (Gradescope unzips it into ``/autograder/source``)::

    setup.sh            installs this package and a CPU build of torch (the version expected values came from)
    run_autograder      grades /autograder/submission into /autograder/results/results.json
    course/config.yaml  the course's settings, pointed at the frozen expected values
    course/exercises/   every exercise file, hidden checks included
    course/expected.json  expected observations of every case, computed now from the reference solutions
    package/            this package's source (pyproject.toml and grader/)

It never holds the reference solutions or the wrong ones: only the values the
reference produced. ``run_autograder`` reads ``GRADER_AUTOGRADER_ROOT`` (default
``/autograder``) and ``GRADER_PYTHON`` (default ``python3``), so it can be tried
on any machine against a folder laid out like Gradescope's.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

import grader
from grader import secret
from grader.config import Config, load_config
from grader.errors import ConfigError
from grader.expected import ExpectedSource, FrozenExpected, freeze, torch_version
from grader.spec import Exercise, load_exercises

COURSE = "course"
EXPECTED_NAME = "expected.json"

SETUP_SH = """#!/usr/bin/env bash
# Gradescope runs this once, when the autograder image is built.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v python3 >/dev/null || ! python3 -m pip --version >/dev/null 2>&1; then
    apt-get update
    apt-get install -y --no-install-recommends python3 python3-pip
fi
# The image's Python belongs to this autograder alone: newer Ubuntu images
# refuse system-wide pip installs unless told so (PEP 668).
export PIP_BREAK_SYSTEM_PACKAGES=1
# CPU torch from PyTorch's own index (the default one resolves a multi-GB CUDA
# build), pinned to the version that computed expected.json.
python3 -m pip install --no-cache-dir "torch=={torch}" --index-url https://download.pytorch.org/whl/cpu
python3 -m pip install --no-cache-dir ./package
python3 -m grader --config course/config.yaml list
# Submissions run as other users; where the container forbids mount namespaces,
# these permissions are what keep expected values and the hidden seed from them.
chmod -R go-rwx .
"""

RUN_AUTOGRADER = """#!/usr/bin/env bash
# Gradescope runs this for every submission. GRADER_AUTOGRADER_ROOT replaces
# /autograder and GRADER_PYTHON the interpreter, to try it anywhere.
set -uo pipefail
ROOT="${GRADER_AUTOGRADER_ROOT:-/autograder}"
PYTHON="${GRADER_PYTHON:-python3}"
mkdir -p "$ROOT/results"
exec "$PYTHON" -m grader --config "$ROOT/source/course/config.yaml" autograde "$ROOT/submission" --results "$ROOT/results/results.json"
"""

_PACKAGE_README = "# autograd-grader\n\nAutograder for PyTorch autograd exercises (packaged for Gradescope).\n"


@dataclass(frozen=True)
class AutograderZip:
    """What was written."""

    path: Path
    """The zip."""
    exercises: int
    """Exercise files in it."""
    torch: str
    """The torch version setup.sh installs."""
    entries: tuple[str, ...]
    """Every file in the zip."""


def course_config(config: Config, config_file: Path) -> dict[str, Any]:
    """The course's config.yaml, pointed at the zip's own folders and frozen expected values."""
    try:
        data = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{config_file}: cannot read: {exc}") from exc
    data.update(
        exercises_dir="exercises",
        # No solutions folder in the zip: expected values come from expected.json.
        solutions_dir="solutions",
        expected_file=EXPECTED_NAME,
        cache_dir=".grader_cache",
        gradebook="gradebook.sqlite",
        # One submission per run, on whatever cores Gradescope gives.
        workers=1,
        # The key the hidden inputs of expected.json were drawn with: the autograder draws the same.
        hidden_seed=secret.key_text(config.root, config.hidden_seed),
    )
    return data


def _package_files() -> list[tuple[Path, str]]:
    """(file, name in the zip) for this package's source."""
    package = Path(grader.__file__).resolve().parent
    project = package.parent
    out = []
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            out.append((path, f"package/grader/{path.relative_to(package).as_posix()}"))
    pyproject = project / "pyproject.toml"
    if not pyproject.is_file():
        raise ConfigError(f"{pyproject} not found: the Gradescope zip is built from a source checkout of the grader")
    out.append((pyproject, "package/pyproject.toml"))
    return out


def build(
    config: Config,
    path: Path,
    *,
    expected: ExpectedSource,
    config_file: Path | None = None,
    exercises: list[Exercise] | None = None,
) -> AutograderZip:
    """Write the autograder zip to ``path``; expected values come from ``expected`` (reference runs)."""
    config_file = config_file or config.root / "config.yaml"
    exercises = exercises if exercises is not None else load_exercises(config)
    version = torch_version().split("+", 1)[0]
    with tempfile.TemporaryDirectory(prefix="grader-gradescope-") as tmp:
        stage = Path(tmp)
        course = stage / COURSE
        (course / "exercises").mkdir(parents=True)
        for ex in exercises:
            shutil.copy2(ex.path, course / "exercises" / ex.path.name)
        # Every case, hidden ones included: the zip grades, it is never shown to students.
        freeze(expected, exercises, course / EXPECTED_NAME, public_only=False)
        (course / "config.yaml").write_text(
            "# Written by `grader export gradescope`: the course's settings, without solutions.\n"
            + yaml.safe_dump(course_config(config, config_file), sort_keys=False),
            encoding="utf-8",
        )
        # Load it back the way run_autograder will: a zip that cannot grade fails here, not on Gradescope.
        shipped = load_config(course / "config.yaml")
        frozen = FrozenExpected(shipped.expected_file)  # type: ignore[arg-type]
        for ex in load_exercises(shipped):
            frozen.observations(ex)

        path.parent.mkdir(parents=True, exist_ok=True)
        entries = []
        tmp_zip = path.with_name(path.name + ".tmp")
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, text in (("setup.sh", SETUP_SH.replace("{torch}", version)), ("run_autograder", RUN_AUTOGRADER)):
                info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                info.external_attr = (stat.S_IFREG | 0o755) << 16
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, text)
                entries.append(name)
            for file in sorted(course.rglob("*")):
                if file.is_file():
                    name = f"{COURSE}/{file.relative_to(course).as_posix()}"
                    zf.write(file, name)
                    entries.append(name)
            for file, name in _package_files():
                zf.write(file, name)
                entries.append(name)
            zf.writestr("package/README.md", _readme_text())
            entries.append("package/README.md")
        os.replace(tmp_zip, path)
    return AutograderZip(path=path, exercises=len(exercises), torch=version, entries=tuple(entries))


def _readme_text() -> str:
    # pyproject.toml names README.md; the package builds only if it exists.
    project_readme = Path(grader.__file__).resolve().parent.parent / "README.md"
    try:
        return project_readme.read_text(encoding="utf-8")
    except OSError:
        return _PACKAGE_README
