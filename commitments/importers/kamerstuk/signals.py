"""Stage 6: is this text a Kamerstuk? The evidence, and the strict check.

Input: the normalised text, header, footers, signatures and title of a parsed document.
Output: the tuple of parliamentary signals found ("header_block", "uw_kamer", ...),
:func:`looks_like_kamerstuk`, and :func:`require_kamerstuk`, which raises
:class:`~.model.KamerstukError` for text that is not Dutch or carries no signal. Next stage:
none; ``parse`` returns the :class:`~.model.ParsedKamerstuk`.
"""

from __future__ import annotations

import re

from .dates import MONTH
from .debate import is_transcript
from .header import (
    COMMITTEE_REPORT_HEADING_RE,
    KST_RE,
    Header,
    Signature,
)
from .kinds import (
    BILL_DOCUMENT_HEADING_RE,
    COMMITMENTS_TABLE_HEADING_RE,
    COMMITTEE_RECORD_RE,
    RECEIVED_LETTERS_RE,
    TITLE_KIND_RE,
)
from .model import KamerstukError, Metadata, ParsedKamerstuk
from .text import word_set

# Words that are clearly Dutch and not English/Latin: used to recognise Dutch text.
_DUTCH_MARKERS = word_set(
    "de het een en van dat die voor met op te niet ook om bij naar wordt zal door deze heeft "
    "zijn worden aan uit tot"
)


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


def find_signals(
    text: str,
    header: Header,
    footers: tuple[str, ...],
    signatures: list[Signature],
    title: str | None,
    paras: list[str] | None = None,
    metadata: Metadata | None = None,
) -> tuple[str, ...]:
    found = []
    paras = paras or []
    if header.end:
        found.append("header_block")
    if footers:
        found.append("page_footer")
    if KST_RE.search(text):
        found.append("kst_id")
    if signatures:
        found.append("signature")
    if re.search(r"\b[Uu]w Kamer\b", text):
        found.append("uw_kamer")
    # "Aan de Voorzitter van de Tweede Kamer ...", or a letterhead's address block on its own
    # line ("Voorzitter van de Tweede Kamer der Staten-Generaal" / "Postbus 20018"); a news
    # text's "schreef aan de voorzitter van de Tweede Kamer" is neither.
    # Older letterheads print it in lower case ("Aan de voorzitter van de Tweede Kamer").
    if re.search(r"\bAan de Voorzitter van de(?:r)? (?:Tweede|Eerste) Kamer\b", text) or re.search(
        r"^(?:Aan\s+)?(?:[Dd]e\s+)?[Vv]oorzitter van de Tweede Kamer\b", text, re.MULTILINE
    ):
        found.append("addressed_to_kamer")
    if title and TITLE_KIND_RE.match(title):
        found.append("agenda_or_verslag_title")
    if re.search(r"\bHierbij\s+(?:bied|zend|stuur|informeer)\b[^.]*\b(?:u|uw Kamer)\b", text):
        found.append("covering_letter")
    # The government keeping its promise in the first person ("Deze toezegging doen wij
    # hiermee gestand"): a ministry's letter republished without its frame; a news text
    # reports such a sentence, it does not say it.
    if _KEEPS_PROMISE_HERE_RE.search(text):
        found.append("promise_kept_here")
    if metadata and metadata.dossier and metadata.ondernummer:
        found.append("dossier_and_number")  # "26 991 Voedselveiligheid" / "Nr. 524"
    # (A letterhead's address, date, kenmerk and subject lines may come before it.)
    # A web page's own lines (tkconv's number, date, signatory and case lines) may come first.
    if any(re.match(r"^(?:Zeer\s+)?[Gg]eachte\s+[Vv]oorzitter\b", p) for p in paras[:25]):
        found.append("salutation_to_chair")  # a letter body without its header
    # The heading of a Kamerstuk of a bill's procedure ("NOTA NAAR AANLEIDING VAN HET
    # VERSLAG", "MEMORIE VAN TOELICHTING") near the top, as printed in capitals.
    if any(BILL_DOCUMENT_HEADING_RE.match(p) for p in paras[:12]):
        found.append("bill_document_heading")
    # A ministry's report sent as an annex, without its covering letter: the ministry's name
    # opens the text and it cites Kamerstukken ("Ministerie van Onderwijs, Cultuur en
    # Wetenschap" … "zoals toegezegd bij het Algemeen Overleg hierover (29410, nr. 36)").
    if paras and _MINISTRY_HEADING_RE.match(paras[0]) and _DOSSIER_CITATION_RE.search(text):
        found.append("ministry_report")
    # The same ministry's letter republished by a news archive under a headline: the ministry's
    # name on a line of its own near the top, and a reply to the committee's letter ("informeer
    # ik u over de stand van zaken betreffende de toezeggingen genoemd in uw brief van 10
    # september 2001"); a press release names the ministry but answers no letter of the reader.
    elif any(_MINISTRY_HEADING_RE.match(p) for p in paras[:12]) and _YOUR_LETTER_RE.search(text):
        found.append("ministry_letter")
    # A ministry's table of moties and toezeggingen (a budget annex) citing Kamerstukken.
    table = any(COMMITMENTS_TABLE_HEADING_RE.match(p) for p in paras[:20])
    if table and _DOSSIER_CITATION_RE.search(text):
        found.append("commitments_table")
    # A committee's own record, of either Chamber: "Korte aantekeningen vergadering commissie
    # Koninkrijksrelaties (KOREL) van 24 mei 2016", "Besluitenlijst procedurevergadering …", or
    # signed by its clerk ("De griffier van de commissie,"); news reports on a committee, it
    # neither opens with its record's title nor ends with the clerk's signature line.
    if (paras and COMMITTEE_RECORD_RE.match(paras[0])) or _CLERK_SIGNATURE_RE.search(text):
        found.append("committee_record")
    # Written questions and their answers as tweedekamer.nl prints them ("Vragen van het lid
    # Azarkan (DENK) aan de Staatssecretaris van Financiën …", "Antwoord van Staatssecretaris …");
    # a committee's report of a written consultation ("heeft schriftelijk overleg gevoerd met de
    # Minister"); the Handelingen's list of received letters; a Kamerstuk cited in its official
    # form ("Kamerstukken II, 2016-2017, 34 550 I, nr. 8"), as a ministry's annex does.
    if any(
        _PARLIAMENTARY_OPENING_RE.match(p)
        or COMMITTEE_REPORT_HEADING_RE.match(p)
        or RECEIVED_LETTERS_RE.match(p)
        for p in paras[:20]
    ) or _OFFICIAL_CITATION_RE.search(text):
        found.append("parliamentary_form")
    if is_transcript(paras):
        found.append("debate_or_handelingen")  # speakers, "Aan de orde is", Aanhangsel
    return tuple(found)


