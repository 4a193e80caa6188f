"""The phrasing tables: every regular expression that recognises commitment and fulfilment text.

Input: nothing at run time; ``commitments`` and ``fulfilments`` apply these patterns to one
sentence at a time (and to the subject text cut from it). Output: named, compiled patterns,
each registered with at least one example sentence it matches (:data:`EXAMPLES`; the tests
check every example). Next stage: ``commitments`` uses them to decide which sentence is a
candidate, ``fulfilments`` which sentence states that a commitment is fulfilled.

How to read and extend. The sections run: building blocks, promises (P1-P6), sentences that
look like a promise but are not, deadlines / debates / vehicles, what is promised (the
subject), and fulfilments. Patterns are case-sensitive unless marked ``re.IGNORECASE`` or
written ``(?i:...)``; ``\\b`` is a word boundary, ``[^;]{0,200}?`` "up to 200 characters, not
past a semicolon". To add a phrasing, add an alternative to the pattern (or a new pattern)
and an example sentence to its ``example(...)`` call. A new *kind* of promise also needs a
confidence in :data:`PATTERN_CONFIDENCE` and a branch in ``commitments._match_commitment``
(the order there decides which pattern wins); a new fulfilment phrasing only needs a row in
:data:`FULFILMENT_RES` (first row that matches wins), but the sentence must contain one of
:data:`FULFILMENT_KEYWORDS`. Then run ``pytest tests/importers/kamerstuk`` and
``manage.py bench_importer`` to see what the change does to precision and recall.
"""

from __future__ import annotations

import re

from .dates import DAY, MONTH, SINGLE_DATE_RE, YEAR

#: Every pattern below with the sentences it must match (checked by the tests).
EXAMPLES: dict[re.Pattern[str], tuple[str, ...]] = {}


def example(pattern: re.Pattern[str], *sentences: str) -> re.Pattern[str]:
    """Register ``sentences`` as examples that ``pattern`` matches; return the pattern."""
    EXAMPLES[pattern] = EXAMPLES.get(pattern, ()) + sentences
    return pattern


# ============================================================================================
# Building blocks (pieces of regular expression, reused below)
# ============================================================================================

# The Kamer as addressee: "uw Kamer", "de Kamer", "de Kamer der Staten-Generaal".
KAMER = r"(?:[Uu]w\s+[Kk]amer|[Dd]e\s+Kamer)\b(?:\s+der\s+Staten-Generaal)?"
# ... or simply "u" (letters address the Kamer as "u").
KAMER_OR_U = rf"(?:{KAMER}|\bu\b)"
# The government as grammatical subject: "ik", "wij", "het kabinet".
GOV = r"(?:[Ii]k|[Ww]ij|[Hh]et\s+kabinet)"
# Verbs (infinitive) for informing the Kamer or sending it something: "informeren",
# "doen toekomen", "op de hoogte houden", "verslag uitbrengen", ...
INFORM_VERB = (
    r"(?:informeren|berichten|inlichten|rapporteren|terugkoppelen|toesturen|toezenden|sturen|"
    r"zenden|doen\s+toekomen|toekomen|voorleggen|aanbieden|verstrekken|"
    r"op\s+de\s+hoogte\s+(?:stellen|houden|brengen)|verslag\s+(?:doen|uitbrengen))"
)
# The "te"-infinitive of those verbs: a separable verb puts "te" inside ("aan te bieden",
# "toe te zenden", "op de hoogte te stellen").
TE_INFORM_VERB = (
    rf"(?:\bte\s+(?:kunnen\s+)?{INFORM_VERB}|\b(?:aan|toe|voor|terug|in)\s+te\s+"
    r"(?:kunnen\s+)?(?:bieden|sturen|zenden|leggen|koppelen|lichten)|"
    r"\bop\s+de\s+hoogte\s+te\s+(?:stellen|houden|brengen))\b"
)
# The same as past participles, for the passive: "geïnformeerd", "op de hoogte gehouden", ...
INFORM_PARTICIPLE = (
    r"(?:ge[iï]nformeerd|bericht|ingelicht|op\s+de\s+hoogte\s+(?:gesteld|gehouden|gebracht)|"
    r"toegezonden|toegestuurd|gerapporteerd)"
)

