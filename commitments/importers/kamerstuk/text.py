"""Pure-Python text core for importing Kamerstukken (Dutch parliamentary papers).

Pipeline::

    decode(bytes) -> str
    normalise(str) -> NormalisedText      # PDF repairs, paragraphs, reported repairs
    parse(str) -> ParsedKamerstuk         # metadata, sections, citations, commitments, ...
    match_fulfilments(statements, open_commitments) -> [FulfilmentMatch]

Everything here is standard library only (no Django), deterministic and conservative:
text is only changed by the documented repair rules, and every repair is reported.
Unknown values are ``None``; nothing is invented.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

__all__ = [
    "DOCUMENT_KINDS",
    "SECTION_KINDS",
    "Citation",
    "CommitmentCandidate",
    "Deadline",
    "DebateReference",
    "FulfilmentMatch",
    "FulfilmentStatement",
    "KamerstukError",
    "Meeting",
    "Metadata",
    "NormalisedText",
    "ParsedKamerstuk",
    "Repair",
    "Section",
    "content_words",
    "decode",
    "kamerstuk_signals",
    "looks_like_kamerstuk",
    "match_fulfilments",
    "normalise",
    "parse",
    "parse_bytes",
    "similarity",
    "split_sentences",
]

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
    kind: str = "brief"  # one of DOCUMENT_KINDS
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


# --------------------------------------------------------------------------------------------
# Shared vocabulary and patterns
# --------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split())


MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:19|20)\d\d"
_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphen, non-breaking hyphen, en/em dash, minus
_REL = r"(?:a\.s\.|aanstaande|jl\.|j\.l\.)"

# A date range as written in titles and meeting sentences: "3 en 4 december 2024",
# "28-29 november" (any dash), "donderdag 3 en vrijdag 4 april a.s.",
# "30 november tot en met 2 december".
_DATE_RANGE_RE = re.compile(
    rf"(?:{_WEEKDAY}\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:\s+(?P<y1>{_YEAR}))?"
    rf"\s*(?:[{_DASH}]|\ben\b|\btot\s+en\s+met\b|\bt/m\b|\btot\b)\s*"
    rf"(?:{_WEEKDAY}\s+)?(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>{_YEAR}))?"
    rf"(?:\s+(?P<rel>{_REL}))?",
    re.IGNORECASE,
)
# A single date, optionally with "jl." (past) or "a.s." (coming) instead of a year.
_SINGLE_DATE_RE = re.compile(
    rf"(?:{_WEEKDAY}\s+)?(?P<d>{_DAY})\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?"
    rf"(?:\s+(?P<rel>{_REL}))?",
    re.IGNORECASE,
)
# "Den Haag, 22 november 2024" / "'s-Gravenhage, ..." / "Datum 22 november 2024".
_PLACE_DATE_RE = re.compile(
    rf"(?:Den Haag|[\u2019'\u2018]s-Gravenhage|Datum)\s*,?\s+(?P<d>{_DAY})\s+(?P<m>{_MONTH})"
    rf"\s+(?P<y>{_YEAR})",
    re.IGNORECASE,
)
_VERGADERJAAR_RE = re.compile(
    rf"[Vv]ergaderjaar\s+(?P<y1>{_YEAR})\s*[{_DASH}/]\s*(?P<y2>\d{{2,4}})"
)
# Page footer of the official PDF: "Tweede Kamer, vergaderjaar 2024—2025, 28 676, nr. 474 4".
_FOOTER_RE = re.compile(
    rf"^\s*Tweede\s+Kamer,\s+vergaderjaar\s+(?P<y1>{_YEAR})\s*[{_DASH}/]\s*(?P<y2>\d{{2,4}}),\s+"
    r"(?P<dossier>\d{2,3}[ \u00a0.]?\d{3})(?:\s*-\s*(?P<toev>[A-Z0-9]{1,4}))?,\s+"
    r"nr\.\s*(?P<nr>\d+)(?:\s+(?P<page>\d{1,3}))?\s*$",
    re.IGNORECASE,
)
_BOOKMARK_RE = re.compile(r"\[bookmark:[^\]\n]*\]")  # Word export artefacts in clean texts
_TERMINAL_RE = re.compile(r"[.!?:;][\"'\u00bb\u201d\u2019)\]]*$")  # sentence/clause end at EOL
_KAMER = r"(?:[Uu]w|[Dd]e)\s+Kamer\b(?:\s+der\s+Staten-Generaal)?"
_KAMER_OR_U = rf"(?:{_KAMER}|\bu\b)"
_GOV = r"(?:[Ii]k|[Ww]ij|[Hh]et\s+kabinet)"  # the government as grammatical subject
_KAMER_RE = re.compile(_KAMER)
_KAMER_OR_U_RE = re.compile(_KAMER_OR_U)

# Fixed dictionary of extraction slips seen in PDF text of Kamerstukken. Only whole words are
# replaced; anything not in this list is left alone.
SLIP_REPAIRS: dict[str, str] = {
    "Jordanié": "Jordanië",
    "Israél": "Israël",
    "Israélische": "Israëlische",
    "Israéliërs": "Israëliërs",
    "Oekraine": "Oekraïne",
    "Oekraines": "Oekraïnes",
    "Oekraiense": "Oekraïense",
    "Oekraieners": "Oekraïeners",
    "Oekrainers": "Oekraïners",
    "industriéle": "industriële",
    "industriele": "industriële",
    "financiéle": "financiële",
    "potentiéle": "potentiële",
    "continuiteit": "continuïteit",
    "Belgié": "België",
    "Italié": "Italië",
    "Servié": "Servië",
    "Syrié": "Syrië",
    "Australié": "Australië",
    "Roemenié": "Roemenië",
    "Slovenié": "Slovenië",
    "Georgié": "Georgië",
    "Tunesié": "Tunesië",
    "Indonesié": "Indonesië",
    "Abdullah Il": "Abdullah II",
    "FIVIM": "FMM",
}
# One alternation (longest first) so a paragraph is scanned once, not once per entry.
_SLIP_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted(SLIP_REPAIRS, key=len, reverse=True))
    + r")(?!\w)"
)

# Hyphenated compounds whose second part starts with a lowercase letter but keep the hyphen.
KNOWN_HYPHEN_COMPOUNDS = frozenset(
    {
        "secretaris-generaal",
        "directeur-generaal",
        "procureur-generaal",
        "inspecteur-generaal",
        "gouverneur-generaal",
        "consul-generaal",
        "minister-president",
        "politiek-militair",
        "politiek-militaire",
        "sociaal-economisch",
        "sociaal-economische",
        "staakt-het-vuren",
        "twee-statenoplossing",
        "lange-termijn-steun",
    }
)
_KNOWN_SECOND_PARTS = frozenset({"generaal", "president"})
_KNOWN_PREFIXES = frozenset({"non", "niet", "ex", "oud"})
# Dutch writes a hyphen where two vowels would otherwise be read as one sound
# ("defensie-industrie", "zee-eend").
_VOWEL_CLASHES = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "oe", "oi", "oo", "ou", "ui", "uu"}
)
_CONJUNCTIONS = frozenset({"en", "of", "als", "tot", "noch"})  # "zowel EU- als NAVO-verband"
_FUNCTION_WORDS = _words(
    "de het een van in op aan voor met tot te om dat die bij naar over door uit als en of zijn "
    "haar hun deze dit onder tegen tussen zoals waarbij waarmee welke"
)

DUTCH_STOPWORDS = _words(
    "aan al alle als ben bij dan dat de deze die dit door een en er had heb hebben heeft het "
    "hier hij hun ik in is je kan kon maar met na naar niet nog nu of om omdat ons onze ook op "
    "over te ten ter tot tussen u uit uw van veel voor want was waren wat wel werd wij wordt "
    "worden zal ze zich zij zijn zo zoals zou zullen hierover daarover welk welke"
)
# Words that are clearly Dutch and not English/Latin: used to recognise Dutch text.
_DUTCH_MARKERS = _words(
    "de het een en van dat die voor met op te niet ook om bij naar wordt zal door deze heeft "
    "zijn worden aan uit tot"
)


# --------------------------------------------------------------------------------------------
# decode
# --------------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Decode raw bytes of a text file.

    UTF-8 (with or without BOM) first; UTF-16 only with a BOM; cp1252 only when the bytes are
    not valid UTF-8 and the result still looks like text. Raises :class:`KamerstukError` for
    empty, binary or undecodable input.
    """
    data = bytes(data)
    if not data.strip():
        raise KamerstukError(
            "empty", "Het bestand is leeg.", "The file is empty (no text to import)."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _encoding_error() from exc
        return _check_text(text)
    if b"\x00" in data or _control_share(data) > 0.02:
        raise _binary_error()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise _encoding_error() from exc
        if _letter_share(text) < 0.6:
            raise _encoding_error() from None
    return _check_text(text)


def _check_text(text: str) -> str:
    if not text.strip():
        raise KamerstukError("empty", "Het bestand is leeg.", "The file is empty.")
    if "\x00" in text:
        raise _binary_error()
    return text


def _control_share(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(data)


_TEXT_PUNCTUATION = frozenset(
    ".,;:!?()'\"-%/&\u2013\u2014\u20ac\u00ab\u00bb\u2018\u2019\u201c\u201d"
)


def _letter_share(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    good = sum(1 for ch in visible if ch.isalnum() or ch in _TEXT_PUNCTUATION)
    return good / len(visible)


def _binary_error() -> KamerstukError:
    return KamerstukError(
        "binary",
        "Dit is geen tekstbestand (binaire inhoud, bijvoorbeeld een PDF of afbeelding). "
        "Lever de tekst van het Kamerstuk aan als .txt.",
        "This is not a text file (binary content such as a PDF or image). "
        "Provide the Kamerstuk as plain text.",
    )


def _encoding_error() -> KamerstukError:
    return KamerstukError(
        "encoding",
        "De tekenset van het bestand wordt niet herkend; sla het op als UTF-8.",
        "The file's character encoding is not recognised; save it as UTF-8.",
    )


# --------------------------------------------------------------------------------------------
# normalise
# --------------------------------------------------------------------------------------------


class _RepairLog:
    """Collects repairs, aggregating identical (kind, before, after) triples into counts."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, str], int] = {}

    def add(self, kind: str, before: str, after: str, count: int = 1) -> None:
        if count:
            key = (kind, before, after)
            self._counts[key] = self._counts.get(key, 0) + count

    def repairs(self) -> tuple[Repair, ...]:
        return tuple(Repair(k, b, a, n) for (k, b, a), n in self._counts.items())


@dataclass
class _Footnote:
    text: str


def normalise(text: str) -> NormalisedText:
    """Repair extracted text and split it into paragraphs.

    Rules (each application is reported as a :class:`Repair`):

    * ``bookmark``: strip ``[bookmark: _Hlk...]`` artefacts;
    * ``page_footer``: drop "Tweede Kamer, vergaderjaar ..., nr. 474 4" lines (kept in
      ``footers`` for metadata);
    * ``footnote``: in PDF text, move a footnote that interrupts a paragraph behind it;
    * ``dehyphenation`` / ``hyphen_kept``: join words split over a line break, keeping real
      hyphens (capital after the hyphen, acronym before it, known compounds, vowel clashes);
    * ``whitespace``: collapse runs of whitespace;
    * ``extraction_slip``: the fixed :data:`SLIP_REPAIRS` dictionary;
    * ``soft_hyphen`` / ``unicode_nfc``: invisible characters and composed diacritics.
    """
    log = _RepairLog()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n ")
    composed = unicodedata.normalize("NFC", text)
    if composed != text:
        log.add("unicode_nfc", "decomposed diacritics", "composed", 1)
        text = composed
    if "\u00ad" in text:
        log.add("soft_hyphen", "\u00ad", "", text.count("\u00ad"))
        text = text.replace("\u00ad", "")
    text, n = _BOOKMARK_RE.subn("", text)
    log.add("bookmark", "[bookmark: ...]", "", n)

    lines, footers = _remove_footers(text.split("\n"), log)
    layout = "pdf" if _is_wrapped(lines) else "plain"
    if layout == "pdf":
        items = _extract_footnotes(lines, log)
        paragraphs, footnotes = _rebuild_wrapped(items, log)
    else:
        paragraphs, footnotes = _rebuild_plain(lines, log), []
    cleaned = []
    for paragraph in paragraphs:
        paragraph = _collapse_whitespace(paragraph, log)
        paragraph = _repair_slips(paragraph, log)
        if paragraph:
            cleaned.append(paragraph)
    footnotes = [
        _repair_slips(_collapse_whitespace(f, _RepairLog()), _RepairLog()) for f in footnotes
    ]
    return NormalisedText(
        text="\n\n".join(cleaned),
        paragraphs=tuple(cleaned),
        repairs=log.repairs(),
        footers=tuple(footers),
        footnotes=tuple(footnotes),
        layout=layout,
    )


def _remove_footers(lines: list[str], log: _RepairLog) -> tuple[list[str], list[str]]:
    kept, footers = [], []
    for line in lines:
        if _FOOTER_RE.match(line):
            footers.append(line.strip())
            log.add("page_footer", line.strip(), "", 1)
            kept.append("")  # a footer is a page break: treat it like a blank line
        else:
            kept.append(line)
    return kept, footers


def _is_wrapped(lines: list[str]) -> bool:
    """PDF extractions wrap lines at ~70 chars, so most long lines end mid-sentence."""
    long_lines = [ln.strip() for ln in lines if len(ln.strip()) >= 40]
    if len(long_lines) < 5:
        return False
    if max(len(ln) for ln in long_lines) > 130:
        return False
    open_ended = sum(1 for ln in long_lines if not _TERMINAL_RE.search(ln))
    return open_ended / len(long_lines) > 0.5


# A footnote starts with its number and a capital at the start of a line: "1 Het kabinet ...".
_FOOTNOTE_START_RE = re.compile(r"^\s?(\d{1,2})\s+[A-Z(\u2018'\"]")
# ...and the number appears earlier glued to a word as the marker: "dreigingen1."
_FOOTNOTE_MARKER_RE = re.compile(r"[a-zà-ÿ)]{2}(\d{1,2})(?=[\s.,;:)])")


def _extract_footnotes(lines: list[str], log: _RepairLog) -> list[str | _Footnote]:
    """Replace footnote blocks at page bottoms by :class:`_Footnote` items.

    A block starts after a blank line with "<n> <Capital>" where ``n`` was used as a marker
    ("dreigingen1.") and runs until a blank line, the next footnote, or the continuation of
    the interrupted paragraph (a lowercase or page-start line after a closing period).
    """
    markers = {int(m.group(1)) for m in _FOOTNOTE_MARKER_RE.finditer("\n".join(lines))}
    out: list[str | _Footnote] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        start = _FOOTNOTE_START_RE.match(line)
        if start and int(start.group(1)) in markers and (i == 0 or not lines[i - 1].strip()):
            block = [line]
            j = i + 1
            while j < len(lines):
                nxt = lines[j]
                if not nxt.strip():
                    break
                nxt_start = _FOOTNOTE_START_RE.match(nxt)
                if nxt_start and int(nxt_start.group(1)) in markers:
                    break
                prev = block[-1].rstrip()
                if re.search(r"[.)]$", prev) and (nxt.startswith(" ") or nxt.strip()[0].islower()):
                    break  # the interrupted paragraph continues on the next page
                block.append(nxt)
                j += 1
            note = block[0].strip()
            for previous_raw, raw in pairwise(block):
                note = _join_lines(note, raw, previous_raw, log)
            out.append(_Footnote(note))
            log.add("footnote", note[:60] + ("..." if len(note) > 60 else ""), "moved", 1)
            i = j
            continue
        out.append(line)
        i += 1
    return out


def _line_width(items: list[str | _Footnote]) -> float:
    lengths = sorted(len(x.strip()) for x in items if isinstance(x, str) and x.strip())
    if not lengths:
        return 70.0
    return float(lengths[int(0.9 * (len(lengths) - 1))])


def _rebuild_wrapped(items: list[str | _Footnote], log: _RepairLog) -> tuple[list[str], list[str]]:
    """Join wrapped PDF lines into paragraphs.

    A line that is nearly as long as the page width was wrapped and continues on the next
    line; a short line ends its paragraph (headings, signatures, last line of a paragraph).
    Blank lines end a paragraph unless the text clearly runs on (page breaks mid-sentence).
    """
    width = _line_width(items)
    full = 0.75 * width
    paragraphs: list[str] = []
    footnotes: list[str] = []
    pending_notes: list[str] = []
    cur: str | None = None
    last_raw = ""
    after_blank = False

    def flush() -> None:
        if cur is not None:
            paragraphs.append(cur)
        paragraphs.extend(pending_notes)
        footnotes.extend(pending_notes)
        pending_notes.clear()

    for k, item in enumerate(items):
        if isinstance(item, _Footnote):
            pending_notes.append(item.text)
            continue
        line = item.strip()
        if not line:
            after_blank = cur is not None
            continue
        if cur is None:
            cur = line
        else:
            last = last_raw.strip()
            # A line counts as wrapped ("full") when it is long, or when the next word would
            # not have fitted on it (a short line followed by a long word).
            first_word = len(line.split()[0])
            wrapped = len(last) >= full or len(last) + 1 + first_word >= 0.85 * width
            if after_blank:
                join = _continues_after_blank(last, line, wrapped)
            else:
                join = _continues(last, line, _next_is_break(items, k), wrapped, full)
            if join:
                cur = _join_lines(cur, item, last_raw, log)
            else:
                flush()
                cur = line
        last_raw = item
        after_blank = False
    flush()
    return paragraphs, footnotes


def _next_is_break(items: list[str | _Footnote], k: int) -> bool:
    """True when the line after ``items[k]`` is blank or the end of the text."""
    nxt = items[k + 1] if k + 1 < len(items) else ""
    return not isinstance(nxt, str) or not nxt.strip()


def _ends_with_word_hyphen(line: str) -> bool:
    """ "bondge-" yes; "ISSN 0921 -" or "capaciteiten —" no."""
    return len(line) > 1 and line[-1] == "-" and line[-2].isalnum()


def _continues(last: str, line: str, line_then_break: bool, wrapped: bool, full: float) -> bool:
    """Does ``line`` continue the paragraph whose last physical line is ``last``?"""
    if _ends_with_word_hyphen(last):
        return True
    if _is_standalone_line(last) or _is_standalone_line(line):
        return False
    terminal = bool(_TERMINAL_RE.search(last))
    if not wrapped:
        return not terminal and line[:1].islower()
    if not terminal:
        return True
    # A full line that ends a sentence: continue unless the next line is a heading.
    looks_like_heading = len(line) < full and line[:1].isupper() and not _TERMINAL_RE.search(line)
    return not (looks_like_heading and line_then_break)


def _continues_after_blank(last: str, line: str, wrapped: bool) -> bool:
    """A blank line inside a sentence is a page break (often where a footer was)."""
    if _ends_with_word_hyphen(last):
        return True
    if not wrapped or _TERMINAL_RE.search(last) or _is_standalone_line(line):
        return False
    if last.endswith(",") or line[:1].islower():
        return True
    return last.split()[-1].lower() in _FUNCTION_WORDS


# Lines that always stand on their own in a letter: dates, addressee, signature, header lines.
_STANDALONE_RE = re.compile(
    r"^(?:(?:Den Haag|[\u2019'\u2018]s-Gravenhage)\b.*\d{4}$|Aan de Voorzitter\b|Geachte\b|"
    r"Hoogachtend|Met vriendelijke groet|kst-\d|ISSN\b|Nr\.\s*\d+$|Vergaderjaar\s+\d{4}|"
    r"De\s+(?:[Mm]inister|[Ss]taatssecretaris)\b[^.]*,$|(?:[A-Z][a-z]?\.){1,5}\s?[A-Z][\w'-]+$)"
)


def _is_standalone_line(line: str) -> bool:
    if _STANDALONE_RE.match(line):
        return True
    # "BRIEF VAN DE MINISTER VAN ...": an all-caps line with some substance.
    return line.isupper() and sum(ch.isalpha() for ch in line) >= 8


def _join_lines(cur: str, raw_next: str, raw_last: str, log: _RepairLog) -> str:
    """Append a wrapped line to ``cur``, undoing hyphenation where appropriate."""
    line = raw_next.strip()
    if not _ends_with_word_hyphen(cur):
        return f"{cur} {line}"
    left_match = re.search(r"[\w'\u2019-]+-$", cur)
    left = left_match.group()[:-1] if left_match else ""
    right_match = re.match(r"[^\W_]+", line)
    right = right_match.group() if right_match else ""
    spaced = raw_last.rstrip("\n").endswith("- ")  # "zowel EU- " + "als": hyphen + space
    decision = _hyphen_decision(left, right, spaced)
    if decision == "suspended":
        return f"{cur} {line}"
    if decision == "keep":
        log.add("hyphen_kept", f"{left}-\n{right}", f"{left}-{right}", 1)
        return cur + line
    joined_left = left.rsplit("-", 1)[-1]
    log.add("dehyphenation", f"{joined_left}-\n{right}", f"{joined_left}{right}", 1)
    return cur[:-1] + line


def _hyphen_decision(left: str, right: str, spaced: bool = False) -> str:
    """``"join"`` (line-break hyphen), ``"keep"`` (real hyphen) or ``"suspended"``."""
    if not right:
        return "keep"
    last_part = left.rsplit("-", 1)[-1]
    if right.lower() in _CONJUNCTIONS or (spaced and right[:1].islower() and len(right) <= 4):
        return "suspended"
    if right[:1].isupper() or right[:1].isdigit():
        return "keep"
    if (len(last_part) >= 2 and last_part.isupper()) or any(ch.isdigit() for ch in last_part):
        return "keep"
    if (
        f"{left}-{right}".lower() in KNOWN_HYPHEN_COMPOUNDS
        or f"{last_part}-{right}".lower() in KNOWN_HYPHEN_COMPOUNDS
        or right.lower() in _KNOWN_SECOND_PARTS
        or last_part.lower() in _KNOWN_PREFIXES
    ):
        return "keep"
    clash = (last_part[-1:] + right[:1]).lower()
    if len(last_part) >= 4 and len(right) >= 4 and clash in _VOWEL_CLASHES:
        return "keep"
    return "join"


def _rebuild_plain(lines: list[str], log: _RepairLog) -> list[str]:
    """Clean text: one line is one paragraph, except an obvious run-on into a lowercase line."""
    paragraphs: list[str] = []
    prev_raw = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            prev_raw = ""
            continue
        if (
            paragraphs
            and prev_raw
            and not _TERMINAL_RE.search(paragraphs[-1])
            and not _is_standalone_line(paragraphs[-1])
            and not _is_standalone_line(line)
            and (line[:1].islower() or _ends_with_word_hyphen(paragraphs[-1]))
        ):
            paragraphs[-1] = _join_lines(paragraphs[-1], raw, prev_raw, log)
        else:
            paragraphs.append(line)
        prev_raw = raw
    return paragraphs


_ODD_WHITESPACE_RE = re.compile(r"\s{2,}|[^\S ]")  # runs, tabs, non-breaking spaces
_WHITESPACE_RE = re.compile(r"\s+")


def _collapse_whitespace(paragraph: str, log: _RepairLog) -> str:
    stripped = paragraph.strip()
    log.add("whitespace", "multiple/odd whitespace", " ", len(_ODD_WHITESPACE_RE.findall(stripped)))
    return _WHITESPACE_RE.sub(" ", stripped)


def _repair_slips(paragraph: str, log: _RepairLog) -> str:
    def fix(m: re.Match[str]) -> str:
        wrong = m.group()
        log.add("extraction_slip", wrong, SLIP_REPAIRS[wrong], 1)
        return SLIP_REPAIRS[wrong]

    return _SLIP_RE.sub(fix, paragraph)


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

# Abbreviations after which a period never ends a sentence.
_ABBREVIATIONS = _words(
    "nr nrs o.a i.c m.b.t t.a.v bijv bv d.w.z o.m z.s.m e.d e.a resp art blz p pag dhr mevr mr "
    "dr drs ir ing prof ca mln mld mrd incl excl d.d i.p.v m.u.v n.a.v t.b.v i.v.m m.n o.b.v "
    "zr.ms hr.ms vgl zgn i.o.m"
)
# "jl." and "a.s." are often mid-sentence ("op 25 oktober jl. wordt") but can end one.
_DATE_ABBREVIATIONS = frozenset({"jl", "j.l", "a.s"})
_INITIALS_RE = re.compile(r"(?:[A-Z][a-z]?\.)*[A-Z][a-z]?")  # "C.C.J", "D.C", "Zr.Ms"
_BOUNDARY_RE = re.compile(r"[.!?\u2026]+[\"'\u00bb\u201d\u2019)\]]*(?=\s)")
_NEXT_CHAR_RE = re.compile(r"\s*(\S)")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without breaking on "jl.", "nr.", "C.C.J." etc."""
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(paragraph):
        following = _NEXT_CHAR_RE.match(paragraph, m.end())
        if not following:
            continue
        nxt = following.group(1)
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u00ab\u201c\u2018("):
            continue
        if m.group()[0] == "." and _period_is_abbreviation(paragraph, m.start(), nxt):
            continue
        sentences.append(paragraph[start : m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


_TOKEN_AT_END_RE = re.compile(r"[\w.]+$")


def _period_is_abbreviation(text: str, end: int, nxt: str) -> bool:
    """Is the period at ``text[end]`` part of an abbreviation such as "nr." or "C.C.J."?"""
    token_match = _TOKEN_AT_END_RE.search(text, max(0, end - 40), end)
    if not token_match:
        return False
    token = token_match.group()
    lowered = token.lower()
    if lowered in _DATE_ABBREVIATIONS:
        return not nxt.isupper()
    if lowered in _ABBREVIATIONS or lowered.rsplit(".", 1)[-1] in {"ms", "nr", "nrs"}:
        return True
    return bool(_INITIALS_RE.fullmatch(token))


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _vergaderjaar_years(vergaderjaar: str | None) -> tuple[int, int] | None:
    if not vergaderjaar:
        return None
    y1, y2 = vergaderjaar.split("-")
    return int(y1), int(y2)


def resolve_date(
    day: int,
    month: int,
    year: int | None,
    *,
    relative: str | None = None,
    reference: date | None = None,
    vergaderjaar: str | None = None,
    prefer: str | None = None,
) -> date | None:
    """Turn a day and month (plus optional year) into a date.

    Without a year: "jl." means the most recent such date on or before ``reference``, "a.s."
    the first one on or after it; ``prefer`` ("past"/"future") gives the same choice when no
    marker is written. Without a reference, the parliamentary year decides (it starts in
    September: Sept-Dec belong to its first calendar year). Otherwise ``None``.
    """
    if year:
        return _safe_date(year, month, day)
    rel = (relative or "").lower()
    if rel in ("jl.", "j.l."):
        prefer = "past"
    elif rel in ("a.s.", "aanstaande"):
        prefer = "future"
    if reference:
        candidate = _safe_date(reference.year, month, day)
        if candidate is None:
            return None
        if prefer == "past" and candidate > reference:
            return _safe_date(reference.year - 1, month, day)
        if prefer == "future" and candidate < reference:
            return _safe_date(reference.year + 1, month, day)
        if prefer is None:
            options = [
                d for d in (_safe_date(reference.year + k, month, day) for k in (-1, 0, 1)) if d
            ]
            return min(options, key=lambda d: abs((d - reference).days))
        return candidate
    years = _vergaderjaar_years(vergaderjaar)
    if years:
        return _safe_date(years[0] if month >= 9 else years[1], month, day)
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower()]


# --------------------------------------------------------------------------------------------
# Header, footer, signature
# --------------------------------------------------------------------------------------------

_HEADER_DOSSIER_RE = re.compile(
    r"^(?P<number>\d{2,3}[ \u00a0.]?\d{3})(?:\s*-\s*(?P<toev>[A-Z0-9]{1,4}))?$"
)
_HEADER_NR_RE = re.compile(r"^Nr\.\s*(?P<nr>\d+)$", re.IGNORECASE)
_KST_RE = re.compile(r"\bkst-(?P<dossier>\d{4,6})(?:-(?P<toev>[A-Z0-9]{1,4}))?-(?P<nr>\d+)\b")
_HEADER_DOCTYPE_RE = re.compile(
    r"^(?P<type>BRIEF|VERSLAG|GEANNOTEERDE AGENDA|NOTA|MEMORIE|LIJST|MOTIE|AMENDEMENT)\b"
    r"(?:\s+VAN\s+(?:DE|HET)\s+(?P<who>[A-Z][A-Z \-]+))?"
)
_SIGNATURE_RE = re.compile(
    r"^(?:De|de)\s+(?P<function>(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)\b"
    r"[^,.;]{0,100}?)\s*,\s*(?P<name>(?:[A-Z][a-z]?\.\s?){1,6}\S.*)?$"
)
_NAME_RE = re.compile(
    r"^(?:[A-Z][a-z]?\.\s?){1,6}\s*(?:(?:van|de|der|den|ter|ten|te|in\s+'t|von|le|la)\s+)*"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}$"
)
_SMALL_WORDS = frozenset({"van", "voor", "en", "de", "der", "het", "op", "in"})


def _normalise_function(raw: str) -> str:
    """ "De minister van Buitenlandse Zaken," / "MINISTER VAN BUITENLANDSE ZAKEN" ->
    "Minister van Buitenlandse Zaken"."""
    text = re.sub(r"^(?:de|het)\s+", "", raw.strip().rstrip(","), flags=re.IGNORECASE)
    words = text.split()
    shout = text.isupper()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if shout:
            word = (
                lower
                if (i and lower in _SMALL_WORDS)
                else "-".join(p.capitalize() for p in lower.split("-"))
            )
        if i == 0:
            word = word[:1].upper() + word[1:]
        out.append(word)
    return " ".join(out)


@dataclass
class _Header:
    end: int = 0
    dossier: str | None = None
    toevoeging: str | None = None
    ondernummer: int | None = None
    vergaderjaar: str | None = None
    title: str | None = None
    doc_type: str | None = None
    function: str | None = None
    date: date | None = None


def _format_vergaderjaar(y1: str, y2: str) -> str:
    if len(y2) == 2:
        y2 = y1[:2] + y2
    return f"{y1}-{y2}"


def _parse_header(paras: list[str]) -> _Header:
    """Read the official header block ("Tweede Kamer der Staten-Generaal / Vergaderjaar ...")."""
    header = _Header()
    if not paras or not paras[0].startswith("Tweede Kamer der Staten-Generaal"):
        return header
    title_parts: list[str] = []
    in_title = False
    j = 1
    for j in range(1, min(len(paras), 25)):
        p = paras[j]
        if len(p) > 160:
            header.end = j
            break
        vj = _VERGADERJAAR_RE.match(p)
        dossier = _HEADER_DOSSIER_RE.match(p)
        nr = _HEADER_NR_RE.match(p)
        kst = _KST_RE.match(p)
        doctype = _HEADER_DOCTYPE_RE.match(p)
        place_date = _PLACE_DATE_RE.search(p)
        if vj:
            header.vergaderjaar = _format_vergaderjaar(vj.group("y1"), vj.group("y2"))
        elif dossier and not header.dossier:
            header.dossier = re.sub(r"\D", "", dossier.group("number"))
            header.toevoeging = dossier.group("toev")
        elif nr:
            header.ondernummer = int(nr.group("nr"))
        elif kst:
            header.dossier = header.dossier or kst.group("dossier")
            header.toevoeging = header.toevoeging or kst.group("toev")
            header.ondernummer = header.ondernummer or int(kst.group("nr"))
        elif p.startswith("ISSN") or re.match(r"^[\u2019'\u2018]s-Gravenhage \d{4}$", p):
            in_title = True
        elif doctype:
            in_title = False
            header.doc_type = doctype.group("type").lower()
            if doctype.group("who"):
                header.function = _normalise_function(doctype.group("who"))
        elif place_date:
            header.date = _date_from_match(place_date)
            header.end = j + 1
            break
        elif p.startswith("Aan de Voorzitter"):
            header.end = j + 1
        elif in_title:
            title_parts.append(p)
    else:
        header.end = j + 1
    header.end = max(header.end, 1)
    header.title = " ".join(title_parts) or None
    return header


def _date_from_match(m: re.Match[str]) -> date | None:
    return _safe_date(int(m.group("y")), _month(m.group("m")), int(m.group("d")))


def _footer_info(footers: Iterable[str]) -> dict[str, Any]:
    for footer in footers:
        m = _FOOTER_RE.match(footer)
        if m:
            return {
                "vergaderjaar": _format_vergaderjaar(m.group("y1"), m.group("y2")),
                "dossier": re.sub(r"\D", "", m.group("dossier")),
                "toevoeging": m.group("toev"),
                "ondernummer": int(m.group("nr")),
            }
    return {}


class _Signature(NamedTuple):
    first: int  # paragraph index of "De Minister van ...,"
    last: int  # paragraph index of the name (same as first for a one-line signature)
    function: str
    name: str


def _find_signatures(paras: list[str], start: int) -> list[_Signature]:
    """Every "De Minister/Staatssecretaris van ...," followed by initials and a surname."""
    found = []
    for i in range(start, len(paras)):
        m = _SIGNATURE_RE.match(paras[i])
        if not m or len(paras[i]) > 140:
            continue
        if m.group("name"):
            found.append(_Signature(i, i, m.group("function"), m.group("name").strip()))
        elif i + 1 < len(paras) and _NAME_RE.match(paras[i + 1]):
            found.append(_Signature(i, i + 1, m.group("function"), paras[i + 1].strip()))
    return found


# --------------------------------------------------------------------------------------------
# Title, kind, meeting
# --------------------------------------------------------------------------------------------

_TITLE_KIND_RE = re.compile(r"^(?:Geannoteerde\s+agenda|Verslag|Agenda)\b", re.IGNORECASE)
_MEETING_WORD_RE = re.compile(
    r"\b(?:Meeting|Raad|Council|[Tt]op|[Bb]ijeenkomst|[Cc]onferentie|Summit|[Vv]ergadering|"
    r"Gymnich|[Mm]inisteri[eë]le)\b"
)
_SESSION_PREFIX_RE = re.compile(
    r"^(?P<word>Werksessie|Sessie|Plenaire sessie|Informele sessie|Werkdiner|Werklunch|"
    r"Werkontbijt|Diner|Lunch)\b\s*(?:\d+\s*)?[:.\-\u2013]?\s*",
    re.IGNORECASE,
)
_SESSION_HEADING_RE = re.compile(r"^(?:Bijeenkomst|Overleg)\s+met\b")


def _pure_date_line(p: str) -> bool:
    m = _DATE_RANGE_RE.fullmatch(p.strip()) or _SINGLE_DATE_RE.fullmatch(p.strip())
    return bool(m)


def _looks_like_title(p: str) -> bool:
    if len(p) > 200 or _TERMINAL_RE.search(p) or not p[:1].isupper():
        return False
    if _SESSION_PREFIX_RE.match(p) or _SESSION_HEADING_RE.match(p):
        return False
    if _TITLE_KIND_RE.match(p):
        return True
    return bool(
        _MEETING_WORD_RE.search(p) and (_DATE_RANGE_RE.search(p) or _SINGLE_DATE_RE.search(p))
    )


_AGENDA_RE = re.compile(r"\bgeannoteerde\s+agenda\b", re.IGNORECASE)
_VERSLAG_RE = re.compile(r"\bverslag\b", re.IGNORECASE)
# Tense cues deciding agenda vs verslag when no title word says so.
_FUTURE_CUES_RE = re.compile(
    r"\b(?:vindt|vinden)\b[^.]{0,80}\bplaats\b|\bzal\b|\bzullen\b|\ba\.s\.|\baanstaande\b"
)
_PAST_CUES_RE = re.compile(
    r"\b(?:kwam|kwamen)\b[^.]{0,80}\bbijeen\b|\b(?:vond|vonden)\b[^.]{0,80}\bplaats\b|"
    r"\b(?:spraken|bespraken|bestond|onderstreepte|onderstreepten|benadrukte|benadrukten)\b"
)


def _document_kind(
    title: str | None, cover: list[str], doc_type: str | None, body: list[str]
) -> str:
    cues = " ".join([title or "", doc_type or "", *[c for c in cover if c.startswith("Hierbij")]])
    if _AGENDA_RE.search(cues) or (doc_type or "").startswith("geannoteerde"):
        return "geannoteerde_agenda"
    if (
        (title and _VERSLAG_RE.match(title))
        or doc_type == "verslag"
        or any(re.search(r"\bHierbij\b[^.]*\bverslag\b", c) for c in cover)
    ):
        return "verslag"
    if title and _MEETING_WORD_RE.search(title):
        sample = " ".join(body[:3])
        future = len(_FUTURE_CUES_RE.findall(sample))
        past = len(_PAST_CUES_RE.findall(sample))
        if future > past:
            return "geannoteerde_agenda"
        if past > future:
            return "verslag"
    return "brief"


_ABBR_IN_PARENS_RE = re.compile(r"\((?P<abbr>[A-Z][A-Z0-9]{1,6})\)")
_PLACE = r"(?P<place>Den Haag|[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
# Where a meeting takes place: "vindt ... plaats in Brussel", "bijeen op het
# NAVO-hoofdkwartier in Brussel", "vindt in Luxemburg plaats" (few words in between only, so
# "vindt een klein halfjaar na de NAVO-top in Vilnius plaats" is not read as the venue).
_PLACE_RES = (
    re.compile(rf"\bplaats\s+(?:op\s+[^.;]{{0,40}}?\s+)?in\s+{_PLACE}"),
    re.compile(rf"\bbijeen\b(?:\s+[^.;]{{0,60}}?)?\s+in\s+{_PLACE}"),
    re.compile(rf"\b(?:vindt|vinden|vond|vonden)\s+(?:\S+\s+){{0,4}}?in\s+{_PLACE}\s+plaats\b"),
    re.compile(rf"\b{_MONTH}(?:\s+{_YEAR})?\s+in\s+{_PLACE}"),
    re.compile(rf"\bin\s+{_PLACE}\s*$"),
)
_NOT_PLACES = frozenset({"De", "Het", "Een", "Deze", "Dit", "Nederland"})


def _meeting_name(title: str) -> tuple[str | None, str | None, str | None, str | None]:
    """Name, abbreviation, place and date text from a title line."""
    name = re.sub(
        r"^(?:Geannoteerde\s+agenda|Verslag|Agenda)\b\s*(?:(?:voor|van)\s+(?:de|het)\s+)?",
        "",
        title,
        flags=re.IGNORECASE,
    )
    abbr_match = _ABBR_IN_PARENS_RE.search(name)
    abbr = abbr_match.group("abbr") if abbr_match else None
    if abbr_match:
        name = name[: abbr_match.start()] + name[abbr_match.end() :]
    date_text = None
    date_match = _DATE_RANGE_RE.search(name) or _SINGLE_DATE_RE.search(name)
    if date_match:
        date_text = date_match.group().strip()
        name = name[: date_match.start()]
        name = re.sub(r"\s*(?:,|\b(?:van|op|d\.d\.))\s*$", "", name.strip())
    place = None
    place_match = _PLACE_RES[-1].search(name)
    if place_match and place_match.group("place") not in _NOT_PLACES:
        place = place_match.group("place")
        name = name[: place_match.start()]
    name = re.sub(r"\s+", " ", name).strip(" ,-\u2013")
    return name or None, abbr, place, date_text


def _acronym_in_text(name: str, text: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", name) if w]
    for k in range(len(words) - 1):
        initials = "".join(w[0] for w in words[k:] if w[:1].isupper())
        if len(initials) >= 2 and re.search(rf"\b{initials}\b", text):
            return initials
    return None


def _resolve_range(
    m: re.Match[str], reference: date | None, vergaderjaar: str | None, prefer: str | None
) -> tuple[date | None, date | None]:
    groups = m.groupdict()
    if "d1" in groups:
        m2 = _month(groups["m2"])
        m1 = _month(groups["m1"]) if groups["m1"] else m2
        year2 = int(groups["y2"]) if groups["y2"] else None
        year1 = int(groups["y1"]) if groups["y1"] else year2
        if year1 and not groups["y1"] and m1 > m2:
            year1 -= 1  # "30 december tot en met 2 januari 2025"
        rel = groups.get("rel")
        end = resolve_date(
            int(groups["d2"]),
            m2,
            year2,
            relative=rel,
            reference=reference,
            vergaderjaar=vergaderjaar,
            prefer=prefer,
        )
        start = resolve_date(
            int(groups["d1"]),
            m1,
            year1,
            relative=rel,
            reference=reference,
            vergaderjaar=vergaderjaar,
            prefer=prefer,
        )
        if start and end and start > end and year1 is None:
            start = _safe_date(start.year - 1, start.month, start.day)
        return start, end
    single = resolve_date(
        int(groups["d"]),
        _month(groups["m"]),
        int(groups["y"]) if groups["y"] else None,
        relative=groups.get("rel"),
        reference=reference,
        vergaderjaar=vergaderjaar,
        prefer=prefer,
    )
    return single, single


# "Hierbij bied ik u de geannoteerde agenda aan voor de NAVO bijeenkomst ... op 3 en 4 december"
_COVER_MEETING_RE = re.compile(
    r"\b(?:aan|van)\s+(?:voor|van)\s+(?:de|het)\s+(?P<name>[A-Z][^.]*?)\s+(?:op|van)\s+"
    rf"(?=(?:{_WEEKDAY}\s+)?\d{{1,2}}\b[^.]{{0,30}}?\b{_MONTH}\b)"
)
# Sentences that may state when/where the meeting is.
_MEETING_SENTENCE_RE = re.compile(r"\b(?:plaats|bijeen|bijeenkomst|Meeting|Raad)\b")


def _meeting_date_text(sentences: list[str]) -> str | None:
    for sentence in sentences:
        if _MEETING_SENTENCE_RE.search(sentence):
            dm = _DATE_RANGE_RE.search(sentence) or _SINGLE_DATE_RE.search(sentence)
            if dm:
                return dm.group().strip()
    return None


def _meeting_place(sentences: list[str]) -> str | None:
    for sentence in sentences:
        for pattern in _PLACE_RES[:-1]:
            m = pattern.search(sentence)
            if m and m.group("place") not in _NOT_PLACES:
                return m.group("place")
    return None


def _extract_meeting(
    title: str | None,
    cover: list[str],
    body: list[str],
    kind: str,
    doc_date: date | None,
    vergaderjaar: str | None,
    full_text: str,
) -> Meeting | None:
    """The meeting of an agenda or verslag: title first, then covering letter and opening."""
    if kind == "brief" and not (title and _MEETING_WORD_RE.search(title)):
        return None
    name = abbr = place = date_text = None
    if title:
        name, abbr, place, date_text = _meeting_name(title)
    cover_text = " ".join(cover)
    if not name:
        m = _COVER_MEETING_RE.search(cover_text)
        name = m.group("name") if m else None
    sentences = [*split_sentences(cover_text), *(s for p in body[:3] for s in split_sentences(p))]
    date_text = date_text or _meeting_date_text(sentences)
    if name and not abbr:
        m = re.search(re.escape(name) + r"\s*\((?P<abbr>[A-Z][A-Z0-9]{1,6})\)", full_text)
        abbr = m.group("abbr") if m else _acronym_in_text(name, full_text)
    place = place or _meeting_place(sentences)
    timing = {"geannoteerde_agenda": "before", "verslag": "after"}.get(kind)
    start = end = None
    if date_text:
        dm = _DATE_RANGE_RE.fullmatch(date_text) or _SINGLE_DATE_RE.fullmatch(date_text)
        if dm:
            prefer = {"before": "future", "after": "past"}.get(timing or "")
            start, end = _resolve_range(dm, doc_date, vergaderjaar, prefer)
    if not any((name, start, place)):
        return None
    return Meeting(name, abbr, start, end, place, timing, date_text)


# --------------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------------


def _is_heading(p: str, nxt: str | None) -> bool:
    """Short line, no closing punctuation, capitalised, followed by more text."""
    if nxt is None or not p[:1].isalnum() or not (p[:1].isupper() or p[:1].isdigit()):
        return False
    if len(p) > 100 or len(p.split()) > 14 or re.search(r"[.,;:!?]$", p):
        return False
    if _pure_date_line(p) or _is_standalone_line(p) or _SIGNATURE_RE.match(p):
        return False
    return not re.fullmatch(r"[\d\s.,%-]+", p)


def _section_kind(title: str) -> str:
    m = _SESSION_PREFIX_RE.match(title)
    if m:
        word = m.group("word").lower()
        return (
            "werkdiner"
            if word in {"werkdiner", "werklunch", "werkontbijt", "diner", "lunch"}
            else "werksessie"
        )
    if _SESSION_HEADING_RE.match(title):
        return "werksessie"
    return "other"


def _section_name(title: str) -> str:
    """ "Werksessie 1: Bijeenkomst met ..." -> "Bijeenkomst met ..."; "Werklunch met X" stays."""
    m = _SESSION_PREFIX_RE.match(title)
    rest = title[m.end() :].strip() if m else ""
    if rest and (rest[:1].isupper() or rest[:1].isdigit()):
        return rest
    return title


def _extract_sections(
    paras: list[str], start: int, end: int
) -> tuple[list[Section], dict[int, str]]:
    """Sections between ``start`` and ``end``; also maps paragraph index -> section title."""
    headings = [
        i for i in range(start, end) if _is_heading(paras[i], paras[i + 1] if i + 1 < end else None)
    ]
    kinds = {i: _section_kind(paras[i]) for i in headings}
    heading_set = set(headings)
    # Sub-sections: when a session heading is directly followed by another heading, the
    # document nests topics under sessions (e.g. "Sessie 1: ..." / "Oekraïne").
    nested = any(kinds[i] != "other" and i + 1 in heading_set for i in headings)
    sections: list[Section] = []
    owner: dict[int, str] = {}
    parent: str | None = None
    for n, i in enumerate(headings):
        stop = headings[n + 1] if n + 1 < len(headings) else end
        title = paras[i]
        kind = kinds[i]
        if kind != "other":
            parent = title
            level, section_parent = 1, None
        elif nested and parent:
            level, section_parent = 2, parent
        else:
            level, section_parent = 1, None
            parent = None if not nested else parent
        for k in range(i + 1, stop):
            owner[k] = title
        sections.append(
            Section(
                title=title,
                name=_section_name(title),
                kind=kind,
                order=n + 1,
                text="\n\n".join(paras[i + 1 : stop]),
                level=level,
                parent=section_parent,
            )
        )
    return sections, owner


# --------------------------------------------------------------------------------------------
# Citations and confidential annexes
# --------------------------------------------------------------------------------------------

# "Kamerstuk 30 821, nr. 175", "(28 676, nr. 42)", "Kamerstukken 21 501-28, nrs. 250 en 251".
_CITATION_RE = re.compile(
    r"(?:\bKamerstuk(?:ken)?\s+)?(?<![\d,.])(?P<dossier>\d{2}\s?\d{3})"
    r"(?:\s*-\s*(?P<toev>[A-Z0-9]{1,4}))?,\s+nrs?\.\s*"
    r"(?P<nrs>\d+(?:\s*(?:,|en|t/m|&)\s*\d+)*)"
)
_CONFIDENTIAL_RE = re.compile(
    r"\bvertrouwelijke?\s+(?:bijlage|ter\s+inzage|inzage)|\bter\s+vertrouwelijke\s+inzage\b|"
    r"\bvertrouwelijk\b[^.]{0,80}\bter\s+inzage\b",
    re.IGNORECASE,
)


def _kst_id(dossier: str, toevoeging: str | None, nr: int) -> str:
    return f"kst-{dossier}-{toevoeging}-{nr}" if toevoeging else f"kst-{dossier}-{nr}"


def _dossier_display(dossier: str) -> str:
    return f"{int(dossier):,}".replace(",", " ")


def _extract_citations(paragraphs: Iterable[str], own_kst: str | None) -> list[Citation]:
    seen: set[str] = set()
    citations: list[Citation] = []
    for paragraph in paragraphs:
        if "nr" not in paragraph:
            continue  # every citation has ", nr." or ", nrs."; skip the slow scan
        for m in _CITATION_RE.finditer(paragraph):
            dossier = m.group("dossier").replace(" ", "")
            toev = m.group("toev")
            numbers: list[int] = []
            for part in re.split(r"\s*(?:,|en|&)\s*", m.group("nrs")):
                if "t/m" in part:
                    lo, hi = (int(x) for x in part.split("t/m"))
                    numbers.extend(range(lo, hi + 1) if 0 <= hi - lo <= 20 else [lo, hi])
                elif part.strip():
                    numbers.append(int(part))
            for nr in numbers:
                kst = _kst_id(dossier, toev, nr)
                if kst == own_kst or kst in seen:
                    continue
                seen.add(kst)
                citations.append(Citation(dossier, toev, nr, kst, m.group().strip()))
    return citations


# --------------------------------------------------------------------------------------------
# Commitments and fulfilments
# --------------------------------------------------------------------------------------------

_INFORM_INF = (
    r"(?:informeren|berichten|inlichten|rapporteren|terugkoppelen|toesturen|toezenden|sturen|"
    r"zenden|doen\s+toekomen|toekomen|voorleggen|aanbieden|verstrekken|"
    r"op\s+de\s+hoogte\s+(?:stellen|houden|brengen)|verslag\s+(?:doen|uitbrengen))"
)
_INFORM_PART = (
    r"(?:ge[iï]nformeerd|bericht|ingelicht|op\s+de\s+hoogte\s+(?:gesteld|gehouden|gebracht)|"
    r"toegezonden|toegestuurd|gerapporteerd)"
)
# P1 future with a modal: "het kabinet zal uw Kamer op de hoogte stellen", "zal ik uw Kamer
# voor de zomer informeren", "... en uw Kamer hierover informeren".
_MODAL_ACTIVE_RE = re.compile(rf"\b(?:zal|zullen)\b(?P<gap>[^;]{{0,200}}?)\b{_INFORM_INF}\b")
# P2 future/standing passive: "wordt uw Kamer ... nader geïnformeerd", "De Kamer wordt voor
# 1 juni geïnformeerd", "zal uw Kamer ... worden geïnformeerd".
_PASSIVE_RES = (
    re.compile(rf"\b(?:wordt|worden)\s+(?:[^;]{{0,60}}?\s)?{_KAMER}[^;]{{0,200}}?\b{_INFORM_PART}"),
    re.compile(rf"{_KAMER}\s+(?:wordt|zal)\b[^;]{{0,200}}?\b{_INFORM_PART}"),
    re.compile(rf"\b(?:zal|zullen)\s+{_KAMER}[^;]{{0,200}}?\bworden\s+{_INFORM_PART}"),
    re.compile(rf"\bwordt\s+u\b[^;]{{0,160}}?\b{_INFORM_PART}"),
)
# P3 explicit promise: "ik zeg toe uw Kamer ... te berichten", "zeg ik uw Kamer toe".
_TOEZEG_RE = re.compile(
    rf"\b(?:{_GOV}\s+(?:zeg|zeggen|zegt)|(?:[Zz]eg|[Zz]eggen)\s+(?:ik|wij)|"
    r"[Zz]egt\s+het\s+kabinet)\b(?:\s+[^;]{0,60}?)?\s+toe\b"
)
# P4 present tense with a future vehicle/deadline: "informeer ik uw Kamer in de voortgangsbrief".
_PRESENT_INFORM_RE = re.compile(
    rf"\b(?:(?:informeer|informeert|informeren|bericht|berichten|stuur|stuurt|zend|zendt)\s+"
    rf"(?:ik|wij|het\s+kabinet)\s+{_KAMER_OR_U}|{_GOV}\s+"
    rf"(?:informeer|informeert|informeren|bericht|stuur|stuurt)\s+{_KAMER_OR_U})"
)
# P5 "Uw Kamer ontvangt ... voor 1 juli".
_RECEIVE_RE = re.compile(rf"{_KAMER}\s+ontvangt\b|\bontvangt\s+{_KAMER}")
# P6 (weak) "Ik kom hierop terug in ...", "zal ik hierop terugkomen".
_RETURN_RE = re.compile(
    r"\b(?:(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hier|daar)\s*op\s+terug|"
    rf"{_GOV}\s+(?:kom|komt|komen)\s+(?:hier|daar)(?:\s*op\b|\b[^;]{{0,80}}?\bop)\s+terug|"
    r"(?:hier|daar)\s*op\s+terugkomen)\b"
)
# The sentence informs *now* (this letter), so it is no promise.
_PRESENT_MARKER_RE = re.compile(
    r"\b(?:hierbij|hiermee|bij\s+dezen?|(?:met|via|in|middels)\s+(?:deze|dit)\s+"
    r"(?:brief|verslag|geannoteerde\s+agenda|agenda|nota|kamerbrief)|benut\w*\s+om|"
    r"gebruik\w*\s+om|thans|onderstaand\w*|hieronder)\b",
    re.IGNORECASE,
)
# Routine reporting ("zoals gebruikelijk via het verslag") is standard procedure, not a promise.
_ROUTINE_RE = re.compile(
    r"\b(?:zoals\s+gebruikelijk|gebruikelijk(?:erwijs)?|zoals\s+altijd)\b", re.I
)
# A question or request by the Kamer, not a promise by the government.
_REQUEST_RE = re.compile(
    r"\b(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzocht|verzoek)\b"
    r"[^;]{0,80}\b(?:of|om)\b"
)
_VEHICLE_RE = re.compile(
    r"\b(?:in|via|met)\s+(?:de|het)\s+(?:(?:eerstvolgende|volgende|komende|jaarlijkse|"
    r"halfjaarlijkse|periodieke|reguliere)\s+)?(?:[\w-]+\s+){0,4}?[\w-]*"
    r"(?:brief|rapportage|verslag|nota|overzicht)\b"
)

_DEBATE_KINDS = (
    r"(?P<kind>commissiedebat|plenaire\s+debat|plenair\s+debat|notaoverleg|wetgevingsoverleg|"
    r"schriftelijke?\s+overleg|algemeen\s+overleg|mondelinge\s+vragenuur|vragenuur|"
    r"tweeminutendebat|dertigledendebat|debat)"
)
_DEBATE_RE = re.compile(
    rf"\b(?:het|de|een)\s+{_DEBATE_KINDS}\b(?:\s+over)?"
    rf"(?:\s+(?P<subject>[^,;]*?)\s+(?:op|van)\s+(?P<date>{_SINGLE_DATE_RE.pattern})"
    rf"|(?P<subject2>\s+[^,;]*?)(?=\s+(?:wordt|zal|zullen|om|heb|is|informeer|doe)\b|[,;]|$))",
    re.IGNORECASE,
)

# Deadline expressions, most specific first.
_DEADLINE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(
            rf"\b(?i:vóór|voor|uiterlijk(?:\s+op)?|niet\s+later\s+dan|na|per)\s+"
            rf"(?P<d>{_DAY})\s+(?P<m>{_MONTH})(?:\s+(?P<y>{_YEAR}))?"
        ),
    ),
    (
        "before_event",
        re.compile(
            r"\b(?i:voorafgaand)\s+aan\s+.+?(?=\s+(?:nader|over|te|uw|u|hierover|daarover|"
            r"ge[iï]nformeerd|informeren|berichten|worden|wordt|de\s+Kamer)\b|[,;.]|$)"
        ),
    ),
    (
        "period",
        re.compile(
            rf"\b(?i:vóór|voor|uiterlijk|in|na|eind|begin|medio)\s+(?:het\s+)?"
            rf"(?:(?:begin|eind|einde|midden|voorjaar|najaar|zomer|winter|eerste|tweede|derde|"
            rf"vierde)\s+(?:kwartaal\s+)?(?:van\s+)?)?(?:het\s+jaar|dit\s+jaar|{_MONTH}\s+{_YEAR}|"
            rf"{_MONTH}|{_YEAR})\b"
        ),
    ),
    (
        "event",
        re.compile(
            r"\b(?i:vóór|voor|na)\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:top|Top|raad|Raad|"
            r"debat|reces|zomer|winter|kerst|behandeling|nota|Nota|verkiezingen|bijeenkomst|"
            r"vergadering|stemmingen|jaarwisseling|zomerreces|kerstreces)\b"
            r"(?:\s+[A-Z][\w-]*)*"
            rf"(?:\s+(?:van|op|in)\s+(?:(?:{_DAY}\s+)?{_MONTH}(?:\s+{_YEAR})?|{_YEAR}))?"
            r"|\b(?i:vóór|voor|na)\s+Prinsjesdag\b"
        ),
    ),
    ("as_soon_as", re.compile(r"\b(?i:zodra)\s+[^,;.]+")),
    (
        "after_event",
        re.compile(
            r"\b(?i:na)\s+afloop\s+van\s+(?:de|het)\s+.+?(?=\s+(?:nader|over|te|uw|u|hierover|"
            r"ge[iï]nformeerd|informeren)\b|[,;.]|$)"
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(?:te\s+zijner\s+tijd|binnenkort|zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|"
            r"op\s+korte\s+termijn|later\s+dit\s+jaar|in\s+de\s+loop\s+van\s+(?:dit|het\s+)?\s*"
            r"(?:jaar|voorjaar|najaar|\d{4})|in\s+het\s+(?:voorjaar|najaar)|"
            r"(?:deze|komende)\s+(?:zomer|herfst|winter|maand))\b"
        ),
    ),
)

# Fulfilment statements: this document does what was promised.
_FULFIL_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "informs_about_commitment",
        re.compile(
            r"\b(?:(?:informeer|informeert|informeren)\s+(?:ik|wij|het\s+kabinet)\s+"
            r"(?:u|uw\s+Kamer)|"
            rf"{_GOV}\s+(?:informeer|informeert|informeren)\s+(?:u|uw\s+Kamer))"
            r"\b[^;]{0,80}?\bover\s+(?:de|mijn|zijn|onze)\s+toezegging"
        ),
    ),
    (
        "gestand",
        re.compile(r"\b(?:doe|doet|doen)\b[^;]{0,60}?\btoezegging\w*\b[^;]{0,250}?\bgestand\b"),
    ),
    (
        "voldaan",
        re.compile(r"\bvoldaan\s+aan\s+(?:de|mijn|zijn|onze|een)\s+(?:\w+\s+)?toezegging"),
    ),
    (
        "invulling",
        re.compile(
            r"\b(?:invulling|uitvoering|gevolg)\s+(?:gegeven\s+|ge\w+\s+)?(?:aan|van)\s+"
            r"(?:de|mijn|zijn|onze)\s+(?:\w+\s+)?toezegging"
        ),
    ),
    (
        "kom_na",
        re.compile(
            r"\b(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hiermee\s+|hierbij\s+|met\s+deze"
            r"\s+brief\s+)?(?:(?:terug\s+op|tegemoet\s+aan)\s+(?:de|mijn|zijn)\s+toezegging|"
            r"(?:de|mijn|zijn)\s+toezegging\b[^;]{0,200}?\bna\b)"
        ),
    ),
    (
        "ga_in_op",
        re.compile(
            r"\b(?:ga|gaat|gaan)\s+(?:ik|wij|het\s+kabinet)\s+(?:[^;]{0,40}?\s)?in\s+op\s+"
            r"(?:de|mijn|zijn)\s+toezegging"
        ),
    ),
)
_AS_PROMISED_RE = re.compile(
    r"\b[Zz]oals\s+(?:ik\s+|het\s+kabinet\s+)?(?:heeft\s+|heb\s+)?toegezegd\b"
)
_PRESENT_INFORM_NOW_RE = re.compile(
    r"\b(?:informeer|informeert|bericht|stuur|zend|bied)\s+(?:ik|wij|het\s+kabinet)\b|"
    r"\b(?:treft|vindt|ontvangt)\s+u\b"
)

_PATTERN_CONFIDENCE = {
    "toezeggen": 0.95,
    "modal_inform": 0.9,
    "passive_inform": 0.85,
    "present_with_deadline": 0.75,
    "receive": 0.7,
    "return_to": 0.6,
}


@dataclass
class _Context:
    reference: date | None
    vergaderjaar: str | None


# "in 2025" / "in juli" alone often describes the content ("steun in 2025"), not a due date.
_BARE_PERIOD_RE = re.compile(rf"^(?i:in)\s+(?:{_MONTH}|{_YEAR})$")


def _find_deadline(sentence: str, ctx: _Context) -> Deadline | None:
    """The most specific deadline expression in ``sentence`` (earliest on ties)."""
    best: tuple[int, int, Deadline] | None = None
    for rank, (name, pattern) in enumerate(_DEADLINE_RES):
        for m in pattern.finditer(sentence):
            text = m.group().strip()
            weight = rank
            if name == "period" and _BARE_PERIOD_RE.match(text):
                weight = len(_DEADLINE_RES)  # weakest: only used when nothing else is found
            when = None
            if name == "date":
                when = resolve_date(
                    int(m.group("d")),
                    _month(m.group("m")),
                    int(m.group("y")) if m.group("y") else None,
                    reference=ctx.reference,
                    vergaderjaar=ctx.vergaderjaar,
                    prefer="future",
                )
            candidate = (weight, m.start(), Deadline(text, when))
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    return best[2] if best else None


def _find_debate(sentence: str, ctx: _Context) -> DebateReference | None:
    """ "in het commissiedebat Irak op 25 oktober jl." -> commissiedebat / Irak / 2023-10-25."""
    m = _DEBATE_RE.search(sentence)
    if not m:
        return None
    kind = re.sub(r"\s+", " ", m.group("kind").lower())
    kind = {"plenaire debat": "plenair debat", "schriftelijke overleg": "schriftelijk overleg"}.get(
        kind, kind
    )
    subject = (m.group("subject") or m.group("subject2") or "").strip() or None
    when = None
    if m.group("date"):
        dm = _SINGLE_DATE_RE.search(m.group("date"))
        if dm:
            when = resolve_date(
                int(dm.group("d")),
                _month(dm.group("m")),
                int(dm.group("y")) if dm.group("y") else None,
                relative=dm.group("rel"),
                reference=ctx.reference,
                vergaderjaar=ctx.vergaderjaar,
                prefer="past",
            )
    return DebateReference(kind, subject, when, m.group().strip())


def _clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos))
    return cut + 1


