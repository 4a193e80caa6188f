"""Stage 2b: what kind of document the text is (geannoteerde agenda, verslag, brief or none),
and the line shapes of titles and meeting headings that ``header`` and ``structure`` share.

Input: the title, cover, header kind, body and paragraphs ``header.read_layout`` found. Output:
:func:`document_kind` ("geannoteerde_agenda", "verslag", "brief" or None for Handelingen, the
Aanhangsel, bills' documents and annexes). Used by ``header.read_metadata``; the heading
patterns are also read by ``signals`` (they are parliamentary forms) and ``structure``.
"""

from __future__ import annotations

import re

from .dates import DATE_RANGE_RE, PLACE_DATE_RE, SINGLE_DATE_RE
from .debate import is_transcript
from .text import TERMINAL_RE

TITLE_KIND_RE = re.compile(r"^(?:Geannoteerde\s+agenda|Verslag|Agenda)\b", re.IGNORECASE)
MEETING_WORD_RE = re.compile(
    r"\b(?:Meeting|Raad|Council|[Tt]op|[Bb]ijeenkomst|[Cc]onferentie|Summit|[Vv]ergadering|"
    r"Gymnich|[Mm]inisteri[eë]le)\b"
)
SESSION_PREFIX_RE = re.compile(
    r"^(?P<word>Werksessie|Sessie|Plenaire sessie|Informele sessie|Werkdiner|Werklunch|"
    r"Werkontbijt|Diner|Lunch)\b\s*(?:\d+\s*)?[:.\-\u2013]?\s*",
    re.IGNORECASE,
)
SESSION_HEADING_RE = re.compile(r"^(?:Bijeenkomst|Overleg)\s+met\b")


def is_date_line(p: str) -> bool:
    m = DATE_RANGE_RE.fullmatch(p.strip()) or SINGLE_DATE_RE.fullmatch(p.strip())
    return bool(m)


def looks_like_title(p: str) -> bool:
    if len(p) > 200 or TERMINAL_RE.search(p) or not p[:1].isupper():
        return False
    if SESSION_PREFIX_RE.match(p) or SESSION_HEADING_RE.match(p):
        return False
    if TITLE_KIND_RE.match(p):
        return True
    return bool(MEETING_WORD_RE.search(p) and (DATE_RANGE_RE.search(p) or SINGLE_DATE_RE.search(p)))


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


# The kind as the body states it: "Hierbij bieden wij uw Kamer ... de geannoteerde agenda
# aan", or a heading "Verslag Milieuraad 20 december 2022" over a report of a meeting.
# ("Bijgevoegd treft u de geannoteerde agenda …" says the same)
_PRESENTING = r"\b(?:Hierbij|Bijgaand|Bijgevoegd)\b"
_BODY_AGENDA_RE = re.compile(rf"{_PRESENTING}[^.]{{0,200}}\bgeannoteerde\s+agenda\b", re.IGNORECASE)
# (a report enclosed "bijgaand" may be any report, an informateur's: only "Hierbij" here)
_BODY_VERSLAG_RE = re.compile(r"\bHierbij\b[^.]{0,200}\bverslag\b")


def _heading_kind(body: list[str]) -> str | None:
    for p in body:
        if len(p) > 120 or TERMINAL_RE.search(p):
            continue
        if _AGENDA_RE.match(p):
            return "geannoteerde_agenda"
        if re.match(r"^Verslag\b", p) and (
            MEETING_WORD_RE.search(p) or re.search(r"\w(?:raad|top|overleg)\b", p)
        ):
            return "verslag"
    return None


