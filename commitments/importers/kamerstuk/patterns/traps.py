"""Sentences that look like a promise but are not: this letter informs now, routine
reporting, the Kamer's own requests, negations. A match here vetoes a candidate.
"""

from __future__ import annotations

import re

from .blocks import example

# The sentence informs *now* (this letter), so it is no promise.
PRESENT_MARKER_RE = example(
    re.compile(
        # "in verband hiermee" (= therefore) does not inform now
        r"\b(?:hierbij|(?<!verband )hiermee|bij\s+dezen?|(?:met|via|in|middels|door\s+middel\s+van)"
        r"\s+(?:deze|dit)\s+"
        r"(?:geannoteerde\s+agenda|[\w-]*(?:brief|verslag|agenda|nota|rapportage|notitie|"
        r"overzicht))|benut\w*\s+om|"
        # a numbered part of this letter: "In paragraaf 4 wordt u geïnformeerd over …"
        r"in\s+(?:paragraaf|hoofdstuk|onderdeel|bijlage)\s+\d+(?!\s+van\s+de\s+(?:volgende|"
        r"komende))|"
        # sent at the same time as this letter: "Parallel aan deze brief ontvangt u …"
        r"(?:parallel\s+aan|gelijktijdig\s+met|tegelijk(?:ertijd)?\s+met)\s+(?:deze|dit)\s+"
        r"[\w-]*(?:brief|verslag|nota|rapportage|notitie)|"
        r"gebruik\w*\s+om|thans|onderstaand\w*|hieronder|bijgaand\w*|bijgevoegd\w*|"
        # "informeer ik u als volgt": the information follows, here
        r"als\s+volgt)\b",
        re.IGNORECASE,
    ),
    "Hierbij informeer ik uw Kamer over de uitkomsten van de Raad.",
    "Met deze brief wordt uw Kamer geïnformeerd over de stand van zaken.",
    "In deze hoofdlijnenbrief wordt uw Kamer geïnformeerd over het tijdspad.",
    "Bijgaand ontvangt u het verslag van de Raad van 3 maart.",
    "Parallel aan deze brief ontvangt u van de Minister een separate brief.",
    "In paragraaf 4 wordt u geïnformeerd over de stand van zaken van de moties.",
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
# The dictum of a motie ("Verzoekt de regering ...", "Roept de regering op ... de Kamer daar voor
# 1 december over te berichten", "draagt het kabinet op"): the Kamer asks (N6), in any tense of
# the sentence around it.
MOTION_DICTUM_RE = example(
    re.compile(
        r"\b(?:[Vv]erzoekt|[Vv]erzoeken|[Rr]oept|[Rr]oepen|[Dd]raagt|[Dd]ragen)\s+"
        r"(?:de\s+regering|het\s+kabinet)\b"
    ),
    "Roept de regering op in overleg met gemeenten te werken aan de uitwerking van het "
    "actieplan en de Kamer daar voor 1 december over te berichten.",
    "verzoekt de regering, de Kamer voor de zomer te informeren over de uitkomsten,",
)
# ... unless the government answers it with a future promise in the same sentence.
GOV_FUTURE_RE = example(
    re.compile(
        r"\b(?:zal|zullen)\s+(?:ik|het\s+kabinet|wij)\b|"
        # the intent: "Over de motie …, die vraagt om …, streef ik ernaar u … te informeren"
        r"\b(?:streef|streven)\s+(?:ik|wij|het\s+kabinet)\s+er\s*naar\b|"
        r"\b(?:ben|zijn|is)\s+(?:ik|wij|het\s+kabinet)\s+voornemens\b"
    ),
    "Op verzoek van het lid Klaver om een overzicht zal ik uw Kamer voor de zomer informeren.",
    "Over de motie die vraagt om jaarlijkse doelstellingen streef ik ernaar u in 2026 nader te "
    "informeren.",
)
# The letter's own order of contents, in the future: "Allereerst zal ik u informeren rondom het
# niet-gebruik van toeslagen", "Daarna zal ik u meenemen in …" (N4; read only without a time or
# a coming document, and only in a letter).
LETTER_ORDER_RE = example(
    re.compile(
        r"^\s*(?:Allereerst|Eerst|Ten\s+eerste|Als\s+eerste|Vervolgens|Daarna|Daaropvolgend|"
        r"Ten\s+tweede|Ten\s+derde|Tot\s+slot|Ten\s+slotte|Tenslotte|Afsluitend)\s*,?\s+"
        r"(?:zal|zullen)\s+(?:ik|wij|we)\b"
    ),
    "Allereerst zal ik u informeren rondom het niet-gebruik van toeslagen.",
)
# A negated promise ("zal uw Kamer niet informeren") is none.
# A correction is no negation: "niet in april maar zo snel mogelijk daarna", "niet alleen …
# maar ook" still promise the thing.
NEGATION_RE = example(
    re.compile(r"\b(?:niet|geen)\b(?!\s+alleen\b)(?![^;.,]{0,60}?\bmaar\b)"),
    "Het kabinet zal uw Kamer daarover niet afzonderlijk informeren.",
)
# Debate procedure: coming back to a point later in the same debate ("daar kom ik zo nog op
# terug", "straks", "in mijn tweede termijn", "in een volgend blok") promises nothing to the
# Kamer beyond the debate (N7).
DEBATE_PROCEDURE_RE = example(
    re.compile(
        r"\b(?:zo\s+(?:nog|meteen|direct|dadelijk|even)|zo(?=\s+(?:op|terug)\b)|straks|dadelijk|"
        r"zometeen|zo\s+meteen|in\s+(?:(?:de|mijn|onze)\s+)?(?:tweede\s+)?termijn|in\s+een\s+volgend\s+"
        r"blok(?:je)?|later\s+in\s+(?:dit|het)\s+debat)\b"
    ),
    "Nou, ik had nog een aantal vragen, maar daar kom ik zo nog op terug.",
    "Daar kom ik in mijn tweede termijn op terug.",
)
# "wordt benut om ... te informeren": this document is used to inform, now.
USED_TO_INFORM_RE = example(
    re.compile(r"\b(?:benut|gebruikt?)\w*\s+om\b"),
    "Deze brief wordt benut om uw Kamer te informeren over de stand van zaken.",
)
# The government's own future act, either word order ("Dat zal ik in een aparte brief … doen",
# "Ik zal u in mei informeren"): a promise still to keep, so no fulfilment now.
GOV_WILL_RE = example(
    re.compile(
        r"\b(?:(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)|(?:ik|wij|we)\s+(?:zal|zullen))\b",
        re.IGNORECASE,
    ),
    "Ter uitvoering van mijn toezegging zal ik u in mei informeren.",
    "Ik zal u voor 1 juni informeren.",
)
# The report of an earlier promise (N5): "heb ik aangegeven dat ik uw Kamer in september de
# visie zal aanbieden" restates what was promised before (an uitstelbrief opens with it); the
# new promise, if any, is said in its own words.
REPORTED_PROMISE_RE = example(
    re.compile(
        # (a citation's "nr. 68" in the clause is no sentence end)
        r"\b(?:heb|hebben|heeft)\b(?:[^.;?]|(?<=\bnr)\.|(?<=\bnrs)\.){0,160}?\b(?:aangegeven|"
        r"toegezegd|gezegd|laten\s+weten|beloofd|gemeld|aangekondigd|meegedeeld|medegedeeld|verteld)\s*,?\s+dat\s+"
        r"(?:ik|wij|we|het\s+kabinet|hij|zij)\b|"
        # "heeft mijn ambtsvoorgangster de toezegging gedaan uw Kamer eind oktober het besluit te
        # zullen doen toekomen": the promise as a noun, reported
        r"\b(?:heb|hebben|heeft)\b[^.;?]{0,120}?\bde\s+toezegging\s+gedaan\b[^.;?]{0,200}?\bte\s+zullen\b|"
        # "Bij brief van 27 november heb ik u bericht over hoe de motie … zal worden uitgevoerd en
        # dat ik Uw Kamer … een notitie zal doen toekomen": the earlier letter's promise, reported
        r"\b(?:heb|hebben)\s+(?:ik|wij)\s+(?:u|[Uu]w\s+Kamer)\s+(?:bericht|gemeld|laten\s+weten)\b"
        # (an abbreviation's dot, "c.s.", "nr.", is no sentence end)
        r"(?:[^.;?]|\.(?=\s*[a-z(\d])){0,300}?\bdat\s+(?:ik|wij|we|het\s+kabinet)\b"
    ),
    "Tijdens de behandeling van het wetsvoorstel op 25 mei jl. heb ik aangegeven dat ik uw Kamer "
    "in september 2011 de kabinetsvisie zal aanbieden.",
    "De Minister van Infrastructuur en Waterstaat heeft in haar brief van 19 juni (Kamerstuk "
    "33 450, nr. 68) aangegeven dat zij uw Kamer op korte termijn zal informeren.",
)
# A present-tense passive opened by a listing adverb ("Daarnaast wordt u geïnformeerd over")
# lists this letter's contents; with a word of periodicity ("wordt periodiek geïnformeerd") it
# is a standing arrangement. Neither is a promise unless something points ahead (below).
STANDING_RE = example(
    re.compile(
        r"\b(?i:periodiek|regelmatig|met\s+(?:grote\s+)?regelmaat|jaarlijks|halfjaarlijks|"
        r"driemaandelijks|maandelijks|"
        r"(?:elk|ieder)\w*\s+(?:jaar|half\s+jaar|kwartaal))\b"
    ),
    "De Kamer wordt periodiek geïnformeerd over de voortgang van het programma.",
    "Ieder jaar voor de zomer wordt uw Kamer geïnformeerd over ontwikkelingen.",
)
LISTING_OR_STANDING_RE = example(
    re.compile(
        r"^(?:Daarnaast|Verder|Voorts|Tevens|Ook|Tot\s+slot|Ten\s+slotte|Allereerst|Ten\s+eerste|"
        rf"Ten\s+tweede|Ten\s+derde|Bovendien)\b|{STANDING_RE.pattern}"
    ),
    "Daarnaast wordt u geïnformeerd over een aantal afgeronde onderzoeken.",
    "De Kamer wordt periodiek geïnformeerd over de voortgang van het programma.",
)
# What points ahead: a deadline (read separately) or one of these.
FUTURE_CUE_RE = example(
    re.compile(
        r"\b(?:zodra|nadat|binnenkort|spoedig|nader|later|te\s+zijner\s+tijd|t\.z\.t|vervolgens|"
        r"op\s+korte\s+termijn|zo\s+snel\s+mogelijk|z\.s\.m|daarna|na\s+afronding|"
        r"(?:in|via|met)\s+een\s+(?:aparte|afzonderlijke|volgende|nieuwe|separate)\s+[\w-]*brief)\b",
        re.IGNORECASE,
    ),
    "Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover "
    "geïnformeerd.",
    "Uw Kamer wordt in een aparte brief geïnformeerd over de uitkomsten.",
)
