"""YML007 for-kompleks-yaml: too deep, or too many alias expansions."""

import time

from helpers import codes, read_findings


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a0: ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    lines = [line.replace("a0: [", "a0: &a0 [") for line in lines]
    lines = [
        line if i == 0 else line.replace(f"a{i}: [", f"a{i}: &a{i} [")
        for i, line in enumerate(lines)
    ]
    started = time.perf_counter()
    findings = read_findings("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 10  # generous: the point is that it ends
    assert [f.code for f in findings] == ["YML007"]
    assert "aliaser" in findings[0].message


def test_deep_nesting_is_refused() -> None:
    text = "a: " + "[" * 150 + "]" * 150 + "\n"
    assert [f.code for f in read_findings(text)] == ["YML007"]


def test_recursive_alias_is_refused() -> None:
    assert codes(read_findings("a: &x [*x]\n"))[0][0] == "YML007"


def test_ordinary_aliases_and_merge_keys_pass() -> None:
    text = "base: &b {navn: x}\nkopi: *b\nflettet:\n  <<: *b\n  type: kommune\n"
    assert read_findings(text) == []
