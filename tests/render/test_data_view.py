"""The forgiving data view templates read programs through."""

from __future__ import annotations

from datetime import date

from forloebkit.rendering.data_view import Node

LABELS = [("mandat", "Mandat"), ("formandskab", "Formandskab"), ("dato", "Dato"), ("tom", "Tom")]


def test_filled_lists_filled_fields_in_the_given_order() -> None:
    node = Node({"formandskab": "Regionen", "mandat": "TODO", "dato": date(2025, 3, 1), "tom": ""})
    assert node.filled(LABELS) == [("Formandskab", "Regionen"), ("Dato", "2025-03-01")]


def test_filled_is_empty_for_a_node_of_the_wrong_shape() -> None:
    assert Node(["ikke", "en", "mapping"]).filled(LABELS) == []


def test_texts_and_lookups_skip_placeholders_and_wrong_shapes() -> None:
    node = Node({"liste": ["a", "xxx", {"b": 1}, 3, True], "enkelt": "c", "tal": 0, "tom": "…"})
    assert node.texts("liste") == ["a", "3", "ja"]
    assert node.texts("enkelt") == ["c"]
    assert [node["tal"], node["tom"], node["mangler"], node["liste"]] == ["0", None, None, None]
