"""What surrounds a promise: its deadline, the debate it was made in, and the document
that will carry it ("in de voortgangsbrief").
"""

from __future__ import annotations

import re

from ..dates import DAY, MONTH, SINGLE_DATE_RE, YEAR
from .blocks import example

#: The day "half <maand>" stands for in a "date" deadline ("uiterlijk half februari 2010").
HALF_MONTH_DAY = 15

# Deadline expressions, most specific first: the first kind that matches wins (earliest
# match on ties). Only "date" gives a calendar date; the others keep the text as written.
DEADLINE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        example(
            re.compile(
                rf"\b(?i:vóór|voor|uiterlijk(?:\s+op)?|niet\s+later\s+dan|na|per|omstreeks)\s+"
                rf"(?:(?P<d>{DAY})|(?P<half>half))\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
            ),
            "Uw Kamer ontvangt de eindevaluatie voor 1 juli 2026.",
            "Ik zeg toe uw Kamer uiterlijk 1 oktober 2025 te berichten.",
            "De beantwoording zal plaatshebben omstreeks 20 januari 2009.",
            # "half februari" is the middle of the month: read as the 15th (HALF_MONTH_DAY),
            # the text as written is kept beside it.
            "De beantwoording zal plaatshebben omstreeks half februari 2010.",
        ),
    ),
    (
        "before_event",
        example(
            re.compile(
                r"\b(?:(?i:voorafgaand)\s+aan|(?i:uiterlijk)\s+(?:bij|tegelijk\s+met|gelijktijdig\s+met))"
                r"\s+.+?(?=\s+(?:nader|over|te|uw|u|hierover|daarover|doe|stuur|zend|informeer|"
                r"ge[iï]nformeerd|informeren|berichten|worden|wordt|de\s+Kamer)\b|[,;.]|$)"
            ),
            "Uw Kamer wordt voorafgaand aan de inzet van de Force Protection in NMI nader "
            "geïnformeerd over de veiligheidssituatie.",
            "Uiterlijk bij het toezenden van de evaluatieopdracht doe ik u de reactie toekomen.",
        ),
    ),
    (
        "period",
        example(
            re.compile(
                rf"\b(?i:vóór|voor|uiterlijk|in|na|eind|begin|medio)\s+(?:het\s+)?"
                rf"(?:(?:begin|eind|einde|midden|voorjaar|najaar|zomer|winter|eerste|tweede|"
                rf"derde|vierde)\s+(?:kwartaal\s+)?(?:van\s+)?)?(?:het\s+jaar|dit\s+jaar|"
                rf"{MONTH}\s+{YEAR}|{MONTH}|{YEAR})\b"
            ),
            "Het kabinet zal uw Kamer in het voorjaar van 2026 informeren over de uitkomsten.",
            "Ik zal uw Kamer voor het einde van het jaar nader informeren.",
        ),
    ),
    (
        "event",
        example(
            re.compile(
                r"\b(?i:vóór|voor|na|omstreeks|rond)\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:top|"
                r"Top|raad|"
                r"Raad|debat|reces|zomer|winter|kerst|behandeling|nota|Nota|verkiezingen|"
                r"bijeenkomst|vergadering|stemmingen|jaarwisseling|zomerreces|kerstreces)\b"
                r"(?:\s+[A-Z][\w-]*)*"
                rf"(?:\s+(?:van|op|in)\s+(?:(?:{DAY}\s+)?{MONTH}(?:\s+{YEAR})?|{YEAR}))?"
                r"|\b(?i:vóór|voor|na)\s+Prinsjesdag\b"
                # a term the law sets: "binnen de wettelijke termijn voor beantwoording"
                r"|\bbinnen\s+de\s+wettelijke\s+termijn\b"
            ),
            "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de evaluatie.",
            "Ik zal uw Kamer voor de Europese Raad van oktober een appreciatie toesturen.",
            "Het kabinet informeert uw Kamer voor Prinsjesdag.",
            "Als ik omstreeks de zomer met een reactie mag komen op dit punt, dan is dat prima.",
            "U kunt een reactie op het advies verwachten binnen de wettelijke termijn.",
        ),
    ),
    (
        "as_soon_as",
        example(
            re.compile(r"\b(?i:zodra)\s+[^,;.]+"),
            "Het kabinet zal uw Kamer op de hoogte stellen zodra meer concreets te melden is.",
        ),
    ),
    (
        "after_event",
        example(
            re.compile(
                r"\b(?i:na)\s+afloop\s+van\s+(?:de|het)\s+.+?(?=\s+(?:nader|over|te|uw|u|"
                r"hierover|ge[iï]nformeerd|informeren)\b|[,;.]|$)"
            ),
            "Ik zal uw Kamer na afloop van de top informeren over de gemaakte afspraken.",
        ),
    ),
    (
        "vague",
        example(
            re.compile(
                r"\b(?:te\s+zijner\s+tijd|binnenkort|zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|"
                r"op\s+korte\s+termijn|later\s+dit\s+jaar|in\s+de\s+loop\s+van\s+(?:dit|het\s+)?"
                r"\s*(?:jaar|voorjaar|najaar|\d{4})|in\s+het\s+(?:voorjaar|najaar)|"
                r"(?:deze|komende)\s+(?:zomer|herfst|winter|maand))\b",
                # (at the head of a sentence too: "In het najaar informeer ik de Kamer …")
                re.IGNORECASE,
            ),
            "Ik zal u de brief zo spoedig mogelijk doen toekomen.",
            "In het najaar informeer ik de Kamer per brief over mijn bevindingen.",
            "Het kabinet informeert uw Kamer in de loop van dit jaar.",
        ),
    ),
    # The budget cycle and periodic reports, as debates' toezeggingen name them (read out by
    # the chair, see ``importers.vlos``); ranked after every kind above.
    (
        "cycle",
        example(
            re.compile(
                r"\b(?i:vóór|voor|bij|in|met|uiterlijk\s+bij)\s+(?:de\s+|het\s+)?"
                r"(?:(?i:behandeling)\s+van\s+de\s+)?"
                r"(?:(?i:eerstvolgende|volgende|komende)\s+)?[\w-]*(?i:begroting|miljoenennota|"
                r"voorjaarsnota|najaarsnota|halfjaarbericht|halfjaarsbericht|halfjaarrapportage|"
                r"voortgangsrapportage|jaarverslag)\b"
                rf"(?:\s+{YEAR})?"
            ),
            "In het volgende halfjaarbericht politie komt de minister terug op de vraag.",
            "De minister informeert de Kamer voor de begroting over de uitkomsten.",
            "De staatssecretaris informeert de Kamer bij de Miljoenennota nader.",
            "De Kamer wordt voor behandeling van de Defensiebegroting 2026 schriftelijk "
            "geïnformeerd.",
        ),
    ),
    (
        "within",
        example(
            re.compile(
                r"\b(?i:binnen)\s+(?:een|één|twee|drie|vier|vijf|zes|acht|tien|\d+|enkele|een\s+paar|"
                r"afzienbare)\s+(?:dag|dagen|week|weken|maand|maanden|tijd)\b"
            ),
            "De staatssecretaris stuurt de brief binnen een week aan de Kamer.",
            "Dat hoop ik binnen enkele weken te kunnen doen.",
        ),
    ),
    (
        "quarter",
        example(
            re.compile(
                r"\b(?i:in|voor|vóór|na|uiterlijk(?:\s+in)?)\s+(?:het\s+)?(?:Q[1-4]|"
                r"(?i:eerste|tweede|derde|vierde)\s+kwartaal)"
                rf"(?:\s+(?:van\s+)?{YEAR})?\b"
            ),
            "De minister stuurt de Kamer in Q3 een brief over de voortgang.",
            "Uw Kamer ontvangt in het derde kwartaal van 2026 de evaluatie.",
        ),
    ),
)
# A "period" deadline that is only "in 2025" / "in juli" often describes the content
# ("steun in 2025"), not a due date: it ranks below every other kind. Matched against the
# deadline text, not the sentence.
BARE_PERIOD_RE = example(
    re.compile(rf"^(?i:in)\s+(?:{MONTH}|{YEAR})$"),
    "in 2025",
    "In juli",
)

