"""The phrasing tables: regular expressions that recognise commitments and fulfilments.

Input: nothing; ``commitments`` and ``fulfilments`` apply these patterns to sentences.
Output: named, compiled patterns (see the sections below).
"""

from __future__ import annotations

import re

from .dates import DAY, MONTH, SINGLE_DATE_RE, YEAR

KAMER = r"(?:[Uu]w|[Dd]e)\s+Kamer\b(?:\s+der\s+Staten-Generaal)?"
KAMER_OR_U = rf"(?:{KAMER}|\bu\b)"
GOV = r"(?:[Ii]k|[Ww]ij|[Hh]et\s+kabinet)"  # the government as grammatical subject
KAMER_RE = re.compile(KAMER)
KAMER_OR_U_RE = re.compile(KAMER_OR_U)


# --------------------------------------------------------------------------------------------
# Commitments and fulfilments
# --------------------------------------------------------------------------------------------

INFORM_VERB = (
    r"(?:informeren|berichten|inlichten|rapporteren|terugkoppelen|toesturen|toezenden|sturen|"
    r"zenden|doen\s+toekomen|toekomen|voorleggen|aanbieden|verstrekken|"
    r"op\s+de\s+hoogte\s+(?:stellen|houden|brengen)|verslag\s+(?:doen|uitbrengen))"
)
INFORM_PARTICIPLE = (
    r"(?:ge[iï]nformeerd|bericht|ingelicht|op\s+de\s+hoogte\s+(?:gesteld|gehouden|gebracht)|"
    r"toegezonden|toegestuurd|gerapporteerd)"
)
# P1 future with a modal: "het kabinet zal uw Kamer op de hoogte stellen", "zal ik uw Kamer
# voor de zomer informeren", "... en uw Kamer hierover informeren".
MODAL_INFORM_RE = re.compile(rf"\b(?:zal|zullen)\b(?P<gap>[^;]{{0,200}}?)\b{INFORM_VERB}\b")
# P2 future/standing passive: "wordt uw Kamer ... nader geïnformeerd", "De Kamer wordt voor
# 1 juni geïnformeerd", "zal uw Kamer ... worden geïnformeerd".
PASSIVE_INFORM_RES = (
    re.compile(
        rf"\b(?:wordt|worden)\s+(?:[^;]{{0,60}}?\s)?{KAMER}[^;]{{0,200}}?\b{INFORM_PARTICIPLE}"
    ),
    re.compile(rf"{KAMER}\s+(?:wordt|zal)\b[^;]{{0,200}}?\b{INFORM_PARTICIPLE}"),
    re.compile(rf"\b(?:zal|zullen)\s+{KAMER}[^;]{{0,200}}?\bworden\s+{INFORM_PARTICIPLE}"),
    re.compile(rf"\bwordt\s+u\b[^;]{{0,160}}?\b{INFORM_PARTICIPLE}"),
)
# P3 explicit promise: "ik zeg toe uw Kamer ... te berichten", "zeg ik uw Kamer toe".
TOEZEGGEN_RE = re.compile(
    rf"\b(?:{GOV}\s+(?:zeg|zeggen|zegt)|(?:[Zz]eg|[Zz]eggen)\s+(?:ik|wij)|"
    r"[Zz]egt\s+het\s+kabinet)\b(?:\s+[^;]{0,60}?)?\s+toe\b"
)
# P4 present tense with a future vehicle/deadline: "informeer ik uw Kamer in de voortgangsbrief".
PRESENT_INFORM_RE = re.compile(
    rf"\b(?:(?:informeer|informeert|informeren|bericht|berichten|stuur|stuurt|zend|zendt)\s+"
    rf"(?:ik|wij|het\s+kabinet)\s+{KAMER_OR_U}|{GOV}\s+"
    rf"(?:informeer|informeert|informeren|bericht|stuur|stuurt)\s+{KAMER_OR_U})"
)
# P5 "Uw Kamer ontvangt ... voor 1 juli".
RECEIVE_RE = re.compile(rf"{KAMER}\s+ontvangt\b|\bontvangt\s+{KAMER}")
# P6 (weak) "Ik kom hierop terug in ...", "zal ik hierop terugkomen".
RETURN_TO_RE = re.compile(
    r"\b(?:(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hier|daar)\s*op\s+terug|"
    rf"{GOV}\s+(?:kom|komt|komen)\s+(?:hier|daar)(?:\s*op\b|\b[^;]{{0,80}}?\bop)\s+terug|"
    r"(?:hier|daar)\s*op\s+terugkomen)\b"
)
# The sentence informs *now* (this letter), so it is no promise.
PRESENT_MARKER_RE = re.compile(
    r"\b(?:hierbij|hiermee|bij\s+dezen?|(?:met|via|in|middels)\s+(?:deze|dit)\s+"
    r"(?:brief|verslag|geannoteerde\s+agenda|agenda|nota|kamerbrief)|benut\w*\s+om|"
    r"gebruik\w*\s+om|thans|onderstaand\w*|hieronder)\b",
    re.IGNORECASE,
)
# Routine reporting ("zoals gebruikelijk via het verslag") is standard procedure, not a promise.
ROUTINE_RE = re.compile(
    r"\b(?:zoals\s+gebruikelijk|gebruikelijk(?:erwijs)?|zoals\s+altijd)\b", re.I
)
# A question or request by the Kamer, not a promise by the government.
REQUEST_RE = re.compile(
    r"\b(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzocht|verzoek)\b"
    r"[^;]{0,80}\b(?:of|om)\b"
)
VEHICLE_RE = re.compile(
    r"\b(?:in|via|met)\s+(?:de|het)\s+(?:(?:eerstvolgende|volgende|komende|jaarlijkse|"
    r"halfjaarlijkse|periodieke|reguliere)\s+)?(?:[\w-]+\s+){0,4}?[\w-]*"
    r"(?:brief|rapportage|verslag|nota|overzicht)\b"
)

