"""The checklist engine: a status for each of the model's 22 items, per program.

Works on the plain data, not on the validated model, so a typo in one section
never hides the coverage of the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from ..checklist import Checklist, ChecklistItem, FieldSpec, PathStep, load_checklist
from ..findings import Finding, Severity
from ..loading import LoadedDocument, YamlPath
from ..placeholders import is_filled, is_placeholder
from ..rules import all_rules
from ..rules import checklist_rules as R
from .suggest import did_you_mean

CHECKLIST_KEY = "tjekliste"
NOT_APPLICABLE_KEY = "ikke_relevant"


class ItemStatus(StrEnum):
    """An item's status; the values are the words in JSON output."""

    MET = "opfyldt"
    PARTIAL = "delvist"
    MISSING = "mangler"
    NOT_APPLICABLE = "ikke_relevant"

    @property
    def label(self) -> str:
        """The word a reader sees."""
        return "ikke relevant" if self is ItemStatus.NOT_APPLICABLE else self.value

    @property
    def symbol(self) -> str:
        """The sign the text report and the overview show for the status."""
        return _SYMBOLS[self]

    @property
    def counts_as_covered(self) -> bool:
        return self in COVERED_STATUSES


#: The statuses that count as covered: met, or decided not to apply. A set lookup is about
#: ten times faster than the enum's attributes in a tuple, and reports count 22 000 statuses.
COVERED_STATUSES = frozenset((ItemStatus.MET, ItemStatus.NOT_APPLICABLE))

