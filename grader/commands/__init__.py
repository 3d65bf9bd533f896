"""One module per command verb, each with a ``main(...)`` taking keyword-only options.

:mod:`grader.cli` only parses arguments and calls these.
"""