_GOV_FUTURE_RE = re.compile(r"\b(?:zal|zullen)\s+(?:ik|het\s+kabinet|wij)\b")
_NEGATION_RE = re.compile(r"\b(?:niet|geen)\b")
_USED_TO_INFORM_RE = re.compile(r"\b(?:benut|gebruikt?)\w*\s+om\b")  # "wordt benut om ... te"


def _match_commitment(sentence: str, deadline: Deadline | None) -> str | None:
    """Name of the promise pattern that fires for ``sentence``, or None.

    Order matters: an explicit "ik zeg toe" wins; routine reporting and requests by members
    are excluded; then future modal, passive, present-with-deadline, "ontvangt" and the weak
    "ik kom hierop terug". Present-tense informing ("hierbij", "met deze brief") is no promise.
    """
    if _REQUEST_RE.search(sentence) and not _GOV_FUTURE_RE.search(sentence):
        return None
    if _TOEZEG_RE.search(sentence) and _KAMER_OR_U_RE.search(sentence):
        return "toezeggen"
    if _ROUTINE_RE.search(sentence):
        return None
    for m in _MODAL_ACTIVE_RE.finditer(sentence):
        gap = m.group("gap")
        before = sentence[max(_clause_start(sentence, m.start()), m.start() - 80) : m.start()]
        if _NEGATION_RE.search(gap):
            continue
        if _KAMER_OR_U_RE.search(gap) or _KAMER_RE.search(before):
            if _USED_TO_INFORM_RE.search(sentence, 0, m.end()):
                continue
            return "modal_inform"
    for pattern in _PASSIVE_RES:
        m = pattern.search(sentence)
        if m:
            clause = sentence[_clause_start(sentence, m.start()) : m.end()]
            if not _PRESENT_MARKER_RE.search(clause) and not _NEGATION_RE.search(m.group()):
                return "passive_inform"
    future = deadline is not None or _vehicle(sentence) is not None
    if future and not _PRESENT_MARKER_RE.search(sentence):
        if _PRESENT_INFORM_RE.search(sentence):
            return "present_with_deadline"
        if _RECEIVE_RE.search(sentence):
            return "receive"
    if _RETURN_RE.search(sentence) and not _PRESENT_MARKER_RE.search(sentence):
        return "return_to"
    return None


