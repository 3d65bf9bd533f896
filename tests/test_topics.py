"""Exercises grouped by topic: topics in order of first appearance, the given order inside, untagged last."""

from __future__ import annotations

from grader.topics import by_topic, in_topic_order


def test_topics_come_in_order_of_their_first_exercise_and_keep_the_order_inside() -> None:
    items = [("a", "graph"), ("b", "descent"), ("c", None), ("d", "graph"), ("e", "descent")]
    groups = by_topic(items, lambda item: item[1])
    assert [(topic, [name for name, _ in group]) for topic, group in groups] == [
        ("graph", ["a", "d"]),
        ("descent", ["b", "e"]),
        (None, ["c"]),
    ]
    assert [name for name, _ in in_topic_order(items, lambda item: item[1])] == ["a", "d", "b", "e", "c"]


def test_nothing_tagged_is_one_group_in_the_given_order() -> None:
    assert by_topic([3, 1, 2], lambda _: None) == [(None, [3, 1, 2])]
    assert by_topic([], lambda _: None) == []
