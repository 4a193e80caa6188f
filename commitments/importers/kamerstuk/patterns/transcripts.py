"""Debate texts: speakers, the fixed openings of Handelingen and debate reports, and the
chair's closing list of toezeggingen.
"""

from __future__ import annotations

import re

from ..dates import SINGLE_DATE_RE
from .blocks import example

# A bewindspersoon announced as speaker ("Minister Uitermark:", "Staatssecretaris De Vries:",
# "De minister van Financiën:"); matched against the line without its colon.
GOVERNMENT_SPEAKER_RE = example(
    re.compile(
        r"(?:De\s+)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
        r"(?:\s+(?:van|voor)\b[^:()]{2,80}|(?:\s+(?:[A-Z][\w'\u2019-]*|van|de|der|den|ter|ten|"
        r"te|in\s+'t))+)?"
    ),
    "Staatssecretaris De Vries",
    "Minister Van der Wal-Zeggelink",
    "De minister van Financiën",
)
# The chair ("De voorzitter:", "Voorzitter:").
CHAIR_SPEAKER_RE = example(
    re.compile(r"(?:De\s+)?[Vv]oorzitter(?:\s+[A-Z][\w'-]+)?"), "De voorzitter"
)
# A member ("De heer Slob (ChristenUnie):", "Mevrouw Kant (SP):").
MEMBER_SPEAKER_RE = example(
    re.compile(r"(?:De\s+heer|Mevrouw|Het\s+lid)\s+[^:()]{1,60}?(?:\s*\([^)]{1,40}\))?"),
    "De heer Duyvendak (GroenLinks)",
    "Mevrouw Kant (SP)",
)
# The fixed openings of Handelingen, debate reports and the Aanhangsel (answers to Kamervragen).
TRANSCRIPT_OPENING_RE = example(
    re.compile(
        r"^(?:Aan de orde is\b|Handeling\s*$)|Aanhangsel van de Handelingen|"
        r"Vragen gesteld door de leden der Kamer|"
        r"VERSLAG VAN EEN (?:COMMISSIEDEBAT|ALGEMEEN OVERLEG|NOTAOVERLEG|WETGEVINGSOVERLEG)|"
        # an older committee report's opening lines: "Voorzitter: Irrgang Griffier: Berck",
        # "Vragen en opmerkingen uit de commissie"
        r"^Voorzitter:[ \t]+\S[^\n]{0,80}\bGriffier:|^Vragen en opmerkingen uit de commissie\s*$",
        re.MULTILINE,
    ),
    "Aan de orde is het debat naar aanleiding van een algemeen overleg over wegtunnels.",
    "Nr. 73 VERSLAG VAN EEN COMMISSIEDEBAT",
    "Voorzitter: Irrgang Griffier: Berck",
)
# The chair opens the closing list: "Ik heb de volgende toezeggingen genoteerd:", "We hebben
# drie toezeggingen genoteerd.", "Toezeggingen:".
TOEZEGGINGEN_LIST_RE = example(
    re.compile(
        r"\b(?:volgende\s+)?toezeggingen\b[^.:]{0,40}?\b(?:genoteerd|gedaan|opgeschreven|"
        r"vastgelegd)\b[^.:]{0,20}[.:]|^\s*Toezeggingen\s*:|\bde\s+volgende\s+toezeggingen\s*:",
        re.IGNORECASE | re.MULTILINE,
    ),
    "Ik heb de volgende toezeggingen genoteerd:",
    "We hebben drie toezeggingen genoteerd.",
)
# A bulleted item on its own line ("- De minister stuurt ...", "• ...", "1. ...") ...
BULLET_RE = example(
    re.compile(r"^\s*(?:[-\u2013\u2022\u00b7*]|\d{1,2}[.)])\s+"),
    "- De minister stuurt de Kamer voor de zomer een brief over de capaciteit.",
)
# ... and bullets running on inside one paragraph.
BULLET_SPLIT_RE = example(
    re.compile(r"(?:^|\s)[-\u2013\u2022]\s+(?=[A-Z])"),
    " - De minister stuurt de Kamer een brief. - De minister informeert de Kamer.",
)
# How the debate itself is described in a committee-debate report ...
DEBATE_HELD_RE = example(
    re.compile(
        rf"(?P<committee>(?:[Vv]aste|[Aa]lgemene)\s+commissie\s+voor\s+[^,]+?)\s+heeft\s+op\s+"
        rf"(?P<date>{SINGLE_DATE_RE.pattern})\s+(?:overleg\s+gevoerd|een\s+\w+\s+gevoerd)"
    ),
    "De vaste commissie voor Binnenlandse Zaken heeft op 23 januari 2025 overleg gevoerd met "
    "mevrouw Uitermark.",
)
# ... and in plenary Handelingen.
PLENARY_DEBATE_RE = example(
    re.compile(
        r"^Aan de orde is (?:de voortzetting van )?het (?P<kind>debat|tweeminutendebat|"
        r"dertigledendebat)\s+(?:over|inzake|naar aanleiding van)\s+(?P<subject>[^.]+)",
        re.MULTILINE,
    ),
    "Aan de orde is de voortzetting van het debat over het proces van afhandeling van compensatie.",
)
# Who a listed toezegging names as its maker ("De minister stuurt ...", "De staatssecretaris
# zal ..."); the rest of the item is what is promised.
LISTED_SPEAKER_RE = example(
    re.compile(
        r"^(?P<who>(?:[Dd]e\s+)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|"
        r"[Bb]ewindspersoon)(?:\s+(?:van|voor)\s+[A-Z][^,]*?(?=\s+(?:zal|zegt|komt|stuurt|"
        r"informeert|gaat|laat|zendt|geeft)\b)|\s+[A-Z][\w'-]+)?)\s+(?:zal\s+|zegt\s+toe\s+)?"
    ),
    "De minister stuurt na de zomer een brief over het ondernemerspact.",
    "De staatssecretaris zal het rapport over rode diesel na de ministerraad van 11 juli aan de "
    "Kamer doen toekomen.",
)
