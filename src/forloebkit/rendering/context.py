"""The view model a template sees: one program's data, its parties and its checklist statuses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..checking import ItemResult, ItemStatus, ProgramResult
from ..checklist import load_checklist
from ..findings import Finding, Severity, count_severity
from .data_view import Node

#: Danish words for the enumerated values a reader sees (others: '_' becomes a space).
LABELS: dict[str, str] = {
    "borger_samfund": "borger/samfund",
    "fagligt_organisatorisk": "fagligt/organisatorisk",
    "mål_for_borgeren": "mål for borgeren",
    "opfølgning_på_mål": "opfølgning på mål",
    "henvisning_børn_og_unge": "henvisning børn og unge",
    "barn_til_voksen": "barn til voksen",
    "pædagogisk_psykologisk": "pædagogisk-psykologisk",
    "dagtilbud_skole_fritid": "dagtilbud, skole og fritid",
    "høring": "i høring",
}


def label(value: object) -> str:
    """The reader's word for an enumerated value such as ``klinisk_retningslinje``."""
    text = str(value)
    return LABELS.get(text, text.replace("_", " "))


def validity_text(start: str | None, end: str | None) -> str | None:
    """The health agreement's period as the documents and the rapport show it."""
    if start is None and end is None:
        return None
    return f"{start or '?'} – {end or '?'}"


@dataclass(frozen=True, slots=True)
class Party:
    id: str
    name: str
    type: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class ItemView:
    """One checklist item as the document shows it."""

    number: str
    code: str
    text: str
    model_section: str
    status: str  # opfyldt, delvist, mangler, ikke_relevant (also the CSS class)
    status_label: str
    missing: tuple[str, ...]
    reason: str | None
    #: Sub-decisions (only 3.2 a-c): (number, the model's text, status label).
    parts: tuple[tuple[str, str, str], ...] = ()

    @property
    def covered(self) -> bool:
        return ItemStatus(self.status).counts_as_covered


@dataclass(frozen=True, slots=True)
class SectionView:
    number: int
    title: str
    model_section: str
    key: str
    items: tuple[ItemView, ...]


@dataclass(slots=True)
class ProgramView:
    """Everything a program template needs; built once per program."""

    file: str
    stem: str
    title: str
    root: Node
    meta: Node
    parties: list[Party]
    sections: list[SectionView]
    schema_errors: int
    #: The program's findings, or how to get them: ``render`` checks without the cross-cutting
    #: rules (its documents do not show them) and counts all findings only if a template asks.
    findings: list[Finding] | Callable[[], list[Finding]] = field(default_factory=list)
    party_names: dict[str, str] = field(default_factory=dict)
    #: The checklist items by number (templates look items up by number many times).
    _items: dict[str, ItemView] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._items = {item.number: item for section in self.sections for item in section.items}

    def _all_findings(self) -> list[Finding]:
        if callable(self.findings):
            self.findings = self.findings()
        return self.findings

    @property
    def errors(self) -> int:
        return count_severity(self._all_findings(), Severity.ERROR)

    @property
    def warnings(self) -> int:
        return count_severity(self._all_findings(), Severity.WARNING)

    @property
    def status(self) -> str | None:
        return self.meta.text("status")

    @property
    def version(self) -> str | None:
        return self.meta.text("version")

    @property
    def validity(self) -> str | None:
        agreement = self.meta.node("sundhedsaftale")
        return validity_text(agreement.text("gyldig_fra"), agreement.text("gyldig_til"))

    @property
    def items(self) -> list[ItemView]:
        return list(self._items.values())

    @property
    def covered(self) -> int:
        return sum(1 for item in self.items if item.covered)

    @property
    def total(self) -> int:
        return len(self.items)

    def item(self, number: str) -> ItemView:
        try:
            return self._items[number]
        except KeyError:
            raise KeyError(f"no checklist item {number}") from None

    def party_name(self, party_id: object) -> str:
        """A party's name for its id; an unknown id is shown as it is."""
        key = str(party_id)
        return self.party_names.get(key, key)

    def party_list(self, party_ids: list[str]) -> str:
        """Names for *party_ids*, joined with commas."""
        return ", ".join(self.party_name(pid) for pid in party_ids)


def build_program_view(
    result: ProgramResult,
    stem: str,
    all_findings: Callable[[], list[Finding]] | None = None,
) -> ProgramView:
    """The view model for *result*, from its plain data (works for schema-invalid programs too).

    *all_findings*: for a *result* checked without the cross-cutting rules, how
    to get the complete findings (asked only if a template shows the counts).
    """
    data = result.document.data if result.document is not None else {}
    root = Node(data)
    meta = root.node("program")
    parties = [
        Party(p.text("id") or "", p.text("navn") or p.text("id") or "?", p.text("type"),
              p.text("beskrivelse"))
        for p in meta.nodes("parter")
    ]  # fmt: skip
    findings = result.findings
    return ProgramView(
        file=result.file,
        stem=stem,
        title=meta.text("titel") or "Forløbsprogram uden titel",
        root=root,
        meta=meta,
        parties=parties,
        sections=_sections(result),
        schema_errors=sum(1 for f in findings if f.code.startswith("SKM")),
        findings=findings if all_findings is None else all_findings,
        party_names={p.id: p.name for p in parties if p.id},
    )


def _sections(result: ProgramResult) -> list[SectionView]:
    by_section: dict[str, list[ItemView]] = {}
    for r in result.items:
        by_section.setdefault(r.item.number.partition(".")[0], []).append(_item_view(r))
    return [
        SectionView(spec.number, spec.title, spec.model_section, spec.key,
                    tuple(by_section.get(str(spec.number), ())))
        for spec in load_checklist().sections
    ]  # fmt: skip


#: Item views by what they show. Most programs share most of them (an item met,
#: nothing missing), so a view is built once and shared: it is immutable.
_ITEM_VIEWS: dict[tuple[object, ...], ItemView] = {}
_ITEM_VIEWS_KEPT = 4096


def _item_view(r: ItemResult) -> ItemView:
    key = (r.item.number, r.status, r.missing, r.reason, r.parts)
    view = _ITEM_VIEWS.get(key)
    if view is None:
        if len(_ITEM_VIEWS) >= _ITEM_VIEWS_KEPT:
            _ITEM_VIEWS.clear()
        view = _ITEM_VIEWS[key] = ItemView(
            number=r.item.number,
            code=r.item.code,
            text=r.item.text,
            model_section=r.item.model_section,
            status=r.status.value,
            status_label=r.status.label,
            missing=tuple(f.label for f in r.missing),
            reason=r.reason,
            parts=tuple(
                (ev.number, sub.text, ev.status.label)
                for ev, sub in zip(r.parts, r.item.subitems, strict=True)
            ),
        )
    return view