KAMER_RE = example(
    re.compile(KAMER),
    "Ik zal uw Kamer hierover in het najaar van 2026 nader berichten.",
    "Over de uitkomsten van dit onderzoek zal ik uw kamer op korte termijn informeren.",
)
KAMER_OR_U_RE = example(
    re.compile(KAMER_OR_U),
    "Ik zal u de brief zo spoedig mogelijk doen toekomen.",
)
# A sentence that names neither "Kamer" nor "u" nor "terug..." nor a future "zal"/"zullen"
# (a promise about the content of a coming document need not name the Kamer) is never a
# commitment candidate: a fast first filter; a new promise pattern must fit through it.
ADDRESSEE_OR_RETURN_RE = example(
    re.compile(r"\b(?:u|terug\w*|[Kk]amer|zal|zullen|zegt)\b"),
    "Ik kom hierop terug in de eerstvolgende Staat van de Unie-brief.",
    "In die brief zal ik ingaan op de motie van het lid Knops over dat onderwerp.",
)
# ... of which these name the addressee (or "terug"): without them only the promises that
# need no addressee are tried.
ADDRESSEE_RE = example(
    re.compile(r"\b(?:u|terug\w*)\b"),
    "Ik zal u de brief zo spoedig mogelijk doen toekomen.",
)
# The government as subject, any case ("Wij zijn voornemens", "wij zijn voornemens").
GOV_ANY_CASE = r"(?i:ik|wij|het\s+kabinet)"
# A document that will reach the Kamer, named by its kind; compounds count
# ("hoofdlijnenbrief", "voortgangsrapportage", "Geannoteerde Agenda").
# (One word, then its ending checked by look-behinds: no backtracking into the word.)
DOCUMENT_NOUN = (
    r"[\w-]+(?:"
    + "|".join(
        f"(?<={ending})"
        for ending in (
            "brief",
            "Brief",
            "agenda",
            "Agenda",
            "verslag",
            "rapportage",
            "nota",
            "notitie",
            "reactie",
            "beantwoording",
            "overzicht",
        )
    )
    + ")"
)
# What a coming document will do with a subject: "ingaan op", "een verslag opnemen", ...
CONTENT_VERB = (
    r"(?:ingaan|opnemen|toelichten|betrekken|schetsen|uiteenzetten|aandacht\s+besteden|"
    r"terugkomen|rapporteren|informeren|melden|meenemen)"
)


# ============================================================================================
# Promises: the government will inform the Kamer (P1-P6, strongest first)
# ============================================================================================

