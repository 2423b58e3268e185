"""VID101 vidensgrundlag-mangler: every intervention states its knowledge basis (type and source)."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
indsatser:
  katalog:
    - id: ips
      navn: IPS
      lovgrundlag: [{lov: Lov om en aktiv beskæftigelsesindsats}]
"""


def test_no_knowledge_basis() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "VID") == [("VID101", 6, 7)]
    (found,) = [f for f in findings if f.code == "VID101"]
    assert found.message == "Indsatsen 'IPS' mangler vidensgrundlag: type og kilde."


def test_source_missing_points_at_vidensgrundlag() -> None:
    findings = check_text(HEAD + "      vidensgrundlag: {type: evidens}\n").findings
    assert codes(findings, "VID") == [("VID101", 9, 7)]
    assert next(f for f in findings if f.code == "VID101").message.endswith(
        "vidensgrundlag: kilde."
    )


def test_complete_knowledge_basis() -> None:
    text = HEAD + "      vidensgrundlag: {type: evidens, kilde: Randomiserede forsøg med IPS}\n"
    assert codes(check_text(text).findings, "VID") == []


def test_placeholder_intervention_is_silent() -> None:
    text = HEAD.split("    - id: ips")[0] + "    - {id: ips, navn: 'UDFYLD: navn'}\n"
    assert codes(check_text(text).findings, "VID") == []
