"""The result types of the Kamerstuk pipeline: frozen dataclasses every stage returns.

Input: nothing (this module only defines types). Output: :class:`KamerstukError` for input
that cannot be imported, and the dataclasses the stages fill in: :class:`NormalisedText`
(from ``text``), :class:`Metadata` and :class:`Meeting` (``header``, ``structure``),
:class:`Section` and :class:`Citation` (``structure``), :class:`CommitmentCandidate`,
:class:`Deadline` and :class:`DebateReference` (``commitments``), :class:`FulfilmentStatement`
and :class:`FulfilmentMatch` (``fulfilments``), all gathered in :class:`ParsedKamerstuk` by
``parse``. Every one has ``to_dict()`` for JSON output (dates as ISO strings).
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from typing import Any

DOCUMENT_KINDS = ("geannoteerde_agenda", "verslag", "brief")
SECTION_KINDS = ("werksessie", "werkdiner", "other")


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


class KamerstukError(ValueError):
    """Input that cannot be imported as a Kamerstuk.

    ``code`` is machine readable (``empty``, ``binary``, ``encoding``, ``not_dutch``,
    ``not_kamerstuk``); ``str(error)`` gives the Dutch message followed by the English one.
    """

    def __init__(self, code: str, nl: str, en: str):
        self.code = code
        self.nl = nl
        self.en = en
        super().__init__(f"{nl} / {en}")


# --------------------------------------------------------------------------------------------
# Serialisation helper
# --------------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    """Convert dataclasses, dates and tuples into JSON-compatible structures."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


class _ToDict:
    """Mixin: ``to_dict()`` for JSON output (dates as ISO strings)."""

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(self)


# --------------------------------------------------------------------------------------------
# Data classes
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Repair(_ToDict):
    """One kind of change made by :func:`normalise`; ``count`` is how often it was applied."""

    kind: str
    before: str
    after: str
    count: int


@dataclass(frozen=True)
class NormalisedText(_ToDict):
    """Repaired text split into paragraphs.

    ``layout`` is ``"pdf"`` (lines wrapped at a fixed width, rebuilt into paragraphs) or
    ``"plain"`` (one line per paragraph). Removed page footers are kept in ``footers`` so the
    metadata they carry (vergaderjaar, dossier, nr.) is not lost; footnotes are moved right
    after the paragraph they interrupted and also listed in ``footnotes``.
    """

    text: str
    paragraphs: tuple[str, ...]
    repairs: tuple[Repair, ...]
    footers: tuple[str, ...]
    footnotes: tuple[str, ...]
    layout: str

    def repair_count(self, kind: str | None = None) -> int:
        return sum(r.count for r in self.repairs if kind is None or r.kind == kind)


@dataclass(frozen=True)
class Meeting(_ToDict):
    """The international meeting an agenda or verslag is about."""

    name: str | None
    abbreviation: str | None
    start: date | None
    end: date | None
    place: str | None
    timing: str | None  # "before" (agenda) / "after" (verslag) / None
    date_text: str | None = None  # the raw date expression the dates came from


@dataclass(frozen=True)
class Metadata(_ToDict):
    """Document-level facts read from the header block, footers, title and signature."""

    dossier: str | None = None  # "28676"
    dossier_display: str | None = None  # "28 676"
    toevoeging: str | None = None  # "02" for 21 501-02
    dossier_title: str | None = None  # "NAVO"
    ondernummer: int | None = None
    vergaderjaar: str | None = None  # "2024-2025"
    kst_id: str | None = None  # "kst-28676-474"
    date: date | None = None
    sender_name: str | None = None
    sender_function: str | None = None
    kind: str | None = "brief"  # one of DOCUMENT_KINDS; None for Handelingen and the Aanhangsel
    title: str | None = None
    meeting: Meeting | None = None

    def flat(self) -> dict[str, Any]:
        """Flat dict (``meeting.start`` etc.), values JSON-compatible; used by evaluation."""
        data = self.to_dict()
        meeting = data.pop("meeting") or {}
        for key in ("name", "abbreviation", "start", "end", "place", "timing"):
            data[f"meeting.{key}"] = meeting.get(key)
        return data


@dataclass(frozen=True)
class Section(_ToDict):
    """A heading and the text below it (up to the next heading).

    ``title`` is the heading as written; ``name`` drops a "Werksessie 1:"-style prefix.
    ``level`` is 1 for top-level headings, 2 for sub-headings inside a session; ``parent``
    is the enclosing session title for level 2.
    """

    title: str
    name: str
    kind: str  # one of SECTION_KINDS
    order: int  # 1-based position in the document
    text: str
    level: int = 1
    parent: str | None = None


@dataclass(frozen=True)
class Citation(_ToDict):
    """A reference to another Kamerstuk, e.g. "Kamerstuk 30 821, nr. 175"."""

    dossier: str
    toevoeging: str | None
    ondernummer: int
    kst_id: str
    raw: str


@dataclass(frozen=True)
class Deadline(_ToDict):
    """A due date as written ("voor de NAVO-top") plus a date when one is stated."""

    text: str
    date: date | None = None


@dataclass(frozen=True)
class DebateReference(_ToDict):
    """The debate a commitment was made in ("commissiedebat Irak op 25 oktober jl.")."""

    kind: str  # "commissiedebat", "plenair debat", "notaoverleg", ...
    subject: str | None
    date: date | None
    raw: str
    committee: str | None = None  # "vaste commissie voor Binnenlandse Zaken"


@dataclass(frozen=True)
class CommitmentCandidate(_ToDict):
    """A sentence in which the government promises the Kamer something."""

    sentence: str
    subject: str | None
    deadline: Deadline | None
    debate: DebateReference | None
    confidence: float
    section: str | None
    pattern: str  # which rule fired; useful when reviewing candidates
    vehicle: str | None = None  # "in de voortgangsbrief" and the like
    speaker: str | None = None  # the bewindspersoon speaking, in a debate ("Minister Van Weel")

    @property
    def score(self) -> float:
        return self.confidence


@dataclass(frozen=True)
class FulfilmentStatement(_ToDict):
    """A sentence stating that this document fulfils an earlier commitment."""

    sentence: str
    subject: str | None
    debate: DebateReference | None
    section: str | None
    pattern: str


@dataclass(frozen=True)
class FulfilmentMatch(_ToDict):
    """Best open commitment for one fulfilment statement.

    ``key`` is ``None`` when no candidate reaches the threshold; ``candidates`` ranks every
    open commitment as ``(key, score)``, best first.
    """

    statement: FulfilmentStatement | str
    key: Hashable | None
    score: float
    candidates: tuple[tuple[Hashable, float], ...]


@dataclass(frozen=True)
class ParsedKamerstuk(_ToDict):
    """Everything :func:`parse` extracts from one document."""

    metadata: Metadata
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]
    confidential_mentions: tuple[str, ...]
    commitments: tuple[CommitmentCandidate, ...]
    fulfilments: tuple[FulfilmentStatement, ...]
    signals: tuple[str, ...]
    normalised: NormalisedText

    @property
    def references(self) -> tuple[Citation, ...]:
        return self.citations