_SYMBOLS = {
    ItemStatus.MET: "✓",
    ItemStatus.PARTIAL: "◐",
    ItemStatus.MISSING: "✗",
    ItemStatus.NOT_APPLICABLE: "–",
}


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The status of one item or sub-decision and why."""

    number: str
    status: ItemStatus
    missing: tuple[FieldSpec, ...] = ()
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ItemResult:
    item: ChecklistItem
    status: ItemStatus
    missing: tuple[FieldSpec, ...]
    reason: str | None
    parts: tuple[Evaluation, ...]  # the sub-decisions (3.2 a-c), else empty


def covered_count(results: Iterable[ItemResult]) -> int:
    """How many of *results* are met or decided not to apply (the report's "4/22")."""
    return len([r for r in results if r.status in COVERED_STATUSES])  # faster than sum()


def evaluate_checklist(doc: LoadedDocument) -> tuple[list[ItemResult], list[Finding]]:
    """Score every checklist item for *doc* and report what is missing or partial."""
    checklist = load_checklist()
    decisions, findings = _decisions(doc, checklist)
    results: list[ItemResult] = []
    for item in checklist.items:
        if item.subitems:
            parts = tuple(
                _evaluate(
                    doc, sub.number(item.number), sub.fields,
                    decisions.get(sub.number(item.number)) or decisions.get(item.number),
                )
                for sub in item.subitems
            )  # fmt: skip
            result = ItemResult(
                item, _combine([p.status for p in parts]),
                tuple(f for p in parts for f in p.missing), decisions.get(item.number), parts,
            )  # fmt: skip
            for part, sub in zip(parts, item.subitems, strict=True):
                if not part.status.counts_as_covered:
                    text = f"{item.text} {sub.text[0].lower()}{sub.text[1:]}"
                    findings.append(_finding(doc, item, part, text))
        else:
            own = _evaluate(doc, item.number, item.fields, decisions.get(item.number))
            if own.status is ItemStatus.MET:
                result = _met_result(item)
            else:
                result = ItemResult(item, own.status, own.missing, own.reason, ())
            if not own.status.counts_as_covered:
                findings.append(_finding(doc, item, own, item.text))
        results.append(result)
    return results, findings


def _evaluate(
    doc: LoadedDocument, number: str, fields: Sequence[FieldSpec], reason: str | None
) -> Evaluation:
    if reason is not None:
        return Evaluation(number, ItemStatus.NOT_APPLICABLE, reason=reason)
    data = doc.data
    missing = tuple(f for f in fields if not _any_filled(data, f.steps, 0))
    if not missing:
        return _met(number)
    status = ItemStatus.MISSING if len(missing) == len(fields) else ItemStatus.PARTIAL
    return Evaluation(number, status, missing)


# A met item's evaluation and result are the same for every program, and the objects are
# frozen, so each is made once: a frozen dataclass costs about a microsecond to build, and
# most items of most programs are met.


@cache
def _met(number: str) -> Evaluation:
    return Evaluation(number, ItemStatus.MET)


_MET_RESULTS: dict[str, ItemResult] = {}


def _met_result(item: ChecklistItem) -> ItemResult:
    result = _MET_RESULTS.get(item.number)
    if result is None or result.item is not item:  # not the shipped checklist's item
        result = _MET_RESULTS[item.number] = ItemResult(item, ItemStatus.MET, (), None, ())
    return result


def _combine(statuses: list[ItemStatus]) -> ItemStatus:
    relevant = [s for s in statuses if s is not ItemStatus.NOT_APPLICABLE]
    if not relevant:
        return ItemStatus.NOT_APPLICABLE
    if all(s is ItemStatus.MET for s in relevant):
        return ItemStatus.MET
    if all(s is ItemStatus.MISSING for s in relevant):
        return ItemStatus.MISSING
    return ItemStatus.PARTIAL


def _finding(doc: LoadedDocument, item: ChecklistItem, ev: Evaluation, text: str) -> Finding:
    """The finding for an item or sub-decision that is not covered (met or not applicable)."""
    rule = all_rules()[item.code]
    first = ev.missing[0]
    where = doc.position(_anchor(doc.data, first.steps))
    paths = ", ".join(f.path for f in ev.missing)
    shown = ev.number if ev.number == item.number else f"{item.number} {ev.number[-1]}"
    if ev.status is ItemStatus.MISSING:
        message = f"Tjeklistepunkt {shown} mangler: {text}"
        hint = (
            f"Udfyld {paths} (modellens afsnit {item.model_section}). Er punktet ikke relevant, "
            f'så skriv en begrundelse: tjekliste: {{"{ev.number}": {{ikke_relevant: ...}}}}.'
        )
        severity = Severity.ERROR
    else:
        labels = ", ".join(f.label for f in ev.missing)
        message = f"Tjeklistepunkt {shown} er kun delvist opfyldt; mangler: {labels}."
        hint = f"Udfyld {paths} (modellens afsnit {item.model_section})."
        severity = Severity.WARNING
    return rule.finding(
        doc.file, where, first.path, message, hint, severity=severity, checklist_item=ev.number
    )


def _any_filled(data: Any, steps: tuple[PathStep, ...], at: int) -> bool:
    """True if a value that the field path ``steps[at:]`` reaches is filled in (see
    :func:`is_filled`); a ``None`` step fans out over the items of a list."""
    node = data
    for index in range(at, len(steps)):  # runs for every field of every program: no recursion
        step = steps[index]  # until a list fans out
        if step is None:
            if isinstance(node, list):
                for item in node:
                    if _any_filled(item, steps, index + 1):
                        return True
            return False
        if not isinstance(node, dict):
            return False
        node = node.get(step)  # a missing key and an empty value are both not filled in
    if isinstance(node, str):  # the usual end of a field path
        return not is_placeholder(node)
    return is_filled(node)


def _anchor(data: Any, steps: tuple[PathStep, ...]) -> YamlPath:
    """The deepest existing node on the way to a field (first list item for ``[*]``)."""
    path: list[str | int] = []
    node = data
    for step in steps:
        if step is None:
            if not isinstance(node, list) or not node:
                break
            path.append(0)
            node = node[0]
        else:
            if not isinstance(node, dict) or step not in node:
                break
            path.append(step)
            node = node[step]
    return tuple(path)


def _decisions(doc: LoadedDocument, checklist: Checklist) -> tuple[dict[str, str], list[Finding]]:
    """Read ``tjekliste:`` → {item number: reason it does not apply}."""
    raw = doc.data.get(CHECKLIST_KEY)
    if not isinstance(raw, dict):
        return {}, []  # absent, or a wrong type the schema check reports
    known = checklist.numbers()
    decisions: dict[str, str] = {}
    findings: list[Finding] = []
    for key, entry in raw.items():
        number = key.replace(" ", "").lower()
        path: YamlPath = (CHECKLIST_KEY, key)
        if number not in known:
            guess = did_you_mean(number, known, cutoff=0.6)
            findings.append(R.UNKNOWN_ITEM.finding(
                doc.file, doc.position(path), path,
                f"'{key}' er ikke et punkt i modellens tjekliste.",
                f"Mente du '{guess}'?" if guess else "Punkterne hedder fx 1.1, 2.4 og 3.2a.",
            ))  # fmt: skip
            continue
        if not isinstance(entry, dict) or NOT_APPLICABLE_KEY not in entry:
            continue
        reason = entry[NOT_APPLICABLE_KEY]
        if not isinstance(reason, str) or is_placeholder(reason):
            findings.append(R.NOT_APPLICABLE_WITHOUT_REASON.finding(
                doc.file, doc.position((*path, NOT_APPLICABLE_KEY)), (*path, NOT_APPLICABLE_KEY),
                f"Punkt {key} er markeret som ikke relevant uden en begrundelse.",
                "Skriv med én eller to sætninger, hvorfor punktet ikke er relevant for programmet.",
            ))  # fmt: skip
            continue
        decisions[number] = reason
    return decisions, findings
