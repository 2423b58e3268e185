"""BRN101 børneindsatser-mangler: a program for children covers the four kinds of intervention."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
målgruppe:
  aldersgrupper: [børn, unge]
indsatser:
  katalog:
    - id: ppr
      navn: PPR-rådgivning
      børn_og_unge: [pædagogisk_psykologisk, dagtilbud_skole_fritid]
"""


def test_missing_kinds_are_listed() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "BRN") == [("BRN101", 7, 3)]
    (found,) = [f for f in findings if f.code == "BRN101"]
    assert found.message == (
        "Programmet gælder børn eller unge, men ingen indsats dækker: proaktiv, familie."
    )


def test_all_four_kinds_covered() -> None:
    text = HEAD + "    - {id: familie, navn: Familieindsats, børn_og_unge: [familie, proaktiv]}\n"
    assert codes(check_text(text).findings, "BRN") == []


def test_adult_program_is_not_asked() -> None:
    assert codes(check_text(HEAD.replace("[børn, unge]", "[voksne]")).findings, "BRN") == []


def test_empty_catalogue_is_the_checklists_job() -> None:
    text = HEAD.split("    - id: ppr")[0] + "    - {id: TODO, navn: 'UDFYLD: navn'}\n"
    assert codes(check_text(text).findings, "BRN") == []
