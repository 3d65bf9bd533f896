"""Exports: the gradebook's results rendered for people and platforms, one module per format.

- :mod:`~grader.export.grades_csv`: one row per student, a column per exercise.
- :mod:`~grader.export.everything_json`: every student's result and every attempt, in one file.
- :mod:`~grader.export.feedback`: a text and an HTML feedback page per student.
- :mod:`~grader.export.gradescope_results`: Gradescope's ``results.json`` per submission.
- :mod:`~grader.export.summary_html`: the instructor's one-page summary with charts.
- :mod:`~grader.export.gradescope_zip`: the Gradescope autograder zip (from the course, not the gradebook).

Every format but the last reads the same :class:`~grader.export.data.ExportData`,
built from the gradebook (:func:`~grader.export.data.load`): exporting never
grades anything again.
"""

FORMATS = ("csv", "json", "feedback", "results", "summary", "release")
"""What ``grader export`` (``all``) writes, in order; each one can also be asked for alone."""
CHOICES = ("all", *FORMATS, "gradescope")
"""What ``grader export WHAT`` accepts: every format, all of them, or the Gradescope autograder zip."""