def _vehicle(sentence: str) -> str | None:
    for m in _VEHICLE_RE.finditer(sentence):
        if not re.search(r"\b(?:deze|dit)\b", m.group()):
            return m.group().strip()
    return None


_OVER_RE = re.compile(r"\bover\s+(?!(?:de|mijn|zijn)\s+toezegging)(?P<rest>.+)$")
_LEADING_OVER_RE = re.compile(
    r"^Over\s+(?P<np>.+?)\s+(?:wordt|worden|is|zijn|zal|zullen|heeft|hebben|kan|informeer|"
    r"bericht|kom)\b"
)
_LAST_OVER_RE = re.compile(r"\bover\s+(?P<np>(?:de|het|een|deze|dit|die)\s+[^,;.]+?)\s*[,;.]?$")
_TRAILING_VERB_RE = re.compile(
    rf"\s+(?:(?:nader|verder|schriftelijk)\s+)?(?:te\s+)?(?:{_INFORM_INF}|{_INFORM_PART}|worden)$"
)


def _clean_subject(text: str, deadline: Deadline | None) -> str | None:
    text = text.strip().rstrip(".").strip()
    if deadline and deadline.text in text:
        head, _, tail = text.partition(deadline.text)
        text = head if len(head) >= len(tail) else tail
    text = re.split(r",?\s+(?:zodra|waarna|nadat|zoals)\b", text)[0]
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING_VERB_RE.sub("", text).strip(" ,")
        text = re.sub(r"\s+(?:en|te|om)$", "", text)
    return text or None