# P1 future with a modal verb; the Kamer is named between the modal and the verb, or just
# before the modal. ``gap`` is checked for a negation ("zal uw Kamer niet ... informeren").
MODAL_INFORM_RE = example(
    re.compile(rf"\b(?:zal|zullen)\b(?P<gap>[^;]{{0,200}}?)\b{INFORM_VERB}\b"),
    "Ik zal uw Kamer hierover in het najaar van 2026 nader berichten.",
    "Het kabinet zal daarover voor de NAVO-top een standpunt innemen en uw Kamer hierover "
    "informeren.",
    "Het kabinet zal uw Kamer op de hoogte stellen zodra meer concreets te melden is.",
)
# P2 future or standing passive, four word orders.
PASSIVE_INFORM_RES = (
    example(
        re.compile(
            rf"\b(?:wordt|worden)\s+(?:[^;]{{0,60}}?\s)?{KAMER}[^;]{{0,200}}?\b{INFORM_PARTICIPLE}"
        ),
        "Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover "
        "geïnformeerd.",
    ),
    example(
        re.compile(rf"{KAMER}\s+(?:wordt|zal)\b[^;]{{0,200}}?\b{INFORM_PARTICIPLE}"),
        "De Kamer wordt voor 1 juni 2025 geïnformeerd over de uitkomst van de gesprekken.",
    ),
    example(
        re.compile(rf"\b(?:zal|zullen)\s+{KAMER}[^;]{{0,200}}?\bworden\s+{INFORM_PARTICIPLE}"),
        "Na de zomer zal uw Kamer over de uitkomsten worden geïnformeerd.",
    ),
    example(
        re.compile(rf"\bwordt\s+u\b[^;]{{0,160}}?\b{INFORM_PARTICIPLE}"),
        "Voor de zomer wordt u nader geïnformeerd over de evaluatie.",
    ),
)
# P3 the explicit promise "toezeggen", in either word order; the Kamer (or "u") must also be
# named somewhere in the sentence.
TOEZEGGEN_RE = example(
    re.compile(
        rf"\b(?:{GOV}\s+(?:zeg|zeggen|zegt)|(?:[Zz]eg|[Zz]eggen)\s+(?:ik|wij)|"
        r"[Zz]egt\s+het\s+kabinet)\b(?:\s+[^;]{0,60}?)?\s+toe\b"
    ),
    "Ik zeg toe uw Kamer uiterlijk 1 oktober 2025 te berichten over de besteding van de "
    "middelen voor 2026.",
    "Graag zeg ik uw Kamer toe de resultaten te delen.",
)
# P4 present tense; counts only with a deadline or a vehicle ("in de voortgangsbrief"), since
# "informeer ik uw Kamer" alone usually means this letter.
PRESENT_INFORM_RE = example(
    re.compile(
        rf"\b(?:(?:informeer|informeert|informeren|bericht|berichten|stuur|stuurt|zend|zendt)\s+"
        rf"(?:ik|wij|het\s+kabinet)\s+{KAMER_OR_U}|{GOV}\s+"
        rf"(?:informeer|informeert|informeren|bericht|stuur|stuurt)\s+{KAMER_OR_U})"
    ),
    "Over de verdere uitwerking van dit programma informeer ik uw Kamer in de voortgangsbrief "
    "die voor het zomerreces verschijnt.",
    "Voor 1 maart 2026 stuur ik uw Kamer de eerste jaarrapportage.",
)
# P5 the Kamer receives something; like P4 only with a deadline or a vehicle.
RECEIVE_RE = example(
    re.compile(rf"{KAMER}\s+ontvangt\b|\bontvangt\s+{KAMER}"),
    "Uw Kamer ontvangt de eindevaluatie voor 1 juli 2026.",
)
# P6 (weak) the government will come back to it.
RETURN_TO_RE = example(
    re.compile(
        r"\b(?:(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hier|daar)\s*op\s+terug|"
        rf"{GOV}\s+(?:kom|komt|komen)\s+(?:hier|daar)(?:\s*op\b|\b[^;]{{0,80}}?\bop)\s+terug|"
        r"(?:hier|daar)\s*op\s+terugkomen)\b"
    ),
    "Ik kom hierop terug in de eerstvolgende Staat van de Unie-brief.",
    "Het kabinet komt hier in het najaar op terug.",
)

