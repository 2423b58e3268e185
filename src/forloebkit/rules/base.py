"""What a rule is: a stable code, a readable name, a default severity and its docs."""

from __future__ import annotations

from dataclasses import dataclass

from ..findings import Finding, Position, Severity, format_path

#: Rule groups by code prefix, in the order `forloeb explain --alle` lists them.
GROUPS: dict[str, str] = {
    "YML": "YAML og filer",
    "SKM": "Skema",
    "TJK": "Tjekliste",
    "REF": "Henvisninger og id'er",
    "DEL": "Alle parter deltager",
    "BRN": "Børn og unge",
    "UDS": "Udskrivning",
    "IND": "Mål og indikatorer",
    "STR": "Stratificering og samarbejdsformer",
    "VID": "Viden og lovgrundlag",
    "TID": "Datoer og frister",
    "KOD": "Diagnosekoder",
    "CPR": "Personoplysninger",
    "UND": "Undtagelser",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: everything `forloeb explain CODE` prints, and a finding factory."""

    code: str
    name: str
    severity: Severity
    summary: str
    why: str
    example: str = ""
    model_section: str | None = None

    @property
    def group(self) -> str:
        return GROUPS[self.code[:3]]

    def finding(
        self,
        file: str,
        position: Position,
        path: tuple[str | int, ...] | str,
        message: str,
        hint: str = "",
        *,
        severity: Severity | None = None,
        checklist_item: str | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            file=file,
            line=position.line,
            column=position.column,
            path=path if isinstance(path, str) else format_path(path),
            message=message,
            hint=hint,
            checklist_item=checklist_item,
        )
