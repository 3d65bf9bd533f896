"""Exercises grouped by their ``topic:``, for the student notebook, ``grader list`` and the instructor summary.

Topics come in the order of their first exercise; inside a topic the
exercises keep the order they were given in (the course's, or an
assignment's). Exercises without a topic come last, under ``None``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def by_topic(items: Iterable[T], topic: Callable[[T], str | None]) -> list[tuple[str | None, list[T]]]:
    """``items`` grouped by ``topic(item)``: ``[(topic, items)]``, topics in order of first appearance, ``None`` last."""
    groups: dict[str | None, list[T]] = {}
    for item in items:
        groups.setdefault(topic(item), []).append(item)
    untagged = groups.pop(None, None)
    out: list[tuple[str | None, list[T]]] = list(groups.items())
    if untagged:
        out.append((None, untagged))
    return out


def in_topic_order(items: Iterable[T], topic: Callable[[T], str | None]) -> list[T]:
    """``items`` reordered so that each topic's come together (see :func:`by_topic`)."""
    return [item for _, group in by_topic(items, topic) for item in group]