# P7 a promise about the content or form of a coming document (C4); the Kamer need not be
# named. The document is "de/die/het ..." but never "deze/dit" (that is this document, N4).
CONTENT_PROMISE_RES = (
    example(
        re.compile(
            rf"\b[Ii]n\s+(?:de|het|die|dat|een|mijn|onze)\s+(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b"
            rf"[^;]{{0,160}}?\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b[^;]{{0,160}}?\b{CONTENT_VERB}\b"
        ),
        "In de geannoteerde agenda voor de Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal "
        "ik een verslag opnemen van deze telefonische Eurogroep.",
        "In die brief zal ik ingaan op de motie van het lid Knops over dat onderwerp.",
    ),
    example(
        re.compile(
            rf"\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b[^;]{{0,120}}?\b(?:in|via)\s+(?:de|het)\s+"
            rf"(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b[^;]{{0,160}}?\b{CONTENT_VERB}\b"
        ),
        "Voortaan zal ik in de aanloop naar een Eurogroep vooraf in de Geannoteerde Agenda "
        "ingaan op mijn voorgenomen aanwezigheid.",
    ),
)
# P8 "kunt u de brief in januari tegemoet zien": the Kamer may expect a deliverable.
AWAIT_RE = example(
    re.compile(
        rf"\b(?:kunt|kan|mag)\s+(?:u|{KAMER})\b[^;]{{0,150}}?\btegemoet\s+zien\b|"
        rf"(?:\bu|{KAMER})\s+(?:kunt|kan|mag)\b[^;]{{0,150}}?\btegemoet\s+zien\b"
    ),
    "In verband hiermee kunt u de brief in januari tegemoet zien.",
    "Uw Kamer kan het wetsvoorstel voor de zomer tegemoet zien.",
)
# P9 an intent verb with the Kamer as addressee and an informing verb (C1): "Wij zijn
# voornemens u in het najaar nader te berichten", "Ik streef ernaar uw Kamer ... te informeren".
INTENT_INFORM_RE = example(
    re.compile(
        rf"\b(?:(?:ben|zijn|is)\s+{GOV_ANY_CASE}\s+(?:voornemens|van\s+plan)|"
        rf"{GOV_ANY_CASE}\s+(?:ben|zijn|is)\s+(?:voornemens|van\s+plan)|"
        rf"(?i:streef|streven|streeft)\b(?:\s+{GOV_ANY_CASE})?(?:\s+er\s*naar)?|"
        rf"{GOV_ANY_CASE}\s+(?:streef|streven|streeft|verwacht|verwachten)|"
        rf"(?i:verwacht|verwachten)\s+{GOV_ANY_CASE})\b"
        rf"[^;]{{0,80}}?{KAMER_OR_U}[^;]{{0,160}}?{TE_INFORM_VERB}"
    ),
    "Wij zijn voornemens u in het najaar nader te berichten.",
    "De minister van Economische Zaken en ik streven ernaar de Kamer deze begin april 2010 aan "
    "te bieden.",
    "Ik streef ernaar uw Kamer over de uitkomsten uiterlijk in het eerste kwartaal van 2026 "
    "te informeren.",
)
# P10 the register's own form: "De minister zegt de Kamer toe ..." (third person).
THIRD_PERSON_TOEZEGGEN_RE = example(
    re.compile(
        r"\b(?:[Dd]e\s+)?(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Bb]ewindspersoon)"
        rf"\b[^;.]{{0,80}}?\bzegt\s+(?:{KAMER}\s+)?(?:[^;]{{0,80}}?\s)?toe\b"
    ),
    "De minister van Justitie en Veiligheid zegt de Kamer toe voor de zomer een brief te "
    "sturen over de capaciteit van de politie.",
)

#: Words without which P7-P10 cannot match: checked first, as plain substrings, because those
#: patterns are the slow ones.
PROMISE_GUARDS = {
    "content_promise": ("zal", "zullen"),
    "await": ("tegemoet",),
    "intent_inform": ("voornemens", "van plan", "streef", "streeft", "streven", "verwacht"),
    "third_person_toezeggen": ("zegt",),
}

#: Confidence of a candidate per promise pattern (+0.05 with a debate, +0.03 with a deadline).
PATTERN_CONFIDENCE = {
    "toezeggen": 0.95,
    "content_promise": 0.85,
    "await": 0.85,
    "intent_inform": 0.85,
    "modal_inform": 0.9,
    "passive_inform": 0.85,
    "present_with_deadline": 0.75,
    "receive": 0.7,
    "return_to": 0.6,
    "third_person_toezeggen": 0.9,
}
#: Confidence of a toezegging from the chair's closing list of a debate (the chair has
#: already decided it is one).
LISTED_CONFIDENCE = 0.95


# ============================================================================================
# Looks like a promise, but is not
# ============================================================================================

