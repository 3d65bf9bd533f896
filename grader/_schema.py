"""Typed reading of YAML mappings with error messages that carry a key path.

Both ``config.yaml`` and the exercise files are read through :class:`Node`, so
every complaint looks the same: ``exercises/foo.yaml: checks[2].points: expected
a number, found 'three'``. Unknown keys are errors (a typo must not be ignored).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NoReturn

_MISSING: Any = object()

ErrorFactory = Callable[[str, str], Exception]
"""Builds the exception to raise from (key path, problem)."""


def _type_name(value: object) -> str:
    if value is None:
        return "nothing (null)"
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a mapping",
    }.get(type(value), type(value).__name__)


class Node:
    """A value inside a YAML document, with the key path that leads to it."""

    def __init__(self, value: Any, path: str, error: ErrorFactory) -> None:
        self.value = value
        self.path = path
        self._error = error
        self._seen: set[str] = set()

    # -- errors -----------------------------------------------------------

    def fail(self, problem: str, key: str | None = None) -> NoReturn:
        raise self._error(self._join(key) if key is not None else self.path, problem)

    def _join(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    # -- structure --------------------------------------------------------

    def require_mapping(self) -> Node:
        if not isinstance(self.value, dict):
            self.fail(f"expected a mapping, found {_type_name(self.value)}")
        for key in self.value:
            if not isinstance(key, str):
                self.fail(f"keys must be strings, found {key!r}")
        return self

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def child(self, key: str, default: Any = _MISSING) -> Node:
        self.require_mapping()
        self._seen.add(key)
        if key not in self.value:
            if default is _MISSING:
                self.fail("missing required key", key)
            return Node(default, self._join(key), self._error)
        return Node(self.value[key], self._join(key), self._error)

    def items(self) -> list[Node]:
        if not isinstance(self.value, list):
            self.fail(f"expected a list, found {_type_name(self.value)}")
        return [Node(v, self._join(i), self._error) for i, v in enumerate(self.value)]

    def entries(self) -> list[tuple[str, Node]]:
        self.require_mapping()
        return [(k, Node(v, self._join(k), self._error)) for k, v in self.value.items()]

    def reject_unknown(self, allowed: set[str] | None = None) -> None:
        """Fail on any key not read (or not in ``allowed``): typos must not pass silently."""
        self.require_mapping()
        known = self._seen if allowed is None else allowed
        for key in self.value:
            if key not in known:
                choices = ", ".join(sorted(known)) or "none"
                self.fail(f"unknown key (allowed here: {choices})", key)

    # -- scalars ----------------------------------------------------------

    def str(self, key: str, default: Any = _MISSING) -> Any:
        node = self.child(key, default)
        if node.value is default and default is not _MISSING:
            return default
        if not isinstance(node.value, str) or not node.value.strip():
            node.fail(f"expected a non-empty string, found {_type_name(node.value)}")
        return node.value

    def bool(self, key: str, default: Any = _MISSING) -> Any:
        node = self.child(key, default)
        if node.value is default and default is not _MISSING:
            return default
        if not isinstance(node.value, bool):
            node.fail(f"expected true or false, found {_type_name(node.value)}")
        return node.value

    def int(self, key: str, default: Any = _MISSING, *, minimum: int | None = None) -> Any:
        node = self.child(key, default)
        if node.value is default and default is not _MISSING:
            return default
        if isinstance(node.value, bool) or not isinstance(node.value, int):
            node.fail(f"expected an integer, found {_type_name(node.value)}")
        if minimum is not None and node.value < minimum:
            node.fail(f"must be at least {minimum}, found {node.value}")
        return node.value

    def number(self, key: str, default: Any = _MISSING, *, minimum: float | None = None) -> Any:
        node = self.child(key, default)
        if node.value is default and default is not _MISSING:
            return default
        return node.as_number(minimum=minimum)

    def as_number(self, *, minimum: float | None = None) -> float:
        value = self.value
        if isinstance(value, str):
            # YAML 1.1 reads "1e-5" as a string; accept it as the number it obviously is.
            try:
                value = float(value)
            except ValueError:
                self.fail(f"expected a number, found {self.value!r}")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(f"expected a number, found {_type_name(value)}")
        if minimum is not None and value < minimum:
            self.fail(f"must be at least {minimum}, found {value}")
        return float(value)

    def choice(self, key: str, choices: tuple[str, ...], default: Any = _MISSING) -> Any:
        value = self.str(key, default)
        if value is default and default is not _MISSING:
            return default
        if value not in choices:
            self.fail(f"expected one of {', '.join(choices)}, found {value!r}", key)
        return value

    def str_list(self, key: str, default: Any = _MISSING) -> Any:
        node = self.child(key, default)
        if node.value is default and default is not _MISSING:
            return default
        out = []
        for item in node.items():
            if not isinstance(item.value, str) or not item.value:
                item.fail(f"expected a string, found {_type_name(item.value)}")
            out.append(item.value)
        return out
