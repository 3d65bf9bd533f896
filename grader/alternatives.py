"""Correct alternatives: right answers in the styles students really write.

Each exercise has its own folder, ``solutions/alternatives/<exercise id>/``;
every ``.py`` file in it is a complete, correct answer written another way
(a different but equivalent formula, an optimizer instead of a manual
update, ``torch.mean`` instead of ``.mean()``...). They are found by
location, never listed in the exercise file, and ``grader validate``
requires full marks, hidden checks included, for each one.
"""

from __future__ import annotations

from pathlib import Path

from grader.config import Config

MIN_ALTERNATIVES = 3
"""Fewer than this many correct alternatives is a problem: one style passing proves little about fairness."""

FOLDER = "alternatives"
"""The folder under ``solutions/`` that holds one folder of alternatives per exercise."""


def alternatives_folder(config: Config, exercise_id: str) -> Path:
    """Where an exercise's alternatives live: ``solutions/alternatives/<id>/``."""
    return config.solutions_dir / FOLDER / exercise_id


def alternative_files(config: Config, exercise_id: str) -> list[Path]:
    """An exercise's correct alternatives, sorted by name (none when its folder does not exist)."""
    folder = alternatives_folder(config, exercise_id)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".py" and p.is_file())