# A committee's document ("Vastgesteld 10 juni 2008": a verslag, a lijst van vragen en
# antwoorden) has no letter frame ("Aan de Voorzitter …", "Den Haag, <datum>"); when its kind
# is not printed, it is no "brief" either: the kind stays unknown.
_FIXED_ON_RE = re.compile(r"^Vastgesteld\s+\d")
# A letter whose heading names a sender outside the government ("Nr. 8 BRIEF VAN DE ALGEMENE
# REKENKAMER", "BRIEF VAN DE NATIONALE OMBUDSMAN", "BRIEF VAN DE VASTE COMMISSIE …"): what it
# promises the Kamer is that body's promise, not a bewindspersoon's toezegging (N3).
NON_GOVERNMENT_SENDER_RE = re.compile(
    r"^(?:Nr\.\s*\d+\s+)?BRIEF\s+VAN\s+(?:DE|HET)\s+(?:ALGEMENE\s+REKENKAMER|NATIONALE\s+OMBUDSMAN|"
    r"RAAD\s+VAN\s+STATE|(?:VASTE\s+|ALGEMENE\s+|TIJDELIJKE\s+)?COMMISSIE|PRESIDIUM|VOORZITTER|"
    r"GRIFFIER|LEDEN?|KIESRAAD|COLLEGE\s+VOOR|RAAD\s+VOOR)\b"
)
# A ministry's table of the moties and toezeggingen it is working on, as a budget annex prints
# it ("8.1 Moties en Toezeggingen (per 15 juli 2009)", "Overzicht openstaande toezeggingen",
# "Stand van zaken toezeggingen"): a parliamentary form when it also cites Kamerstukken.
COMMITMENTS_TABLE_HEADING_RE = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:Overzicht|Stand\s+van\s+zaken)\s+(?:van\s+)?(?:de\s+)?)?"
    r"(?:(?:openstaande|lopende|in\s+behandeling\s+zijnde)\s+)?"
    r"(?:[Mm]oties\s+en\s+[Tt]oezeggingen|[Tt]oezeggingen(?:\s+en\s+moties)?)\b[^.]{0,60}$"
)
# Texts of no letter kind by their opening: the Handelingen's "Lijst van ingekomen stukken,
# met de door de Voorzitter …" (also a parliamentary form for ``signals``), and an annex by its
# heading ("Bijlage 1: Bijlage moties en toezeggingen", "Bijlage", "Bijlage", a dash, a title).
RECEIVED_LETTERS_RE = re.compile(r"Lijst\s+van\s+ingekomen\s+stukken\b")
_NO_KIND_OPENING_RE = re.compile(
    rf"(?:{RECEIVED_LETTERS_RE.pattern}|\.?Bijlage(?:\s+\d+)?\s*(?:[:\u2013\u2014-]\s|$))"
)
# A committee's report says so in its opening: "Van dit overleg brengt de commissie bijgaand
# (woordelijk geredigeerd) verslag uit", "brengt bijgaand verslag uit van het gevoerde
# schriftelijk overleg".
_COMMITTEE_REPORTS_RE = re.compile(
    r"\bbrengt\s+(?:de\s+(?:vaste\s+|algemene\s+)?commissie\s+)?(?:hierbij\s+|bijgaand\s+)?"
    r"(?:[\w-]+\s+){0,3}?verslag\s+uit\b"
)
# A committee's own record, of either Chamber, by its title: "Korte aantekeningen vergadering
# commissie Koninkrijksrelaties (KOREL) van 24 mei 2016", "Besluitenlijst procedurevergadering".
COMMITTEE_RECORD_RE = re.compile(
    r"(?:Korte\s+aantekeningen|Besluitenlijst)\b[^\n]{0,80}?\b(?:commissies?|procedurevergadering)\b",
    re.IGNORECASE,
)


def _committee_document(paras: list[str]) -> bool:
    frame = paras[:12]
    return (
        any(_FIXED_ON_RE.match(p) for p in frame)
        or _MINISTRY_REPORT_RE.match(paras[0] if paras else "")
        or COMMITTEE_RECORD_RE.match(paras[0] if paras else "")
    ) and not any(
        p.startswith(("Aan de ", "Geachte")) or PLACE_DATE_RE.match(p) or _SIGNED_RE.match(p)
        for p in frame
    )


# A ministry's report sent as an annex ("Ministerie van Onderwijs, Cultuur en Wetenschap" /
# "Plan van Aanpak …" / "Voortgangsrapportage mei 2008"), without the letter frame, is no
# "brief" either.
# ... but a minister's signature in the opening makes it a letter ("DE MINISTER VAN DEFENSIE,").
_SIGNED_RE = re.compile(
    r"^(?i:de)\s+(?:MINISTER|STAATSSECRETARIS|[Mm]inister|[Ss]taatssecretaris)\b"
)
_MINISTRY_REPORT_RE = re.compile(r"^Ministerie\s+van\s+[A-Z][\w,]*(?:\s+[\w,]+){0,6}\s*$")


