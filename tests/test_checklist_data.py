"""The checklist data file: complete, consistent with the model, in the model's words."""

import re
import typing
from typing import Any

import pytest
from pydantic import BaseModel

from forloebkit.checklist import load_checklist
from forloebkit.model import Program
from forloebkit.rules import all_rules
from helpers import SHARED

CHECKLIST = load_checklist()
SEED = SHARED / "seeds" / "003_7817ec7a7519a69b.txt"


def test_there_are_22_items_in_six_sections() -> None:
    assert [i.number for i in CHECKLIST.items] == [
        "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2",
        "4.1", "4.2", "4.3", "4.4", "4.5",
        "5.1", "5.2", "5.3", "5.4", "5.5",
        "6.1", "6.2", "6.3", "6.4",
    ]  # fmt: skip
    assert [s.number for s in CHECKLIST.sections] == [1, 2, 3, 4, 5, 6]
    item = CHECKLIST.item("3.2")
    assert item is not None
    assert [s.letter for s in item.subitems] == ["a", "b", "c"]


def test_codes_follow_the_item_numbers_and_are_unique() -> None:
    for item in CHECKLIST.items:
        section, number = item.number.split(".")
        assert item.code == f"TJK{section}{int(number):02d}"
    names = [r.name for r in all_rules().values()]
    assert len(names) == len(set(names))


def test_every_item_has_at_least_two_fields() -> None:
    for item in CHECKLIST.items:
        groups = [item.fields] if item.fields else [s.fields for s in item.subitems]
        assert all(len(g) >= 2 for g in groups), item.number


def _annotation_for(model: Any, key: str) -> Any:
    for name, info in model.model_fields.items():
        if (info.alias or name) == key:
            return info.annotation
    raise AssertionError(f"{model.__name__} has no key {key!r}")


def _strip(annotation: Any) -> Any:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, __import__("types").UnionType):
        return _strip(args[0])
    return annotation


@pytest.mark.parametrize(
    "path",
    [
        f.path
        for i in CHECKLIST.items
        for f in (*i.fields, *(g for s in i.subitems for g in s.fields))
    ],
)
def test_every_field_path_exists_in_the_model(path: str) -> None:
    current: Any = Program
    for step in re.findall(r"[^.\[\]]+|\[\*\]", path):
        current = _strip(current)
        if step == "[*]":
            assert typing.get_origin(current) is list, path
            current = typing.get_args(current)[0]
        else:
            assert isinstance(current, type) and issubclass(current, BaseModel), path
            current = _annotation_for(current, step)


def _normalise(text: str) -> str:
    text = text.replace("\u00ad", "").replace("��", " ")
    text = re.sub(r"-\s*\n\s*", "-", text)  # words split over lines in the PDF
    text = re.sub(r"/\s+", "/", text)
    return " ".join(text.split())


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds er ikke tjekket ud ved siden af")
def test_item_wording_is_the_models_own() -> None:
    seed = _normalise(SEED.read_text(encoding="utf-8"))
    joined = seed.replace("- ", "-").replace("-", "")
    for item in CHECKLIST.items:
        texts = [item.text, *(s.text for s in item.subitems)]
        for text in texts:
            wanted = _normalise(text)
            assert wanted in seed or wanted.replace("-", "") in joined, (item.number, text)