def _commitment_subject(sentence: str, prev: str | None, deadline: Deadline | None) -> str | None:
    """What is promised: "over ..." after the Kamer, a leading "Over ...", "op de hoogte
    houden van ...", "hierover" resolved to the previous sentence, or the object sent."""
    kamer = _KAMER_OR_U_RE.search(sentence)
    tail = sentence[kamer.end() :] if kamer else sentence
    m = _OVER_RE.search(tail)
    if m:
        return _clean_subject("over " + m.group("rest"), deadline)
    lead = _LEADING_OVER_RE.match(sentence)
    if lead:
        return _clean_subject("over " + lead.group("np"), deadline)
    informed_of = re.search(
        r"\bop\s+de\s+hoogte\s+(?:stellen|houden|brengen)\s+(?P<np>van\s+.+)$", sentence
    )
    if informed_of:
        return _clean_subject(informed_of.group("np"), deadline)
    if (
        re.search(r"\b(?:hier|daar|er)(?:over|op|aan|mee)\b|\b(?:hier|daar)\s*op\b", sentence)
        and prev
    ):
        last = _LAST_OVER_RE.search(prev.rstrip())
        if last:
            return _clean_subject("over " + last.group("np"), None)
        return prev.strip().rstrip(".")  # the previous sentence is the topic
    # Object of a send verb: "zal ik uw Kamer voor de zomer de eindrapportage toesturen",
    # "... een overzicht sturen van de steun in 2025".
    obj = re.search(
        rf"{_KAMER_OR_U}\s+(?P<np>.+?)\s+(?:te\s+)?(?:toesturen|toezenden|sturen|zenden|"
        r"doen\s+toekomen|aanbieden|voorleggen|verstrekken)\b(?P<tail>\s+(?:van|over)\s+.+)?",
        sentence,
    )
    if obj:
        return _clean_subject(obj.group("np") + (obj.group("tail") or ""), deadline)
    receive = re.search(
        rf"{_KAMER}\s+ontvangt\s+(?P<np>.+)$|ontvangt\s+{_KAMER}\s+(?P<np2>.+)$", sentence
    )
    if receive:
        return _clean_subject(receive.group("np") or receive.group("np2"), deadline)
    return None


