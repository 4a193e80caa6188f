"""Find a debate's toezeggingen: the chair's read-out list, else the minister's own words.

Input: the debate's turns (who spoke, chairing or not, paragraphs and list items), its
bewindspersonen and date. Output: one :class:`Toezegging` per commitment, attributed to the
bewindspersoon it names ("De minister van X", "De staatssecretaris", a surname), else the only
one present, else the one whose own words in the debate are closest; with the deadline read
by the Kamerstuk core's deadline reader.

At the end of a committee debate the chair reads out what was noted ("We hebben drie
toezeggingen genoteerd. De eerste toezegging:" followed by a ``<lijst>`` item, "Ik heb een
zestal toezeggingen:", "De toezeggingen. Let u goed op.", "Punt vier. ..."). An item read out
twice (corrected, or repeated on request) counts once, in its last wording; an item the chair
or the minister then says is "geen toezegging" is dropped. Where a debate has no read-out,
the bewindspersoon's own promises ("Ik kom daar schriftelijk op terug", "Ik stuur u voor de
zomer een brief") are candidates of lower confidence.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..kamerstuk.commitments import Context, find_deadline
from ..kamerstuk.fulfilments import content_words, similarity
from ..kamerstuk.text import split_sentences
from .model import Bewindspersoon, Toezegging

if TYPE_CHECKING:
    from .parse import Turn

CHAIR_CONFIDENCE = 0.95
OWN_WORDS_CONFIDENCE = 0.5
# An item this close to one read out before is the same item read again.
SAME_ITEM = 0.6
# An item this close to a commitment of the same debate is that commitment: the import
# (``vlos_store``) and the open-data sync (``opendata.apply.commitments.reported``) both ask.
# Lower than across the register (``store.SAME_COMMITMENT``, 0.5): the debate already narrows
# the choice to a handful, and the Kamer's register often rewords the read-out ("stuurt een
# brief over" / "informeert per brief over", 0.43); each record takes its best match only once.
SAME_COMMITMENT = 0.35

ORDINAL = (
    r"(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde|dertiende|veertiende|vijftiende|volgende|laatste|een-na-laatste|"
    r"voorlaatste)"
)
NUMBER_WORD = (
    r"(?:één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|"
    r"vijftien|\d+)"
)
# The chair starts reading out the list.
READOUT_RE = re.compile(
    rf"(?i:toezeggingen\s+(?:genoteerd|door(?:nemen|lopen)?|met\s+u\s+door|voor(?:ge)?lezen)"
    rf"|\b(?:bij|naar|aan)\s+de\s+(?:\w+\s+)?toezeggingen\b"
    rf"|^(?:eerst\s+)?de\s+toezeggingen\b"
    rf"|\beerst\s+de\s+toezeggingen\b"
    rf"|\b(?:(?:heb|hebben)\s+(?:ik|we|wij)|(?:ik|we|wij)\s+(?:heb|hebben))\s+(?:er\s+)?(?:nog\s+)?(?:een\s+)?(?:aantal\s+|"
    rf"zestal\s+|{NUMBER_WORD}\s+|diverse\s+|de\s+volgende\s+)?toezegging(?:en)?\b"
    rf"|\btoezegging(?:en)?\s+(?:\w+\s+){{0,2}}voor(?:ge)?lezen"
    rf"|\b(?:een\s+aantal|{NUMBER_WORD})\s+toezeggingen\s+(?:gedaan|genoteerd)"
    rf"|\b{ORDINAL}\s+toezegging\b)"
)
# A list item or paragraph that states a commitment (the chair reads them in the third person).
SHAPE_RE = re.compile(
    r"^(?:(?:Minister|Staatssecretaris)\s+[A-Z]|"
    r"(?:De|Het)\s+(?:minister(?:-president)?|staatssecretaris|kabinet|bewindspersonen?|"
    r"regering)\b|(?:De|Uw)\s+Kamer\s+(?:ontvangt|wordt|krijgt|zal)\b|(?:Na|Voor|In|Bij|Ten\s+aanzien|"
    r"Tot\s+slot|Op|Uiterlijk|Voorafgaand|Nog)\b|Het\s+onderwerp\b|De\s+(?:relevante|toegezegde|"
    r"bevindingen|brief|reactie)\b)"
)
# A paragraph (not a list item) is only an item when it names who promises.
PARAGRAPH_SHAPE_RE = re.compile(
    r"^(?:(?:Minister|Staatssecretaris)\s+[A-Z]|"
    r"(?:De|Het)\s+(?:minister(?:-president)?|staatssecretaris|kabinet)\b|"
    r"(?:De|Uw)\s+Kamer\s+(?:ontvangt|wordt|krijgt)\b)"
)
COMMIT_VERB_RE = re.compile(
    r"\b(?:zegt\s+(?:(?:de\s+|uw\s+)?Kamer\s+|u\s+)?toe|toegezegd|zal|zullen|komt|komen|stuurt|"
    r"sturen|ontvangt|informeert|brengt|bekijkt|onderzoekt|verkent|"
    r"informeren|geïnformeerd|gestuurd|meegenomen|gaat|deelt|delen|doen\s+toekomen|terug)\b"
)
# "Eén.", "Punt vier.", "Zes." before an item.
ENUMERATION_RE = re.compile(rf"^(?:(?i:punt)\s+)?{NUMBER_WORD}\s*[.:]\s+", re.IGNORECASE)
# "Tot slot heb ik de toezegging staan dat de staatssecretaris ..." → "De staatssecretaris ..."
LEAD_IN_RE = re.compile(
    r"^(?:Tot\s+slot\s+)?(?:heb\s+ik|hebben\s+we)\s+(?:ook\s+)?de\s+toezegging\s+(?:staan|"
    r"genoteerd)\s+dat\s+",
    re.IGNORECASE,
)
# "Deze is gericht aan de heer Stoffer." / "dat was een toezegging aan de heer Boswijk."
ADDRESSEE_RE = re.compile(
    r"[.;]\s*(?:(?:Dat|Dit|Deze|Die)\s+(?:toezegging\s+)?(?:is|was)\s+(?:ook\s+)?(?:een\s+)?"
    r"(?:toezegging\s+)?(?:gericht\s+)?aan\s+(?P<who>[^.;]+?))\s*\.?\s*$",
    re.IGNORECASE,
)
WITHDRAWN_RE = re.compile(r"\bgeen\s+toezegging\b", re.IGNORECASE)
CHAIR_WITHDRAWS_RE = re.compile(r"\b(?:dan\s+)?is\s+het\s+geen\s+toezegging\b", re.IGNORECASE)
# The minister's own promises, first person, to the Kamer.
OWN_WORDS_RE = re.compile(
    r"\b(?:[Ii]k\s+kom\s+(?:daar|hier|er)(?:\s+\w+){0,6}?\s+(?:schriftelijk\s+)?(?:op\s+)?terug"
    r"|[Ii]k\s+kom\s+(?:daar|hier|er)op\s+(?:\w+\s+){0,5}?terug"
    r"|[Ii]k\s+(?:stuur|zend)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b(?:\s+[\w-]+){0,8}?\s+(?:een\s+)?brief"
    r"|[Ii]k\s+(?:zal|ga)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b[^.;?]{0,80}?\b(?:informeren|berichten|"
    r"schriftelijk|een\s+brief|sturen|toesturen|doen\s+toekomen)"
    r"|\b(?:[Dd]aar|[Hh]ier|[Dd]aarover|[Hh]ierover)\s+(?:zal|kom|stuur)\s+ik\b[^.;?]{0,80}?"
    r"\b(?:informeren|berichten|terug|brief)"
    r"|[Ii]k\s+verwacht\s+(?:u|uw\s+Kamer|de\s+Kamer)\b[^.;?]{0,80}?\bte\s+(?:kunnen\s+)?"
    r"(?:informeren|berichten)"
    r"|[Ii]k\s+zeg\s+(?:u\s+|de\s+Kamer\s+)?toe\b"
    r"|[Ii]k\s+ga\s+(?:\w+\s+){0,6}?(?:een\s+)?(?:afzonderlijke\s+)?brief\s+(?:\w+\s+){0,4}?"
    r"(?:aan\s+)?(?:uw|de)\s+Kamer\s+sturen)"
)
NOT_OWN_RE = re.compile(r"\?$|\b(?:niet|geen)\s+toe(?:zeggen)?\b|\bkan\s+ik\s+niet\b")

_ROLE_RE = re.compile(
    r"\b(?P<role>minister-president|minister|staatssecretaris)\b(?:\s+(?:van|voor)\s+"
    r"(?P<of>[A-Z][\w,\- ]+?))?(?=\s+(?:zal|zegt|komt|stuurt|informeert|gaat|heeft|deelt|"
    r"geïnformeerd|zich|de|het|een|in|na|voor|bij|ten|op|met|te)\b|[,.;]|$)",
    re.IGNORECASE,
)


def clean_item(text: str) -> tuple[str, str | None]:
    """The item without enumeration and lead-in, and whom it was addressed to."""
    text = ENUMERATION_RE.sub("", text.strip())
    text = LEAD_IN_RE.sub("", text)
    text = text[:1].upper() + text[1:]
    addressee = None
    m = ADDRESSEE_RE.search(text)
    if m and m.start() > 20:
        addressee = m.group("who").strip()
        text = text[: m.start() + 1].rstrip(";").rstrip() or text
        if not text.endswith("."):
            text += "."
    return text, addressee


def _readout_start(turns: list[Turn]) -> int | None:
    """Index of the chair's turn that announces the read-out, in the debate's last part."""
    first_half = len(turns) // 2
    for index, turn in enumerate(turns):
        if not turn.chair or (index < first_half and len(turns) > 20):
            continue
        if any(kind == "p" and READOUT_RE.search(text) for kind, text in turn.blocks):
            return index
    return None


def _looks_like_item(text: str, *, paragraph: bool = False) -> bool:
    body = ENUMERATION_RE.sub("", text.strip())
    body = LEAD_IN_RE.sub("", body)
    if paragraph and not PARAGRAPH_SHAPE_RE.match(body):
        return False
    return bool(
        len(body.split()) >= 5
        and not body.endswith("?")
        and SHAPE_RE.match(body[:1].upper() + body[1:])
        and COMMIT_VERB_RE.search(body)
        and not re.search(r"\b(?:knikt|knikken|geknikt)\b", body)
    )


def _withdraws(turn: Turn, text: str) -> bool:
    """ "Het lijkt me dus geen toezegging" (the minister), "dan is het geen toezegging" (chair)."""
    if turn.chair:
        return bool(CHAIR_WITHDRAWS_RE.search(text))
    return turn.government and bool(WITHDRAWN_RE.search(text))


def _chair_items(turns: list[Turn], start: int) -> list[tuple[int, str]]:
    """(turn index, text) of every item read out from ``start`` on, withdrawn ones dropped."""
    items: list[tuple[int, str]] = []
    withdrawable = False  # the last item may still be withdrawn (once)
    for index in range(start, len(turns)):
        turn = turns[index]
        for kind, text in turn.blocks:
            if withdrawable and _withdraws(turn, text):
                items.pop()
                withdrawable = False
                continue
            if not turn.chair:
                continue
            if kind == "li" and _looks_like_item(text):
                items.append((index, text))
                withdrawable = True
            elif (
                kind == "p"
                and _looks_like_item(text, paragraph=True)
                and not READOUT_RE.search(text)
            ):
                # Read out as a paragraph: keep the sentences up to the chair's comment.
                sentences = split_sentences(text)
                kept = [s for s in sentences if not re.search(r"toezegging", s, re.I)] or sentences
                items.append((index, " ".join(kept[:2])))
                withdrawable = True
    return items


def _dedupe(items: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """An item read again (repeated or corrected) replaces the earlier one, in its place."""
    out: list[tuple[str, str | None]] = []
    for text, addressee in items:
        for position, (earlier, earlier_addressee) in enumerate(out):
            if earlier == text or similarity(earlier, text) >= SAME_ITEM:
                out[position] = (text, addressee or earlier_addressee)
                break
        else:
            out.append((text, addressee))
    return out


def attribute(
    text: str, bewindspersonen: tuple[Bewindspersoon, ...], spoken: Spoken | None = None
) -> int | None:
    """Index of the bewindspersoon ``text`` names, or the only one present, or the one whose
    own words come closest; None when there is no one to attribute it to."""
    if not bewindspersonen:
        return None
    if len(bewindspersonen) == 1:
        return 0
    lowered = text.lower()
    by_surname = [
        i
        for i, b in enumerate(bewindspersonen)
        if re.search(rf"\b{re.escape(b.surname.lower())}\b", lowered)
    ]
    if len(by_surname) == 1:
        return by_surname[0]
    m = _ROLE_RE.search(text)
    if m:
        role = m.group("role").lower()
        named = (m.group("of") or "").strip().lower()
        holders = [i for i, b in enumerate(bewindspersonen) if b.role == role]
        if named:
            exact = [
                i
                for i in holders
                if named in b_function(bewindspersonen[i])
                or b_function(bewindspersonen[i]).endswith(named)
            ]
            if len(exact) == 1:
                return exact[0]
            same = [i for i in holders if named.split()[0] in b_function(bewindspersonen[i])]
            if len(same) == 1:
                return same[0]
        if len(holders) == 1:
            return holders[0]
        if holders:
            return _closest(text, holders, bewindspersonen, spoken)
    return _closest(text, range(len(bewindspersonen)), bewindspersonen, spoken)


def b_function(b: Bewindspersoon) -> str:
    return b.function.lower()


class Spoken:
    """What each bewindspersoon said in the debate, as content-word sets, read once and only
    when an item names no one (for a debate of three hours, a few thousand paragraphs)."""

    def __init__(self, turns: list[Turn] | None, bewindspersonen: tuple[Bewindspersoon, ...]):
        self.turns = turns or []
        self.bewindspersonen = bewindspersonen
        self._words: list[list[set[str]]] | None = None

    def words(self) -> list[list[set[str]]]:
        if self._words is None:
            index = {(b.tk_id or b.surname): i for i, b in enumerate(self.bewindspersonen)}
            self._words = [[] for _ in self.bewindspersonen]
            for turn in self.turns:
                if turn.speaker is None or turn.chair:
                    continue
                i = index.get(turn.speaker.tk_id or turn.speaker.surname)
                if i is None:
                    continue
                self._words[i].extend(set(content_words(p)) for _, p in turn.blocks)
        return self._words


def _closest(text, candidates, bewindspersonen, spoken: Spoken | None) -> int | None:
    """The bewindspersoon whose own paragraphs share the most content words with ``text``."""
    if spoken is None:
        return None
    words = set(content_words(text))
    if not words:
        return None
    said = spoken.words()
    best, best_score = None, 0.0
    for i in candidates:
        score = max((len(words & paragraph) for paragraph in said[i]), default=0) / len(words)
        if score > best_score:
            best, best_score = i, score
    return best


def _toezegging(text, addressee, bewindspersonen, spoken, ctx, *, source) -> Toezegging:
    chair = source == "chair"
    return Toezegging(
        text=text,
        made_by=attribute(text, bewindspersonen, spoken),
        deadline=find_deadline(text, ctx),
        confidence=CHAIR_CONFIDENCE if chair else OWN_WORDS_CONFIDENCE,
        source=source,
        pattern="voorgelezen" if chair else "eigen_woorden",
        addressee=addressee,
    )


def _own_words(turns: list[Turn], bewindspersonen, ctx) -> list[Toezegging]:
    found: list[Toezegging] = []
    seen: set[str] = set()
    for turn in turns:
        if not turn.government or turn.chair:
            continue
        for _, paragraph in turn.blocks:
            for sentence in split_sentences(paragraph):
                if OWN_WORDS_RE.search(sentence) and not NOT_OWN_RE.search(sentence):
                    if sentence in seen:
                        continue
                    seen.add(sentence)
                    index = next(
                        (
                            i
                            for i, b in enumerate(bewindspersonen)
                            if (b.tk_id or b.surname)
                            == (turn.speaker.tk_id or turn.speaker.surname)
                        ),
                        None,
                    )
                    found.append(
                        Toezegging(
                            text=sentence,
                            made_by=index,
                            deadline=find_deadline(sentence, ctx),
                            confidence=OWN_WORDS_CONFIDENCE,
                            source="minister",
                            pattern="eigen_woorden",
                        )
                    )
    return found


def find_toezeggingen(
    turns: list[Turn], bewindspersonen: tuple[Bewindspersoon, ...], when: date | None
) -> tuple[Toezegging, ...]:
    ctx = Context(reference=when, vergaderjaar=None)
    start = _readout_start(turns)
    if start is not None:
        items = _dedupe([clean_item(text) for _, text in _chair_items(turns, start)])
        if items:
            spoken = Spoken(turns, bewindspersonen)
            return tuple(
                _toezegging(text, addressee, bewindspersonen, spoken, ctx, source="chair")
                for text, addressee in items
            )
    return tuple(_own_words(turns, bewindspersonen, ctx))
