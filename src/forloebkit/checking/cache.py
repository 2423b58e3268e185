"""Remember what ``forloeb check`` found in each file, so an unchanged file is not checked again.

Like ruff's cache: ``.forloeb_cache/`` beside the configuration file, else in
the folder ``check`` runs from (``FORLOEB_CACHE_DIR`` moves it; ``--ingen-cache``
or ``FORLOEB_INGEN_CACHE=1`` turns it off). A result is reused only when everything it depends on is the
same:

* the file's bytes (SHA-256), under the name it is shown with;
* the settings (select, ignore, severity, strict, min-coverage) and the date
  the deadlines are compared with, so the cache starts afresh every day;
* forloeb itself: the version and the size and time of every file of the
  installed package, so a changed rule or checklist never meets old results;
* the installed versions of the libraries that read and validate a file
  (ruamel.yaml and its C part, yaml-rs, pydantic-core).

The cache is JSON, never pickle: a cache folder committed to a repository by
mistake can hold wrong results at worst, not code. It carries its own
``.gitignore``. A cache that cannot be read or written is ignored; checking
never fails because of it. Only ``check`` uses it; ``render`` and ``rapport``
need the parsed documents anyway.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..checklist import ChecklistItem, FieldSpec, items_by_number
from ..findings import Finding, Severity
from ..loading.discovery import Discovered
from ..loading.reader import MAX_FILE_BYTES, NotAFile, read_bounded
from .checklist import Evaluation, ItemResult, ItemStatus
from .run import CheckOptions, ProgramResult, Skipped

CACHE_DIR_NAME = ".forloeb_cache"
#: Cache files kept side by side (other settings or days); older ones are removed.
KEEP_FILES = 4
#: Bump when the layout of an entry changes.
_LAYOUT = 1
_FILE_PREFIX = "check-"


def cache_enabled() -> bool:
    return os.environ.get("FORLOEB_INGEN_CACHE", "") in ("", "0")


@dataclass
class ResultCache:
    """The results of one combination of settings, date and forloeb, keyed by file."""

    file: Path
    entries: dict[str, Any]
    changed: bool = False

    @classmethod
    def open(cls, directory: Path, options: CheckOptions, today: date) -> ResultCache:
        name = f"{_FILE_PREFIX}{_settings_key(options, today)}.json"
        file = directory / name
        try:
            entries = json.loads(file.read_bytes())
            if not isinstance(entries, dict):
                entries = {}
        except (OSError, ValueError):
            entries = {}
        return cls(file, entries)

    def lookup(self, found: Discovered) -> tuple[str | None, ProgramResult | Skipped | None]:
        """(the file's fingerprint, its remembered result or None); None: cannot be read."""
        raw = _regular_file_bytes(found.path)
        if raw is None:
            return None, None  # the check itself reports why
        digest = hashlib.sha256(raw).hexdigest()
        entry = self.entries.get(_key(found))
        if not isinstance(entry, dict) or entry.get("sha256") != digest:
            return digest, None
        try:
            return digest, _result_from_json(entry["result"])
        except (KeyError, TypeError, ValueError, StopIteration):
            return digest, None

    def store(self, found: Discovered, digest: str, result: ProgramResult | Skipped) -> None:
        self.entries[_key(found)] = {"sha256": digest, "result": _result_to_json(result)}
        self.changed = True

    def save(self) -> None:
        """Write the entries back if this run added any (one entry per file and name)."""
        if not self.changed:
            return
        from ..files import write_atomically

        directory = self.file.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            ignore = directory / ".gitignore"
            if not ignore.exists():
                write_atomically(ignore, "# Lavet af forloeb: mappen er en cache.\n*\n")
            write_atomically(self.file, json.dumps(self.entries, ensure_ascii=False))
            _remove_old(directory, keep=self.file)
        except OSError:
            pass  # a read-only checkout: check without remembering


def _key(found: Discovered) -> str:
    """Named on the command line or found in a folder (that decides Skipped), and the name."""
    return f"{int(found.explicit)}:{found.display}"


def _regular_file_bytes(path: Path) -> bytes | None:
    """The bytes check would read; None when it would refuse the file (it reports why)."""
    try:
        raw = read_bounded(path)
    except (OSError, NotAFile):
        return None
    return raw if len(raw) <= MAX_FILE_BYTES else None


def _remove_old(directory: Path, keep: Path) -> None:
    files = sorted(
        directory.glob(f"{_FILE_PREFIX}*.json"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for old in [f for f in files if f != keep][KEEP_FILES - 1 :]:
        old.unlink(missing_ok=True)


def _settings_key(options: CheckOptions, today: date) -> str:
    settings = {
        "layout": _LAYOUT,
        "forloeb": [__version__, _package_fingerprint()],
        "readers": _reader_versions(),
        "today": today.isoformat(),
        "select": options.select,
        "ignore": options.ignore,
        "severity": sorted((code, sev.value) for code, sev in options.severity.items()),
        "strict": options.strict,
        "min_coverage": options.min_coverage,
    }
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:20]


@cache
def _package_fingerprint() -> str:
    """Size and modification time of every file of the installed package (~1 ms)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            info = os.stat(os.path.join(dirpath, name))  # noqa: PTH116, PTH118
            digest.update(f"{dirpath}/{name}:{info.st_size}:{info.st_mtime_ns};".encode())
    return digest.hexdigest()[:20]


#: The libraries whose upgrade could change what a file reads as, by module and dist-info prefix.
_READERS = (("ruamel", "ruamel_yaml"), ("yaml_rs", "yaml_rs"), ("pydantic_core", "pydantic_core"))


@cache
def _reader_versions() -> list[str]:
    """The dist-info folder names (name and version) of the _READERS, found beside them
    without importing them (importlib.metadata costs about 0.1 s)."""
    from importlib.util import find_spec

    found: list[str] = []
    for module, prefix in _READERS:
        try:
            spec = find_spec(module)
        except (ImportError, ValueError):
            spec = None
        for location in (spec.submodule_search_locations or []) if spec else []:
            try:
                names = [entry.name for entry in Path(location).parent.iterdir()]
            except OSError:
                continue
            found += [n for n in names if n.startswith(prefix) and n.endswith(".dist-info")]
    return sorted(set(found))


# --- results as JSON ---------------------------------------------------------------------------


def _result_to_json(result: ProgramResult | Skipped) -> dict[str, Any]:
    if isinstance(result, Skipped):
        return {"skipped": [result.file, result.reason]}
    return {
        "file": result.file,
        "title": result.title,
        "items": [_item_to_json(r) for r in result.items],
        "findings": [_finding_to_json(f) for f in result.findings],
    }


def _result_from_json(data: dict[str, Any]) -> ProgramResult | Skipped:
    if "skipped" in data:
        file, reason = data["skipped"]
        return Skipped(str(file), str(reason))
    return ProgramResult(
        str(data["file"]),
        data["title"],
        [_item_from_json(r) for r in data["items"]],
        [_finding_from_json(f) for f in data["findings"]],
    )


def _item_to_json(result: ItemResult) -> list[Any]:
    return [
        result.item.number, result.status.value, [f.path for f in result.missing], result.reason,
        [[p.number, p.status.value, [f.path for f in p.missing], p.reason] for p in result.parts],
    ]  # fmt: skip


def _item_from_json(data: list[Any]) -> ItemResult:
    """The item result; most programs share most of them, so equal ones are built once."""
    memo_key = repr(data)
    result = _ITEM_MEMO.get(memo_key)
    if result is None:
        result = _ITEM_MEMO[memo_key] = _build_item(data)
    return result


#: Item results (frozen) by their JSON form, shared by the programs of one run.
_ITEM_MEMO: dict[str, ItemResult] = {}


def _build_item(data: list[Any]) -> ItemResult:
    number, status, missing, reason, parts = data
    item = items_by_number()[number]  # KeyError for a damaged entry: checked again
    return ItemResult(
        item, ItemStatus(status), _fields(item, missing), reason,
        tuple(Evaluation(n, ItemStatus(s), _fields(item, m), r) for n, s, m, r in parts),
    )  # fmt: skip


def _fields(item: ChecklistItem, paths: list[str]) -> tuple[FieldSpec, ...]:
    known = [*item.fields, *(f for sub in item.subitems for f in sub.fields)]
    return tuple(next(f for f in known if f.path == path) for path in paths)


def _finding_to_json(finding: Finding) -> list[Any]:
    return [
        finding.code, finding.name, finding.severity.value, finding.file, finding.line,
        finding.column, finding.path, finding.message, finding.hint, finding.checklist_item,
    ]  # fmt: skip


def _finding_from_json(data: list[Any]) -> Finding:
    code, name, severity, file, line, column, path, message, hint, item = data
    return Finding(code, name, Severity(severity), file, line, column, path, message, hint, item)
