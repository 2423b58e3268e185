"""``forloeb.toml`` or ``[tool.forloeb]`` in ``pyproject.toml``: settings for ``forloeb check``.

Read with the standard library's ``tomllib``. Its errors carry a line number only
for syntax errors, so for a wrong key or value the line is found by scanning the
text for the key: a simple scan covers the flat format this file has, and spares
a dependency (tomlkit) for the sake of one line number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .checking.run import CheckOptions
from .checking.suggest import did_you_mean
from .findings import Severity

CONFIG_FILE = "forloeb.toml"
PYPROJECT = "pyproject.toml"

_LIST_KEYS = ("select", "ignore", "include", "exclude")
KEYS = (*_LIST_KEYS, "severity", "strict", "min-coverage")
_SEVERITIES = {s.value: s for s in Severity}
_EXAMPLES = {"select": '["TJK", "SKM001"]', "ignore": '["TJK6"]', "include": '["programmer/*"]',
             "exclude": '["programmer/arkiv/*"]'}  # fmt: skip
#: tomllib's most common messages in Danish; others are shown as they are.
_TOML_DANISH = {
    "Unclosed array": "listen er ikke lukket med ]",
    "Invalid value": "ugyldig værdi (tekst skal stå i anførselstegn)",
    "Expected '=' after a key in a key/value pair": "der mangler '=' efter nøglen",
    "Cannot overwrite a value": "nøglen står to gange",
    "Unterminated string": "teksten er ikke lukket med et anførselstegn",
    "Invalid statement": "linjen kan ikke læses",
    "Illegal character '\\n'": "linjen slutter midt i en tekst (mangler et anførselstegn?)",
}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message is Danish and names file:line."""

    def __init__(self, file: Path, line: int | None, message: str) -> None:
        where = f"{file}:{line}" if line else str(file)
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Config:
    """The settings one configuration file gives; empty when there is none."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    strict: bool = False
    min_coverage: int | None = None


def find_config(start: Path) -> Path | None:
    """Walk up from *start*; the first folder with ``forloeb.toml`` or a ``pyproject.toml``
    that has ``[tool.forloeb]`` wins (``forloeb.toml`` first within a folder)."""
    for folder in (start.resolve(), *start.resolve().parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*forloeb\s*[.\]]", text, re.MULTILINE) is not None


def load_config(path: Path, known_codes: frozenset[str]) -> Config:
    """Read and check *path*; raises :class:`ConfigError` for anything wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, None, "Konfigurationsfilen findes ikke.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, None, f"Filen kan ikke læses: {exc}") from None
    import tomllib  # only when there is a file to read (~7 ms of every check otherwise)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        if line is None and "end of document" in str(exc):
            line = max(1, len(text.splitlines()))
        detail = str(exc).split(" (at ")[0]
        raise ConfigError(
            path, line, f"Ugyldig TOML: {_TOML_DANISH.get(detail, detail)}."
        ) from None
    header = "tool.forloeb" if path.name == PYPROJECT else None
    table = data.get("tool", {}).get("forloeb", {}) if header else data
    return _parse(table, _Locator(path, text, header), known_codes)


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match[1]) if match else None


class _Locator:
    """Finds the line of a key (or a value) in the configuration text."""

    def __init__(self, path: Path, text: str, header: str | None) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.start = 0
        if header:
            pattern = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(header.split(".")) + r"\s*\]")
            self.start = next((i for i, t in enumerate(self.lines) if pattern.match(t)), 0)

    def line_of(self, needle: str, after: int | None = None) -> int | None:
        pattern = re.compile(
            r"""(^|[\s{,"'\[])["']?""" + re.escape(needle) + r"""["']?\s*[=,\]}]?"""
        )
        begin = (after - 1) if after else self.start
        for i in range(begin, len(self.lines)):
            if pattern.search(self.lines[i].split("#", 1)[0]):
                return i + 1
        return None

    def error(self, message: str, *needles: str) -> ConfigError:
        line: int | None = None
        for needle in needles:
            line = self.line_of(needle, line) or line
        return ConfigError(self.path, line, message)