_KEEPS_PROMISE_HERE_RE = re.compile(
    r"\b(?:doe|doen)\s+(?:ik|wij|we)\s+(?:hiermee|hierbij|met\s+deze\s+brief)\s+gestand\b"
)
_CLERK_SIGNATURE_RE = re.compile(
    r"^De\s+griffier\s+van\s+de\s+(?:vaste\s+|algemene\s+)?commissie\b[^\n]{0,80},[ \t]*$",
    re.MULTILINE,
)
_PARLIAMENTARY_OPENING_RE = re.compile(
    r"(?:Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b.{0,200}?\baan\s+de\s+(?:[Mm]inister|"
    r"[Ss]taatssecretaris)|Antwoord\s+van\s+(?:de\s+)?(?:[Mm]inister|[Ss]taatssecretaris)\b|"
    r"(?:De|de)\s+(?:vaste\s+|algemene\s+)?commissie\b.{0,120}?\bheeft\s+(?:schriftelijk\s+)?"
    r"overleg\s+gevoerd\s+met\s+de\s+(?:[Mm]inister|[Ss]taatssecretaris))"
)
_OFFICIAL_CITATION_RE = re.compile(
    r"\bKamerstukken\s+(?:I|II)\s*,?\s+\d{4}\s*[\u2013/-]\s*\d{2,4}\s*,\s*\d{2}\s?\d{3}"
)
_MINISTRY_HEADING_RE = re.compile(r"^Ministerie\s+van\s+[A-Z][\w,]*(?:\s+[\w,]+){0,6}\s*$")
_YOUR_LETTER_RE = re.compile(
    rf"\b(?:in|op|bij)\s+uw\s+brief\s+van\s+\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b"
)
_DOSSIER_CITATION_RE = re.compile(r"\b\d{2}\s?\d{3}(?:[- ][A-Z]{1,4})?,\s+nrs?\.?\s+\d+")


def require_kamerstuk(parsed: ParsedKamerstuk) -> None:
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
