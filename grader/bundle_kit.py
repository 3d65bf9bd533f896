"""What a student needs beside the exercises: how to install, how to check, and the grader itself.

:func:`grader.assign.write_bundle` calls :func:`write_kit`, which adds to the bundle:

- ``grader-src/``: this grader's own source (``pyproject.toml`` and ``grader/``),
  so that the bundle installs the very grader the course grades with, with
  no package index holding it;
- ``requirements.txt``: that source and torch, with PyTorch's CPU index
  (without it pip resolves ``torch`` to a CUDA build of several GB on Linux);
- ``constraints.txt``: torch pinned to the version the expected values came from;
- ``README.md``: the one install command, checking from a terminal and from
  the notebook, and what "hidden checks" means.

Every command the README gives refers to files written here (a test reads
them back).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from grader.export.gradescope_zip import _package_files, _readme_text

SOURCE_DIR = "grader-src"
REQUIREMENTS = "requirements.txt"
CONSTRAINTS = "constraints.txt"
README = "README.md"
TORCH_INDEX = "https://download.pytorch.org/whl/cpu"

INSTALL_COMMAND = f"python -m pip install -r {REQUIREMENTS} -c {CONSTRAINTS}"
"""The one install command, run in the bundle's folder (the paths in requirements.txt are relative to it)."""


@dataclass(frozen=True)
class Kit:
    """What :func:`write_kit` wrote."""

    readme: Path
    requirements: Path
    constraints: Path
    source: Path
    """The grader's source folder (``pip install`` reads its ``pyproject.toml``)."""


def _plain_version(torch: str) -> str:
    # "2.13.0+cpu" -> "2.13.0": the pin allows the CPU build (+cpu) and the macOS/Windows wheels (no suffix).
    return torch.split("+", 1)[0]


def write_kit(
    folder: Path, *, torch_version: str, notebook: str, module: str, example_id: str, hidden_checks: int, output_bytes: int
) -> Kit:
    """Write the install files, the grader's source and the README into ``folder``."""
    source = folder / SOURCE_DIR
    if source.exists():
        shutil.rmtree(source)
    for file, name in _package_files():
        target = source / Path(name).relative_to("package")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, target)
    # pyproject.toml names a README: the source builds only with one.
    (source / "README.md").write_text(_readme_text(), encoding="utf-8")

    torch = _plain_version(torch_version)
    requirements = folder / REQUIREMENTS
    requirements.write_text(
        "# Everything `grader check` and the notebook need. Install from this folder:\n"
        f"#   {INSTALL_COMMAND}\n"
        "# PyTorch's CPU builds (small; the default index gives a CUDA build of several GB on Linux):\n"
        f"--extra-index-url {TORCH_INDEX}\n"
        "torch\n"
        "# The grader itself, from its source in this folder.\n"
        f"./{SOURCE_DIR}\n",
        encoding="utf-8",
    )
    constraints = folder / CONSTRAINTS
    # The torch version the expected values were computed with: the same numbers, the same verdicts.
    pin = f"torch=={torch}\n" if torch[:1].isdigit() else "torch>=2.1  # the course's torch version was not known\n"
    constraints.write_text("# The torch version the expected values were computed with: the same numbers, the same verdicts.\n" + pin, encoding="utf-8")
    readme = folder / README
    readme.write_text(_readme(torch, notebook, module, example_id, hidden_checks, output_bytes), encoding="utf-8")
    return Kit(readme=readme, requirements=requirements, constraints=constraints, source=source)


def _readme(torch: str, notebook: str, module: str, example_id: str, hidden_checks: int, output_bytes: int) -> str:
    output_kb = f"{output_bytes / 1024:g}"
    return f"""# Autograd exercises: how to work and check your answers

This folder holds the exercises ({notebook} and, for those who prefer a plain
Python file, {module}), and what checks your answers on your own computer.

## Install (once)

You need Python 3.10 or newer (Windows, macOS or Linux). Open a terminal in
this folder and run:

```
{INSTALL_COMMAND}
```

It installs PyTorch {torch} (the CPU version, the one your work is graded
with) and the `grader` command, from `{REQUIREMENTS}`, `{CONSTRAINTS}` and
the `{SOURCE_DIR}/` folder. A virtual environment keeps it apart from your
other projects: `python -m venv .venv`, then activate it (`.venv\\Scripts\\activate`
on Windows, `source .venv/bin/activate` elsewhere) before the command above.
To work in Jupyter, also `python -m pip install jupyterlab`.

## Check from the notebook

Each exercise in {notebook} ends with a check cell:

```python
from grader import check
check("{example_id}")
```

Run your answer's cell first, then the check cell: it checks what the
notebook holds now and shows the result below the cell. Each check has a
time limit: an endless loop is stopped and reported, the notebook keeps
running. Keep the notebook in this folder: `check()` finds the exercises
here (or in a folder above). If you moved it, say where this folder is:
`check("{example_id}", course="path/to/this/folder")`.

The check cells can stay in the notebook you hand in: they do nothing when
your work is graded.

## Check from a terminal

From this folder:

```
grader check {notebook}
grader check {notebook} -e {example_id}
grader check {module}
```

`-e` checks one exercise (repeatable). The command runs your whole notebook
from the top, in a fresh process, as the grader will: a good last check
before you hand in. (If the `grader` command is not found, use
`python -m grader check {notebook}`.)

## How your work is run

Your notebook's code cells run in order, from the top, in one fresh
process; the outputs saved in the notebook are ignored. `%magic` lines
(`%matplotlib inline`) and `!shell` lines (`!pip install ...`) are
skipped: they are never run. The Python of a `%%time`, `%%capture` or
`%%prun` cell runs without the magic; other cell magics (`%%bash`) are
skipped. A cell that raises an error does not stop
the cells after it; if a function is missing because its cell failed, the
report names that cell and its error. Settings your code leaves on (a
default dtype, a seed) do not change the inputs the checks build. Printed
output is kept up to {output_kb} KB; what is printed beyond it is cut, not
an error.

## What the results mean

Points are shown like `6 of 9 points (3 more in hidden checks)`: you earned
6 of the 9 points the public checks give, and the exercise has 3 more points
in hidden checks.

Hidden checks run when your work is graded, on other inputs (other shapes,
other random values) than the examples you see. This bundle has none of
them ({hidden_checks} in all are withheld), only the number of their points.
Code that works for any input, not just the example, passes them; code that
is fitted to the example numbers does not.

A failed check says what was compared, on which input, what was expected,
what your code gave, and often a hint that names the mistake.
"""