def _fulfilment_pattern(sentence: str) -> str | None:
    if "toeze" not in sentence and "toegezegd" not in sentence:
        return None  # every fulfilment phrasing names the commitment
    for name, pattern in _FULFIL_RES:
        if pattern.search(sentence):
            if name == "gestand" and re.search(r"\b(?:zal|zullen|heeft|hebben)\b", sentence):
                continue
            return name
    if (
        _AS_PROMISED_RE.search(sentence)
        and _PRESENT_MARKER_RE.search(sentence)
        and _PRESENT_INFORM_NOW_RE.search(sentence)
    ):
        return "as_promised_now"
    return None


def _fulfilment_subject(sentence: str, pattern: str) -> str | None:
    if pattern == "as_promised_now":
        verb = _PRESENT_INFORM_NOW_RE.search(sentence)
        m = _OVER_RE.search(sentence[verb.end() :]) if verb else None
        return _clean_subject("over " + m.group("rest"), None) if m else None
    m = re.search(r"\btoezegging\w*\b(?P<rest>.*)$", sentence)
    if not m:
        return None
    rest = m.group("rest")
    om = re.search(r"(?:^|\s|,)om\s+(?P<what>.+)$", rest)
    if om:
        rest = om.group("what")
    else:
        rest = re.sub(r"^\s*,?\s*gedaan\s+(?:tijdens|in|bij)\s+[^,]*,?", "", rest)
        rest = re.sub(r"^\s*(?:over|dat|te)\s+", "", rest)
    rest = re.sub(r"\s+(?:gestand|na)\s*\.?$", "", rest.strip())
    return rest.strip().rstrip(".").strip() or None


