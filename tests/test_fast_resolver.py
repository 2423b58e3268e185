"""The reader's fast resolver gives exactly the tags of ruamel's stock YAML 1.2 resolver."""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from forloebkit.loading.scalars import _FastResolver

SCALARS = [
    "", "~", "null", "Null", "NULL", "true", "True", "FALSE", "yes", "no", "on", "off", "y", "n",
    "1", "-1", "+7", "0", "007", "0o17", "0x1F", "1_000", "1.5", "-0.5", "1e3", "1.2e+3", ".inf",
    "-.Inf", ".nan", ".NaN", "2024-01-01", "2024-1-1", "2024-01-01T10:00:00",
    "2024-01-01 10:00:00+01:00", "2025-02-30", "1:20", "abc", "=", "<<", "DF20", "§ 79",
    "Roskilde Kommune", "ja", "nej", "12 måneder", "'quoted'",
]  # fmt: skip


def _tags(resolver: type | None, text: str) -> list[str]:
    yaml = YAML(typ="safe", pure=False)
    if resolver is not None:
        yaml.Resolver = resolver
    root = yaml.compose(text)
    return [str(value.tag) for _, value in root.value]


def test_same_tags_as_ruamel_for_plain_and_quoted_scalars() -> None:
    plain = "\n".join(f"k{i}: {s}" if s else f"k{i}:" for i, s in enumerate(SCALARS))
    quoted = "\n".join(f'k{i}: "{s}"' for i, s in enumerate(SCALARS))
    for text in (plain, quoted):
        assert _tags(_FastResolver, text) == _tags(None, text)


@pytest.mark.parametrize("text", ["k: [1, a, true]", "k: {a: 1}", "k: !!str 12", "k: &a 1\nl: *a"])
def test_same_tags_for_collections_and_explicit_tags(text: str) -> None:
    assert _tags(_FastResolver, text) == _tags(None, text)


def test_no_path_resolvers_so_descend_and_ascend_may_do_nothing() -> None:
    assert not _FastResolver.yaml_path_resolvers
