"""Checklist findings point at the field, or at the nearest parent that exists."""

from helpers import check_text

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


def _find(text: str, code: str) -> list[tuple[int, int, str, str | None]]:
    return [
        (f.line, f.column, f.severity.value, f.checklist_item)
        for f in check_text(text).findings
        if f.code == code
    ]


def test_missing_section_points_at_the_top_of_the_file() -> None:
    assert _find(HEAD, "TJK204") == [(1, 1, "fejl", "2.4")]


def test_missing_key_points_at_its_parent_key() -> None:
    text = HEAD + "målgruppe:\n  aldersgrupper: [voksne]\n"
    assert _find(text, "TJK203") == [(4, 1, "fejl", "2.3")]


def test_partial_item_points_at_the_first_missing_field() -> None:
    text = HEAD + (
        "målgruppe:\n"
        "  overblik:\n"
        "    etablering: Regionen opgør målgruppen årligt.\n"
        "    vedligeholdelse: TODO\n"
    )
    assert _find(text, "TJK203") == [(7, 5, "advarsel", "2.3")]


def test_wildcard_field_points_at_the_first_list_item() -> None:
    text = HEAD + ("opfølgning:\n  monitoreringsredskaber:\n    - navn: Fælles dashboard\n")
    assert _find(text, "TJK603") == [(6, 7, "advarsel", "6.3")]


def test_sub_decisions_are_reported_one_by_one() -> None:
    text = HEAD + (
        "indsatser:\n"
        "  stillingtagen:\n"
        "    andet_regi: {beslutning: nej, begrundelse: Tilbuddene ligger rigtigt.}\n"
        "    samarbejde: {beslutning: ja}\n"
    )
    assert _find(text, "TJK302") == [(5, 3, "fejl", "3.2c"), (7, 5, "advarsel", "3.2b")]