# The sentence informs *now* (this letter), so it is no promise.
PRESENT_MARKER_RE = example(
    re.compile(
        # "in verband hiermee" (= therefore) does not inform now
        r"\b(?:hierbij|(?<!verband )hiermee|bij\s+dezen?|(?:met|via|in|middels)\s+(?:deze|dit)\s+"
        r"(?:geannoteerde\s+agenda|[\w-]*(?:brief|verslag|agenda|nota|rapportage|notitie|"
        r"overzicht))|benut\w*\s+om|"
        r"gebruik\w*\s+om|thans|onderstaand\w*|hieronder)\b",
        re.IGNORECASE,
    ),
    "Hierbij informeer ik uw Kamer over de uitkomsten van de Raad.",
    "Met deze brief wordt uw Kamer geïnformeerd over de stand van zaken.",
    "In deze hoofdlijnenbrief wordt uw Kamer geïnformeerd over het tijdspad.",
)
# Routine reporting ("zoals gebruikelijk via het verslag") is standard procedure, not a promise.
ROUTINE_RE = example(
    re.compile(r"\b(?:zoals\s+gebruikelijk|gebruikelijk(?:erwijs)?|zoals\s+altijd)\b", re.I),
    "Uw Kamer wordt zoals gebruikelijk via het verslag geïnformeerd over de uitkomsten.",
)
# A question or request by the Kamer, not a promise by the government...
REQUEST_RE = example(
    re.compile(
        r"\b(?:vragen|vraagt|vroegen|vroeg|verzoeken|verzoekt|verzocht|verzoek)\b"
        r"[^;]{0,80}\b(?:of|om)\b"
    ),
    "Het lid Klaver vroeg of het kabinet de Kamer hierover wil informeren.",
)
# ... unless the government answers it with a future promise in the same sentence.
GOV_FUTURE_RE = example(
    re.compile(r"\b(?:zal|zullen)\s+(?:ik|het\s+kabinet|wij)\b"),
    "Op verzoek van het lid Klaver om een overzicht zal ik uw Kamer voor de zomer informeren.",
)
# A negated promise ("zal uw Kamer niet informeren") is none.
NEGATION_RE = example(
    re.compile(r"\b(?:niet|geen)\b"),
    "Het kabinet zal uw Kamer daarover niet afzonderlijk informeren.",
)
# "wordt benut om ... te informeren": this document is used to inform, now.
USED_TO_INFORM_RE = example(
    re.compile(r"\b(?:benut|gebruikt?)\w*\s+om\b"),
    "Deze brief wordt benut om uw Kamer te informeren over de stand van zaken.",
)


# ============================================================================================
# Deadlines, debates and vehicles
# ============================================================================================

