"""Searches the folders a child can see for other students' submissions and for a gradebook.

A grader run on submissions kept under a system folder (/var/grading/...)
showed them, and a gradebook kept beside them, to every child: the test
grades the corpus from a folder under /var. Correct answers otherwise.
"""
import os
import time

MARK = b"corpus-marker-" + b"good"  # good.py holds it; spelled apart so this file does not
started = time.monotonic()
found = []
for top in ("/var", "/run", "/srv", "/opt", "/home", "/mnt", "/media", "/root", "/work", "/autograder", "/tmp"):
    for folder, dirs, files in os.walk(top):
        if time.monotonic() - started > 1.0:
            break
        for name in files:
            if not name.endswith((".py", ".ipynb", ".sqlite", ".json", ".txt", ".csv", ".html")):
                continue
            try:
                with open(os.path.join(folder, name), "rb") as fh:
                    data = fh.read(1 << 16)
            except OSError:
                continue
            if MARK in data or data.startswith(b"SQLite format 3"):
                found.append(os.path.join(folder, name))
print("other submissions or gradebooks found:", len(found), found[:5])


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return 3 * x


def mean_item(x):
    return x.mean().item()
