"""The course's folders off a child's import path, and imports of the solutions refused.

Where the sandbox has a mount namespace the folders are not even there
(:mod:`grader.sandbox.mounts`); this is what still holds where it has none.
The plan is worked out in the worker before it forks (:func:`plan`), the
child only deletes what it lists (:func:`hide_course_paths`).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


class _HiddenImports:
    """Refuses imports of the course's private folders (reference solutions)."""

    def __init__(self, names: list[str]) -> None:
        self.names = {n for n in names if n}

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in self.names:
            raise ImportError(f"{name!r} belongs to the course staff: reference solutions are not available to submissions")
        return None


def _inside(roots: tuple[str, ...], entry: str) -> bool:
    # "" and other relative entries are relative to the working folder: the child's own.
    real = os.path.realpath(entry or os.getcwd())
    return any(real == r or real.startswith(r + os.sep) for r in roots)


@dataclass(frozen=True)
class Hiding:
    """Import paths to drop in a child, worked out in the worker before it forks.

    Resolving every folder of the importer cache costs an ``lstat`` per path
    component, and even walking the cache in the child copies the pages its
    entries live on: the worker does both once (its cache keeps the plan,
    see :class:`grader.sandbox.state.WorkerState`), and the child deletes only
    what is listed.
    """

    roots: tuple[str, ...]
    """The hidden folders, resolved."""
    path: frozenset[str]
    """Absolute ``sys.path`` entries inside the course folders."""
    cache: tuple[str, ...]
    """Absolute importer-cache entries inside them."""
    relative: tuple[str, ...]
    """Relative entries (``""`` above all), decided in the child, whose working folder is its own."""


def plan_key(hidden: list[str]) -> tuple[object, ...]:
    """What a plan depends on: the folders, and the import state (which a worker does not change between jobs)."""
    return (tuple(hidden), tuple(sys.path), len(sys.path_importer_cache))


def plan(hidden: list[str]) -> Hiding:
    """Which of this process's import paths lie inside the ``hidden`` folders."""
    roots = tuple(os.path.realpath(h) for h in hidden)
    path = frozenset(p for p in sys.path if os.path.isabs(p) and _inside(roots, p))
    cache = tuple(e for e in sys.path_importer_cache if os.path.isabs(e) and _inside(roots, e))
    relative = tuple(dict.fromkeys(e for e in [*sys.path, *sys.path_importer_cache] if not os.path.isabs(e)))
    return Hiding(roots, path, cache, relative)


def hide_course_paths(hiding: Hiding, refuse: list[str]) -> None:
    """Drop the course folder from sys.path and refuse imports of the solutions folder."""
    gone = hiding.path | {e for e in hiding.relative if _inside(hiding.roots, e)}
    sys.path[:] = [p for p in sys.path if p not in gone]
    # Only the solutions folder's name is refused (the course root's name may be anything).
    sys.meta_path.insert(0, _HiddenImports(refuse))
    # Forget only the finders of dropped entries: clearing the whole cache frees
    # hundreds of inherited objects, and every page they touch is copied.
    for entry in (*hiding.cache, *gone):
        sys.path_importer_cache.pop(entry, None)