# Deadline expressions, most specific first: the first kind that matches wins (earliest
# match on ties). Only "date" gives a calendar date; the others keep the text as written.
DEADLINE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        example(
            re.compile(
                rf"\b(?i:vóór|voor|uiterlijk(?:\s+op)?|niet\s+later\s+dan|na|per)\s+"
                rf"(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
            ),
            "Uw Kamer ontvangt de eindevaluatie voor 1 juli 2026.",
            "Ik zeg toe uw Kamer uiterlijk 1 oktober 2025 te berichten.",
        ),
    ),
    (
        "before_event",
        example(
            re.compile(
                r"\b(?i:voorafgaand)\s+aan\s+.+?(?=\s+(?:nader|over|te|uw|u|hierover|daarover|"
                r"ge[iï]nformeerd|informeren|berichten|worden|wordt|de\s+Kamer)\b|[,;.]|$)"
            ),
            "Uw Kamer wordt voorafgaand aan de inzet van de Force Protection in NMI nader "
            "geïnformeerd over de veiligheidssituatie.",
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
                r"\b(?i:vóór|voor|na)\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:top|Top|raad|"
                r"Raad|debat|reces|zomer|winter|kerst|behandeling|nota|Nota|verkiezingen|"
                r"bijeenkomst|vergadering|stemmingen|jaarwisseling|zomerreces|kerstreces)\b"
                r"(?:\s+[A-Z][\w-]*)*"
                rf"(?:\s+(?:van|op|in)\s+(?:(?:{DAY}\s+)?{MONTH}(?:\s+{YEAR})?|{YEAR}))?"
                r"|\b(?i:vóór|voor|na)\s+Prinsjesdag\b"
            ),
            "Ik zal uw Kamer voor de zomer informeren over de uitkomsten van de evaluatie.",
            "Ik zal uw Kamer voor de Europese Raad van oktober een appreciatie toesturen.",
            "Het kabinet informeert uw Kamer voor Prinsjesdag.",
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
                r"(?:deze|komende)\s+(?:zomer|herfst|winter|maand))\b"
            ),
            "Ik zal u de brief zo spoedig mogelijk doen toekomen.",
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
                r"\b(?i:binnen)\s+(?:een|één|twee|drie|vier|zes|acht|\d+)\s+"
                r"(?:dag|dagen|week|weken|maand|maanden)\b"
            ),
            "De staatssecretaris stuurt de brief binnen een week aan de Kamer.",
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
        r"\b(?:in|via|met)\s+(?:de|het)\s+(?:(?:eerstvolgende|volgende|komende|jaarlijkse|"
        r"halfjaarlijkse|periodieke|reguliere)\s+)?(?:[\w-]+\s+){0,4}?[\w-]*"
        r"(?:brief|rapportage|verslag|nota|overzicht)\b"
    ),
    "Over de verdere uitwerking informeer ik uw Kamer in de voortgangsbrief.",
    "Ik informeer uw Kamer in de eerstvolgende voortgangsrapportage militaire mobiliteit.",
)
# ... unless it is this one ("in deze brief"). Matched against the vehicle text.
SELF_REFERENCE_RE = example(re.compile(r"\b(?:deze|dit)\b"), "in deze brief")


# ============================================================================================
# What is promised (the subject of a candidate)
# ============================================================================================

# "over ..." after the Kamer: the usual subject. Not "over de toezegging" (that is a
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


# ============================================================================================
# Fulfilments: this document does what was promised
# ============================================================================================

# Every fulfilment phrasing names the commitment; a sentence without one of these is skipped.
FULFILMENT_KEYWORDS = ("toeze", "toegezegd")

