"""Debates as a source: speakers, their turns, and the chair's closing list of toezeggingen.

Input: the paragraphs of a committee-debate report (verslag van een commissiedebat /
algemeen overleg) or of plenary Handelingen. Output: :func:`speaker_turns` (who speaks each
paragraph: a bewindspersoon, the chair or a member) and :func:`closing_toezeggingen` (the
items of "Ik heb de volgende toezeggingen genoteerd: - De minister stuurt de Kamer ...").
Next: ``parse`` scans only the bewindspersonen's turns for promises and turns every listed
toezegging into a candidate attributed to the debate. Used by ``header`` (is this a
transcript?) and ``signals`` (a transcript is parliamentary text).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import NamedTuple

from . import patterns
from .dates import SINGLE_DATE_RE, month_number, resolve_date
from .model import DebateReference

__all__ = [
    "Turn",
    "bare_speakers",
    "closing_toezeggingen",
    "document_debate",
    "inline_speaker",
    "is_transcript",
    "speaker_of",
    "speaker_turns",
]


class Turn(NamedTuple):
    speaker: str  # as printed: "Minister Uitermark", "De voorzitter", "De heer Slob (ChristenUnie)"
    role: str  # "government", "chair" or "member"


def speaker_of(paragraph: str, *, bare: bool = False) -> Turn | None:
    """The speaker a line announces ("Minister Van Weel:"), or None for ordinary text.

    With ``bare`` a line that is only the speaker, without the colon, counts too ("De
    voorzitter", "Minister Ollongren", "De heer Koerhuis (VVD)"), as the ParlaMint corpus and
    some renderings of the official XML print them. Only in a text whose chair speaks that way
    (``bare_speakers``): a letter's signature ("De Minister van Financiën") is no speaker."""
    line = paragraph.strip()
    if len(line) > 120:
        return None
    if line.endswith(":"):
        return _turn(line[:-1].strip())
    if bare and "\n" not in line and not line.endswith((".", ",", ";", "?", "!")):
        return _turn(line)
    return None


def bare_speakers(paragraphs) -> bool:
    """Does the chair speak on a line of its own without a colon ("De voorzitter")?"""
    return any(patterns.CHAIR_SPEAKER_RE.fullmatch(p.strip()) for p in paragraphs)


# An older report's speaker opens the paragraph of what was said ("De heer Vendrik
# (GroenLinks): Voorzitter. Helaas …", "Minister Bos: Ik …"); the label is the same as a
# speaker line's.
_INLINE_LABEL_RE = re.compile(r"^(?P<label>[^:\n]{3,90}?):[ \t]+(?=\S)")


def inline_speaker(paragraph: str) -> Turn | None:
    """The speaker whose words the paragraph opens with, or None."""
    m = _INLINE_LABEL_RE.match(paragraph.strip())
    return _turn(m.group("label").strip()) if m else None


def _turn(name: str) -> Turn | None:
    if patterns.GOVERNMENT_SPEAKER_RE.fullmatch(name):
        return Turn(name, "government")
    if patterns.CHAIR_SPEAKER_RE.fullmatch(name):
        return Turn(name, "chair")
    if patterns.MEMBER_SPEAKER_RE.fullmatch(name):
        return Turn(name, "member")
    return None


def speaker_turns(paragraphs: list[str]) -> dict[int, Turn]:
    """Paragraph index -> the turn it belongs to (paragraphs before the first speaker: none).
    A paragraph that opens with its speaker belongs to that speaker's turn."""
    turns: dict[int, Turn] = {}
    current: Turn | None = None
    bare = bare_speakers(paragraphs)
    for i, paragraph in enumerate(paragraphs):
        turn = speaker_of(paragraph, bare=bare)
        if turn:
            current = turn
            continue
        current = inline_speaker(paragraph) or current
        if current:
            turns[i] = current
    return turns


def is_transcript(paragraphs: list[str]) -> bool:
    """Handelingen, a debate report or an Aanhangsel (answers to Kamervragen): speakers or the
    fixed openings of those publications, no letter to the Kamer."""
    # Asked about the same paragraphs three times a parse (kind, date, signals): the
    # answer for the last few texts is kept.
    return _is_transcript(tuple(paragraphs))


@functools.lru_cache(maxsize=4)
def _is_transcript(paragraphs: tuple[str, ...]) -> bool:
    head = "\n".join(paragraphs[:12])
    if patterns.TRANSCRIPT_OPENING_RE.search(head):
        return True
    bare = bare_speakers(paragraphs)
    return sum(1 for p in paragraphs if speaker_of(p, bare=bare) or inline_speaker(p)) >= 2


def closing_toezeggingen(paragraphs: list[str], turns: dict[int, Turn]) -> list[tuple[int, str]]:
    """(paragraph index, item) for every toezegging the chair lists at the end of a debate.

    The list opens with a chair's sentence such as "Ik heb de volgende toezeggingen
    genoteerd:" and runs over the following bulleted paragraphs (or the bullets inside the
    same paragraph) until a paragraph that is not a bullet.
    """
    items: list[tuple[int, str]] = []
    # The list is the chair's, so it lives in a debate text only: in a letter "In het
    # commissiedebat heb ik twee toezeggingen gedaan." reports promises, it lists none.
    if not turns and not is_transcript(paragraphs):
        return items
    for i, paragraph in enumerate(paragraphs):
        turn = turns.get(i)
        if turn and turn.role != "chair":
            continue
        opening = patterns.TOEZEGGINGEN_LIST_RE.search(paragraph)
        if not opening:
            continue
        rest = paragraph[opening.end() :]
        # Items inside the paragraph only after a colon or as bullets: after "We hebben drie
        # toezeggingen genoteerd." the paragraph goes on in prose and the items follow.
        inline = []
        if opening.group().rstrip().endswith(":") or patterns.BULLET_SPLIT_RE.search(rest):
            inline = [b for b in patterns.BULLET_SPLIT_RE.split(rest) if b.strip()]
        for bullet in inline:
            items.append((i, _clean_item(bullet)))
        for j in range(i + 1, len(paragraphs)):
            if not patterns.BULLET_RE.match(paragraphs[j]):
                break
            items.append((j, _clean_item(patterns.BULLET_RE.sub("", paragraphs[j], count=1))))
    return [(i, item) for i, item in items if len(item) > 15]


def document_debate(
    paragraphs: list[str], reference: date | None, vergaderjaar: str | None
) -> DebateReference | None:
    """The debate a committee-debate report or plenary Handelingen records, with its date and
    committee ("De vaste commissie voor Binnenlandse Zaken heeft op 23 januari 2025 overleg
    gevoerd ..."; "Aan de orde is het debat over ...")."""
    head = "\n".join(paragraphs[:30])
    held = patterns.DEBATE_HELD_RE.search(head)
    if held:
        dm = SINGLE_DATE_RE.search(held.group("date"))
        when = (
            resolve_date(
                int(dm.group("d")),
                month_number(dm.group("m")),
                int(dm.group("y")) if dm.group("y") else None,
                reference=reference,
                vergaderjaar=vergaderjaar,
                prefer="past",
            )
            if dm
            else None
        )
        subject = _debate_subject(paragraphs)
        return DebateReference(
            "commissiedebat", subject, when, held.group().strip(), held.group("committee")
        )
    plenary = patterns.PLENARY_DEBATE_RE.search(head)
    if plenary:
        return DebateReference(
            "plenair debat", plenary.group("subject").strip(), reference, plenary.group().strip()
        )
    return None


def _debate_subject(paragraphs: list[str]) -> str | None:
    # The first agenda line after "over:" ("de brief van ... inzake <subject> (Kamerstuk ...)").
    for p in paragraphs[:30]:
        m = re.search(r"\binzake\s+(?P<s>[^()]+?)\s*(?:\(|;|$)", p)
        if m:
            return m.group("s").strip()
    return None


def _clean_item(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ;-\u2013\u2022")
