"""DEL103 ansvar-mangler: every party has tasks in the division of responsibility."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  parter:
    - {id: region-sj, navn: Region Sjælland, type: region}
    - {id: sind, navn: SIND, type: civil}
organisering:
  ansvarsfordeling:
    - {part: region-sj, opgaver: [Udredning og behandling]}
"""


def test_party_without_responsibility() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "DEL") == [("DEL103", 8, 3)]
    (found,) = [f for f in findings if f.code == "DEL103"]
    assert found.message == "SIND har ingen opgaver i organisering.ansvarsfordeling."


def test_every_party_has_tasks() -> None:
    text = HEAD + "    - {part: sind, opgaver: [Pårørenderådgivning]}\n"
    assert codes(check_text(text).findings, "DEL") == []


def test_no_division_yet_is_the_checklists_job() -> None:
    text = HEAD.replace("    - {part: region-sj, opgaver: [Udredning og behandling]}\n", "")
    assert codes(check_text(text).findings, "DEL") == []