# --------------------------------------------------------------------------------------------
# Kamerstuk signals
# --------------------------------------------------------------------------------------------


def _dutch_share(text: str) -> float:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in _DUTCH_MARKERS) / len(words)


def kamerstuk_signals(parsed: ParsedKamerstuk) -> tuple[str, ...]:
    """The evidence that a parsed text is a Kamerstuk (empty when there is none)."""
    return parsed.signals


def looks_like_kamerstuk(parsed: ParsedKamerstuk) -> bool:
    """True when the text is Dutch and carries at least one parliamentary signal."""
    return bool(parsed.signals) and _dutch_share(parsed.normalised.text) >= 0.12


def _signals(
    text: str,
    header: _Header,
    footers: tuple[str, ...],
    signatures: list[_Signature],
    title: str | None,
) -> tuple[str, ...]:
    found = []
    if header.end:
        found.append("header_block")
    if footers:
        found.append("page_footer")
    if _KST_RE.search(text):
        found.append("kst_id")
    if signatures:
        found.append("signature")
    if re.search(r"\b[Uu]w Kamer\b", text):
        found.append("uw_kamer")
    if re.search(r"\bAan de Voorzitter van de Tweede Kamer\b", text):
        found.append("addressed_to_kamer")
    if title and _TITLE_KIND_RE.match(title):
        found.append("agenda_or_verslag_title")
    if re.search(r"\bHierbij\s+(?:bied|zend|stuur|informeer)\b[^.]*\b(?:u|uw Kamer)\b", text):
        found.append("covering_letter")
    return tuple(found)