def _parse(table: Any, at: _Locator, known_codes: frozenset[str]) -> Config:
    if not isinstance(table, dict):
        raise at.error("[tool.forloeb] skal være en tabel.")
    for key in table:
        if key not in KEYS:
            guess = did_you_mean(key, KEYS)
            hint = f" Mente du '{guess}'?" if guess else ""
            raise at.error(f"Ukendt nøgle '{key}'.{hint} Tilladte nøgler: {', '.join(KEYS)}.", key)
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        if key in table:
            value = table[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise at.error(f"'{key}' skal være en liste af tekster, fx {_EXAMPLES[key]}.", key)
            lists[key] = tuple(value)
    for key in ("select", "ignore"):
        for code in lists.get(key, ()):
            if not _is_code_or_prefix(code, known_codes):
                raise at.error(
                    f"'{code}' i '{key}' er ikke en regelkode eller et præfiks.", key, code
                )
    severity: dict[str, Severity] = {}
    if "severity" in table:
        raw = table["severity"]
        if not isinstance(raw, dict):
            raise at.error(
                "'severity' skal være en tabel, fx severity = { TJK204 = \"advarsel\" }.",
                "severity",
            )
        for code, word in raw.items():
            if code.upper() not in known_codes:
                raise at.error(f"'{code}' under 'severity' er ikke en regelkode.", "severity", code)
            if word not in _SEVERITIES:
                raise at.error(
                    f"Alvoren for {code} skal være fejl, advarsel eller info, ikke {word!r}.",
                    "severity", code,
                )  # fmt: skip
            severity[code.upper()] = _SEVERITIES[word]
    strict = table.get("strict", False)
    if not isinstance(strict, bool):
        raise at.error("'strict' skal være true eller false.", "strict")
    minimum = table.get("min-coverage")
    if minimum is not None and (
        isinstance(minimum, bool) or not isinstance(minimum, int) or not 0 <= minimum <= 100
    ):
        raise at.error(
            "'min-coverage' skal være et helt tal fra 0 til 100 (procent).", "min-coverage"
        )
    return Config(
        path=at.path,
        select=_codes(lists["select"]) if "select" in lists else None,
        ignore=_codes(lists["ignore"]) if "ignore" in lists else None,
        include=lists.get("include", ()),
        exclude=lists.get("exclude", ()),
        severity=severity,
        strict=strict,
        min_coverage=minimum,
    )


def _codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in values)


def _is_code_or_prefix(value: str, known_codes: frozenset[str]) -> bool:
    wanted = value.strip().upper()
    return bool(wanted) and any(code.startswith(wanted) for code in known_codes)


def parse_code_list(text: str, known_codes: frozenset[str]) -> tuple[str, ...]:
    """``--select TJK,UND001`` → ("TJK", "UND001"); raises ValueError naming a bad entry."""
    out = tuple(p.strip().upper() for p in text.split(",") if p.strip())
    for code in out:
        if not _is_code_or_prefix(code, known_codes):
            raise ValueError(code)
    return out


def resolve_options(
    *,
    config: Path | None,
    use_config: bool,
    select: str | None,
    ignore: str | None,
    strict: bool,
) -> CheckOptions:
    """The run's options: the configuration file, then the command line's flags on top."""
    from .rules import all_rules

    known = frozenset(all_rules())
    path = config if config is not None else (find_config(Path.cwd()) if use_config else None)
    settings = load_config(path, known) if path is not None else Config()
    flags: dict[str, tuple[str, ...]] = {}
    for flag, value in (("--select", select), ("--ignore", ignore)):
        if value is not None:
            try:
                flags[flag] = parse_code_list(value, known)
            except ValueError as exc:
                raise ConfigError(
                    Path(flag), None, f"'{exc}' er ikke en regelkode eller et præfiks."
                ) from None
    return CheckOptions(
        select=flags.get("--select", settings.select or ()),
        ignore=flags.get("--ignore", settings.ignore or ()),
        severity=settings.severity,
        strict=strict or settings.strict,
        include=settings.include,
        exclude=settings.exclude,
        base_dir=path.resolve().parent if path is not None else None,
        min_coverage=settings.min_coverage,
    )
