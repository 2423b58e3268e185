"""DEL102 implementeringsagent-mangler: every region and municipality has an implementation agent."""

from helpers import check_text, codes

HEAD = """\
skemaversion: 1
program:
  titel: T
  parter:
    - {id: region-sj, navn: Region Sjælland, type: region}
    - {id: roskilde, navn: Roskilde Kommune, type: kommune}
    - {id: sind, navn: SIND, type: civil}
implementering:
  kompetenceudvikling:
    implementeringsagenter:
"""


def test_region_without_agent() -> None:
    text = HEAD + "      - {part: roskilde, rolle: Socialfaglig agent, antal: 2}\n"
    findings = check_text(text).findings
    assert codes(findings, "DEL") == [("DEL102", 10, 5)]
    (found,) = [f for f in findings if f.code == "DEL102"]
    assert found.message.startswith("Region Sjælland har ingen implementeringsagent")


def test_all_agents_present() -> None:
    text = HEAD + (
        "      - {part: roskilde, rolle: Socialfaglig agent}\n"
        "      - {part: region-sj, rolle: Agent i distriktspsykiatrien}\n"
    )  # a civil party needs no agent
    assert codes(check_text(text).findings, "DEL") == []


def test_empty_list_is_the_checklists_job() -> None:
    assert codes(check_text(HEAD + "      - {part: TODO}\n").findings, "DEL") == []
