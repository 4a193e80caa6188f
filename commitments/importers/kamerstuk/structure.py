"""Stage 3: the meeting a document is about, its sections, and its citations.

Input: the :class:`~.header.Layout` and metadata from ``header`` (title, covering letter,
body paragraphs, date, kind). Output: the :class:`~.model.Meeting` (name, abbreviation,
dates, place), the :class:`~.model.Section` list with a paragraph-to-section map, the
:class:`~.model.Citation` list of other Kamerstukken referred to, and the pattern for
confidential-annex mentions. Next stage: ``commitments`` scans the body's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .dates import DATE_RANGE_RE, MONTH, SINGLE_DATE_RE, WEEKDAY, YEAR, resolve_range
from .header import (
    SIGNATURE_RE,
    format_kst_id,
)
from .kinds import (
    MEETING_WORD_RE,
    SESSION_HEADING_RE,
    SESSION_PREFIX_RE,
    is_date_line,
)
from .model import Citation, Meeting, Section
from .text import is_standalone_line, split_sentences

_ABBR_IN_PARENS_RE = re.compile(r"\((?P<abbr>[A-Z][A-Z0-9]{1,6})\)")
_PLACE = r"(?P<place>Den Haag|[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
# Where a meeting takes place: "vindt ... plaats in Brussel", "bijeen op het
# NAVO-hoofdkwartier in Brussel", "vindt in Luxemburg plaats" (few words in between only, so
# "vindt een klein halfjaar na de NAVO-top in Vilnius plaats" is not read as the venue).
_PLACE_RES = (
    re.compile(rf"\bplaats\s+(?:op\s+[^.;]{{0,40}}?\s+)?in\s+{_PLACE}"),
    re.compile(rf"\bbijeen\b(?:\s+[^.;]{{0,60}}?)?\s+in\s+{_PLACE}"),
    re.compile(rf"\b(?:vindt|vinden|vond|vonden)\s+(?:\S+\s+){{0,4}}?in\s+{_PLACE}\s+plaats\b"),
    re.compile(rf"\b{MONTH}(?:\s+{YEAR})?\s+in\s+{_PLACE}"),
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
    date_match = DATE_RANGE_RE.search(name) or SINGLE_DATE_RE.search(name)
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


# "Hierbij bied ik u de geannoteerde agenda aan voor de NAVO bijeenkomst ... op 3 en 4 december"
_COVER_MEETING_RE = re.compile(
    r"\b(?:aan|van)\s+(?:voor|van)\s+(?:de|het)\s+(?P<name>[A-Z][^.]*?)\s+(?:op|van)\s+"
    rf"(?=(?:{WEEKDAY}\s+)?\d{{1,2}}\b[^.]{{0,30}}?\b{MONTH}\b)"
)
# Sentences that may state when/where the meeting is.
_MEETING_SENTENCE_RE = re.compile(r"\b(?:plaats|bijeen|bijeenkomst|Meeting|Raad)\b")


def _meeting_date_text(sentences: list[str]) -> str | None:
    for sentence in sentences:
        if _MEETING_SENTENCE_RE.search(sentence):
            dm = DATE_RANGE_RE.search(sentence) or SINGLE_DATE_RE.search(sentence)
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


def extract_meeting(
    title: str | None,
    cover: list[str],
    body: list[str],
    kind: str,
    doc_date: date | None,
    vergaderjaar: str | None,
    full_text: str,
) -> Meeting | None:
    """The meeting of an agenda or verslag: title first, then covering letter and opening."""
    if kind == "brief" and not (title and MEETING_WORD_RE.search(title)):
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
        dm = DATE_RANGE_RE.fullmatch(date_text) or SINGLE_DATE_RE.fullmatch(date_text)
        if dm:
            prefer = {"before": "future", "after": "past"}.get(timing or "")
            start, end = resolve_range(dm, doc_date, vergaderjaar, prefer)
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
    if is_date_line(p) or is_standalone_line(p) or SIGNATURE_RE.match(p):
        return False
    return not re.fullmatch(r"[\d\s.,%-]+", p)


def _section_kind(title: str) -> str:
    m = SESSION_PREFIX_RE.match(title)
    if m:
        word = m.group("word").lower()
        return (
            "werkdiner"
            if word in {"werkdiner", "werklunch", "werkontbijt", "diner", "lunch"}
            else "werksessie"
        )
    if SESSION_HEADING_RE.match(title):
        return "werksessie"
    return "other"


def _section_name(title: str) -> str:
    """ "Werksessie 1: Bijeenkomst met ..." -> "Bijeenkomst met ..."; "Werklunch met X" stays."""
    m = SESSION_PREFIX_RE.match(title)
    rest = title[m.end() :].strip() if m else ""
    if rest and (rest[:1].isupper() or rest[:1].isdigit()):
        return rest
    return title


def _heading_indices(paras: list[str], start: int, end: int) -> list[int]:
    return [
        i for i in range(start, end) if _is_heading(paras[i], paras[i + 1] if i + 1 < end else None)
    ]


def heading_levels(paras: list[str], start: int, end: int) -> dict[int, int]:
    """Paragraph index -> level (1, or 2 for a topic under a session) of every section
    heading between ``start`` and ``end``: the headings ``extract_sections`` finds, for a
    page that shows the text with its structure."""
    sections, _owner = extract_sections(paras, start, end)
    return {
        i: section.level
        for i, section in zip(_heading_indices(paras, start, end), sections, strict=True)
    }


def extract_sections(
    paras: list[str], start: int, end: int
) -> tuple[list[Section], dict[int, str]]:
    """Sections between ``start`` and ``end``; also maps paragraph index -> section title."""
    headings = _heading_indices(paras, start, end)
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
    # the toevoeging after a hyphen ("21 501-02") or a space ("33 000 X", "35 300 VIII")
    r"(?:\s*-\s*(?P<toev>[A-Z0-9]{1,4})|\s(?P<toev2>[A-Z]{1,5}))?,\s+nrs?\.\s*"
    r"(?P<nrs>\d+(?:\s*(?:,|en|t/m|&)\s*\d+)*)"
)
# The chair's lists in Handelingen cite Kamerstukken in the bare "dossier[-toevoeging]-nr"
# form, separated by semicolons ("af te voeren: 32012-40; 29247-224; 21501-08-765; ...",
# "opnieuw aan te houden: 29911-226; ...", "goedgekeurd: 35315-(R2137)-1; ..."). Read only
# inside such a list (two ids or more joined by ";"): one id alone may be anything.
_BARE_ID = r"\d{5}(?:-[A-Z0-9]{1,4})?(?:-\(R\d{3,4}\))?-\d{1,4}"
_BARE_LIST_RE = re.compile(
    rf"(?<![\w-]){_BARE_ID}(?:\s*;\s*(?:{_BARE_ID}|\d{{4}}Z\d{{5}}))+(?![\w-])"
)
_BARE_ITEM_RE = re.compile(
    r"(?<![\w-])(?P<dossier>\d{5})(?:-(?P<toev>[A-Z0-9]{1,4}))??(?:-\(R\d{3,4}\))?-(?P<nr>\d{1,4})"
    r"(?![\w-])"
)
# The Kamer's letter a reply refers to, by "dossier-nr/kenmerk" ("Naar aanleiding van uw brief
# (30 234-37/2011D30024)", a letterhead's "Uw brief 32011-5/2010D05018"): the registration
# number after the slash makes the bare form safe to read.
_KENMERK_ID_RE = re.compile(
    r"(?<![\w-])(?P<dossier>\d{2}\s?\d{3})(?:-(?P<toev>[A-Z0-9]{1,4}))??-(?P<nr>\d{1,4})"
    r"/(?:19|20)\d{2}D\d{4,6}\b"
)
# Handelingen number each motie as it is moved: "Zij krijgt nr. 253 (29538).", "Zij krijgt
# nr. 12, was nr. 10 (36200-VIII)." (the new number is the Kamerstuk).
_MOTION_NUMBER_RE = re.compile(
    r"\b(?:Zij|Hij)\s+krijgt\s+nr\.\s*(?P<nr>\d{1,4})(?:,\s+was\s+nr\.\s*\d{1,4})?\s+"
    r"\((?P<dossier>\d{2}\s?\d{3})(?:-(?P<toev>[A-Z0-9]{1,5}))?\)"
)
# A Kamerstuk printed in two dossiers at once: "Kamerstukken 27 625 en 30 015, nr. 623" is nr.
# 623 of both (the second is read by ``_CITATION_RE``).
_JOINT_DOSSIER_RE = re.compile(
    r"(?<![\d,.])(?P<dossier>\d{2}\s?\d{3})\s+en\s+\d{2}\s?\d{3},\s+nr\.\s*(?P<nr>\d+)\b"
)
# The official identifier of a Kamerstuk, as in its address on officielebekendmakingen.nl and
# in corpora that print a motie's number that way ("Zij krijgt nr. kst-32813-919",
# "kst-21501-33-905", "kst-35300-VII-113"): unambiguous wherever it stands.
_KST_ID_RE = re.compile(
    r"(?<![\w-])kst-(?P<dossier>\d{5})(?:-(?P<toev>[A-Z0-9]{1,5}))?-(?P<nr>\d{1,4})(?![\w-])"
)
CONFIDENTIAL_RE = re.compile(
    r"\bvertrouwelijke?\s+(?:bijlage|ter\s+inzage|inzage)|\bter\s+vertrouwelijke\s+inzage\b|"
    r"\bvertrouwelijk\b[^.]{0,80}\bter\s+inzage\b",
    re.IGNORECASE,
)


def extract_citations(paragraphs: Iterable[str], own_kst: str | None) -> list[Citation]:
    seen: set[str] = set()
    citations: list[Citation] = []

    def add(dossier: str, toev: str | None, nr: int, raw: str) -> None:
        """Each Kamerstuk once, and never the document itself."""
        kst = format_kst_id(dossier, toev, nr)
        if kst != own_kst and kst not in seen:
            seen.add(kst)
            citations.append(Citation(dossier, toev, nr, kst, raw))

    for paragraph in paragraphs:
        if ";" in paragraph:
            for listed in _BARE_LIST_RE.finditer(paragraph):
                for m in _BARE_ITEM_RE.finditer(listed.group()):
                    add(m.group("dossier"), m.group("toev"), int(m.group("nr")), m.group())
        if "/" in paragraph:
            for m in _KENMERK_ID_RE.finditer(paragraph):
                dossier = m.group("dossier").replace(" ", "")
                add(dossier, m.group("toev"), int(m.group("nr")), m.group())
        if "kst-" in paragraph:
            for m in _KST_ID_RE.finditer(paragraph):
                add(m.group("dossier"), m.group("toev"), int(m.group("nr")), m.group())
        if "nr" not in paragraph:
            continue  # every other citation has ", nr." or ", nrs."; skip the slow scan
        for m in _JOINT_DOSSIER_RE.finditer(paragraph):
            add(m.group("dossier").replace(" ", ""), None, int(m.group("nr")), m.group())
        for m in _MOTION_NUMBER_RE.finditer(paragraph):
            add(m.group("dossier").replace(" ", ""), m.group("toev"), int(m["nr"]), m.group())
        for m in _CITATION_RE.finditer(paragraph):
            dossier = m.group("dossier").replace(" ", "")
            toev = m.group("toev") or m.group("toev2")
            numbers: list[int] = []
            for part in re.split(r"\s*(?:,|en|&)\s*", m.group("nrs")):
                if "t/m" in part:
                    lo, hi = (int(x) for x in part.split("t/m"))
                    numbers.extend(range(lo, hi + 1) if 0 <= hi - lo <= 20 else [lo, hi])
                elif part.strip():
                    numbers.append(int(part))
            for nr in numbers:
                add(dossier, toev, nr, m.group().strip())
    return citations
