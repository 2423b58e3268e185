"""STR103 koordinatorramme-ufuldstændig: a coordinator function describes its frame (bilag 5)."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
organisering:
  samarbejdsformer:
    - form: koordinatorfunktion
      beskrivelse: Én forløbskoordinator pr. borger.
"""
FRAME = """\
      ramme:
        hvem: Borgere på niveau 2.
        opgaver: Samler planen.
        forankring: Socialpsykiatrien.
        beføjelser: Kan indkalde alle parter.
        afslutning: Ved skift af niveau.
"""


def test_no_frame_at_all() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "STR") == [("STR103", 6, 7)]
    (found,) = [f for f in findings if f.code == "STR103"]
    assert found.message == (
        "Koordinatorfunktionens ramme mangler: hvem der får en koordinator, opgaver, forankring, "
        "beføjelser, afslutning."
    )


def test_partial_frame_points_at_ramme() -> None:
    text = HEAD + "\n".join(FRAME.splitlines()[:3]) + "\n"
    findings = check_text(text).findings
    assert codes(findings, "STR") == [("STR103", 8, 7)]
    assert next(f for f in findings if f.code == "STR103").message.endswith(
        "mangler: forankring, beføjelser, afslutning."
    )


def test_full_frame() -> None:
    assert codes(check_text(HEAD + FRAME).findings, "STR") == []


def test_other_forms_need_no_frame() -> None:
    text = HEAD.replace("koordinatorfunktion", "tværfagligt_team")
    assert codes(check_text(text).findings, "STR") == []
