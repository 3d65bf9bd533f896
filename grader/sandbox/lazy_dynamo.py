"""A stand-in for ``torch._dynamo`` until something really uses it.

``torch.optim`` guards every optimizer method against ``torch.compile``: each
``step()`` calls ``torch._dynamo.graph_break()``, and methods wrapped by
``torch._disable_dynamo`` call ``torch._dynamo.disable(fn)`` on first use.
So the first ``optimizer.step()`` of a process imports ``torch._dynamo``,
which takes about as long again as ``import torch`` (bench/cold_check.py).
A student's ``grader check`` of a notebook with optimizer exercises waited
for that import every time, and so did every batch worker's start.

``torch.func``'s ``grad``, ``jacrev``, ``vjp`` and ``hessian`` do the same
through ``torch._dynamo.compiled_autograd._disable()``.

Outside a compilation these guards do nothing: ``graph_break()`` only acts
while dynamo traces a frame, ``disable(fn)`` only keeps dynamo from tracing
``fn``, and compiled autograd is off until enabled through dynamo. Nothing
traces while ``torch._dynamo`` has never been imported, since
``torch.compile`` imports it. So, in a process that has not imported it
yet, :func:`install` puts a stand-in module in its place which answers those
calls itself, and loads the real package the moment anything else is asked
of it: any other attribute (``torch._dynamo.reset``, ``torch.compile``'s
own use), or an import of one of its submodules (``import
torch._dynamo.config``). From then on the stand-in forwards the guards to
the real package, so a function it wrapped earlier is disabled for dynamo as
torch meant it to be.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Callable, Sequence
from typing import Any

NAME = "torch._dynamo"


def install() -> bool:
    """Put the stand-in in place of ``torch._dynamo`` (False: the real one is already loaded, nothing to do)."""
    if NAME in sys.modules:
        return False
    import torch

    spec = importlib.util.find_spec(NAME)
    if spec is None or spec.submodule_search_locations is None:
        return False  # a torch without dynamo: nothing would import it
    standin = _Standin(NAME, list(spec.submodule_search_locations))
    sys.meta_path.insert(0, _SUBMODULES)
    sys.modules[NAME] = standin
    torch._dynamo = standin  # the attribute the import system would set
    return True


def is_real_loaded() -> bool:
    """Whether ``torch._dynamo`` is the real package (loaded before :func:`install`, or since)."""
    return NAME in sys.modules and not isinstance(sys.modules[NAME], _Standin)


def _load_real() -> types.ModuleType:
    """Replace the stand-in by the real package (once) and return the package."""
    current = sys.modules.get(NAME)
    if current is not None and not isinstance(current, _Standin):
        return current
    if _SUBMODULES in sys.meta_path:
        sys.meta_path.remove(_SUBMODULES)
    sys.modules.pop(NAME, None)
    torch = sys.modules["torch"]
    if isinstance(getattr(torch, "_dynamo", None), _Standin):
        del torch._dynamo  # as before any import: the attribute appears when the package is loaded
    # The import system sets the `torch._dynamo` attribute to the real package.
    return importlib.import_module(NAME)


class _Standin(types.ModuleType):
    """``torch._dynamo`` before anything needs more than its two guards."""

    def __init__(self, name: str, path: list[str]) -> None:
        super().__init__(name, "Stands in for torch._dynamo until it is used (grader.sandbox.lazy_dynamo).")
        # A package's path: submodule imports reach _SUBMODULES (first on
        # sys.meta_path), which loads the real package before they are found.
        self.__path__ = path
        self.compiled_autograd = _CompiledAutograd()

    def graph_break(self, msg: str = "") -> None:
        if is_real_loaded():
            sys.modules[NAME].graph_break(msg)

    def disable(self, fn: Callable[..., Any] | None = None, recursive: bool = True, **options: Any) -> Any:
        if fn is None:
            return lambda f: self.disable(f, recursive, **options)
        return _Disabled(fn, recursive, options)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # probes such as __file__ or __wrapped__ do not need the package
        return getattr(_load_real(), name)


class _CompiledAutograd:
    """``torch._dynamo.compiled_autograd`` as far as torch.func uses it."""

    def _disable(self) -> Any:
        if is_real_loaded():
            return sys.modules[NAME].compiled_autograd._disable()
        return contextlib.nullcontext()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(_load_real().compiled_autograd, name)


class _Disabled:
    """``disable(fn)`` of the stand-in: ``fn`` itself until the real package is loaded, then the real ``disable(fn)``."""

    def __init__(self, fn: Callable[..., Any], recursive: bool, options: dict[str, Any]) -> None:
        self.fn = fn
        self.recursive = recursive
        self.options = options
        self.real: Callable[..., Any] | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.real is None:
            if not is_real_loaded():
                return self.fn(*args, **kwargs)
            real: Callable[..., Any] = sys.modules[NAME].disable(self.fn, self.recursive, **self.options)
            self.real = real
        return self.real(*args, **kwargs)


class _Submodules(importlib.abc.MetaPathFinder):
    """Loads the real package before any of its submodules is imported through the stand-in."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(NAME + "."):
            return None
        real = _load_real()
        loaded = sys.modules.get(fullname)
        if loaded is not None:
            # The real package imported it while loading: hand over that module
            # rather than let the import system run its file a second time.
            return importlib.util.spec_from_loader(fullname, _Loaded(loaded))
        return importlib.machinery.PathFinder.find_spec(fullname, list(real.__path__))


class _Loaded(importlib.abc.Loader):
    """Loader of a module that is already in sys.modules."""

    def __init__(self, module: types.ModuleType) -> None:
        self.module = module

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return self.module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


_SUBMODULES = _Submodules()
