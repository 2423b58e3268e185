"""Check a set of paths: discover files, read them, validate, score the checklist."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..findings import Finding, Severity
from ..loading import LoadedDocument, discover, read_program_file
from ..loading.discovery import Discovered
from ..rules import yaml_rules
from .checklist import ItemResult, evaluate_checklist
from .coverage_rule import coverage_findings
from .crosscut import check_crosscutting
from .policy import apply_policy, is_included
from .schema import validate_schema
from .suppressions import apply_suppressions

if TYPE_CHECKING:
    from ..model.program import Program

#: Top-level keys of a program; a file with two of them is a program even if
#: ``skemaversion`` is misspelt, so the misspelling is reported, not skipped.
#: (Spelled out so `check` need not import the models; a test compares them.)
PROGRAM_KEYS = frozenset({
    "skemaversion", "program", "fælles_mål_og_forståelse", "målgruppe", "indsatser",
    "organisering", "implementering", "opfølgning", "tjekliste",
})  # fmt: skip
SCHEMA_VERSION_KEY = "skemaversion"

#: Findings about the file itself: exit code 2 rather than 1.
_INPUT_CODES = frozenset(rule.code for rule in yaml_rules.RULES)
#: In folders, these mean "not a program" rather than "a broken program".
_NOT_A_PROGRAM = frozenset({yaml_rules.NOT_A_MAPPING.code, yaml_rules.EMPTY.code})


@dataclass(slots=True)
class ProgramResult:
    """What `check` found in one program file."""

    file: str
    title: str | None
    items: list[ItemResult]
    findings: list[Finding]
    document: LoadedDocument | None = None
    program: Program | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled with its checklist results as plain tuples: worker processes send one
        result per program, and the dataclass default for slotted classes looks the fields
        up for every object (22 items per program)."""
        items = tuple((r.item, r.status, r.missing, r.reason, r.parts) for r in self.items)
        return (_program_result, (
            self.file, self.title, items, self.findings, self.document, self.program,
        ))  # fmt: skip


def _program_result(
    file: str,
    title: str | None,
    items: tuple[tuple[Any, ...], ...],
    findings: list[Finding],
    document: LoadedDocument | None,
    program: Program | None,
) -> ProgramResult:
    return ProgramResult(file, title, [ItemResult(*i) for i in items], findings, document, program)


@dataclass(frozen=True, slots=True)
class Skipped:
    file: str
    reason: str


@dataclass(slots=True)
class CheckRun:
    """The outcome of one `forloeb check`."""

    programs: list[ProgramResult] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    path_errors: list[Finding] = field(default_factory=list)
    #: Warnings fail the run too (exit 1), from ``strict`` in the configuration.
    strict: bool = False

    @property
    def findings(self) -> list[Finding]:
        found = [*self.path_errors, *(f for p in self.programs for f in p.findings)]
        return sorted(found, key=Finding.sort_key)

    @property
    def exit_code(self) -> int:
        """0 no errors, 1 error-level findings, 2 unreadable input."""
        findings = self.findings
        if any(f.code in _INPUT_CODES for f in findings):
            return 2
        failing = self.failing_severities
        return 1 if any(f.severity in failing for f in findings) else 0

    @property
    def failing_severities(self) -> tuple[Severity, ...]:
        """Severities that fail the run (exit code 1): errors, and warnings too when strict."""
        return (Severity.ERROR, Severity.WARNING) if self.strict else (Severity.ERROR,)


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """Settings for one run of `check`, from the command line (and later a config file)."""

    #: The date that deadlines are compared with; None means today.
    today: date | None = None
    #: Only findings whose code starts with one of these (empty: all).
    select: tuple[str, ...] = ()
    #: Drop findings whose code starts with one of these.
    ignore: tuple[str, ...] = ()
    #: Severity per rule code, overriding the rule's own.
    severity: Mapping[str, Severity] = field(default_factory=dict)
    #: Warnings fail the run as errors do.
    strict: bool = False
    #: Globs (fnmatch, relative to *base_dir*) a file must match to be checked (empty: all).
    include: tuple[str, ...] = ()
    #: Globs of files never checked.
    exclude: tuple[str, ...] = ()
    #: The folder include/exclude are relative to (the configuration file's folder).
    base_dir: Path | None = None
    #: The lowest share of checklist items (percent) a program must cover; None: no minimum.
    min_coverage: int | None = None


