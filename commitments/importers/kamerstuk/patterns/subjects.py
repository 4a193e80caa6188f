"""What is promised: the patterns that cut the subject of a candidate out of its sentence
(and out of the previous one when the sentence points back with "hierover").
"""

from __future__ import annotations

import re

from .blocks import INFORM_PARTICIPLE, INFORM_VERB, KAMER, KAMER_OR_U, example

# fulfilment). Matched against the text after the Kamer.
OVER_RE = example(
    re.compile(r"\bover\s+(?!(?:de|mijn|zijn)\s+toezegging)(?P<rest>.+)$"),
    "uw Kamer voor de zomer informeren over de uitkomsten van de evaluatie.",
)
# A sentence that starts with "Over ...".
LEADING_OVER_RE = example(
    re.compile(
        r"^Over\s+(?P<np>.+?)\s+(?:wordt|worden|is|zijn|zal|zullen|heeft|hebben|kan|informeer|"
        r"bericht|kom)\b"
    ),
    "Over het Nederlandse groeipad naar de nieuwe norm wordt uw Kamer voor de Voorjaarsnota "
    "geïnformeerd.",
)
# "op de hoogte houden van ...".
INFORMED_OF_RE = example(
    re.compile(r"\bop\s+de\s+hoogte\s+(?:stellen|houden|brengen)\s+(?P<np>van\s+.+)$"),
    "Het kabinet zal uw Kamer op de hoogte houden van de voortgang van de onderhandelingen.",
)
# "hierover", "daarop", ...: the subject is in the previous sentence ...
POINTS_BACK_RE = example(
    re.compile(r"\b(?:hier|daar|er)(?:over|op|aan|mee)\b|\b(?:hier|daar)\s*op\b"),
    "Ik zal uw Kamer hierover in het najaar van 2026 nader berichten.",
)
# ... namely its last "over de ..." phrase (matched against the previous sentence).
LAST_OVER_RE = example(
    re.compile(r"\bover\s+(?P<np>(?:de|het|een|deze|dit|die)\s+[^,;.]+?)\s*[,;.]?$"),
    "De Raad spreekt over de toekomst van de Europese defensie-industrie.",
)
# The object of a send verb: "uw Kamer ... een overzicht sturen van ...".
SEND_OBJECT_RE = example(
    re.compile(
        rf"{KAMER_OR_U}\s+(?P<np>.+?)\s+(?:te\s+)?(?:toesturen|toezenden|sturen|zenden|"
        r"doen\s+toekomen|aanbieden|voorleggen|verstrekken)\b(?P<tail>\s+(?:van|over)\s+.+)?"
    ),
    "Het kabinet zal uw Kamer voor de jaarwisseling een overzicht sturen van de Nederlandse "
    "steun in 2025.",
)
# What the Kamer receives.
RECEIVE_OBJECT_RE = example(
    re.compile(rf"{KAMER}\s+ontvangt\s+(?P<np>.+)$|ontvangt\s+{KAMER}\s+(?P<np2>.+)$"),
    "Uw Kamer ontvangt de eindevaluatie voor 1 juli 2026.",
)
# Trimming the subject: it ends where a subordinate clause starts ...
SUBJECT_END_RE = example(
    re.compile(r",?\s+(?:zodra|waarna|nadat|zoals)\b"),
    "over de uitkomsten, zodra die bekend zijn",
)
# ... and loses a trailing informing verb ("... nader te informeren") ...
TRAILING_VERB_RE = example(
    re.compile(
        rf"\s+(?:(?:nader|verder|schriftelijk)\s+)?(?:te\s+)?"
        rf"(?:{INFORM_VERB}|{INFORM_PARTICIPLE}|worden)$"
    ),
    "over de uitkomsten nader te informeren",
)
# ... and a trailing "en", "te" or "om".
TRAILING_LINK_WORD_RE = example(re.compile(r"\s+(?:en|te|om)$"), "over de uitkomsten en")
