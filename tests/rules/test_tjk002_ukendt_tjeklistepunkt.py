"""TJK002 ukendt-tjeklistepunkt: a tjekliste key that is not an item of the model."""

from helpers import check_text, codes

HEAD = "skemaversion: 1\nprogram:\n  titel: T\n"


def test_unknown_item_number() -> None:
    findings = check_text(HEAD + 'tjekliste:\n  "2.7": {ikke_relevant: Begrundelse.}\n').findings
    assert codes(findings, "TJK002") == [("TJK002", 5, 3)]


def test_close_number_gets_a_suggestion() -> None:
    findings = check_text(HEAD + 'tjekliste:\n  "3.2d": {ikke_relevant: Begrundelse.}\n').findings
    tjk = next(f for f in findings if f.code == "TJK002")
    assert tjk.hint.startswith("Mente du '3.2")


def test_known_numbers_pass() -> None:
    text = (
        HEAD
        + 'tjekliste:\n  "3.2 a": {ikke_relevant: Begrundelse.}\n  "6.4": {ikke_relevant: B.}\n'
    )
    assert codes(check_text(text).findings, "TJK002") == []