# The heading of a Kamerstuk of a bill's procedure, printed in capitals on its own line.
BILL_DOCUMENT_HEADING_RE = re.compile(
    r"^(?:NOTA\s+NAAR\s+AANLEIDING\s+VAN\s+HET\s+(?:NADER\s+)?(?:EIND)?VERSLAG|"
    r"MEMORIE\s+VAN\s+(?:TOELICHTING|ANTWOORD)|(?:TWEEDE\s+|DERDE\s+)?NOTA\s+VAN\s+WIJZIGING|"
    r"NADER\s+RAPPORT)\s*$"
)


_QUESTION_LINE_RE = re.compile(r"^Vraag\s+\d+\s*$")
# Written questions as the Aanhangsel prints them, answered or with a "Mededeling" that the
# answer is late: "Vragen van het lid Klaver (GroenLinks) aan de staatssecretaris van …".
# openkamer's page of one: "Kamervraag 2016Z11604".
_WRITTEN_QUESTIONS_RE = re.compile(
    r"^(?:Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b|Kamervraag\s+\d{4}Z\d+\s*$)"
)
_ANSWER_LINE_RE = re.compile(r"^Antwoord\s+\d+\s*$")


def _questions_and_answers(paras: list[str]) -> bool:
    if any(_WRITTEN_QUESTIONS_RE.match(p) for p in paras[:3]):
        return True
    return any(_QUESTION_LINE_RE.match(p) for p in paras) and any(
        _ANSWER_LINE_RE.match(p) for p in paras
    )


def document_kind(
    title: str | None,
    cover: list[str],
    doc_type: str | None,
    body: list[str],
    paras: list[str] | None = None,
) -> str | None:
    """geannoteerde_agenda, verslag or brief; None for Handelingen and the Aanhangsel."""
    cues = " ".join([title or "", doc_type or "", *[c for c in cover if c.startswith("Hierbij")]])
    if any(_NO_KIND_OPENING_RE.match(p) for p in (paras or body)[:6]):
        return None  # the Handelingen's list of received letters, a ministry's annex
    if _AGENDA_RE.search(cues) or (doc_type or "").startswith("geannoteerde"):
        return "geannoteerde_agenda"
    if (
        (title and _VERSLAG_RE.match(title))
        or doc_type == "verslag"
        or any(re.search(r"\bHierbij\b[^.]*\bverslag\b", c) for c in cover)
    ):
        return "verslag"
    # A nota (naar aanleiding van het verslag), memorie, lijst, motie or amendement is printed
    # as such and is no letter: none of the three kinds.
    if doc_type in ("nota", "memorie", "lijst", "motie", "amendement"):
        return None
    if not doc_type and any(BILL_DOCUMENT_HEADING_RE.match(p) for p in (paras or body)[:12]):
        return None  # the same, when the header around the heading was not recognised
    if not doc_type and any(_COMMITTEE_REPORTS_RE.search(p) for p in (paras or body)[:12]):
        return "verslag"  # "Van dit overleg brengt de commissie bijgaand … verslag uit."
    if not doc_type and is_transcript(paras or body):
        return None  # Handelingen and answers to Kamervragen are no letter of any kind
    if not doc_type and _questions_and_answers(paras or body):
        return None  # the same, as tweedekamer.nl prints them ("Vraag 1" / "Antwoord 1" lines)
    if not doc_type and any(
        COMMITMENTS_TABLE_HEADING_RE.match(p) and "oties" in p for p in (paras or body)[:20]
    ):
        # a budget annex's table of moties and toezeggingen is no letter (a letter listing
        # the toezeggingen under its own heading "Toezeggingen" is one)
        return None
    # (a short opening that presents the document counts: "Hierbij bied ik u het verslag aan
    # van de Raad Buitenlandse Zaken van 17 oktober 2022.")
    opening = " ".join([p for p in body if len(p) > 100 or p.startswith("Hierbij")][:3])
    if _BODY_AGENDA_RE.search(opening):
        return "geannoteerde_agenda"
    if _BODY_VERSLAG_RE.search(opening):
        return "verslag"
    by_heading = _heading_kind(paras or body)
    if by_heading:
        return by_heading
    if _committee_document(paras or body):
        return None
    if title and MEETING_WORD_RE.search(title):
        sample = " ".join(body[:3])
        future = len(_FUTURE_CUES_RE.findall(sample))
        past = len(_PAST_CUES_RE.findall(sample))
        if future > past:
            return "geannoteerde_agenda"
        if past > future:
            return "verslag"
    return "brief"
