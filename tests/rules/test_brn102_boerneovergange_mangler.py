"""BRN102 børneovergange-mangler: child-to-adult and referral transitions for children's programs."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  aldersgrupper: [unge]
organisering:
  overgange:
    - {type: barn_til_voksen, ansvarlig: region-h, procedure: Overgangskonference.}
"""


def test_referral_missing() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "BRN") == [("BRN102", 7, 3)]
    (found,) = [f for f in findings if f.code == "BRN102"]
    assert found.message.endswith("mangler overgange af typen: henvisning_børn_og_unge.")


def test_both_transitions_present() -> None:
    text = HEAD + "    - {type: henvisning_børn_og_unge, ansvarlig: kbh, procedure: Via PPR.}\n"
    assert codes(check_text(text).findings, "BRN") == []


def test_scaffold_entries_with_only_a_type_are_silent() -> None:
    text = HEAD.replace(
        "{type: barn_til_voksen, ansvarlig: region-h, procedure: Overgangskonference.}",
        "{type: udskrivning, ansvarlig: 'UDFYLD: part-id', procedure: TODO}",
    )
    assert codes(check_text(text).findings, "BRN") == []
