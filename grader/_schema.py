"""Typed reading of YAML mappings with error messages that carry a key path.

Both ``config.yaml`` and the exercise files are read through :class:`Node`, so
every complaint looks the same: ``exercises/foo.yaml: checks[2].points: expected
a number, found 'three'``. Unknown keys are errors (a typo must not be ignored).

Each reader returns the Python type it checked: ``string`` a ``str``,
``integer`` an ``int``, ``number`` a ``float``, ``strings`` a ``list[str]``,
``choice`` one of the choices it was given. With a default, a missing key
gives the default (``node.string("topic", None)`` is a ``str | None``);
without one, a missing key is an error.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import NoReturn, TypeVar, overload

ErrorFactory = Callable[[str, str], Exception]
"""Builds the exception to raise from (key path, problem)."""

_T = TypeVar("_T")
_S = TypeVar("_S", bound=str)


class _Missing:
    """The default of a required key: no default."""


_MISSING = _Missing()


def type_name(value: object) -> str:
    """Words for the YAML type of ``value`` ("a string", "nothing (null)")."""
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

    def __init__(self, value: object, path: str, error: ErrorFactory) -> None:
        self.value = value
        """The value as YAML loaded it."""
        self.path = path
        """Key path from the document's root (``checks[2].points``)."""
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

    def _mapping(self) -> dict[str, object]:
        if not isinstance(self.value, dict):
            self.fail(f"expected a mapping, found {type_name(self.value)}")
        for key in self.value:
            if not isinstance(key, str):
                self.fail(f"keys must be strings, found {key!r}")
        return self.value

    def require_mapping(self) -> Node:
        self._mapping()
        return self

    def keys(self) -> list[str]:
        """The keys of a mapping, in document order."""
        return list(self._mapping())

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value

    def child(self, key: str) -> Node:
        """The value under a required key."""
        found = self._get(key, _MISSING)
        assert found is not None  # a required key is never missing: _get failed
        return found

    def optional(self, key: str) -> Node | None:
        """The value under ``key``, or None when the key is absent."""
        return self._get(key, None)

    def _get(self, key: str, default: object) -> Node | None:
        mapping = self._mapping()
        self._seen.add(key)
        if key not in mapping:
            if default is _MISSING:
                self.fail("missing required key", key)
            return None
        return Node(mapping[key], self._join(key), self._error)

    def items(self) -> list[Node]:
        if not isinstance(self.value, list):
            self.fail(f"expected a list, found {type_name(self.value)}")
        return [Node(v, self._join(i), self._error) for i, v in enumerate(self.value)]

    def entries(self) -> list[tuple[str, Node]]:
        return [(k, Node(v, self._join(k), self._error)) for k, v in self._mapping().items()]

    def reject_unknown(self, allowed: Collection[str] | None = None) -> None:
        """Fail on any key not read: typos must not pass silently.

        ``allowed``: the keys declared for this mapping, listed in the error.
        Reading a key not among them is a bug of the reader (its declaration
        is missing, so the docs and schema generated from it would miss it too).
        """
        if allowed is not None and not self._seen <= set(allowed):
            raise AssertionError(f"{self.path or 'the document'}: read undeclared keys {sorted(self._seen - set(allowed))}")
        known = sorted(self._seen if allowed is None else allowed)
        for key in self._mapping():
            if key in self._seen:
                continue
            if allowed is not None and key in allowed:
                self.fail("does not go with the other keys here (a key of another form of this mapping)", key)
            self.fail(f"unknown key (allowed here: {', '.join(known) or 'none'})", key)

    # -- the node's own value ----------------------------------------------

    def as_string(self) -> str:
        if not isinstance(self.value, str) or not self.value.strip():
            self.fail(f"expected a non-empty string, found {type_name(self.value)}")
        return self.value

    def as_boolean(self) -> bool:
        if not isinstance(self.value, bool):
            self.fail(f"expected true or false, found {type_name(self.value)}")
        return self.value

    def as_integer(self, *, minimum: int | None = None) -> int:
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            self.fail(f"expected an integer, found {type_name(self.value)}")
        if minimum is not None and self.value < minimum:
            self.fail(f"must be at least {minimum}, found {self.value}")
        return self.value

    def as_number(self, *, minimum: float | None = None, maximum: float | None = None) -> float:
        value = self.value
        if isinstance(value, str):
            # YAML 1.1 reads "1e-5" as a string; accept it as the number it obviously is.
            try:
                value = float(value)
            except ValueError:
                self.fail(f"expected a number, found {self.value!r}")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(f"expected a number, found {type_name(value)}")
        if minimum is not None and value < minimum:
            self.fail(f"must be at least {minimum}, found {value}")
        if maximum is not None and value > maximum:
            self.fail(f"must be at most {maximum}, found {value}")
        return float(value)

    def as_choice(self, choices: tuple[_S, ...]) -> _S:
        value = self.as_string()
        for choice in choices:
            if value == choice:
                return choice
        self.fail(f"expected one of {', '.join(choices)}, found {value!r}")

    def as_strings(self) -> list[str]:
        out = []
        for item in self.items():
            if not isinstance(item.value, str) or not item.value:
                item.fail(f"expected a string, found {type_name(item.value)}")
            out.append(item.value)
        return out

    # -- a key's value ----------------------------------------------------

    @overload
    def string(self, key: str) -> str: ...
    @overload
    def string(self, key: str, default: _T) -> str | _T: ...
    def string(self, key: str, default: object = _MISSING) -> object:
        node = self._get(key, default)
        return default if node is None else node.as_string()

    @overload
    def boolean(self, key: str) -> bool: ...
    @overload
    def boolean(self, key: str, default: _T) -> bool | _T: ...
    def boolean(self, key: str, default: object = _MISSING) -> object:
        node = self._get(key, default)
        return default if node is None else node.as_boolean()

    @overload
    def integer(self, key: str, *, minimum: int | None = None) -> int: ...
    @overload
    def integer(self, key: str, default: _T, *, minimum: int | None = None) -> int | _T: ...
    def integer(self, key: str, default: object = _MISSING, *, minimum: int | None = None) -> object:
        node = self._get(key, default)
        return default if node is None else node.as_integer(minimum=minimum)

    @overload
    def number(self, key: str, *, minimum: float | None = None, maximum: float | None = None) -> float: ...
    @overload
    def number(self, key: str, default: _T, *, minimum: float | None = None, maximum: float | None = None) -> float | _T: ...
    def number(self, key: str, default: object = _MISSING, *, minimum: float | None = None, maximum: float | None = None) -> object:
        node = self._get(key, default)
        return default if node is None else node.as_number(minimum=minimum, maximum=maximum)

    @overload
    def choice(self, key: str, choices: tuple[_S, ...]) -> _S: ...
    @overload
    def choice(self, key: str, choices: tuple[_S, ...], default: _T) -> _S | _T: ...
    def choice(self, key: str, choices: tuple[_S, ...], default: object = _MISSING) -> object:
        node = self._get(key, default)
        return default if node is None else node.as_choice(choices)

    @overload
    def strings(self, key: str) -> list[str]: ...
    @overload
    def strings(self, key: str, default: _T) -> list[str] | _T: ...
    def strings(self, key: str, default: object = _MISSING) -> object:
        node = self._get(key, default)
        return default if node is None else node.as_strings()
