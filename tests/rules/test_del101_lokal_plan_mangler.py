"""DEL101 lokal-plan-mangler: every region and municipality has a local implementation plan."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  parter:
    - {id: region-sj, navn: Region Sjælland, type: region}
    - {id: roskilde, navn: Roskilde Kommune, type: kommune}
    - {id: almen-praksis, navn: Almen praksis, type: praksissektor}
implementering:
"""


def test_party_without_plan() -> None:
    text = HEAD + "  lokale_planer:\n    - {part: region-sj, status: vedtaget}\n"
    findings = check_text(text).findings
    assert codes(findings, "DEL") == [("DEL101", 9, 3)]
    (found,) = [f for f in findings if f.code == "DEL101"]
    assert found.message == (
        "Roskilde Kommune har ingen lokal implementeringsplan under implementering.lokale_planer."
    )
    assert (
        found.hint
        == "Tilføj {part: roskilde, status: planlagt, frist: ÅÅÅÅ-MM-DD} under lokale_planer."
    )


def test_every_region_and_municipality_has_a_plan() -> None:
    text = HEAD + (
        "  lokale_planer:\n    - {part: region-sj, status: vedtaget}\n"
        "    - {part: roskilde, status: planlagt}\n"
    )  # the practice sector needs no local plan
    assert codes(check_text(text).findings, "DEL") == []


def test_no_plans_yet_is_the_checklists_job() -> None:
    assert codes(check_text(HEAD + "  lokale_planer: []\n").findings, "DEL") == []
    placeholder = HEAD + "  lokale_planer:\n    - {part: 'UDFYLD: part-id', status: TODO}\n"
    assert codes(check_text(placeholder).findings, "DEL") == []


def test_odd_shapes_do_not_raise() -> None:
    assert codes(check_text(HEAD + "  lokale_planer: en plan\n").findings, "DEL") == []
