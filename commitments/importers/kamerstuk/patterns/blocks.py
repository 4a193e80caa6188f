"""Building blocks: the example registry and the pieces of expression every family reuses.

The Kamer as addressee, the government as subject, the informing verbs (infinitive, "te"
infinitive, participle), the kinds of document that reach the Kamer, and the fast first
filters a sentence must pass before any promise pattern is tried.
"""

from __future__ import annotations

import re

#: Every pattern below with the sentences it must match (checked by the tests).
EXAMPLES: dict[re.Pattern[str], tuple[str, ...]] = {}


def example(pattern: re.Pattern[str], *sentences: str) -> re.Pattern[str]:
    """Register ``sentences`` as examples that ``pattern`` matches; return the pattern."""
    EXAMPLES[pattern] = EXAMPLES.get(pattern, ()) + sentences
    return pattern


# The Kamer as addressee: "uw Kamer", "de Kamer", "de Kamer der Staten-Generaal".
KAMER = (
    # "deze Kamer": a bewindspersoon speaking in the Kamer ("een kort procesbriefje aan deze
    # Kamer sturen")
    # ("het parlement", in lower case: not "het Europees Parlement")
    r"(?:[Uu]w\s+[Kk]amer|[Dd]e\s+Kamer|[Dd]eze\s+Kamer|[Hh]et\s+parlement\b|"
    # "de Tweede Kamer", "de Tweede en Eerste Kamer", "beide Kamers": the same addressee named
    r"[Dd]e\s+(?:Tweede|Eerste)(?:\s+en\s+(?:de\s+)?(?:Tweede|Eerste))?\s+Kamer|beide\s+Kamers|"
    # the abbreviation of a ministry's table of moties and toezeggingen ("De TK wordt hierover
    # in het najaar van 2009 geïnformeerd")
    r"[Dd]e\s+TK)\b"
    r"(?:\s+der\s+Staten-Generaal)?"
)
# ... or simply "u" (letters address the Kamer as "u").
KAMER_OR_U = rf"(?:{KAMER}|\bu\b)"
# The government as grammatical subject: "ik", "wij", "het kabinet".
GOV = r"(?:[Ii]k|[Ww]ij|[Hh]et\s+kabinet)"
# Verbs (infinitive) for informing the Kamer or sending or handing it something: "informeren",
# "doen toekomen", "op de hoogte houden", "verslag uitbrengen", and the verbs of passing on a
# thing ("doorgeleiden", "doorsturen", "leveren"): a promise is any future delivery, not only
# "informeren".
INFORM_VERB = (
    r"(?:informeren|berichten|inlichten|rapporteren|terugkoppelen|toesturen|toezenden|sturen|"
    r"zenden|versturen|verzenden|doen\s+toekomen|toekomen|voorleggen|aanbieden|verstrekken|"
    # "zal u daarna meer duidelijkheid kunnen geven", "zal uw Kamer … inzicht geven in de
    # kosten", "zal uw Kamer … een overzicht geven van", "zal ik u laten weten", "zal ik het plan
    # … aan uw Kamer presenteren", "zal ik u voor 1 juli antwoorden"
    r"(?:meer\s+|nadere\s+|verdere\s+)?(?:duidelijkheid|inzicht)\s+(?:kunnen\s+)?(?:geven|"
    r"verschaffen|bieden)|(?:een\s+)?(?:overzicht|update)\s+(?:kunnen\s+)?(?:geven|bieden|sturen)|"
    r"laten\s+weten|presenteren|antwoorden|"
    r"doorgeleiden|doorsturen|doorzenden|leveren|aanleveren|ter\s+hand\s+stellen|"
    # (the stray "te" of "zal ik uw Kamer … op de hoogte te houden", as printed)
    r"op\s+de\s+hoogte\s+(?:te\s+)?(?:stellen|houden|brengen)|verslag\s+(?:doen|uitbrengen)|"
    # a debate's words: "zal ik u op 22 juni meer kunnen vertellen"
    r"(?:meer|nader)\s+(?:kunnen\s+)?vertellen|kenbaar\s+maken|"
    # "zal u … een beleidsreactie geven op dit advies"; "die u begin volgende week zal toegaan"
    r"[\w-]*reactie\s+geven|toegaan|"
    # "Het volledige beeld kunnen wij de Kamer voor september in het vooruitzicht stellen"
    r"in\s+het\s+vooruitzicht\s+stellen)"
)
# The "te"-infinitive of those verbs: a separable verb puts "te" inside ("aan te bieden",
# "toe te zenden", "door te geleiden", "op de hoogte te stellen").
TE_INFORM_VERB = (
    rf"(?:\bte\s+(?:kunnen\s+)?{INFORM_VERB}|\b(?:aan|toe|voor|terug|in|door)\s+te\s+"
    r"(?:kunnen\s+)?(?:bieden|sturen|zenden|leggen|koppelen|lichten|geleiden|leveren)|"
    # the object inside the infinitive: "uw Kamer … een voorstel te doen", "… inzicht te geven"
    r"\b(?:een\s+)?(?:voorstel|overzicht|inzicht|update|duidelijkheid|stand\s+van\s+zaken)\s+te\s+"
    r"(?:kunnen\s+)?"
    r"(?:doen|geven|bieden|sturen|verschaffen)|\bte\s+laten\s+weten|"
    r"\bop\s+de\s+hoogte\s+te\s+(?:stellen|houden|brengen)|\bkenbaar\s+te\s+maken)\b"
)
# The same as past participles, for the passive: "geïnformeerd", "op de hoogte gehouden", ...
# A whole word: "bericht" is no participle inside "berichten" (a motie's "de Kamer daar voor
# 1 december over te berichten" after "worden weggenomen" is no passive promise). A PDF copy
# may split the participle at the diaeresis ("ge ïnformeerd").
INFORM_PARTICIPLE = (
    r"(?:ge\s?[iï]nformeerd|bericht|ingelicht|op\s+de\s+hoogte\s+(?:gesteld|gehouden|gebracht)|"
    r"toegezonden|toegestuurd|gerapporteerd)(?!\w)"
)
# What is sent to the Kamer, as past participles: "zal u ... worden toegezonden", "zal uw Kamer
# worden aangeboden".
SENT_PARTICIPLE = (
    r"(?:toegezonden|toegestuurd|gezonden|gestuurd|aangeboden|voorgelegd|verstrekt|"
    # "zullen u spoedig nagezonden worden": sent after this letter
    r"overgelegd|nagezonden|nagestuurd)(?!\w)"
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
# nor "betrokken"/"meegenomen" nor "beantwoord..." nor the "volgende" document (a promise
# about the content of a coming document need not name the Kamer: "Zijn overige vragen worden
# betrokken bij het … voortgangsbericht") nor a delivering verb ("een tussentijdse rapportage
# te leveren") is never a commitment candidate: a fast first filter; a new promise pattern
# must fit through it.
ADDRESSEE_OR_RETURN_RE = example(
    re.compile(
        r"\b(?:[Uu]|terug\w*|[Kk]amer|TK|zal|zullen|zegt|betrokken|meegenomen|[Bb]eantwoord\w*|"
        r"(?:eerst)?volgende|komende|(?:aan)?leveren|(?:toe)?sturen|(?:toe)?zenden|"
        # a later delivery without those words: "volgt een verslag", "aan te bieden",
        # "streef naar toezending", "Beantwoording zal plaatsvinden"
        r"volgt|volgen|bieden|toekomen|toezending|aanbieding|oplevering|verzending|"
        # "Ik zeg wel toe dat …", "Begin april kom ik met een beleidsbrief"
        r"zeg|zeggen|toezeggen|toezegging|kom|komen|komt|maak|maken|wil|willen|hoop|meeneem|"
        r"opgenomen|streven|voornemens|bereid|neem|nemen|betrek|versturen|verzenden|verschijnen|"
        r"schuift|schuiven|datum|bedoeling)\b"
    ),
    "Ik kom hierop terug in de eerstvolgende Staat van de Unie-brief.",
    "In die brief zal ik ingaan op de motie van het lid Knops over dat onderwerp.",
)
# ... of which these name the addressee (or "terug"): without them only the promises that
# need no addressee are tried.
ADDRESSEE_RE = example(
    re.compile(r"\b(?:[Uu]|terug\w*|TK)\b"),
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
            "briefje",
            "agenda",
            "Agenda",
            "verslag",
            "rapportage",
            "nota",
            "notitie",
            "reactie",
            "beantwoording",
            "overzicht",
            "visie",
            "standpunt",
        )
    )
    + ")"
)
# What a government "comes with" besides a document: a (bill) proposal or its elaboration
# ("Het kabinet komt in het najaar met een wetsvoorstel").
PROPOSAL_NOUN = r"(?:wetsvoorstel|voorstel|voorstellen|uitwerking)"
# The government's own series of documents to the Kamer, and what such a document will do.
OWN_SERIES = r"[\w-]*(?:brief|rapportage|agenda)(?:s|en)?\b"
DOCUMENT_CONTENT = (
    r"(?:[^;]{0,40}?\s)?(?:zich\s+(?:[^;]{0,30}?\s)?beperken\s+tot|ingaan\s+op|"
    r"bestaan\s+uit|aandacht\s+besteden\s+aan|een\s+overzicht\s+(?:bevatten|geven))\b"
)
# What a coming document will do with a subject: "ingaan op", "een verslag opnemen", ...
CONTENT_VERB = (
    r"(?:ingaan|opnemen|toelichten|betrekken|schetsen|uiteenzetten|aandacht\s+besteden|"
    r"terugkomen|rapporteren|informeren|melden|meenemen)"
)
