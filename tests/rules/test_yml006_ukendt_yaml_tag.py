"""YML006 ukendt-yaml-tag: tags such as !!python/object are refused."""

import pytest

from helpers import codes, read_findings


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['ls']\n",
        "a: !egen x\n",
        "a: !!set {x, y}\n",
        "a: !!binary aGVq\n",
    ],
)
def test_unsupported_tags_are_refused(text: str) -> None:
    findings = read_findings(text)
    assert codes(findings) == [("YML006", 1, 4)]


def test_standard_tags_pass() -> None:
    assert read_findings("a: !!str 12\nb: !!int '3'\n") == []