# --------------------------------------------------------------------------------------------
# parse
# --------------------------------------------------------------------------------------------


def parse_bytes(data: bytes, *, strict: bool = True) -> ParsedKamerstuk:
    """``parse(decode(data))``."""
    return parse(decode(data), strict=strict)


def parse(text: str, *, strict: bool = True) -> ParsedKamerstuk:
    """Parse one Kamerstuk.

    With ``strict`` (the default) a text that is not Dutch or carries no parliamentary
    signal raises :class:`KamerstukError`.
    """
    if not text or not text.strip():
        raise KamerstukError("empty", "De tekst is leeg.", "The text is empty.")
    norm = normalise(text)
    paras = list(norm.paragraphs)
    layout = _document_layout(paras)
    metadata = _build_metadata(layout, norm)
    sections, owner = _extract_sections(paras, layout.content_start, layout.body_end)
    meeting = metadata.meeting
    ctx = _Context(
        reference=metadata.date or (meeting.start if meeting else None),
        vergaderjaar=metadata.vergaderjaar,
    )
    scan = [(i, paras[i]) for i in layout.scannable(len(paras))]
    commitments, fulfilments, confidential = _scan_sentences(scan, owner, ctx)
    parsed = ParsedKamerstuk(
        metadata=metadata,
        sections=tuple(sections),
        citations=tuple(_extract_citations((p for _, p in scan), metadata.kst_id)),
        confidential_mentions=tuple(confidential),
        commitments=tuple(commitments),
        fulfilments=tuple(fulfilments),
        signals=_signals(norm.text, layout.header, norm.footers, layout.signatures, layout.title),
        normalised=norm,
    )
    if strict:
        _require_kamerstuk(parsed)
    return parsed


@dataclass
class _Layout:
    """Where the parts of a letter are, as paragraph indices.

    ``[0, header.end)`` official header block; ``cover`` the covering letter before an early
    signature; ``[body_start, body_end)`` the body, starting with the title (if any) and
    continuing from ``content_start``; a closing signature starts at ``body_end``.
    """

    paras: list[str]
    header: _Header
    signatures: list[_Signature]
    cover: list[str]
    body_start: int
    content_start: int
    body_end: int
    title: str | None

    @property
    def body(self) -> list[str]:
        return self.paras[self.content_start : self.body_end]

    def scannable(self, count: int) -> list[int]:
        """Paragraphs worth scanning for sentences: not header, title or signature lines."""
        skip = {i for s in self.signatures for i in range(s.first, s.last + 1)}
        skip.update(range(self.body_start, self.content_start))
        return [i for i in range(self.header.end, count) if i not in skip]


_CLOSING_RE = re.compile(r"^(?:Hoogachtend|Met vriendelijke groet)")


