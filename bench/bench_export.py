"""Benchmark: ``grader export --out`` alone, on a gradebook of N students.

    python bench/bench_export.py -n 1600

Grading a class of 1600 takes minutes; exporting it is what this measures,
in seconds. The gradebook is made from real results: a few dozen generated
notebooks of the whole pack are graded (or ``--from GRADEBOOK`` gives
graded ones), then each current attempt is copied under new student ids
until there are N students. It runs ``grader export --out DIR`` as a
subprocess and prints its wall time, CPU time, peak memory (PSS, sampled as
``bench_grade.py`` does) and the size of what it wrote.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_grade import REPO, MemorySampler, make_notebooks, probe_ms  # noqa: E402


def seed_gradebook(work: Path, n: int) -> Path:
    folder = work / "seed"
    make_notebooks(folder, n, wrong=0.25, seed=1)
    book = work / "seed.sqlite"
    command = [sys.executable, "-m", "grader", "--config", str(REPO / "config.yaml"), "grade", str(folder), "-j", "2", "--gradebook", str(book)]
    subprocess.run(command, check=False, capture_output=True)
    return book


def grow(book: Path, n: int) -> int:
    """Copy the current attempts under new student ids until there are ``n`` students; return how many there are."""
    db = sqlite3.connect(book)
    seed = db.execute("SELECT id FROM attempts WHERE current = 1 ORDER BY student").fetchall()
    have = len(seed)
    copy = 0
    with db:
        while have < n:
            copy += 1
            for (attempt_id,) in seed[: n - have]:
                new = db.execute(
                    """INSERT INTO attempts(student, file, sha256, fingerprint, submitted_at, graded_at, status, score,
                                            max_score, seconds, current, run_id, result, submitted_from)
                       SELECT student || '-' || ?1, file, sha256 || ?1, fingerprint, submitted_at, graded_at, status, score,
                              max_score, seconds, 1, run_id, json_set(result, '$.student', student || '-' || ?1), submitted_from
                       FROM attempts WHERE id = ?2""",
                    (copy, attempt_id),
                ).lastrowid
                db.execute("INSERT INTO exercises SELECT ?, exercise, status, score, max_score FROM exercises WHERE attempt_id = ?", (new, attempt_id))
                db.execute(
                    'INSERT INTO checks SELECT ?, exercise, "check", outcome, points, max_points, visibility, message, hint FROM checks WHERE attempt_id = ?',
                    (new, attempt_id),
                )
            have = min(n, have + len(seed))
    count = db.execute("SELECT COUNT(*) FROM attempts WHERE current = 1").fetchone()[0]
    db.close()
    return int(count)


def run_export(book: Path, out: Path) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "grader", "--config", str(REPO / "config.yaml"), "export", "--out", str(out), "--gradebook", str(book)]
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = MemorySampler(proc.pid, interval=0.25)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.monotonic() - start
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"grader export failed ({proc.returncode}):\n{stderr}\n{stdout}")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {
        "wall_seconds": wall,
        "cpu_seconds": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
        "peak_pss_mb": sampler.peak_pss / 1024,
        "written_mb": size / 1e6,
        "json_mb": (out / "gradebook.json").stat().st_size / 1e6 if (out / "gradebook.json").exists() else 0.0,
        "stdout": stdout.strip(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1600, help="students in the gradebook (default 1600)")
    parser.add_argument("--seed-notebooks", type=int, default=40, help="notebooks graded to make the first results (default 40)")
    parser.add_argument("--from", dest="source", type=Path, help="start from this gradebook instead of grading notebooks")
    parser.add_argument("--rounds", type=int, default=1, help="export this many times and report each (default 1)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="grader-bench-export-"))
    try:
        book = work / "gradebook.sqlite"
        shutil.copy(args.source or seed_gradebook(work, args.seed_notebooks), book)
        students = grow(book, args.n)
        print(f"gradebook of {students} students ({book.stat().st_size / 1e6:.0f} MB); {os.cpu_count()} cores")
        for i in range(args.rounds):
            before = probe_ms()
            r = run_export(book, work / f"out{i}")
            print(
                f"export: {r['wall_seconds']:.1f} s ({1000 * r['wall_seconds'] / students:.1f} ms per student), "
                f"CPU {r['cpu_seconds']:.1f} s, peak {r['peak_pss_mb']:.0f} MB PSS; wrote {r['written_mb']:.0f} MB "
                f"(gradebook.json {r['json_mb']:.0f} MB); probe {before:.0f} / {probe_ms():.0f} ms"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
