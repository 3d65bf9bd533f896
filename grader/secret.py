"""The course's secret, and the seeds of hidden random cases derived from it.

A hidden case's inputs must not be predictable: a student who could rebuild
them could hand in answers typed in for them. Each hidden input's seed is an
HMAC of its exercise, case and input names under a secret key, so a seed
that leaks (printed from inside a run, say) tells nothing about the key or
about any other hidden input, and the key cannot be guessed offline.

The key is ``hidden_seed`` of config.yaml when the course sets one (the
Gradescope zip does, to rebuild the inputs its expected values were computed
on); otherwise 128 random bits, generated at first use into ``.grader_secret``
next to config.yaml (readable by its owner only, never shipped to students).
Public cases keep seeds students can reproduce from names alone.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from grader.errors import ConfigError

SECRET_FILE = ".grader_secret"
"""Where the generated key lives, next to config.yaml."""
SECRET_BITS = 128

_MASK = (1 << 63) - 1


def public_seed(*parts: object) -> int:
    """A seed anyone can compute from the names: public cases, which students reproduce."""
    digest = hashlib.sha256("\x00".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") & _MASK


def hidden_seed(key: bytes, *parts: object) -> int:
    """A seed nobody can compute without the key: hidden cases."""
    digest = hmac.new(key, "\x00".join(str(p) for p in parts).encode(), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big") & _MASK


def key_text(root: Path, explicit: str | None) -> str:
    """The course's key as text: config.yaml's ``hidden_seed`` (``explicit``), else the secret generated in ``root``."""
    if explicit is not None:
        return explicit
    return _generated(root / SECRET_FILE)


def key(root: Path, explicit: str | None) -> bytes:
    return key_text(root, explicit).encode("utf-8")


def _generated(path: Path) -> str:
    try:
        return _read(path)
    except FileNotFoundError:
        pass
    text = secrets.token_hex(SECRET_BITS // 8)
    try:
        # Exclusive create: two graders starting at once must not each write a key of their own.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read(path)
    except OSError as exc:
        raise ConfigError(
            f"{path}: cannot create the course's secret for hidden cases ({exc.strerror}); "
            "make the folder writable, or set hidden_seed in config.yaml to a long random string"
        ) from exc
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text + "\n")
    return text


def _read(path: Path) -> str:
    text = path.read_text(encoding="ascii").strip()
    if len(text) < SECRET_BITS // 4:
        raise ConfigError(f"{path}: the course's secret is too short ({len(text)} hex digits, expected {SECRET_BITS // 4}); delete the file to generate a new one")
    return text
