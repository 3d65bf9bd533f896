"""Reporters: each renders the same result records in one format.

- :mod:`~grader.report.text`: terminal text for students and batch summaries.
- :mod:`~grader.report.jsonfile`: JSON, one document per submission.
- :mod:`~grader.report.html`: HTML for the in-notebook check and feedback pages.
- :mod:`~grader.report.validation`: ``grader validate``'s report (also the pytest plugin's failures).
"""
