"""``--format github``: exact workflow commands, escaping, and automatic choice in Actions."""

from __future__ import annotations

from cli_env import run_forloeb
from forloebkit.findings import Finding, Severity
from forloebkit.reporting.github import annotation, escape_data, escape_property

DRAFT = "tests/data/udkast-formater.yaml"

EXPECTED = [
    "::error file=tests/data/udkast-formater.yaml,line=7,col=1,title=TJK601::Tjeklistepunkt 6.1 mangler: Det er aftalt, hvem der har ansvar for opfølgning på forløbsprogrammet, og hvor tit opfølgningen skal finde sted.",
    "::error file=tests/data/udkast-formater.yaml,line=7,col=1,title=TJK602::Tjeklistepunkt 6.2 mangler: Der er udarbejdet fælles indikatorer for monitoreringen af forløbsprogrammets implementering og kvalitet på borger-, fagligt- og organisatorisk niveau.",
    "::error file=tests/data/udkast-formater.yaml,line=7,col=1,title=TJK604::Tjeklistepunkt 6.4 mangler: Kvalitetssikrings- og udviklingsprocedurer er beskrevet.",
    "::error file=tests/data/udkast-formater.yaml,line=10,col=12,title=SKM003::'version' skal være tekst, men er tallet 0.3.",
    "::warning file=tests/data/udkast-formater.yaml,line=26,col=7,title=TJK101::Tjeklistepunkt 1.1 er kun delvist opfyldt; mangler: succeskriterium.",
    "::error file=tests/data/udkast-formater.yaml,line=27,col=3,title=TJK102::Tjeklistepunkt 1.2 mangler: Der er beskrevet tiltag til at sikre fælles viden og gensidig respekt mellem relevante aktører på tværs af sektorer og fagområder.",
    "::error file=tests/data/udkast-formater.yaml,line=29,col=1,title=TJK203::Tjeklistepunkt 2.3 mangler: Det er fastlagt, hvordan sektorerne etablerer, vedligeholder og anvender et fælles overblik over målgruppen.",
    "::error file=tests/data/udkast-formater.yaml,line=29,col=1,title=TJK204::Tjeklistepunkt 2.4 mangler: Der er aftalt en metode for stratificering af målgruppen med henblik på at fordele grupper af borgere til den rette indsats, opfølgning mv.",
    "::warning file=tests/data/udkast-formater.yaml,line=39,col=9,title=TJK201::Tjeklistepunkt 2.1 er kun delvist opfyldt; mangler: eksklusionskriterier.",
    "::warning file=tests/data/udkast-formater.yaml,line=40,col=3,title=TJK202::Tjeklistepunkt 2.2 er kun delvist opfyldt; mangler: fordeling på alder.",
    "::error file=tests/data/udkast-formater.yaml,line=43,col=3,title=SKM001::Ukendt nøgle 'stratifisering' under 'målgruppe'.",
    "::error file=tests/data/udkast-formater.yaml,line=46,col=1,title=TJK302::Tjeklistepunkt 3.2 a mangler: Der er taget stilling til om: nogle indsatser bør tilbydes i et andet regi end i dag.",
    "::error file=tests/data/udkast-formater.yaml,line=46,col=1,title=TJK302::Tjeklistepunkt 3.2 b mangler: Der er taget stilling til om: nogle indsatser bør tilbydes i et samarbejde mellem kommuner eller mellem region og kommune(r).",
    "::error file=tests/data/udkast-formater.yaml,line=46,col=1,title=TJK302::Tjeklistepunkt 3.2 c mangler: Der er taget stilling til om: nogle indsatser bør tilbydes integreret på tværs af fagenheder og/eller sektorer.",
    "::warning file=tests/data/udkast-formater.yaml,line=49,col=5,title=TJK301::Tjeklistepunkt 3.1 er kun delvist opfyldt; mangler: mål for borgeren (4.3.1.2), behandling og faglige indsatser (4.3.1.3), opfølgning på mål (4.3.1.4), lovgrundlag, vidensgrundlag.",
    "::error file=tests/data/udkast-formater.yaml,line=51,col=7,title=VID101::Indsatsen 'Psykoedukation i grupper' mangler vidensgrundlag: type og kilde.",
    "::warning file=tests/data/udkast-formater.yaml,line=51,col=7,title=VID102::Indsatsen 'Psykoedukation i grupper' angiver intet lovgrundlag.",
    "::error file=tests/data/udkast-formater.yaml,line=56,col=1,title=TJK401::Tjeklistepunkt 4.1 mangler: Opgave- og ansvarsfordeling mellem de involverede aktører er afklaret.",
    "::error file=tests/data/udkast-formater.yaml,line=56,col=1,title=TJK403::Tjeklistepunkt 4.3 mangler: Der er skabt rammer for koordination og samarbejde på ledelsesniveau.",
    "::error file=tests/data/udkast-formater.yaml,line=56,col=1,title=TJK404::Tjeklistepunkt 4.4 mangler: Der er valgt én eller flere samarbejdsmodeller/-metoder til at sikre koordination i de enkelte borgerforløb.",
    "::error file=tests/data/udkast-formater.yaml,line=56,col=1,title=TJK405::Tjeklistepunkt 4.5 mangler: Der er aftalt procedurer omkring samarbejde og koordination i overgange.",
    "::warning file=tests/data/udkast-formater.yaml,line=57,col=3,title=TJK402::Tjeklistepunkt 4.2 er kun delvist opfyldt; mangler: samtykke, personoplysninger, rettidighed.",
    "::error file=tests/data/udkast-formater.yaml,line=61,col=1,title=TJK502::Tjeklistepunkt 5.2 mangler: Ledelsesopgaver/-opbakning på de relevante niveauer er defineret og rammesat af styregruppen.",
    "::error file=tests/data/udkast-formater.yaml,line=61,col=1,title=TJK503::Tjeklistepunkt 5.3 mangler: Tværsektoriel kompetenceudvikling er sikret. Særlige ressourcepersoner/implementeringsagenter er udpeget i alle relevante organisationer.",
    "::error file=tests/data/udkast-formater.yaml,line=61,col=1,title=TJK504::Tjeklistepunkt 5.4 mangler: Der er udarbejdet en overordnet implementeringsplan for forløbsprogrammet på tværs af region, praksissektor og kommuner.",
    "::error file=tests/data/udkast-formater.yaml,line=61,col=1,title=TJK505::Tjeklistepunkt 5.5 mangler: Lokale implementeringsplaner er udarbejdet på regionalt og kommunalt niveau.",
]


def test_draft_gives_exact_annotation_lines() -> None:
    result = run_forloeb("check", "--format", "github", DRAFT)
    assert result.returncode == 1
    assert result.stdout.splitlines() == EXPECTED


def test_chosen_automatically_in_github_actions() -> None:
    result = run_forloeb("check", DRAFT, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.splitlines() == EXPECTED


def test_explicit_format_wins_over_github_actions() -> None:
    result = run_forloeb("check", "--format", "text", DRAFT, env={"GITHUB_ACTIONS": "true"})
    assert not result.stdout.startswith("::")
    assert "tests/data/udkast-formater.yaml:10:12 SKM003" in result.stdout


def test_escaping_follows_githubs_rules() -> None:
    assert escape_data("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    finding = Finding(
        "TJK204",
        "stratificering",
        Severity.INFO,
        "mappe,a/fil:1.yaml",
        3,
        5,
        "",
        "linje 1\nlinje 2",
    )
    assert annotation(finding) == (
        "::notice file=mappe%2Ca/fil%3A1.yaml,line=3,col=5,title=TJK204::linje 1%0Alinje 2"
    )