# Fulfilment statements, first row that matches wins.
FULFILMENT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "informs_about_commitment",
        example(
            re.compile(
                r"\b(?:(?:informeer|informeert|informeren)\s+(?:ik|wij|het\s+kabinet)\s+"
                r"(?:u|uw\s+Kamer)|"
                rf"{GOV}\s+(?:informeer|informeert|informeren)\s+(?:u|uw\s+Kamer))"
                r"\b[^;]{0,80}?\bover\s+(?:de|mijn|zijn|onze)\s+toezegging|"
                # "Met deze brief informeer ik u over de uitvoering van diverse aangenomen
                # moties en toezeggingen": this document reports on the promises themselves.
                r"\b(?:informeer|informeert|informeren)\s+(?:ik|wij|het\s+kabinet)\s+(?:u|uw\s+"
                r"Kamer)\s+over\s+de\s+(?:uitvoering|voortgang|stand\s+van\s+zaken|afhandeling)"
                r"\s+van\s+(?:de\s+|diverse\s+|enkele\s+|een\s+aantal\s+|verschillende\s+|"
                r"openstaande\s+)*(?:[\w-]+\s+){0,4}?toezegging"
            ),
            "Tevens informeert het kabinet u via dit verslag over de toezegging om uw Kamer "
            "nader te informeren over de vraag welke NAVO-lidstaat als contactpunt fungeert.",
            "Met deze brief informeer ik u over de uitvoering van diverse aangenomen moties en "
            "toezeggingen die betrekking hebben op het primair en voortgezet onderwijs.",
        ),
    ),
    (
        "gestand",
        example(
            re.compile(
                r"\b(?:doe|doet|doen)\b[^;]{0,60}?\btoezegging\w*\b[^;]{0,250}?\bgestand\b|"
                r"\btoezegging\w*\s+(?:doe|doet|doen)\s+(?:ik|wij|het\s+kabinet)\b[^;]{0,60}?"
                r"\bgestand\b"
            ),
            "Hiermee doe ik de toezegging gestand om uw Kamer te informeren over de evaluatie.",
            "Deze toezegging doe ik hierbij gestand.",
        ),
    ),
    (
        "voldaan",
        example(
            re.compile(r"\bvoldaan\s+aan\s+(?:de|mijn|zijn|onze|een)\s+(?:\w+\s+)?toezegging"),
            "Hiermee wordt voldaan aan de toezegging, gedaan tijdens het commissiedebat Raad "
            "Buitenlandse Zaken van 19 maart jl., om uw Kamer te informeren.",
        ),
    ),
    (
        "invulling",
        example(
            re.compile(
                r"\b(?:invulling|uitvoering|gevolg)\s+(?:gegeven\s+|ge\w+\s+)?(?:aan|van)\s+"
                r"(?:de|mijn|zijn|onze)\s+(?:\w+\s+)?toezegging"
            ),
            "Met dit verslag wordt tevens invulling gegeven aan de toezegging aan het lid "
            "Klaver om uw Kamer te informeren over de Nederlandse inbreng.",
        ),
    ),
    (
        "kom_na",
        example(
            re.compile(
                r"\b(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hiermee\s+|hierbij\s+|"
                r"met\s+deze\s+brief\s+)?(?:(?:terug\s+op|tegemoet\s+aan)\s+(?:de|mijn|zijn|"
                r"onze|enkele|een\s+aantal|diverse|verschillende|twee|drie|vier|alle)\s+"
                r"(?:\w+\s+)?toezegging|(?:de|mijn|zijn)\s+toezegging\b[^;]{0,200}?\bna\b)"
            ),
            "Hiermee kom ik mijn toezegging na om uw Kamer te informeren over de evaluatie.",
            "Met deze brief ontvangt u een overzicht van ontwikkelingen rondom PFAS, en komen wij "
            "tegemoet aan enkele toezeggingen en moties.",
            "Met deze brief kom ik terug op de toezegging over de inzet van de marine.",
        ),
    ),
    (
        "ga_in_op",
        example(
            re.compile(
                r"\b(?:ga|gaat|gaan)\s+(?:ik|wij|het\s+kabinet)\s+(?:[^;]{0,40}?\s)?in\s+op\s+"
                r"(?:de|mijn|zijn)\s+toezegging"
            ),
            "In deze brief ga ik tevens in op de toezegging over de exportvergunningen.",
        ),
    ),
)
# A "gestand" row with "zal", "heeft", ... is a promise or a past fulfilment, not this one.
GESTAND_NOT_NOW_RE = example(
    re.compile(r"\b(?:zal|zullen|heeft|hebben)\b"),
    "Ik zal de toezegging in het voorjaar gestand doen.",
)
# "Zoals toegezegd ..." counts as a fulfilment only when the sentence also informs now
# (PRESENT_MARKER_RE) with a present-tense verb (INFORM_NOW_RE).
AS_PROMISED_RE = example(
    re.compile(
        r"\b[Zz]oals\s+(?:(?:ik|wij|het\s+kabinet)\s+(?:[^,;.]{0,60}?\s)?)?"
        r"(?:heeft\s+|heb\s+|hebben\s+|is\s+)?toegezegd\b"
    ),
    "Zoals toegezegd tijdens het plenaire debat over de NAVO-top op 12 maart jl., informeer "
    "ik uw Kamer hierbij over de Nederlandse inzet.",
    "Zoals ik u bij verschillende gelegenheden heb toegezegd, informeer ik u hierbij over de "
    "voortgang.",
    "Graag informeer ik uw Kamer in deze hoofdlijnenbrief over de Europawet en het "
    "bijbehorende tijdspad, zoals toegezegd tijdens het Commissiedebat EU-informatievoorziening "
    "van 10 februari jl.",
)
INFORM_NOW_RE = example(
    re.compile(
        r"\b(?:informeer|informeert|bericht|stuur|zend|bied)\s+(?:ik|wij|het\s+kabinet)\b|"
        r"\b(?:treft|vindt|ontvangt)\s+u\b"
    ),
    "Zoals toegezegd informeer ik uw Kamer hierbij over de Nederlandse inzet.",
    "Zoals toegezegd treft u hierbij het rapport aan.",
)