def check_paths(
    paths: Iterable[Path],
    options: CheckOptions | None = None,
    *,
    keep_documents: bool = True,
    build_model: bool | None = None,
    cache_dir: Path | None = None,
) -> CheckRun:
    """Check every program under *paths*.

    With ``keep_documents=False`` each result drops its parsed document and
    model once checked (``check`` needs only findings and checklist statuses),
    which keeps memory flat on large runs. Large runs are spread over worker
    processes (see :mod:`.parallel`); results come back in the files' order.
    *build_model* (default: *keep_documents*) also builds each pydantic
    ``Program``; callers that read only the plain data pass False. With a
    *cache_dir* (and no documents kept), unchanged files reuse the results
    remembered there (see :mod:`.cache`).
    """
    options = options or CheckOptions()
    if options.today is None:  # one date for the whole run (and its cache key), even past midnight
        options = replace(options, today=date.today())
    files, path_errors = discover(paths)
    run = CheckRun(path_errors=apply_policy(path_errors, options), strict=options.strict)
    included = [found for found in files if is_included(found.path, options)]
    if cache_dir is not None and not keep_documents:
        outcomes = _check_with_cache(included, options, cache_dir)
    else:
        from .parallel import map_files

        work = check_file if build_model is None else partial(check_file, build_model=build_model)
        outcomes = map_files(work, included, options, keep_documents)
    for outcome in outcomes:
        if isinstance(outcome, Skipped):
            run.skipped.append(outcome)
        else:
            run.programs.append(outcome)
    return run


def _check_with_cache(
    files: list[Discovered], options: CheckOptions, directory: Path
) -> list[ProgramResult | Skipped]:
    from .cache import ResultCache
    from .parallel import map_files

    assert options.today is not None  # set by check_paths
    result_cache = ResultCache.open(directory, options, options.today)
    outcomes: list[ProgramResult | Skipped | None] = []
    todo: list[tuple[int, str | None]] = []
    for index, found in enumerate(files):
        key, remembered = result_cache.lookup(found)
        outcomes.append(remembered)
        if remembered is None:
            todo.append((index, key))
    checked = map_files(check_file, [files[i] for i, _ in todo], options, False)
    for (index, key), outcome in zip(todo, checked, strict=True):
        outcomes[index] = outcome
        if key is not None:
            result_cache.store(files[index], key, outcome)
    result_cache.save()
    return [outcome for outcome in outcomes if outcome is not None]


def check_file(
    found: Discovered,
    options: CheckOptions,
    keep_documents: bool = True,
    build_model: bool | None = None,
    lazy_positions: bool | None = None,
    crosscut: bool = True,
) -> ProgramResult | Skipped:
    """Read and check one discovered file.

    *build_model* (default: *keep_documents*) builds the pydantic ``Program``;
    without it the fast path checks the same things. *lazy_positions* (default:
    not *keep_documents*) finds positions only when something asks for one.
    *crosscut*: see :func:`check_document`.
    """
    # A kept document has its positions found at once (less memory than the parser's nodes).
    lazy = not keep_documents if lazy_positions is None else lazy_positions
    read = read_program_file(found.path, found.display, lazy_positions=lazy)
    if read.document is None:
        codes = {f.code for f in read.findings}
        if not found.explicit and codes <= _NOT_A_PROGRAM:
            return Skipped(found.display, read.findings[0].message)
        return ProgramResult(found.display, None, [], apply_policy(read.findings, options))
    data = read.document.data
    if SCHEMA_VERSION_KEY not in data and len(PROGRAM_KEYS & data.keys()) < 2:
        return Skipped(found.display, "Ingen 'skemaversion': ikke et program.")
    build = keep_documents if build_model is None else build_model
    result = check_document(read.document, options, build_model=build, crosscut=crosscut)
    if not keep_documents:
        result.document = None
    return result


def check_document(
    doc: LoadedDocument,
    options: CheckOptions | None = None,
    *,
    build_model: bool = True,
    crosscut: bool = True,
) -> ProgramResult:
    """Validate one loaded program, score its checklist and apply the cross-cutting rules.

    ``# forloeb: ignorer`` comments in the text the reader parsed suppress findings; then the options' select, ignore
    and severity are applied. ``build_model=False`` takes the fast path (no
    :class:`Program` in the result). ``crosscut=False`` leaves the cross-cutting
    rules out (for ``render``, whose documents show only the checklist and the
    schema findings), so the findings are not complete.
    """
    options = options or CheckOptions()
    program, schema_findings = validate_schema(doc, build_model=build_model)
    items, checklist_findings = evaluate_checklist(doc)
    crosscut_findings = check_crosscutting(doc, options.today or date.today()) if crosscut else []
    findings = [
        *schema_findings, *checklist_findings, *crosscut_findings,
        *coverage_findings(doc, items, options),
    ]  # fmt: skip
    if doc.source:
        findings = apply_suppressions(findings, doc.source, doc.file)
    findings = sorted(apply_policy(findings, options), key=Finding.sort_key)
    return ProgramResult(doc.file, _title(doc), items, findings, doc, program)


def _title(doc: LoadedDocument) -> str | None:
    meta = doc.data.get("program")
    title = meta.get("titel") if isinstance(meta, dict) else None
    return title if isinstance(title, str) else None
