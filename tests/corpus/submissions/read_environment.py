"""Reads a token from the environment of the grader (an instructor's API key) and raises it into its feedback.

tests/test_corpus.py exports CORPUS_INSTRUCTOR_TOKEN before any worker
starts; a worker's children used to inherit the grader's whole environment.
"""
import os


def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    raise ValueError("environment: " + os.environ.get("CORPUS_INSTRUCTOR_TOKEN", "(none)"))


def mean_item(x):
    return x.mean().item()
