"""Read a VLOS 2.0 report (the Tweede Kamer's structured verslag XML) into a :class:`VlosReport`.

Input: the file's bytes. Output: the meeting (kind, date, room, vergaderjaar), one
:class:`VlosDebate` per ``<activiteit>`` that has an Activiteit number (``<parlisid>``), with
its committee, agenda, bewindspersonen and the toezeggingen ``toezeggingen`` finds in its
turns. XML goes through defusedxml (no DTDs, no entities) and ``iterparse``: each activiteit
is read when it closes and then cleared, so a large plenary report is never held twice.
Standard library plus defusedxml only, no Django.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from .model import AgendaItem, Bewindspersoon, VlosDebate, VlosError, VlosReport
from .toezeggingen import find_toezeggingen

NS = "{http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0}"
# Speakers of the government side; members are "Tweede Kamerlid", guests "Externe spreker".
GOVERNMENT_KINDS = {"minister", "staatssecretaris", "minister-president", "bewindspersoon"}
TURN_TAGS = {NS + "woordvoerder", NS + "interrumpant"}
# Activiteiten with a number that are no debate: no commitments are made in them.
NOT_DEBATES = {"stemmingen", "procedurevergadering", "regeling van werkzaamheden"}
_DOSSIER_RE = re.compile(r"^\s*(?P<number>\d{4,6})(?:\s*-\s*(?P<toevoeging>[\w()]+))?\s*$")
# "minister van Volkshuisvesting en Ruimtelijke Ordening, viceminister-president": the
# ministry is what follows "van"/"voor", without a second function after a comma (ministry
# names have commas of their own: "Volksgezondheid, Welzijn en Sport").
_MINISTRY_RE = re.compile(
    r"^(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?P<ministry>.+?)"
    r"(?:,\s*(?:vice)?(?:minister|staatssecretaris)[\w-]*\b.*)?$"
)


@dataclass(frozen=True)
class Speaker:
    kind: str  # spreker soort, lower case
    surname: str  # verslagnaam
    first_name: str
    function: str
    tk_id: str | None


@dataclass
class Turn:
    """One woordvoerder or interrumpant block: who spoke, chairing or not, and what."""

    speaker: Speaker | None
    chair: bool
    blocks: list[tuple[str, str]] = field(default_factory=list)  # ("p" | "li", text)

    @property
    def government(self) -> bool:
        return self.speaker is not None and self.speaker.kind in GOVERNMENT_KINDS


def text_of(element: Element | None) -> str:
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).split())


def _child_text(element: Element, name: str) -> str:
    return text_of(element.find(NS + name))


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def looks_like_vlos(data: bytes | str) -> bool:
    """Whether ``data`` is a VLOS report: its namespace within the first kilobytes."""
    head = data[:4096]
    if isinstance(head, bytes):
        return b"ggm/vergaderverslag" in head
    return "ggm/vergaderverslag" in head


def _speaker(element: Element | None) -> Speaker | None:
    if element is None:
        return None
    return Speaker(
        kind=(element.get("soort") or "").strip().lower(),
        surname=_child_text(element, "verslagnaam"),
        first_name=_child_text(element, "voornaam"),
        function=_child_text(element, "functie"),
        tk_id=element.get("objectid") or None,
    )


def _blocks(tekst: Element | None) -> list[tuple[str, str]]:
    """A speech as paragraphs ("p") and list items ("li"), in order."""
    out: list[tuple[str, str]] = []
    if tekst is None:
        return out
    for alinea in tekst.iter(NS + "alinea"):
        for child in alinea:
            if child.tag == NS + "alineaitem":
                text = text_of(child)
                if text:
                    out.append(("p", text))
            elif child.tag == NS + "lijst":
                for item in child.iter(NS + "alineaitem"):
                    text = text_of(item)
                    if text:
                        out.append(("li", text))
    return out


def _turns(activiteit: Element) -> list[Turn]:
    turns = []
    for element in activiteit.iter():
        if element.tag in TURN_TAGS:
            turns.append(
                Turn(
                    speaker=_speaker(element.find(NS + "spreker")),
                    chair=_child_text(element, "isvoorzitter").lower() == "true",
                    blocks=_blocks(element.find(NS + "tekst")),
                )
            )
    return turns


def display_name(speaker: Speaker) -> str:
    """ "David" + "Van Weel" → "David van Weel": after a first name, a prefix is lower case."""
    surname = speaker.surname
    if speaker.first_name:
        prefix = re.match(r"^((?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|'t|[Ii]n)\s+)+", surname)
        if prefix:
            surname = prefix.group().lower() + surname[prefix.end() :]
        return f"{speaker.first_name} {surname}"
    return surname


def ministry_of(function: str) -> str | None:
    m = _MINISTRY_RE.match(function.strip())
    return m.group("ministry").strip() if m else None


def _bewindspersonen(activiteit: Element, turns: list[Turn]) -> tuple[Bewindspersoon, ...]:
    """The government speakers of the debate, in the order they are listed, once each."""
    speakers = [_speaker(s) for s in activiteit.iter(NS + "spreker")]
    speakers += [t.speaker for t in turns]
    seen: dict[str, Bewindspersoon] = {}
    for s in speakers:
        if s is None or s.kind not in GOVERNMENT_KINDS or not s.surname:
            continue
        key = s.tk_id or s.surname
        if key in seen:
            continue
        seen[key] = Bewindspersoon(
            name=display_name(s),
            surname=s.surname,
            function=s.function,
            ministry=ministry_of(s.function),
            role=s.kind,
            tk_id=s.tk_id,
        )
    return tuple(seen.values())


def _agenda(activiteit: Element) -> tuple[AgendaItem, ...]:
    """The Kamerstukken on the agenda: ``<zaak>`` elements and the numbers in the
    "Aan de orde is de behandeling van" list (``<dossiernummer>`` + ``<stuknummer>``)."""
    found: dict[tuple, AgendaItem] = {}

    def add(dossier_text: str, stuk_text: str, title: str):
        m = _DOSSIER_RE.match(dossier_text or "")
        if not m:
            return
        stuk = stuk_text.strip()
        number = int(stuk) if stuk.isdigit() else None
        key = (m.group("number"), (m.group("toevoeging") or "").upper(), number)
        if key not in found:
            found[key] = AgendaItem(key[0], key[1], number, title[:500])

    for zaak in activiteit.iter(NS + "zaak"):
        add(
            _child_text(zaak, "dossiernummer"),
            _child_text(zaak, "stuknummer"),
            _child_text(zaak, "titel") or _child_text(zaak, "onderwerp"),
        )
    # The list is in the activiteithoofd's own text, not in the speeches.
    items = [
        item
        for hoofd in activiteit.iter(NS + "activiteithoofd")
        for tekst in hoofd.findall(NS + "tekst")
        for item in tekst.iter(NS + "alineaitem")
    ]
    for item in items:
        dossiers = item.findall(f".//{NS}dossiernummer")
        stukken = item.findall(f".//{NS}stuknummer")
        if dossiers and len(dossiers) == len(stukken):
            title = text_of(item).rstrip(";,. ")
            for d, s in zip(dossiers, stukken, strict=True):
                add(text_of(d), text_of(s), title)
    return tuple(found.values())


def _debate(activiteit: Element, meeting_date: date | None) -> VlosDebate | None:
    number = _child_text(activiteit, "parlisid")
    if not number or (activiteit.get("soort") or "").strip().lower() in NOT_DEBATES:
        return None  # opening, closing, announcements, votes: no debate of their own
    turns = _turns(activiteit)
    bewindspersonen = _bewindspersonen(activiteit, turns)
    when = _date(_child_text(activiteit, "aanvangstijd")) or meeting_date
    return VlosDebate(
        tk_id=activiteit.get("objectid") or "",
        number=number,
        tk_kind=activiteit.get("soort") or "",
        subject=_child_text(activiteit, "onderwerp") or _child_text(activiteit, "titel"),
        date=when,
        committee=None,
        committee_abbreviation=None,
        agenda=_agenda(activiteit),
        bewindspersonen=bewindspersonen,
        toezeggingen=find_toezeggingen(turns, bewindspersonen, when),
    )


def parse_vlos(data: bytes) -> VlosReport:
    """Parse one VLOS report. Raises :class:`VlosError` for anything else."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not looks_like_vlos(data):
        raise VlosError("not_vlos", "Dit is geen VLOS-verslag.", "This is not a VLOS report.")
    meeting: dict[str, str] = {}
    attributes: dict[str, str] = {}
    debates: list[VlosDebate] = []
    committee = (None, None)
    paragraphs: list[str] = []
    depth = 0
    try:
        for event, element in iterparse(io.BytesIO(data), events=("start", "end"), forbid_dtd=True):
            tag = element.tag
            if event == "start":
                if tag == NS + "vlosCoreDocument":
                    attributes["status"] = element.get("status") or ""
                elif tag == NS + "vergadering":
                    attributes["soort"] = element.get("soort") or ""
                    attributes["objectid"] = element.get("objectid") or ""
                elif tag == NS + "activiteit":
                    depth += 1
                continue
            parent_is_meeting = depth == 0
            if tag == NS + "activiteit":
                depth -= 1
                debate = _debate(element, _date(meeting.get("datum", "")))
                if debate is not None:
                    debates.append(debate)
                paragraphs.extend(
                    text
                    for item in element.iter(NS + "alineaitem")
                    if (text := " ".join("".join(item.itertext()).split()))
                )
                element.clear()
            elif parent_is_meeting and tag in {
                NS + name for name in ("titel", "zaal", "vergaderjaar", "datum")
            }:
                meeting.setdefault(tag[len(NS) :], text_of(element))
            elif tag == NS + "commissie" and element.get("type") == "Voortouwcommissie":
                committee = (
                    _child_text(element, "verslagnaam") or None,
                    _child_text(element, "afkorting") or None,
                )
    except (ParseError, DefusedXmlException) as error:
        raise VlosError(
            "xml",
            f"Het VLOS-verslag is geen geldige XML: {error}",
            f"The VLOS report is not valid XML: {error}",
        ) from error
    meeting_date = _date(meeting.get("datum", ""))
    if committee[0]:
        debates = [_with_committee(d, *committee) for d in debates]
    return VlosReport(
        tk_id=attributes.get("objectid") or None,
        kind=attributes.get("soort", ""),
        title=meeting.get("titel", ""),
        date=meeting_date,
        room=meeting.get("zaal") or None,
        vergaderjaar=meeting.get("vergaderjaar") or None,
        status=attributes.get("status") or None,
        debates=tuple(debates),
        text="\n".join(p for p in paragraphs if p),
    )


def _with_committee(debate: VlosDebate, name: str, abbreviation: str | None) -> VlosDebate:
    from dataclasses import replace

    return replace(debate, committee=name, committee_abbreviation=abbreviation)