# F2: a sentence that reports an earlier promise ("In de brief is toegezegd dat ...", "Wij
# hebben toegezegd ...") ...
PROMISE_REPORT_RE = example(
    re.compile(
        r"\b(?:is|werd|heb|hebben|heeft)\b[^.;]{0,160}?\btoegezegd\b|"
        r"\btoegezegd\b[^.;]{0,40}\b(?:dat|om)\b"
    ),
    "In de brief is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden "
    "geïnformeerd over de voortgang van de maatregelen.",
    "Tijdens deze behandeling heb ik u een brief toegezegd over het fraudebegrip.",
)
# ... followed by one saying that this document delivers now ("ontvangt u deze brief nu",
# "In deze brief geven we een overzicht"): both are one fulfilment statement.
DELIVERY_NOW_RE = example(
    re.compile(
        r"\b(?:ontvangt|treft|vindt)\s+u\b[^.;]{0,60}?\b(?:deze|dit|hierbij|bijgaand|nu)\b|"
        r"\b(?:[Ii]n|[Mm]et)\s+(?:deze|dit)\s+[\w-]*(?:brief|verslag|rapportage|notitie)\s+"
        r"(?:geef|geven|informeer|informeren|ga|gaan|bied|bieden|treft|vindt)\b|"
        r"\bdoe\w*\b[^.;]{0,40}\bhierbij\s+gestand\b"
    ),
    "In verband met de kabinetswisseling ontvangt u deze brief nu.",
    "In deze brief geven we een overzicht van de stand van zaken.",
)

# The subject of a fulfilment statement: what follows "toezegging" ...
TOEZEGGING_TAIL_RE = example(
    re.compile(r"\btoezegging\w*\b(?P<rest>.*)$"),
    "Hiermee doe ik de toezegging gestand om uw Kamer te informeren over de evaluatie.",
)
# ... from its "om ..." clause when there is one ...
OM_CLAUSE_RE = example(
    re.compile(r"(?:^|\s|,)om\s+(?P<what>.+)$"),
    " gestand om uw Kamer te informeren over de evaluatie.",
)
# ... else without "gedaan tijdens het commissiedebat ...," ...
MADE_IN_DEBATE_RE = example(
    re.compile(r"^\s*,?\s*gedaan\s+(?:tijdens|in|bij)\s+[^,]*,?"),
    ", gedaan tijdens het commissiedebat NAVO op 5 februari jl., over de bijdrage",
)
# ... and without a leading "over", "dat" or "te" ...
LEADING_LINK_WORD_RE = example(
    re.compile(r"^\s*(?:over|dat|te)\s+"),
    " over de Nederlandse bijdrage",
)
# ... and, in either case, without the closing "gestand" or "na".
TRAILING_GESTAND_RE = example(
    re.compile(r"\s+(?:gestand|na)\s*\.?$"),
    "om uw Kamer te informeren over de evaluatie gestand.",
)


# ============================================================================================
# Debates: speakers and the chair's closing list of toezeggingen
# ============================================================================================

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
        r"VERSLAG VAN EEN (?:COMMISSIEDEBAT|ALGEMEEN OVERLEG|NOTAOVERLEG|WETGEVINGSOVERLEG)",
        re.MULTILINE,
    ),
    "Aan de orde is het debat naar aanleiding van een algemeen overleg over wegtunnels.",
    "Nr. 73 VERSLAG VAN EEN COMMISSIEDEBAT",
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
