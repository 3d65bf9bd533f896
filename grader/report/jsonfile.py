"""JSON output: the same shape for ``check --json`` and ``grade``."""

from __future__ import annotations

import json
from pathlib import Path

from grader.results import SubmissionResult


def dumps(result: SubmissionResult) -> str:
    # allow_nan=False: values are text by now; a NaN here would be a bug, not data.
    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False, allow_nan=False)


def write(result: SubmissionResult, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(dumps(result) + "\n", encoding="utf-8")
    tmp.replace(path)
