"""VID102 lovgrundlag-mangler: an intervention without a legal basis is a warning."""

from forloebkit.findings import Severity
from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
indsatser:
  katalog:
    - id: recovery
      navn: Recovery-skole
      vidensgrundlag: {type: praksiserfaring, kilde: Erfaringer med recovery colleges}
"""


def test_no_legal_basis() -> None:
    findings = check_text(HEAD).findings
    assert codes(findings, "VID") == [("VID102", 6, 7)]
    (found,) = [f for f in findings if f.code == "VID102"]
    assert found.severity is Severity.WARNING
    assert found.message == "Indsatsen 'Recovery-skole' angiver intet lovgrundlag."


def test_legal_basis_given() -> None:
    text = HEAD + "      lovgrundlag: [{lov: Serviceloven, paragraf: § 82 a}]\n"
    assert codes(check_text(text).findings, "VID") == []


def test_placeholder_legal_basis_counts_as_absent() -> None:
    text = HEAD + "      lovgrundlag: [{lov: TODO}]\n"
    assert codes(check_text(text).findings, "VID") == [("VID102", 6, 7)]
