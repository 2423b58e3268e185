"""REF: references between the parts of a program (parties, levels, interventions, indicators, goals).

Other sections refer to parties, stratification levels, interventions and
indicators by id. A reference to an id that does not exist is a broken link in
the published program; an id used twice makes references ambiguous. A party
named in the text ("Holbæk Kommune") but missing from ``program.parter`` is a
warning: it usually means a party was forgotten.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate
from typing import Any

from ..findings import Finding, Severity
from .base import Rule
from .program_view import ProgramView, YamlPath, text

UNKNOWN_ID = Rule(
    "REF101", "ukendt-id", Severity.ERROR,
    "Et id, som programmet henviser til (part, niveau, indsats eller indikator), findes ikke.",
    "Afsnittene hænger sammen gennem id'er: indsatser og overgange henviser til parter, "
    "samarbejdsformer til stratificeringsniveauer og mål til indikatorer (modellens 4.1.1, "
    "4.2.4 og 4.4). En henvisning til et id, der ikke findes, er et brudt led i programmet.",
    "program:\n  parter:\n    - {id: roskilde, navn: Roskilde Kommune, type: kommune}\n"
    "indsatser:\n  katalog:\n    - {id: ips, navn: IPS, ansvarlig: [roskilde]}",
    "4.4.1",
)  # fmt: skip
DUPLICATE_ID = Rule(
    "REF102", "dobbelt-id", Severity.ERROR,
    "Det samme id bruges to gange for parter, niveauer, indsatser, indikatorer eller mål.",
    "Et id skal pege på præcis én ting; ellers er det uklart, hvem eller hvad en henvisning "
    "gælder.",
    "opfølgning:\n  indikatorer:\n    - {id: i1, navn: Andel med stratificeringsniveau}\n"
    "    - {id: i2, navn: Borgeroplevet sammenhæng}",
    "4.4.1",
)  # fmt: skip
PARTY_NOT_LISTED = Rule(
    "REF103", "part-ikke-i-parter", Severity.WARNING,
    "En region eller kommune nævnes i teksten, men står ikke under program.parter.",
    "Alle parter i forløbsprogrammet skal fremgå af parterne, så deres opgaver, lokale "
    "planer og implementeringsagenter kan følges (modellens 4.5). Forloeb leder efter de "
    "fem regioners og 98 kommuners navne ('Region Sjælland', 'Holbæk Kommune').",
    "program:\n  parter:\n    - {id: holbæk, navn: Holbæk Kommune, type: kommune}\n"
    "organisering:\n  uenigheder: Holbæk Kommune og psykiatrien løser uenigheder inden for 5 dage.",
    "4.5",
)  # fmt: skip

RULES = (UNKNOWN_ID, DUPLICATE_ID, PARTY_NOT_LISTED)

#: kind label (Danish), where the ids are defined, where they are referenced.
_KINDS: tuple[tuple[str, YamlPath, tuple[tuple[str, ...], ...]], ...] = (
    (
        "part",
        ("program", "parter"),
        (
            ("fælles_mål_og_forståelse", "fælles_viden_og_respekt", "*", "ansvarlig"),
            ("indsatser", "katalog", "*", "ansvarlig"),
            ("organisering", "ansvarsfordeling", "*", "part"),
            ("organisering", "ledelsesniveau", "*", "ansvarlig"),
            ("organisering", "overgange", "*", "fra"),
            ("organisering", "overgange", "*", "til"),
            ("organisering", "overgange", "*", "ansvarlig"),
            ("implementering", "styregruppe", "medlemmer", "*", "part"),
            ("implementering", "kompetenceudvikling", "implementeringsagenter", "*", "part"),
            ("implementering", "lokale_planer", "*", "part"),
            ("opfølgning", "indikatorer", "*", "ansvarlig"),
        ),
    ),
    (
        "stratificeringsniveau",
        ("målgruppe", "stratificering", "niveauer"),
        (
            ("indsatser", "katalog", "*", "niveauer"),
            ("organisering", "samarbejdsformer", "*", "niveauer"),
        ),
    ),
    (
        "indsats",
        ("indsatser", "katalog"),
        tuple(
            ("indsatser", "stillingtagen", d, "indsatser")
            for d in ("andet_regi", "samarbejde", "integration")
        ),
    ),
    (
        "indikator",
        ("opfølgning", "indikatorer"),
        (("fælles_mål_og_forståelse", "mål", "*", "indikatorer"),),
    ),
    ("mål", ("fælles_mål_og_forståelse", "mål"), ()),
)


def check(view: ProgramView) -> Iterator[Finding]:
    for kind, defined_at, patterns in _KINDS:
        yield from _duplicates(view, kind, defined_at)
        known = view.ids(kind, defined_at)
        if not known:  # nothing defined yet: the checklist reports the empty section
            continue
        for pattern in patterns:
            for ref_path, ref in _unknown_at(view.doc.data, pattern, known):
                yield view.finding(
                    UNKNOWN_ID, ref_path,
                    f"Ukendt {kind} '{ref}': der er ingen {kind} med det id under "
                    f"{_dotted(defined_at)}.",
                    f"Kendte id'er: {', '.join(sorted(known)[:12])}.",
                )  # fmt: skip
    yield from _unlisted_parties(view)


_ABSENT = object()


def _follow(node: Any, keys: tuple[str, ...]) -> Any:
    """The value *keys* lead to from *node* through mappings, or ``_ABSENT``."""
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return _ABSENT
        node = node[key]
    return node


def _unknown_at(
    data: Any, pattern: tuple[str, ...], known: dict[str, YamlPath]
) -> list[tuple[YamlPath, str]]:
    """The references at *pattern* (at most one ``"*"``: every item of a list) to ids not in
    *known*, with their paths, in document order. A path is only built for those."""
    if "*" not in pattern:
        value = _follow(data, pattern)
        return [] if value is _ABSENT else _with_paths(pattern, _unknown_ids(value, known))
    star = pattern.index("*")
    head, tail = pattern[:star], pattern[star + 1 :]
    items = _follow(data, head)
    found: list[tuple[YamlPath, str]] = []
    if isinstance(items, list):
        for index, item in enumerate(items):
            value = _follow(item, tail)
            if value is not _ABSENT and (unknown := _unknown_ids(value, known)):
                found.extend(_with_paths((*head, index, *tail), unknown))
    return found


def _unknown_ids(value: Any, known: dict[str, YamlPath]) -> list[tuple[int | None, str]]:
    """The ids in *value* (one id, or a list of ids; placeholders and non-text skipped) that
    are not in *known*, each with its index in the list (None for one id). A text found in
    *known* as it stands is a known id (known ids are stripped and never placeholders), so
    most references need no closer look."""
    found: list[tuple[int | None, str]] = []
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str) and item in known:
                continue
            ref = text(item)
            if ref is not None and ref not in known:
                found.append((index, ref))
    elif not (isinstance(value, str) and value in known):
        ref = text(value)
        if ref is not None and ref not in known:
            found.append((None, ref))
    return found


def _with_paths(
    path: YamlPath, unknown: list[tuple[int | None, str]]
) -> list[tuple[YamlPath, str]]:
    return [(path if index is None else (*path, index), ref) for index, ref in unknown]


def _duplicates(view: ProgramView, kind: str, defined_at: YamlPath) -> Iterator[Finding]:
    first = view.ids(kind, defined_at)
    for path, ident in view.duplicate_ids(kind, defined_at):
        line = view.doc.position(first[ident]).line
        yield view.finding(
            DUPLICATE_ID, path,
            f"Id'et '{ident}' bruges allerede af en anden {kind} (linje {line}).",
            "Giv hver sit id; henvisninger går ellers til den første.",
        )  # fmt: skip


def _dotted(path: YamlPath) -> str:
    return ".".join(str(p) for p in path)


# --- Parties named in the text ------------------------------------------------------------

REGIONS = ("Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland")
#: The 98 municipalities by the name that precedes "Kommune" (Bornholm: "Regionskommune").
MUNICIPALITIES = (
    "Albertslund", "Allerød", "Assens", "Ballerup", "Billund", "Brøndby", "Brønderslev",
    "Dragør", "Egedal", "Esbjerg", "Fanø", "Favrskov", "Faxe", "Fredensborg", "Fredericia",
    "Frederiksberg", "Frederikshavn", "Frederikssund", "Furesø", "Faaborg-Midtfyn",
    "Gentofte", "Gladsaxe", "Glostrup", "Greve", "Gribskov", "Guldborgsund", "Haderslev",
    "Halsnæs", "Hedensted", "Helsingør", "Herlev", "Herning", "Hillerød", "Hjørring",
    "Holbæk", "Holstebro", "Horsens", "Hvidovre", "Høje-Taastrup", "Hørsholm",
    "Ikast-Brande", "Ishøj", "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding",
    "Københavns", "Køge", "Langeland", "Lejre", "Lemvig", "Lolland", "Lyngby-Taarbæk",
    "Læsø", "Mariagerfjord", "Middelfart", "Morsø", "Norddjurs", "Nordfyns", "Nyborg",
    "Næstved", "Odder", "Odense", "Odsherred", "Randers", "Rebild", "Ringkøbing-Skjern",
    "Ringsted", "Roskilde", "Rudersdal", "Rødovre", "Samsø", "Silkeborg", "Skanderborg",
    "Skive", "Slagelse", "Solrød", "Sorø", "Stevns", "Struer", "Svendborg", "Syddjurs",
    "Sønderborg", "Thisted", "Tønder", "Tårnby", "Vallensbæk", "Varde", "Vejen", "Vejle",
    "Vesthimmerlands", "Viborg", "Vordingborg", "Ærø", "Aabenraa", "Aalborg", "Aarhus",
)  # fmt: skip
_MUNICIPALITY_SET = frozenset(MUNICIPALITIES)
#: The words that follow or precede a name are found with a plain search, then the name is
#: looked up in a set, which is much faster than one pattern with 98 alternatives. They are
#: "Kommune(s)" or "kommune(s)" as a whole word, "Region " and "Bornholms Regionskommune(s)".
_KOMMUNE = "ommune"  # after "K" or "k"
_REGION = "Region "
_BORNHOLM = "Bornholms Regionskommune"
_KOMMUNE_WORD = re.compile(r"ommunes?(?![\w-])")
_WORD_CHAR = re.compile(r"[\w-]")
_WORD_BEFORE = re.compile(r"(?<![\w-])([\w-]+) $")
_WORD_AFTER = re.compile(r"(\w+?)s?(?![\w-])")
#: Joins texts so that one search finds the names in all of them: it is neither a word
#: character nor a blank, so it ends a name and no name spans it.
_SEPARATOR = "\x00"


def canonical_names(value: str) -> Iterator[tuple[int, str]]:
    """(offset, canonical name) of every region or municipality named in *value*.

    Recognises "Holbæk Kommune", "Holbæk kommunes", "Region Sjælland", "Region Sjællands"
    and "Bornholms Regionskommune"; "Køge, Holbæk og Næstved kommuner" names no single party.
    """
    for start, kind in _anchors(value):
        if kind == _BORNHOLM:
            if start == 0 or not _is_word_char(value[start - 1]):
                yield start, "Bornholms Regionskommune"
        elif kind == _REGION:
            after = _WORD_AFTER.match(value, start + len(_REGION))
            before_ok = start == 0 or not _is_word_char(value[start - 1])
            if before_ok and after and after.group(1) in REGIONS:
                yield start, f"Region {after.group(1)}"
        elif value[start - 1 : start] in (" ", "\n"):  # "$" also matches before a final "\n"
            before = _WORD_BEFORE.search(value, max(0, start - 40), start)
            if before and before.group(1) in _MUNICIPALITY_SET:
                yield before.start(), f"{before.group(1)} Kommune"


def _anchors(value: str) -> list[tuple[int, str]]:
    r"""Where the anchor words start, left to right and not overlapping, each with its kind
    (one of the constants above; "Kommune" words have the kind ``_KOMMUNE``).

    Does what ``finditer`` with the pattern
    ``[Kk]ommunes?(?![\w-])|Region |Bornholms Regionskommunes?(?![\w-])`` does, about ten
    times faster: that pattern starts with no fixed text, so ``re`` tries it at every
    character, while ``str.find`` and a pattern that starts with "ommune" skip to the
    candidates (most texts that hold "ommune" hold no anchor: "kommunale", "kommunen").
    """
    candidates: list[tuple[int, int, str]] = []  # start, end, kind
    for match in _KOMMUNE_WORD.finditer(value, 1):
        if value[match.start() - 1] in "Kk":
            candidates.append((match.start() - 1, match.end(), _KOMMUNE))
    at = value.find(_REGION)
    while at != -1:
        candidates.append((at, at + len(_REGION), _REGION))
        at = value.find(_REGION, at + len(_REGION))
    at = value.find(_BORNHOLM)
    while at != -1:
        end = at + len(_BORNHOLM)
        end += value[end : end + 1] == "s"  # an optional "s", then no word character
        if not _WORD_CHAR.match(value, end):
            candidates.append((at, end, _BORNHOLM))
        at = value.find(_BORNHOLM, at + len(_BORNHOLM))
    candidates.sort()  # no two kinds start with the same letter, so no two starts are equal
    found: list[tuple[int, str]] = []
    free = 0  # the anchors found so far end here
    for start, end, kind in candidates:
        if start >= free:
            found.append((start, kind))
            free = end
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _party_names(view: ProgramView) -> set[str]:
    names: set[str] = set()
    written: list[str] = []
    for _, entry in view.parties():
        navn = text(entry.get("navn"))
        if navn is None:
            continue
        written.append(navn)
        if navn in _MUNICIPALITY_SET:  # a party named just "Holbæk"
            names.add(f"{navn} Kommune")
    names.update(name for _, name in canonical_names(_SEPARATOR.join(written)))
    return names


def _unlisted_parties(view: ProgramView) -> Iterator[Finding]:
    if not view.parties():  # no parties yet: the schema or checklist reports that
        return
    listed = _party_names(view)
    if not _source_may_name_unlisted(view.doc.source, listed):
        return  # most programs: no walk of every node
    reported: set[str] = set()
    texts = _place_texts(view.doc.data)
    # One search over all the texts joined (see _SEPARATOR) is much faster than one per
    # text, and finds the names each text holds, in the same order.
    starts = list(accumulate((len(t) + len(_SEPARATOR) for t in texts), initial=0))
    paths: list[YamlPath] = []  # found only for a finding: most programs have none
    for offset, name in canonical_names(_SEPARATOR.join(texts)):
        if name in listed or name in reported:
            continue
        reported.add(name)
        paths = paths or _place_text_paths(view.doc.data)
        yield view.finding(
            PARTY_NOT_LISTED, paths[bisect_right(starts, offset) - 1],
            f"'{name}' nævnes i teksten, men er ikke en af programmets parter.",
            "Tilføj parten under program.parter, eller ret navnet, hvis det er en "
            "stavefejl.",
        )  # fmt: skip


# --- The shortcut: the source names no party that is not listed ----------------------------
#
# Every text the reader builds is made of the source's characters, with three exceptions:
# escapes in double-quoted text (they need a backslash), quote doubling ('' is '), and the
# folding of whitespace runs (line breaks, indentation) into one space or line break. So in a
# source without a backslash, a name that a text holds ("Køge Kommune", "Region Sjælland")
# stands as the same words with a run of whitespace between them. The test below looks for
# them generously: any word ending that is a municipality before a run of whitespace and
# "K/kommune", any region's name at the start of the word after "Region" and whitespace, and
# any "Regionskommune" (Bornholm), whether or not the words around make it a name; keys and
# comments count too (but for the comments at the top, which only ever hold comments). It
# may say a name is possible where canonical_names finds none (the walk then decides), never
# the other way round. Two searches of the source cost less than half the walk.

_LINE_BREAKS = "\n\r\x85\u2028\u2029"  # every character a YAML reader may end a line with
_LEADING_COMMENTS = re.compile(rf"(?:[ \t]*(?:#[^{_LINE_BREAKS}]*)?(?:\r\n|[{_LINE_BREAKS}]))*")
_NOT_SPACE = re.compile(r"\S")
#: The municipalities by their last three letters (the shortest name, Ærø, has three).
_MUNICIPALITIES_BY_ENDING: dict[str, list[str]] = {}
for _name in MUNICIPALITIES:
    _MUNICIPALITIES_BY_ENDING.setdefault(_name[-3:], []).append(_name)


def _source_may_name_unlisted(source: str, listed: set[str]) -> bool:
    """False only if no text read from *source* can name a region or municipality that is not
    in *listed* (see above); True for a document without its source."""
    if not source or "\\" in source:
        return True
    comments = _LEADING_COMMENTS.match(source)  # it matches "" at least
    start = comments.end() if comments else 0
    listed_words = {name.removesuffix(" Kommune") for name in listed}
    at = source.find("ommune", start + 1)
    while at != -1:
        if source[at - 1] in "Kk":
            # the whitespace before "K" (one run per "K", so linear), then a word's end
            word_end = at - 1
            while word_end > start and source[word_end - 1].isspace():
                word_end -= 1
            if word_end < at - 1:
                for name in _MUNICIPALITIES_BY_ENDING.get(source[word_end - 3 : word_end], ()):
                    if name not in listed_words and source.endswith(name, start, word_end):
                        return True
        at = source.find("ommune", at + 6)
    at = source.find("Region", start)
    while at != -1:
        after = at + len("Region")
        if source.startswith("skommune", after):  # Bornholms Regionskommune
            if "Bornholms Regionskommune" not in listed:
                return True
        elif source[after : after + 1].isspace():
            word = _NOT_SPACE.search(source, after)
            if word and any(
                source.startswith(region, word.start()) and f"Region {region}" not in listed
                for region in REGIONS
            ):
                return True
        at = source.find("Region", after)
    return False


# The texts outside program.parter that may name a region or municipality are found in
# document order by two walks that must agree: _place_texts for every program, and
# _place_text_paths, which also builds their paths, only for a program with a finding
# (building a path for every mapping and list costs a third of the walk).


def _may_name_place(value: str) -> bool:
    return "ommune" in value or "Region" in value


def _place_texts(root: Any) -> list[str]:
    """The texts outside ``program.parter`` that may name a region or municipality."""
    texts: list[str] = []
    if isinstance(root, str):
        if _may_name_place(root):
            texts.append(root)
    elif isinstance(root, dict):
        for key, value in root.items():
            if key == "program" and isinstance(value, dict):
                _collect_texts([v for k, v in value.items() if k != "parter"], texts)
            else:
                _collect_texts([value], texts)
    elif isinstance(root, list):
        _collect_texts(root, texts)
    return texts


def _collect_texts(values: Iterable[Any], texts: list[str]) -> None:
    """Like :func:`_collect_paths` without the paths, for the nodes in *values*."""
    # The hottest loop of the cross-cutting rules (every node of every program): no keys,
    # no paths, and a tuple in isinstance is faster than a union type.
    for value in values:
        if isinstance(value, str):
            if "ommune" in value or "Region" in value:
                texts.append(value)
        elif isinstance(value, dict):
            _collect_texts(value.values(), texts)
        elif isinstance(value, list):
            _collect_texts(value, texts)  # the reader bounds the data's depth (MAX_DEPTH)


_CONTAINERS = (dict, list)
_PARTIES: YamlPath = ("program", "parter")


def _place_text_paths(root: Any) -> list[YamlPath]:
    """The paths of what :func:`_place_texts` finds, in the same order."""
    paths: list[YamlPath] = []
    if isinstance(root, str):
        if _may_name_place(root):
            paths.append(())
    elif isinstance(root, dict | list):
        _collect_paths(root, (), paths)
    return paths


def _collect_paths(node: dict[str, Any] | list[Any], path: YamlPath, paths: list[YamlPath]) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in items:
        if isinstance(value, str):
            if _may_name_place(value):
                paths.append((*path, key))
        elif isinstance(value, _CONTAINERS):
            inner = (*path, key)
            if inner != _PARTIES:
                _collect_paths(value, inner, paths)