DEBATE_KINDS = (
    r"(?P<kind>commissiedebat|plenaire\s+debat|plenair\s+debat|notaoverleg|wetgevingsoverleg|"
    r"schriftelijke?\s+overleg|algemeen\s+overleg|mondelinge\s+vragenuur|vragenuur|"
    r"tweeminutendebat|dertigledendebat|debat)"
)
DEBATE_RE = re.compile(
    rf"\b(?:het|de|een)\s+{DEBATE_KINDS}\b(?:\s+over)?"
    rf"(?:\s+(?P<subject>[^,;]*?)\s+(?:op|van)\s+(?P<date>{SINGLE_DATE_RE.pattern})"
    rf"|(?P<subject2>\s+[^,;]*?)(?=\s+(?:wordt|zal|zullen|om|heb|is|informeer|doe)\b|[,;]|$))",
    re.IGNORECASE,
)

# Deadline expressions, most specific first.
DEADLINE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(
            rf"\b(?i:vóór|voor|uiterlijk(?:\s+op)?|niet\s+later\s+dan|na|per)\s+"
            rf"(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
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
            rf"vierde)\s+(?:kwartaal\s+)?(?:van\s+)?)?(?:het\s+jaar|dit\s+jaar|{MONTH}\s+{YEAR}|"
            rf"{MONTH}|{YEAR})\b"
        ),
    ),
    (
        "event",
        re.compile(
            r"\b(?i:vóór|voor|na)\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:top|Top|raad|Raad|"
            r"debat|reces|zomer|winter|kerst|behandeling|nota|Nota|verkiezingen|bijeenkomst|"
            r"vergadering|stemmingen|jaarwisseling|zomerreces|kerstreces)\b"
            r"(?:\s+[A-Z][\w-]*)*"
            rf"(?:\s+(?:van|op|in)\s+(?:(?:{DAY}\s+)?{MONTH}(?:\s+{YEAR})?|{YEAR}))?"
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
FULFILMENT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "informs_about_commitment",
        re.compile(
            r"\b(?:(?:informeer|informeert|informeren)\s+(?:ik|wij|het\s+kabinet)\s+"
            r"(?:u|uw\s+Kamer)|"
            rf"{GOV}\s+(?:informeer|informeert|informeren)\s+(?:u|uw\s+Kamer))"
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
AS_PROMISED_RE = re.compile(
    r"\b[Zz]oals\s+(?:ik\s+|het\s+kabinet\s+)?(?:heeft\s+|heb\s+)?toegezegd\b"
)
INFORM_NOW_RE = re.compile(
    r"\b(?:informeer|informeert|bericht|stuur|zend|bied)\s+(?:ik|wij|het\s+kabinet)\b|"
    r"\b(?:treft|vindt|ontvangt)\s+u\b"
)

PATTERN_CONFIDENCE = {
    "toezeggen": 0.95,
    "modal_inform": 0.9,
    "passive_inform": 0.85,
    "present_with_deadline": 0.75,
    "receive": 0.7,
    "return_to": 0.6,
}


# "in 2025" / "in juli" alone often describes the content ("steun in 2025"), not a due date.
BARE_PERIOD_RE = re.compile(rf"^(?i:in)\s+(?:{MONTH}|{YEAR})$")


GOV_FUTURE_RE = re.compile(r"\b(?:zal|zullen)\s+(?:ik|het\s+kabinet|wij)\b")
NEGATION_RE = re.compile(r"\b(?:niet|geen)\b")
USED_TO_INFORM_RE = re.compile(r"\b(?:benut|gebruikt?)\w*\s+om\b")  # "wordt benut om ... te"


OVER_RE = re.compile(r"\bover\s+(?!(?:de|mijn|zijn)\s+toezegging)(?P<rest>.+)$")
LEADING_OVER_RE = re.compile(
    r"^Over\s+(?P<np>.+?)\s+(?:wordt|worden|is|zijn|zal|zullen|heeft|hebben|kan|informeer|"
    r"bericht|kom)\b"
)
LAST_OVER_RE = re.compile(r"\bover\s+(?P<np>(?:de|het|een|deze|dit|die)\s+[^,;.]+?)\s*[,;.]?$")
TRAILING_VERB_RE = re.compile(
    rf"\s+(?:(?:nader|verder|schriftelijk)\s+)?(?:te\s+)?(?:{INFORM_VERB}|{INFORM_PARTICIPLE}|worden)$"
)