def _document_layout(paras: list[str]) -> _Layout:
    header = _parse_header(paras)
    signatures = _find_signatures(paras, header.end)
    start = header.end
    while start < len(paras) and (
        paras[start].startswith(("Aan de Voorzitter", "Geachte"))
        or _PLACE_DATE_RE.match(paras[start])
    ):
        start += 1
    # An early signature closes a covering letter ("Hierbij bied ik u ... aan.").
    body_start, cover = start, []
    for signature in signatures:
        if signature.first - start <= 4 and signature.last < len(paras) - 2:
            cover = paras[start : signature.first]
            body_start = signature.last + 1
            break
    body_end = len(paras)
    closing = [s for s in signatures if s.first >= body_start]
    if closing:
        body_end = closing[-1].first
        while body_end > body_start and _CLOSING_RE.match(paras[body_end - 1]):
            body_end -= 1
    title, content_start = None, body_start
    if body_start < body_end and _looks_like_title(paras[body_start]):
        title, content_start = paras[body_start], body_start + 1
        if content_start < body_end and _pure_date_line(paras[content_start]):
            title = f"{title} {paras[content_start]}"  # date on its own line under the title
            content_start += 1
    return _Layout(paras, header, signatures, cover, body_start, content_start, body_end, title)


def _build_metadata(layout: _Layout, norm: NormalisedText) -> Metadata:
    header, paras = layout.header, layout.paras
    footer = _footer_info(norm.footers)
    kind = _document_kind(layout.title, layout.cover, header.doc_type, layout.body)
    doc_date = header.date
    if doc_date is None:  # a "Den Haag, <date>" line outside the body
        for p in paras[: max(layout.body_start, 1)] + paras[layout.body_end :]:
            m = _PLACE_DATE_RE.search(p)
            if m and len(p) < 120:
                doc_date = _date_from_match(m)
                break
    vergaderjaar = header.vergaderjaar or footer.get("vergaderjaar")
    dossier = header.dossier or footer.get("dossier")
    toevoeging = header.toevoeging or footer.get("toevoeging")
    ondernummer = header.ondernummer or footer.get("ondernummer")
    sender_name, sender_function = None, header.function
    if layout.signatures:
        sender_name = layout.signatures[0].name
        sender_function = _normalise_function(layout.signatures[0].function)
    return Metadata(
        dossier=dossier,
        dossier_display=_dossier_display(dossier) if dossier else None,
        toevoeging=toevoeging,
        dossier_title=header.title,
        ondernummer=ondernummer,
        vergaderjaar=vergaderjaar,
        kst_id=_kst_id(dossier, toevoeging, ondernummer) if dossier and ondernummer else None,
        date=doc_date,
        sender_name=sender_name,
        sender_function=sender_function,
        kind=kind,
        title=layout.title,
        meeting=_extract_meeting(
            layout.title, layout.cover, layout.body, kind, doc_date, vergaderjaar, norm.text
        ),
    )


def _scan_sentences(
    scan: list[tuple[int, str]], owner: dict[int, str], ctx: _Context
) -> tuple[list[CommitmentCandidate], list[FulfilmentStatement], list[str]]:
    """Commitment candidates, fulfilment statements and confidential-annex sentences."""
    commitments: list[CommitmentCandidate] = []
    fulfilments: list[FulfilmentStatement] = []
    confidential: list[str] = []
    prev: str | None = None
    for i, paragraph in scan:
        section = owner.get(i)
        for sentence in split_sentences(paragraph):
            if _CONFIDENTIAL_RE.search(sentence):
                confidential.append(sentence)
            fulfil = _fulfilment_pattern(sentence)
            if fulfil:
                fulfilments.append(
                    FulfilmentStatement(
                        sentence=sentence,
                        subject=_fulfilment_subject(sentence, fulfil),
                        debate=_find_debate(sentence, ctx),
                        section=section,
                        pattern=fulfil,
                    )
                )
            else:
                candidate = _commitment_candidate(sentence, prev, section, ctx)
                if candidate:
                    commitments.append(candidate)
            prev = sentence
    return commitments, fulfilments, confidential


def _commitment_candidate(
    sentence: str, prev: str | None, section: str | None, ctx: _Context
) -> CommitmentCandidate | None:
    if "Kamer" not in sentence and not re.search(r"\b(?:u|terug\w*)\b", sentence):
        return None
    debate = _find_debate(sentence, ctx)
    without_debate = sentence.replace(debate.raw, " ") if debate else sentence
    deadline = _find_deadline(without_debate, ctx)
    pattern = _match_commitment(sentence, deadline)
    if not pattern:
        return None
    confidence = _PATTERN_CONFIDENCE[pattern]
    if debate:
        confidence += 0.05
    if deadline:
        confidence += 0.03
    return CommitmentCandidate(
        sentence=sentence,
        subject=_commitment_subject(sentence, prev, deadline),
        deadline=deadline,
        debate=debate,
        confidence=round(min(confidence, 1.0), 2),
        section=section,
        pattern=pattern,
        vehicle=_vehicle(sentence),
    )


def _require_kamerstuk(parsed: ParsedKamerstuk) -> None:
    share = _dutch_share(parsed.normalised.text)
    if share < 0.12:
        raise KamerstukError(
            "not_dutch",
            "Dit lijkt geen Kamerstuk: de tekst is niet Nederlandstalig.",
            "This does not look like a Kamerstuk: the text is not in Dutch.",
        )
    if not parsed.signals:
        raise KamerstukError(
            "not_kamerstuk",
            "Dit lijkt geen Kamerstuk: er ontbreken parlementaire kenmerken (zoals 'uw Kamer', "
            "de kop 'Tweede Kamer der Staten-Generaal', een voettekst 'Tweede Kamer, "
            "vergaderjaar', een ondertekening door een minister of staatssecretaris, of een "
            "titel 'Geannoteerde agenda' / 'Verslag').",
            "This does not look like a Kamerstuk: no parliamentary signals were found (such "
            "as 'uw Kamer', the 'Tweede Kamer der Staten-Generaal' header, a page footer, a "
            "minister's signature, or an 'annotated agenda'/'report' title).",
        )


# --------------------------------------------------------------------------------------------
# Matching fulfilments to open commitments
# --------------------------------------------------------------------------------------------

# Boilerplate that every commitment shares ("uw Kamer nader informeren over de vraag ...").
_MATCH_STOPWORDS = DUTCH_STOPWORDS | _words(
    "kamer nader informeren geinformeerd informatie toezegging toegezegd kabinet minister vraag "
    "stellen hoogte brief sturen berichten gedaan tijdens debat commissiedebat"
)


class _AccentTable(dict):
    """``str.translate`` table that strips diacritics, filled one character at a time.

    Decomposing each character on its own gives the same result as decomposing the whole
    text: NFKD never combines characters, and the only reordering it does is among combining
    marks, which are all dropped.
    """

    def __missing__(self, codepoint: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(codepoint))
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[codepoint] = stripped
        return stripped


_ACCENTS = _AccentTable()
_MATCH_WORD_RE = re.compile(r"[a-z0-9]+")


def _strip_accents(text: str) -> str:
    return text.translate(_ACCENTS)


def _stem(word: str) -> str:
    for suffix in ("heden", "heid", "en", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def _match_tokens(text: str) -> tuple[str, ...]:
    """Content tokens of a text (cached: a register compares the same texts again and again)."""
    words = _MATCH_WORD_RE.findall(_strip_accents(text.lower()))
    return tuple(_stem(w) for w in words if w not in _MATCH_STOPWORDS and len(w) > 1)


_WORD_RE = re.compile(r"\w+")


def content_words(text: str, min_length: int = 4) -> list[str]:
    """The words of ``text`` (as written) that matching weighs: not a stopword, not
    commitment boilerplate ("uw Kamer informeren"), at least ``min_length`` letters."""
    return [
        word
        for word in _WORD_RE.findall(text)
        if len(word) >= min_length and _strip_accents(word.lower()) not in _MATCH_STOPWORDS
    ]


def _token_similarity(ta, sa: set, tb, sb: set, weight: dict[str, float]) -> float:
    """:func:`similarity` of two tokenised texts (``sa``/``sb`` are the sets of ``ta``/``tb``)."""
    if not ta or not tb:
        return 0.0
    shared = sa & sb
    if not shared:
        # No token in common: cosine and sequence ratio are both 0.
        return 0.0

    def w(t: str) -> float:
        return weight.get(t, 1.0) ** 2

    overlap = sum(w(t) for t in shared)
    cosine = overlap / math.sqrt(sum(w(t) for t in sa) * sum(w(t) for t in sb))
    ratio = SequenceMatcher(None, ta, tb, autojunk=False).ratio()
    return round(min(1.0, 0.75 * cosine + 0.25 * ratio), 4)


def similarity(a: str, b: str, idf: dict[str, float] | None = None) -> float:
    """Similarity in [0, 1] of two commitment texts.

    Both texts are lower-cased, stripped of diacritics, Dutch stopwords and commitment
    boilerplate ("uw Kamer nader informeren over de vraag"), and lightly stemmed. The score
    is ``0.75 * weighted cosine of the token sets`` (weights are IDF over the candidate set,
    so words every commitment shares count less) ``+ 0.25 * difflib ratio`` of the token
    sequences (rewards the same word order).
    """
    ta, tb = _match_tokens(a), _match_tokens(b)
    return _token_similarity(ta, set(ta), tb, set(tb), idf or {})


def match_fulfilments(
    statements: Iterable[FulfilmentStatement | str],
    open_commitments: Iterable[tuple[Hashable, str]],
    threshold: float = 0.3,
) -> list[FulfilmentMatch]:
    """Rank open commitments ``(key, text)`` for every fulfilment statement.

    Uses :func:`similarity` with IDF weights computed over the commitment texts. Each
    statement gets one :class:`FulfilmentMatch`; ``key`` is the best candidate when its score
    is at least ``threshold``, else ``None``. Ties keep the input order.
    """
    commitments = [(key, _match_tokens(text)) for key, text in open_commitments]
    token_sets = [set(tokens) for _, tokens in commitments]
    n = len(token_sets)
    df: dict[str, int] = {}
    for tokens in token_sets:
        for t in tokens:
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log((n + 1) / (c + 0.5)) + 1.0 for t, c in df.items()}
    results = []
    for statement in statements:
        if isinstance(statement, FulfilmentStatement):
            text = statement.subject or statement.sentence
        else:
            text = statement
        ta = _match_tokens(text)
        sa = set(ta)
        scored = [
            (key, _token_similarity(ta, sa, tb, sb, idf))
            for (key, tb), sb in zip(commitments, token_sets, strict=True)
        ]
        ranked = tuple(sorted(scored, key=lambda kv: -kv[1]))
        best_key, best_score = ranked[0] if ranked else (None, 0.0)
        results.append(
            FulfilmentMatch(
                statement=statement,
                key=best_key if best_score >= threshold else None,
                score=best_score,
                candidates=ranked,
            )
        )
    return results