# The kinds of debate a commitment is made in ...
DEBATE_KINDS = (
    r"(?P<kind>commissiedebat|plenaire\s+debat|plenair\s+debat|notaoverleg|wetgevingsoverleg|"
    r"schriftelijke?\s+overleg|algemeen\s+overleg|mondelinge\s+vragenuur|vragenuur|"
    r"tweeminutendebat|dertigledendebat|debat)"
)
# ... and the reference to one: kind, subject and (optionally) date.
DEBATE_RE = example(
    re.compile(
        rf"\b(?:het|de|een)\s+{DEBATE_KINDS}\b(?:\s+over)?"
        rf"(?:\s+(?P<subject>[^,;]*?)\s+(?:op|van)\s+(?P<date>{SINGLE_DATE_RE.pattern})"
        rf"|(?P<subject2>\s+[^,;]*?)(?=\s+(?:wordt|zal|zullen|om|heb|is|informeer|doe)\b|[,;]|$))",
        re.IGNORECASE,
    ),
    "Zoals toegezegd in het commissiedebat Irak op 25 oktober jl. wordt uw Kamer nader "
    "geïnformeerd.",
    "Zoals toegezegd tijdens het plenaire debat over de Europese defensiesamenwerking op "
    "12 maart jl., zal ik uw Kamer informeren.",
)
# The document that will carry the information ("in de voortgangsbrief") ...
VEHICLE_RE = example(
    re.compile(
        r"\b(?:in|via|met|bij)\s+(?:de|het)\s+(?:(?:eerstvolgende|volgende|komende|jaarlijkse|"
        r"halfjaarlijkse|periodieke|reguliere)\s+)?(?:[\w-]+\s+){0,4}?[\w-]*"
        # "VGR": the voortgangsrapportage as the Kamer's letters abbreviate it
        r"(?:brief|rapportage|verslag|nota|overzicht)\b|"
        r"\b(?:in|via|met|bij)\s+de\s+(?:[\w-]+\s+){0,2}?VGR\b|"
        # a letter apart from this one: "Uw Kamer ontvangt hierover een separate Kamerbrief"
        r"\b(?:een|per|bij)\s+(?:separate|aparte|afzonderlijke)\s+[\w-]*(?:brief|rapportage|notitie|"
        r"nota)\b"
    ),
    "Over de verdere uitwerking informeer ik uw Kamer in de voortgangsbrief.",
    "Deze zal ik bij de vijfde VGR beantwoorden.",
    "Ik informeer uw Kamer in de eerstvolgende voortgangsrapportage militaire mobiliteit.",
    "Uw Kamer ontvangt hierover een separate Kamerbrief.",
)
# ... unless it is this one ("in deze brief"). Matched against the vehicle text.
SELF_REFERENCE_RE = example(re.compile(r"\b(?:deze|dit)\b"), "in deze brief")
