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


def test_recursive_alias_says_so() -> None:
    findings = read_findings("a: &x {b: [1, {c: *x}]}\n")
    assert [(f.code, f.line, f.column) for f in findings] == [("YML007", 1, 11)]
    assert "henviser til sit eget anker" in findings[0].message


def test_deep_nesting_without_aliases_is_not_called_recursive() -> None:
    findings = read_findings("a: &x [1]\nb: " + "[" * 150 + "*x" + "]" * 150 + "\n")
    assert [f.message for f in findings] == ["Filen er indlejret mere end 100 niveauer og afvises."]


def test_brackets_inside_text_are_not_nesting() -> None:
    """Over 2,000 brackets trigger the event walk, which finds the real depth (1) and lets go."""
    assert read_findings('a: "' + "[" * 2_500 + '"\n') == []


def test_many_shallow_flow_collections_pass() -> None:
    text = "".join(f"k{i}: [{{a: [1, 2]}}, [3]]\n" for i in range(1_000))
    assert read_findings(text) == []


def test_a_long_line_is_walked_but_accepted() -> None:
    assert read_findings("a: " + "x" * 20_000 + "\nb: [[1]]\n") == []


def test_compact_block_nesting_is_refused_without_crashing() -> None:
    # 100,000 levels of '- - -' crashed the C composer (a C stack overflow) before the guard.
    findings = read_findings("a:\n" + "- " * 100_000 + "x\n")
    assert [(f.code, f.line, f.column) for f in findings] == [("YML007", 2, 201)]
