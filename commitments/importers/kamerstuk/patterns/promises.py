"""Commitment phrasing: the government will inform the Kamer (P1-P11, strongest first).

Each promise kind here has a confidence in :data:`PATTERN_CONFIDENCE` and a branch in
``commitments._match_commitment`` (the order there decides which pattern wins).
"""

from __future__ import annotations

import re

from .blocks import (
    CONTENT_VERB,
    DOCUMENT_NOUN,
    GOV,
    GOV_ANY_CASE,
    INFORM_PARTICIPLE,
    INFORM_VERB,
    KAMER,
    KAMER_OR_U,
    PROPOSAL_NOUN,
    SENT_PARTICIPLE,
    TE_INFORM_VERB,
    example,
)

# P1 future with a modal verb; the Kamer is named between the modal and the verb, or just
# before the modal. ``gap`` is checked for a negation ("zal uw Kamer niet ... informeren").
MODAL_INFORM_RE = example(
    re.compile(rf"\b(?:zal|zullen)\b(?P<gap>[^;]{{0,200}}?)\b{INFORM_VERB}\b"),
    "Ik zal uw Kamer hierover in het najaar van 2026 nader berichten.",
    "Het kabinet zal daarover voor de NAVO-top een standpunt innemen en uw Kamer hierover "
    "informeren.",
    "Het kabinet zal uw Kamer op de hoogte stellen zodra meer concreets te melden is.",
)
# P1b the same with the Kamer as the recipient just before the verb, after a long object: "Ik
# zal het rapport, samen met de literatuurstudie …, vergezeld van mijn standpunt zo spoedig
# mogelijk daarna maar in ieder geval nog voor de zomer naar de Kamer sturen". The recipient
# next to the verb ("aan/naar de Kamer", "aan u") allows a longer gap than P1.
MODAL_TO_KAMER_RE = example(
    re.compile(
        rf"\b(?:zal|zullen)\b(?P<gap>[^;]{{0,320}}?\b(?:aan|naar)\s+(?:{KAMER}|u\b))\s+"
        rf"{INFORM_VERB}\b"
    ),
    "Ik zal het rapport, samen met de literatuurstudie van RIVM en TNO en de second opinion van "
    "de Commissie van Toezicht, vergezeld van mijn standpunt zo spoedig mogelijk daarna maar in "
    "ieder geval nog voor de zomer naar de Kamer sturen.",
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
        # (a capital "U" opening the sentence is the Kamer addressed)
        re.compile(
            rf"{KAMER}\s+(?:wordt|zal)\b[^;]{{0,200}}?\b{INFORM_PARTICIPLE}|"
            rf"(?:^|(?<=[.:]\s))U\s+(?:wordt|zult)\b[^;]{{0,200}}?\b{INFORM_PARTICIPLE}"
        ),
        "De Kamer wordt voor 1 juni 2025 geïnformeerd over de uitkomst van de gesprekken.",
        "U wordt geïnformeerd over de uitkomsten zodra deze beschikbaar zijn, begin 2014.",
    ),
    example(
        re.compile(rf"\b(?:zal|zullen)\s+{KAMER}[^;]{{0,200}}?\bworden\s+{INFORM_PARTICIPLE}"),
        "Na de zomer zal uw Kamer over de uitkomsten worden geïnformeerd.",
    ),
    # The thing is the subject, the Kamer ("u", "uw Kamer") the indirect object before the
    # passive: "De eindrapportage is voorzien in september 2011 en zal u dan zo snel mogelijk
    # worden toegezonden", "Het rapport zal uw Kamer voor de zomer worden aangeboden". Not "is
    # u toegezonden" (done) nor "wordt u hierbij aangeboden" (now).
    example(
        re.compile(
            rf"\b(?:zal|zullen)\s+(?:[^;]{{0,40}}?\s)?(?:\bu\b|{KAMER})[^;]{{0,120}}?"
            rf"\bworden\s+{SENT_PARTICIPLE}|"
            # the participle before "worden": "zullen u spoedig nagezonden worden"
            rf"\b(?:zal|zullen)\s+(?:[^;]{{0,40}}?\s)?(?:\bu\b|{KAMER})[^;]{{0,120}}?"
            rf"\b{SENT_PARTICIPLE}\s+worden\b"
        ),
        "De eindrapportage is voorzien in september 2011 en zal u dan zo snel mogelijk worden "
        "toegezonden.",
        "Het rapport zal uw Kamer voor de zomer worden aangeboden.",
        "De kabinetsreactie zal u naar verwachting in maart worden gestuurd.",
        "De geconstateerde uitvoeringsaspecten hiervan zullen u spoedig nagezonden worden.",
    ),
    # a coming document described by its way to the Kamer, in a relative clause: "In voornoemde
    # geannoteerde agenda die u begin volgende week zal toegaan, zal daaraan … aandacht worden
    # geschonken" (not "die u vorige week is toegegaan": done)
    example(
        re.compile(
            rf"\b(?:die|dat)\s+(?:u|{KAMER})\s+(?:[^;,]{{0,60}}?\s)?(?:zal|zullen)\s+"
            r"(?:toegaan|toekomen|bereiken)\b|"
            # "… melden dat uw Kamer de inzet van het kabinet … zal toegaan in de geannoteerde
            # agenda": the thing between the Kamer and the verb may be long
            rf"\bdat\s+(?:u|{KAMER})\s+[^;]{{0,200}}?\b(?:zal|zullen)\s+(?:toegaan|toekomen)\b"
        ),
        "In voornoemde geannoteerde agenda die u begin volgende week zal toegaan, zal daaraan "
        "eveneens aandacht worden geschonken.",
        "Wij kunnen u melden dat uw Kamer de inzet van het kabinet ten aanzien van de door dhr. "
        "Slob genoemde voorstellen zal toegaan in de geannoteerde agenda.",
    ),
    # the participle before "worden": "Hierover zal de Tweede Kamer geïnformeerd worden"
    example(
        re.compile(
            rf"\b(?:zal|zullen)\s+(?:[^;]{{0,40}}?\s)?{KAMER}[^;]{{0,160}}?\b{INFORM_PARTICIPLE}"
            r"\s+worden\b"
        ),
        "Hierover zal de Tweede Kamer geïnformeerd worden.",
    ),
    example(
        re.compile(rf"\bwordt\s+u\b[^;]{{0,160}}?\b{INFORM_PARTICIPLE}"),
        "Voor de zomer wordt u nader geïnformeerd over de evaluatie.",
    ),
    # The thing is the subject and goes "aan uw Kamer": "De budgettaire wijzigingen … worden bij
    # Voorjaarsnota en 1e suppletoire begrotingswet aan uw Kamer voorgelegd", "Het rapport wordt
    # na de zomer aan de Kamer toegezonden". Not "is/werd … aangeboden" (done) nor "hierbij".
    example(
        re.compile(
            rf"\b(?:wordt|worden|zal\s+worden|zullen\s+worden)\b[^;]{{0,160}}?\baan\s+{KAMER}\s+"
            r"(?:worden\s+)?(?:voorgelegd|aangeboden|toegezonden|toegestuurd|gezonden|gestuurd)\b"
        ),
        "De budgettaire wijzigingen die plaats zullen vinden als gevolg van deze "
        "ramingsbijstelling op de begroting van 2016 worden bij Voorjaarsnota en 1e "
        "suppletoire begrotingswet aan uw Kamer voorgelegd.",
        "Het eindrapport wordt na de zomer aan uw Kamer toegezonden.",
    ),
    # shared with the Kamer, in the future passive: "Vervolgens zullen de bevindingen met de
    # Kamer worden gedeeld"
    example(
        re.compile(
            rf"\b(?:zal|zullen)\b[^;]{{0,160}}?\bmet\s+{KAMER}\s+"
            r"(?:worden\s+gedeeld|gedeeld\s+worden)\b"
        ),
        "Vervolgens zullen de bevindingen met de Kamer worden gedeeld.",
    ),
)
# P2b the present passive of a send verb, the Kamer the indirect object: "De resultaten en de
# appreciatie worden u begin februari 2014 voorgelegd". A promise only with a time still to
# come (``commitments``): "wordt u hierbij aangeboden" is this letter.
PRESENT_PASSIVE_SENT_RE = example(
    re.compile(
        rf"\b(?:wordt|worden)\s+(?:[^;]{{0,40}}?\s)?(?:\bu\b|{KAMER})\s+[^;]{{0,120}}?"
        rf"\b{SENT_PARTICIPLE}"
    ),
    "De resultaten en de appreciatie worden u begin februari 2014 voorgelegd.",
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
        rf"(?:informeer|informeert|informeren|bericht|stuur|stuurt)\s+{KAMER_OR_U}|"
        # the thing first, the Kamer after "aan" or "met": "zend ik het aan uw Kamer", "deel
        # ik voor de zomer met uw Kamer"
        r"(?:stuur|stuurt|sturen|zend|zendt|zenden|bied|biedt|bieden|deel|deelt|delen)\s+"
        rf"(?:ik|wij|het\s+kabinet)\b[^;]{{0,80}}?\b(?:aan|met)\s+{KAMER}|"
        # "doe ik u ook de reactie van het kabinet … toekomen"
        rf"(?:doe|doen)\s+(?:ik|wij|het\s+kabinet)\s+{KAMER_OR_U}\b[^;]{{0,120}}?\btoekomen|"
        # "Uiterlijk in december breng ik u op de hoogte van de conclusies"
        rf"(?:breng|brengen|stel|stellen)\s+(?:ik|wij|het\s+kabinet)\s+{KAMER_OR_U}\s+"
        r"(?:\w+\s+){0,2}?op\s+de\s+hoogte)"
    ),
    "Over de verdere uitwerking van dit programma informeer ik uw Kamer in de voortgangsbrief "
    "die voor het zomerreces verschijnt.",
    "Voor 1 maart 2026 stuur ik uw Kamer de eerste jaarrapportage.",
    "Zodra het rapport gereed is, zend ik het aan uw Kamer.",
    "De uitkomsten van de evaluatie deel ik voor de zomer met uw Kamer.",
    "Uiterlijk bij het toezenden van de evaluatieopdracht doe ik u ook de reactie van het "
    "kabinet op deze voorlichting toekomen.",
    "Uiterlijk in december breng ik u op de hoogte van de conclusies die ik trek.",
)
# P5 the Kamer receives something; like P4 only with a deadline or a vehicle.
RECEIVE_RE = example(
    re.compile(rf"{KAMER}\s+ontvangt\b|\bontvangt\s+{KAMER}|\b[Uu]\s+ontvangt\b|\bontvangt\s+u\b"),
    "Uw Kamer ontvangt de eindevaluatie voor 1 juli 2026.",
    "De antwoorden op de schriftelijke vragen ontvangt u voor 1 maart.",
    "U ontvangt de rapportage voor 1 juni.",
)
# P6 (weak) the government will come back to it.
RETURN_TO_RE = example(
    re.compile(
        r"\b(?:(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hier|daar)\s*op\s+terug|"
        rf"{GOV}\s+(?:kom|komt|komen)\s+(?:hier|daar)(?:\s*op\b|\b[^;]{{0,80}}?\bop)\s+terug|"
        r"(?:hier|daar)\s*op\s+terugkomen|"
        # fronted, with adverbs before "op": "daar kom ik een keer op terug"
        r"(?:[Hh]ier|[Dd]aar)\s+(?:kom|komt|komen)\s+(?:ik|wij|we|het\s+kabinet)\b[^;.]{0,40}?"
        r"\bop\s+terug|"
        # "wil ik vervolgens in dit najaar bij u terugkomen", "kom ik bij uw Kamer op terug"
        r"(?:wil|wilt|willen|zal|zullen|ga|gaan|kom|komen)\s+(?:ik|wij|we|het\s+kabinet)\b"
        rf"[^;.]{{0,80}}?\bbij\s+{KAMER_OR_U}\s+(?:(?:hier|daar)?\s*op\s+)?terug(?:\s*te)?"
        r"(?:\s*komen)?|"
        # with adverbs or a vehicle between: "kom ik daar graag op terug in de volgende
        # voortgangsrapportage", "We komen daar in de komende voortgangsrapportage, op 22 juni, op
        # terug", "mijn collega komt daar graag bij u op terug", "… en komen daar graag op terug"
        r"(?:kom|komt|komen)\s+(?:ik|wij|we|het\s+kabinet|mijn\s+collega)\s+(?:hier|daar|er)\b"
        r"[^;.]{0,60}?\bop\s+terug|"
        r"(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]et\s+kabinet|[Mm]ijn\s+collega)\s+(?:kom|komt|komen)\s+"
        r"(?:hier|daar|er)\b[^;.]{0,60}?\bop\s+terug|"
        r"\ben\s+(?:kom|komen)\s+(?:hier|daar|er)\s+(?:\w+\s+){0,3}?op\s+terug|"
        # "Op de details kom ik terug in de voortgangsrapportage": the document named
        r"(?:kom|komen)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,3}?terug\s+in\s+(?:de|het|een|mijn|onze)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_NOUN}|[\w-]*rapportage|[\w-]*brief)\b|"
        # the thing fronted with "Op": "Op de aanbevelingen die niet binnen de toekomstvisie
        # passen zal ik separaat terugkomen"
        r"^\s*Op\s+[^;]{0,120}?\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\w+\s+){0,2}?"
        r"terugkomen)\b"
    ),
    "Ik kom hierop terug in de eerstvolgende Staat van de Unie-brief.",
    "Met de uitwerking wil ik vervolgens in dit najaar bij u terugkomen.",
    "Het kabinet komt hier in het najaar op terug.",
    "Op de aanbevelingen die niet binnen de toekomstvisie passen zal ik separaat terugkomen.",
    "Daar kom ik een keer op terug.",
    "Mocht u iets anders bedoelen, dan kom ik daar graag op terug in de volgende "
    "voortgangsrapportage.",
    "We komen daar in de komende voortgangsrapportage, op 22 juni, op terug.",
    "Dat is niet aan mij, maar mijn collega komt daar graag bij u op terug.",
    "Wij gaan daarmee aan de slag en komen daar graag op terug.",
    "Op de details kom ik terug in de voortgangsrapportage.",
)

# P7 a promise about the content or form of a coming document (C4); the Kamer need not be
# named. The document is "de/die/het ..." but never "deze/dit" (that is this document, N4).
CONTENT_PROMISE_RES = (
    example(
        re.compile(
            rf"\b[Ii]n\s+(?:de|het|die|dat|een|mijn|onze|dezelfde|hetzelfde)\s+(?:[\w-]+\s+){{0,4}}?"
            rf"{DOCUMENT_NOUN}\b"
            rf"[^;]{{0,160}}?\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b[^;]{{0,160}}?\b{CONTENT_VERB}\b"
        ),
        "In de geannoteerde agenda voor de Eurogroep en Ecofinraad van 16 en 17 maart 2020 zal "
        "ik een verslag opnemen van deze telefonische Eurogroep.",
        "In die brief zal ik ingaan op de motie van het lid Knops over dat onderwerp.",
    ),
    example(
        re.compile(
            rf"(?:\b(?:zal|zullen|wil|willen)\s+{GOV_ANY_CASE}|{GOV}\s+(?:zal|zullen|wil|willen))\b"
            r"[^;]{0,120}?\b(?:in|via)\s+(?:de|het|"
            rf"een|mijn|onze|die|dat|dezelfde)\s+(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b[^;]{{0,160}}?"
            rf"\b{CONTENT_VERB}\b|"
            # the intent with the infinitive: "ben ik … voornemens in die reactie aandacht te
            # besteden aan …"
            r"\bvoornemens\s+(?:om\s+)?(?:in|via)\s+(?:de|het|een|mijn|onze|die|dat)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUN}\b[^;]{{0,60}}?\b(?:aandacht\s+te\s+besteden|"
            r"in\s+te\s+gaan|op\s+te\s+nemen|toe\s+te\s+lichten|te\s+betrekken|te\s+schetsen|"
            r"uiteen\s+te\s+zetten|mee\s+te\s+nemen)\b"
        ),
        "Het kabinet zal in een separate brief op deze vraag ingaan.",
        "Daar wil ik in mijn brief graag nader op ingaan.",
        "Voortaan zal ik in de aanloop naar een Eurogroep vooraf in de Geannoteerde Agenda "
        "ingaan op mijn voorgenomen aanwezigheid.",
        "Ook ben ik voornemens in die reactie aandacht te besteden aan de regeling Hillen.",
    ),
    # the same with the verb last, in a "dat" clause: "dat ik in de Jaarrapportage
    # Bedrijfsvoering Rijk verslag zal doen van de conclusies", "dat wij in de voortgangsbrief
    # zullen ingaan op …"
    example(
        re.compile(
            rf"\b{GOV_ANY_CASE}\s+(?:[^;]{{0,40}}?\s)?in\s+(?:de|het|die|dat|een|mijn|onze)\s+"
            rf"(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b[^;]{{0,120}}?\b(?:verslag|melding)\s+"
            r"(?:zal|zullen)\s+doen\b|"
            rf"\b{GOV_ANY_CASE}\s+(?:[^;]{{0,40}}?\s)?in\s+(?:de|het|die|dat|een|mijn|onze)\s+"
            rf"(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b[^;]{{0,120}}?\b(?:nader\s+)?(?:zal|zullen)\s+"
            r"(?:ingaan|terugkomen|rapporteren|berichten)\b"
        ),
        "Daarbij is afgesproken dat ik in de Jaarrapportage Bedrijfsvoering Rijk verslag zal doen "
        "van de conclusies die het kabinet trekt.",
        "Ik verwacht dat wij in de voortgangsbrief nader zullen ingaan op de resultaten.",
    ),
    # the subject comes up in a coming document, no actor named: "ook dat zal in de brief
    # ruimschoots aan de orde komen" (not "in deze brief", nor a debate or a Raad: no document)
    example(
        re.compile(
            r"\b(?:zal|zullen)\s+(?:[^;]{0,40}?\s)?in\s+(?:de|het|die|dat)\s+(?:[\w-]+\s+){0,4}?"
            rf"{DOCUMENT_NOUN}\b[^;]{{0,80}}?\baan\s+de\s+orde\s+(?:komen|worden\s+gesteld)\b"
        ),
        "Hetzelfde geldt voor het personeelsbeleid; ook dat zal in de brief ruimschoots aan de "
        "orde komen.",
    ),
    # The subject is taken up in a coming document, in the passive: "Zijn overige vragen worden
    # betrokken bij het vandaag aangekondigde voortgangsbericht", "Dit punt wordt meegenomen in
    # de voortgangsbrief". Not "is betrokken bij de voorliggende kabinetsreactie" (done) nor a
    # document of now ("deze", "bijgaande").
    # The same in the active, the government the subject: "Ik zal de inhoud van deze
    # rapportage betrekken in mijn visie op de megastallen", "Wij zullen dit meenemen in de
    # voortgangsbrief". A coming document of the government's ("de", "mijn", "onze", "een"),
    # not this one: "betrekken bij deze brief" is now, "betrekken bij mijn afweging" no document.
    example(
        re.compile(
            rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen))\b[^;]{{0,120}}?"
            r"\b(?:betrekken|meenemen|verwerken)\s+(?:bij|in)\s+(?:de|het|mijn|onze|een)\s+"
            r"(?!(?:bijgaande|bijgevoegde|voorliggende|onderhavige)\b)"
            rf"(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b"
        ),
        "Ik zal de inhoud van deze rapportage betrekken in mijn visie op de megastallen, de "
        "kabinetsvisie op het mestbeleid en de actualisering van de Nota Dierenwelzijn.",
        "Wij zullen de uitkomsten van de pilot meenemen in de voortgangsbrief van het najaar.",
        "Het kabinet zal deze signalen betrekken bij de kabinetsreactie op het advies.",
    ),
    example(
        re.compile(
            r"\b(?:wordt|worden|zal\s+worden|zullen\s+worden)\s+(?:[^;]{0,60}?\s)?"
            r"(?:betrokken\s+bij|meegenomen\s+(?:in|bij))\s+(?:de|het|mijn|onze|een)\s+"
            r"(?!(?:bijgaande|bijgevoegde|voorliggende|onderhavige)\b)"
            rf"(?:[\w-]+\s+){{0,4}}?(?:{DOCUMENT_NOUN}|[\w-]*bericht)\b"
        ),
        "Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht "
        "over de vragen van het lid Klaver.",
        "De uitkomsten van de pilot worden meegenomen in de voortgangsbrief van het najaar.",
    ),
)
# P8 "kunt u de brief in januari tegemoet zien": the Kamer may expect a deliverable.
AWAIT_RE = example(
    re.compile(
        rf"\b(?:kunt|kan|mag)\s+(?:u|{KAMER})\b[^;]{{0,150}}?\btegemoet\s+zien\b|"
        rf"(?:\b[Uu]|{KAMER})\s+(?:kunt|kan|mag)\b[^;]{{0,150}}?\btegemoet\s+zien\b"
    ),
    "In verband hiermee kunt u de brief in januari tegemoet zien.",
    "U kunt de brief spoedig, uiterlijk voor het einde van het meireces, tegemoet zien.",
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
        rf"(?i:verwacht|verwachten)\s+{GOV_ANY_CASE}|"
        # "Ik zal trachten om het kabinetstandpunt vóór eind oktober aan uw Kamer kenbaar te
        # maken": trying is the same intent
        rf"{GOV_ANY_CASE}\s+(?:(?:zal|zullen)\s+)?(?:tracht|trachten)|"
        # "Om die reden denk ik uw Kamer uiterlijk februari 2020 nader te kunnen informeren"
        rf"{GOV_ANY_CASE}\s+(?:denk|denken)|(?i:denk|denken)\s+{GOV_ANY_CASE}|"
        # "Onze planning is nu om de opzet medio april naar de Kamer te sturen"
        r"(?i:onze|mijn|de)\s+planning\s+is\s+(?:nu\s+)?(?:om\b)?|"
        rf"(?i:tracht|trachten)\s+{GOV_ANY_CASE}|"
        # the other words of an intent: "Ik beoog uw Kamer …", "Het is mijn voornemen u …"
        rf"{GOV_ANY_CASE}\s+(?:beoog|beoogt|beogen)|(?i:beoog|beoogt|beogen)\s+{GOV_ANY_CASE}|"
        r"(?i:het\s+is\s+(?:mijn|ons)\s+voornemen|(?:heb|hebben)\s+(?:ik|wij)\s+het\s+voornemen|"
        r"(?:ik|wij|we|het\s+kabinet)\s+(?:heb|hebben|heeft)\s+het\s+voornemen)|"
        # "zet het kabinet zich in om het wetsvoorstel … aan uw Kamer aan te bieden", "ben ik
        # bereid om de Kamer daarover te informeren": the intent's object is a delivery to the
        # Kamer ("zet zich in voor" a policy is none: no Kamer, no informing verb)
        rf"(?:zet|zetten)\s+{GOV_ANY_CASE}\s+(?:zich|mij|me|ons)\s+(?:\w+\s+){{0,2}}?in\s+om|"
        rf"{GOV_ANY_CASE}\s+(?:zet|zetten)\s+(?:zich|mij|me|ons)\s+(?:\w+\s+){{0,2}}?in\s+om|"
        r"(?:ben|is|zijn)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:\w+\s+){0,2}?bereid|"
        r"(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]et\s+kabinet)\s+(?:ben|is|zijn)\s+(?:\w+\s+){0,2}?bereid|"
        # "bereid ben": the first person, however far the "ik" before it
        r"\bbereid\s+ben(?=\s+om\b))\b"
        # (a long object may come before the Kamer: "Ik verwacht het Veteranenbesluit na
        # behandeling in de ministerraad en advisering door de Raad van State in het najaar van
        # 2013 aan uw Kamer aan te bieden")
        rf"[^;]{{0,160}}?{KAMER_OR_U}[^;]{{0,160}}?{TE_INFORM_VERB}"
    ),
    "Wij zijn voornemens u in het najaar nader te berichten.",
    "De minister van Economische Zaken en ik streven ernaar de Kamer deze begin april 2010 aan "
    "te bieden.",
    "Ik streef ernaar uw Kamer over de uitkomsten uiterlijk in het eerste kwartaal van 2026 "
    "te informeren.",
    "Ik beoog uw Kamer voor de zomer het wetsvoorstel aan te bieden.",
    "Ik zal trachten om het kabinetstandpunt vóór eind oktober aan uw Kamer kenbaar te maken.",
    "Onze planning is nu om de opzet medio april naar de Kamer te sturen.",
    "Om die reden denk ik uw Kamer uiterlijk februari 2020 nader te kunnen informeren.",
    "Het is mijn voornemen u in het najaar een voortgangsrapportage toe te zenden.",
    "Tot slot zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer aan "
    "te bieden.",
    "Laten we afspreken dat ik, als ik nieuwe informatie heb, natuurlijk bereid ben om de Kamer "
    "daar dan over te informeren.",
)
# P9b the same intent with a "dat" clause, the government the subject of both: "verwacht ik
# nu dat ik u de resultaten van de evaluatie en mijn reactie daarop ongeveer eind april kan
# aanbieden", "Wij verwachten dat wij uw Kamer in het najaar zullen informeren", "Ik streef
# ernaar dat uw Kamer het rapport voor de zomer ontvangt". Only "kan/kunnen/zal/zullen" (not
# "zou": "heb ik opgemerkt dat ik u ... zou kunnen berichten" reports the old promise, N5).
INTENT_THAT_RE = example(
    re.compile(
        rf"\b(?:(?i:verwacht|verwachten|streef|streeft|streven)|{GOV_ANY_CASE}\s+"
        # "De verwachting is nu, dat ik u over enige maanden het standpunt kan toezenden"
        r"(?:ben|zijn|is)\s+voornemens|(?i:de|mijn|onze)\s+verwachting\s+is)\b[^;]{0,60}?\bdat\s+"
        rf"(?:{GOV_ANY_CASE}\s+{KAMER_OR_U}\b[^;]{{0,160}}?(?:\b(?:kan|kunnen|zal|zullen)\s+"
        rf"(?:[^;]{{0,20}}?\s)?{INFORM_VERB}|{INFORM_VERB}\s+(?:kan|kunnen|zal|zullen))\b|"
        rf"{KAMER}\b[^;]{{0,160}}?\b(?:ontvangt|(?:kan|zal)\s+ontvangen|"
        rf"(?:wordt|zal\s+worden)\s+{INFORM_PARTICIPLE}))"
    ),
    "Aangezien de onderzoekers meer bronnen bij hun onderzoek hebben betrokken dan aanvankelijk "
    "was voorzien, verwacht ik nu dat ik u de resultaten van de evaluatie en mijn reactie "
    "daarop ongeveer eind april kan aanbieden.",
    "Wij verwachten dat wij u de nota in het najaar kunnen aanbieden.",
    "Ik streef ernaar dat uw Kamer het rapport voor de zomer ontvangt.",
    "De verwachting is nu, dat ik u over enige maanden het standpunt in dezen kan toezenden.",
)

# P3b "Ik zeg wel toe dat ik in mei terugkom op het wetsvoorstel": the government's own "zeg
# toe" needs no Kamer when only adverbs stand between (in a debate the Kamer is the listener);
# "zeg ik de gemeenten toe" names another party, "zeg ik niet toe" is none.
SELF_TOEZEGGEN_RE = example(
    re.compile(
        r"(?:\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:zeg|zeggen)|\b(?:[Zz]eg|[Zz]eggen)\s+(?:ik|wij|we))\s+"
        r"(?:(?:wel|graag|ook|bij\s+dezen|hierbij|nu|dus|dan|u|jullie|bij\s+deze)\s+)*toe"
        r"\s*,?\s+(?:dat|om|te)\b|"
        # "Ik kan toezeggen dat de Kamer zeer binnenkort het verslag zal worden toegezonden": a
        # delivery to the Kamer ("Ik kan wel toezeggen dat de normale regels van toepassing zijn"
        # promises none)
        r"\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:kan|kunnen)\s+(?:(?:u|wel|ook|graag)\s+)*toezeggen\s*,?\s+"
        rf"(?:dat|om)\b(?=[^;]{{0,160}}?{KAMER_OR_U}[^;]{{0,160}}?(?:{SENT_PARTICIPLE}|"
        rf"{INFORM_PARTICIPLE}|\b{INFORM_VERB}\b))"
    ),
    "Ik zeg wel toe dat ik in mei terugkom op het wetsvoorstel.",
    "Dan zeg ik toe om de cijfers voor de zomer te sturen.",
    "Ik kan toezeggen dat de Kamer zeer binnenkort het verslag zal worden toegezonden.",
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

# P12 a letter to the Kamer named as the vehicle of a future act: "Ik zal daarover uiterlijk
# half februari 2010 duidelijkheid kunnen geven in een brief aan het Indisch Platform en aan uw
# Kamer". The government is the subject of "zal"; the Kamer is among the addressees of the
# letter (a letter to a third party alone is no promise to the Kamer).
LETTER_TO_KAMER_RE = example(
    re.compile(
        rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen))\b[^;]{{0,160}}?"
        rf"\b(?:in|per|via|met)\s+(?:een|de|mijn|onze)\s+(?:[\w-]+\s+)?brief\s+aan\s+"
        rf"(?:[^;]{{0,80}}?\s)?{KAMER}"
    ),
    "Ik zal daarover uiterlijk half februari 2010 duidelijkheid kunnen geven in een brief aan "
    "het Indisch Platform en aan uw Kamer.",
    "Wij zullen de uitkomsten voor de zomer toelichten in een brief aan de Kamer.",
)
# P13 a promise whose act is named by "dit/dat ... doen", pointing back to the previous
# sentence's future act ("Omdat de vragen over hetzelfde onderwerp gaan, zal ik deze
# gelijktijdig beantwoorden. ... zal ik dit uiterlijk 13 mei aanstaande doen"). Counts only
# with a deadline, and only when the previous sentence has the government's future act of
# answering or informing (PRO_ACT_PREVIOUS_RE): "dit doen" alone names nothing.
PRO_ACT_RE = example(
    re.compile(
        rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen))\s+(?:dit|dat)\b"
        r"[^;]{0,80}?\bdoen\b|"
        # the hope or expectation of doing it: "Dat hoop ik binnen enkele weken te kunnen doen"
        r"^\s*(?:[Dd]at|[Dd]it)\s+(?:hoop|verwacht|denk|streef|probeer)\s+(?:ik|wij|we)\b[^;]{0,60}?"
        r"\bte\s+(?:kunnen\s+)?doen\b"
    ),
    "Zoals verzocht door de vaste commissie voor Defensie ten aanzien van haar feitelijke "
    "vragen zal ik dit uiterlijk 13 mei aanstaande doen.",
    "Ik zal dat voor 1 juni doen.",
    "Dat hoop ik binnen enkele weken te kunnen doen.",
)
PRO_ACT_PREVIOUS_RE = example(
    re.compile(
        rf"\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b[^;]{{0,120}}?\b(?:beantwoorden|{INFORM_VERB})\b|"
        # "… aan de slag gegaan om uw Kamer zo snel mogelijk een beleidsbrief toe te kunnen
        # sturen": the government's act of sending, as a purpose
        rf"\bom\s+{KAMER_OR_U}\b[^;]{{0,120}}?{TE_INFORM_VERB}"
    ),
    "Omdat de vragen over hetzelfde onderwerp gaan, zal ik deze gelijktijdig beantwoorden.",
)

# P14 the other modal verbs of a promise, the government their subject: "Ik ga uw Kamer voor de
# zomer informeren", "Het kabinet gaat de Kamer in het najaar een brief sturen", "Ik wil uw Kamer
# voor 1 juli een overzicht sturen", "Naar verwachting kan ik uw Kamer in mei informeren". Weaker
# than "zal" ("Graag wil ik uw Kamer informeren over de Raad" is this letter): counts only with
# a deadline or a vehicle, never negated or about this document.
GO_WANT_INFORM_RE = example(
    re.compile(
        rf"(?:\b{GOV}\s+(?:ga|gaat|gaan|wil|wilt|willen|kan|kunnen)|"
        rf"\b(?:ga|gaat|gaan|wil|willen|kan|kunnen)\s+{GOV_ANY_CASE})\b"
        rf"(?P<gap>[^;]{{0,160}}?)\b{INFORM_VERB}\b"
    ),
    "Ik ga uw Kamer voor de zomer informeren over de uitkomsten.",
    "Het kabinet gaat de Kamer in het najaar een brief sturen over de evaluatie.",
    "Naar verwachting kan ik uw Kamer in mei informeren.",
)
# P15 keeping the Kamer informed, a standing promise in the present: "Ik houd uw Kamer op de
# hoogte van de voortgang", "Het kabinet houdt de Kamer hiervan op de hoogte". Not "blijven ...
# informeren volgens de staande afspraken" (routine), not "heb ... op de hoogte gehouden".
KEEP_INFORMED_RE = example(
    re.compile(
        rf"(?:\b(?:houd|houdt|houden)\s+(?:ik|wij|het\s+kabinet)|\b{GOV}\s+(?:houd|houdt|houden))"
        rf"\s+{KAMER_OR_U}\b[^;]{{0,80}}?\bop\s+de\s+hoogte\b(?!\s+(?:gehouden|gesteld))"
    ),
    "Ik houd uw Kamer op de hoogte van de voortgang.",
    "Over de uitkomsten van de gesprekken houd ik u op de hoogte.",
)
# P5b the Kamer will receive: "U zult deze informatie tegelijkertijd met de andere verzoeken om
# informatie over ProRail ontvangen", "Uw Kamer zal het rapport in mei ontvangen", "zult u de
# evaluatie na de zomer ontvangen". The future itself is the promise (no deadline needed);
# not "heeft ontvangen", not "zou … ontvangen" (the old promise, N5).
WILL_RECEIVE_RE = example(
    re.compile(
        rf"(?:\b[Uu]\s+zult|{KAMER}\s+zal|\bzult\s+u|\bzal\s+{KAMER})\b[^;]{{0,160}}?"
        r"\bontvangen\b"
    ),
    "U zult deze informatie tegelijkertijd met de andere verzoeken om informatie over ProRail "
    "ontvangen.",
    "Uw Kamer zal het rapport in mei ontvangen.",
)
# P20 the government will deliver a document, the Kamer (the letter's addressee) not named: "Ik
# verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te leveren
# over de cijfers parallelimport", "Ik zal een brief sturen over de uitkomsten". A future or an
# intent of the government, a document as the object and a delivering verb; not with another
# recipient ("aan de gemeenten", checked in ``commitments``), not about this document.
DELIVER_DOCUMENT_RE = example(
    re.compile(
        rf"(?:\b{GOV}\s+(?:zal|zullen|verwacht|verwachten|streef|streeft|streven)|"
        rf"\b(?:zal|zullen|verwacht|verwachten)\s+{GOV_ANY_CASE}|"
        rf"\b{GOV_ANY_CASE}\s+(?:ben|zijn|is)\s+voornemens)\b"
        rf"[^;]{{0,80}}?\b(?:een|de|het|mijn|onze)\s+(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUN}\b"
        r"[^;]{0,80}?\b(?:te\s+)?(?:leveren|aanleveren|sturen|toesturen|zenden|toezenden|"
        r"doen\s+toekomen|aanbieden|aan\s+te\s+bieden|toe\s+te\s+(?:sturen|zenden)|"
        r"aan\s+te\s+leveren)\b|"
        # the document fronted, the government after the modal: "De halfjaarlijkse rapportage
        # … zal ik op een later moment toesturen" (not "Deze brief …": this document)
        r"(?:^|[,:]\s*)(?:[Dd]e|[Hh]et|[Mm]ijn|[Oo]nze|[Dd]ie)\s+(?:[\w-]+\s+){0,3}?"
        rf"{DOCUMENT_NOUN}\b[^;]{{0,120}}?\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b[^;]{{0,60}}?"
        r"\b(?:toesturen|sturen|toezenden|zenden|aanbieden|leveren|doen\s+toekomen)\b"
    ),
    "Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te "
    "leveren over de cijfers parallelimport.",
    "Het kabinet zal na de zomer een brief sturen over de uitkomsten.",
    "De halfjaarlijkse rapportage van het College financieel toezicht over Curaçao en Sint "
    "Maarten zal ik op een later moment toesturen.",
)

# P20b a later delivery said without a delivering sentence of the usual shape; each needs a
# deadline or a cue of time (checked in ``commitments``), since without one the same words
# describe a plan or this letter:
# - a pronoun for the document: "We verwachten deze eind oktober te kunnen sturen";
# - the document "follows": "In de loop van volgende week volgt een uitgebreider verslag van
#   mijn bezoek", "Een nadere reactie volgt na de zomer" (not "Hieronder volgt", this letter);
# - the delivery as a noun: "waarbij ik nog steeds streef naar toezending in september",
#   "Beantwoording zal plaatsvinden voor het verschijnen van de meicirculaire".
DELIVER_LATER_RES = (
    example(
        re.compile(
            r"\b(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]et\s+kabinet)\s+(?:verwacht|verwachten|streef|streeft|"
            r"streven|hoop|hopen)\s+(?:deze|die|dit|ze|hem)\s+(?:[^;]{0,60}?\s)?(?:te\s+"
            r"(?:kunnen\s+)?(?:sturen|toesturen|zenden|toezenden|leveren|doen\s+toekomen)|"
            r"(?:aan|toe)\s+te\s+(?:kunnen\s+)?(?:bieden|sturen|zenden|leveren))\b"
        ),
        "We verwachten deze eind oktober te kunnen sturen.",
        "Ik verwacht die voor de zomer aan te bieden.",
    ),
    example(
        re.compile(
            r"\b(?:volgt|volgen)\s+(?:[^;]{0,30}?\s)?(?:nog\s+)?(?:een|de|het|mijn|onze)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUN}\b|"
            r"(?:^|[,:]\s*)(?:[Ee]en|[Dd]e|[Hh]et|[Mm]ijn|[Oo]nze)\s+(?:[\w-]+\s+){0,3}?"
            rf"{DOCUMENT_NOUN}\b[^;]{{0,120}}?\b(?:volgt|volgen)\b"
        ),
        "In de loop van volgende week volgt een uitgebreider verslag van mijn bezoek aan alle "
        "eilanden.",
        "Een nadere reactie volgt na de zomer.",
    ),
    example(
        re.compile(
            r"\b(?i:toezending|verzending|aanbieding|beantwoording|oplevering)\b[^;]{0,80}?"
            r"\b(?:zal|zullen)\s+(?:[^;]{0,40}?\s)?plaatsvinden\b|"
            r"\b(?i:streef|streeft|streven)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?"
            r"(?:er\s*)?naar\s+(?:de\s+|een\s+)?"
            r"(?:toezending|verzending|aanbieding|beantwoording|oplevering)\b"
        ),
        "Beantwoording zal plaatsvinden voor het verschijnen van de meicirculaire provinciefonds.",
        "Ik streef naar toezending in september.",
    ),
    # the intent as a noun: "Mijn streven is om in de tweede week van maart de visie … toe
    # te sturen" (the letter's addressee is the recipient)
    example(
        re.compile(
            r"\b(?:[Mm]ijn|[Oo]ns|[Hh]et)\s+streven\s+is\s+(?:er\s*op\s+gericht\s+)?(?:om\s+)?"
            r"[^;]{0,200}?\b(?:te\s+(?:kunnen\s+)?(?:sturen|toesturen|zenden|toezenden|leveren|"
            r"doen\s+toekomen)|(?:aan|toe|in)\s+te\s+(?:kunnen\s+)?(?:bieden|sturen|zenden|leveren|"
            r"dienen))\b"
        ),
        "Mijn streven is om in de tweede week van maart de visie op de curatieve zorg in "
        "krimpregio's toe te sturen.",
        "Het streven is erop gericht de nota naar aanleiding van het verslag zo spoedig mogelijk "
        "na afronding van het overleg in te dienen.",
    ),
    # coming with a document: "Begin april kom ik met een beleidsbrief over de aanpak", "zal ik
    # na de zomer met een reactie komen"
    example(
        re.compile(
            r"\b(?:(?:kom|komt|komen)\s+(?:ik|wij|we|het\s+kabinet)|(?:[Ii]k|[Ww]ij|[Ww]e|"
            r"[Hh]et\s+kabinet)\s+(?:kom|komt|komen))\b[^;]{0,60}?\bmet\s+(?:een|de|het|mijn|"
            # the budget's own calendar is no promise ("komt straks met de Voorjaarsnota")
            r"onze)\s+(?!(?:[\w-]+\s+){0,2}?(?:Voorjaarsnota|Najaarsnota|Miljoenennota|"
            r"[Ss]uppletoire|[Bb]egroting\b))"
            rf"(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_NOUN}|reactie|kabinetsreactie|{PROPOSAL_NOUN})\b|"
            r"\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b[^;]{0,60}?\bmet\s+(?:een|de|het|"
            rf"mijn|onze)\s+(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_NOUN}|reactie|kabinetsreactie|"
            rf"{PROPOSAL_NOUN})\b[^;]{{0,80}}?\bkomen\b|"
            # the subordinate clause of a debate: "Als ik omstreeks de zomer met een reactie mag
            # komen op dit punt"
            r"\b(?:ik|wij|we|het\s+kabinet)\s+[^;,.]{0,60}?\bmet\s+(?:een|de|het|mijn|onze)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_NOUN}|reactie|kabinetsreactie|{PROPOSAL_NOUN})\b\s+"
            r"(?:(?:mag|kan|zal|wil)\s+)?komen\b"
        ),
        "Begin april kom ik met een beleidsbrief over de aanpak van leerlingendaling.",
        "Na de zomer zal ik met een reactie op het advies komen.",
        "Als ik omstreeks de zomer met een reactie mag komen op dit punt, dan is dat prima.",
        "Het kabinet komt in het najaar met een wetsvoorstel.",
    ),
)
# A time for a later delivery that the deadline table does not read: the next week or month, a
# word of "later" or an event ("voor het verschijnen van de meicirculaire"); not "daarna" or
# "vervolgens", which order this letter ("Daarna volgt een verslag van de gesprekken").
LATER_TIME_RE = example(
    re.compile(
        r"\b(?:volgende|komende)\s+(?:week|maand|weken|maanden)\b|\b(?:binnenkort|later|"
        r"spoedig|zodra|"
        # "in de tweede week van maart" (no day, so no deadline is read from it)
        r"(?:eerste|tweede|derde|vierde|laatste)\s+week\s+van\s+(?:januari|februari|maart|april|"
        r"mei|juni|juli|augustus|september|oktober|november|december)|"
        r"op\s+korte\s+termijn|te\s+zijner\s+tijd|alsdan)\b|"
        r"\b(?:voor|v\u00f3\u00f3r)\s+(?:het\s+verschijnen|de\s+publicatie|de\s+behandeling)"
        r"\s+van\b",
        re.IGNORECASE,
    ),
    "In de loop van volgende week volgt een verslag.",
    "voor het verschijnen van de meicirculaire",
    "in de tweede week van maart",
)
# P8b the Kamer may expect a deliverable, with a deadline: "Uw Kamer mag uiterlijk begin 2011
# reacties verwachten op een vijftal verzoeken". Not "verwachten dat" (an opinion).
AWAIT_EXPECT_RE = example(
    re.compile(
        rf"(?:\b(?:kunt|kan|mag)\s+(?:u|{KAMER})|(?:\b[Uu]|{KAMER})\s+(?:kunt|kan|mag))\b"
        r"[^;]{0,150}?\bverwachten\b(?!\s+dat\b)"
    ),
    "Uw Kamer mag uiterlijk begin 2011 reacties verwachten op een vijftal verzoeken.",
    "U kunt de rapportage voor de zomer verwachten.",
)

# P16 a bill or a decree put before the Kamer: "Ik zal het wetsvoorstel voor de zomer bij uw
# Kamer indienen", "Het kabinet streeft ernaar het wetsvoorstel in het voorjaar bij uw Kamer
# in te dienen". The government's future or intent; not "is bij uw Kamer ingediend" (done).
BILL_RE = example(
    re.compile(
        rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen|ga|gaat|gaan)|"
        r"(?i:\bverwacht|\bverwachten|\bstreef|\bstreeft|\bstreven|\bvoornemens)|"
        # "Onze inspanningen zijn erop gericht het wetsvoorstel … bij uw Kamer in te kunnen dienen"
        r"\b(?:inspanning\w*|inzet)\s+(?:is|zijn)\s+er\s*op\s+gericht)\b"
        rf"[^;]{{0,160}}?\b(?:bij\s+{KAMER}\s+(?:in\s+te\s+(?:kunnen\s+)?dienen|indienen|"
        r"aanhangig\s+te\s+maken)|"
        rf"(?:in\s+te\s+(?:kunnen\s+)?dienen|indienen)\s+bij\s+{KAMER})"
    ),
    "Ik zal het wetsvoorstel voor de zomer bij uw Kamer indienen.",
    "Het kabinet streeft ernaar het wetsvoorstel in het voorjaar bij uw Kamer in te dienen.",
    "Ik verwacht het wetsvoorstel na de zomer bij uw Kamer in te dienen.",
    "Het kabinet is voornemens het wetsvoorstel na de zomer in te dienen bij uw Kamer.",
    "Onze inspanningen zijn erop gericht het wetsvoorstel zo kort mogelijk na dat reces bij uw "
    "Kamer in te kunnen dienen.",
)
# P17 sharing with the Kamer in the future: "Zodra de resultaten bekend zijn, zal ik deze met uw
# Kamer delen". (The present "deel ik ... met uw Kamer" is P4, with a deadline.) Not "Ik deel de
# zorg van uw Kamer" (an opinion).
SHARE_RE = example(
    re.compile(
        rf"(?:\b(?:zal|zullen|wil|willen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen|wil|willen))\b"
        rf"[^;]{{0,120}}?\bmet\s+{KAMER}\s+(?:[^;]{{0,30}}?\s)?delen\b|"
        # what was just named, shared in a debate with the Kamer that asked: "Die zal ik
        # uiteraard delen"
        r"^\s*(?:[Dd]ie|[Dd]at|[Dd]eze)\s+(?:zal|zullen)\s+(?:ik|wij|we)\s+(?:(?:uiteraard|graag|"
        r"zeker|natuurlijk|ook|dan)\s+)*delen\b|"
        # what the government will set out for the Kamer: "Ik zal al die initiatieven voor de
        # Kamer op een rij zetten"
        rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen))\b[^;]{{0,120}}?"
        rf"\bvoor\s+{KAMER}\s+(?:[^;]{{0,30}}?\s)?(?:op\s+een\s+rij\s+zetten|in\s+kaart\s+"
        r"brengen|inzichtelijk\s+maken|uiteenzetten|op\s+papier\s+zetten)\b"
    ),
    "Zodra de resultaten bekend zijn, zal ik deze met uw Kamer delen.",
    "Ik zal de uitkomsten van de evaluatie met uw Kamer delen.",
    "Ik zal al die verschillende initiatieven voor de Kamer op een rij zetten.",
    "De richting en de dilemma's die wij als regering kiezen, willen wij graag met de Kamer delen.",
    "Die zal ik uiteraard delen, met een appreciatie van de zijde van het kabinet.",
)
# P19 the content of the next document, in the present: "In de volgende voortgangsbrief ga ik
# in op de resultaten", "In de eerstvolgende rapportage kom ik hierop terug". Only with "volgende",
# "eerstvolgende" or "komende" naming a document still to come ("In de brief van 3 maart ga ik in
# op" is another letter, often already sent).
NEXT_DOCUMENT_RE = example(
    re.compile(
        r"\b[Ii]n\s+(?:de|het)\s+(?:eerstvolgende|volgende|komende)\s+(?:[\w-]+\s+){0,3}?"
        rf"{DOCUMENT_NOUN}\b[^;]{{0,160}}?\b(?:ga|gaat|gaan|kom|komt|komen)\s+{GOV_ANY_CASE}\b"
        r"[^;]{0,120}?\b(?:in|terug)\b"
    ),
    "In de volgende voortgangsbrief ga ik in op de resultaten van de pilot.",
    "In de eerstvolgende rapportage kom ik hierop terug.",
)


#: Words without which P7-P11 cannot match: checked first, as plain substrings, because those
#: patterns are the slow ones.
PROMISE_GUARDS = {
    "content_promise": ("zal", "zullen", "wil", "betrokken bij", "meegenomen", "voornemens"),
    "await": ("tegemoet", "verwachten"),
    "intent_inform": (
        "voornemen",
        "van plan",
        "streef",
        "streeft",
        "streven",
        "verwacht",
        "beoog",
        "tracht",
        "planning",
        "denk",
        "beogen",
        "bereid",
        " in om",
    ),
    "third_person_toezeggen": ("zegt",),
    "answers": ("beantwoording", "antwoorden"),
    "letter_to_kamer": ("brief aan",),
    "pro_act": ("doen",),
    "go_want": ("ga ", "gaat", "gaan", "wil", "kan ", "kunnen"),
    "keep_informed": ("hoogte",),
    "bill": ("dien",),
    "answers_future": ("vragen",),
    "will_receive": ("ontvangen",),
    "deliver_document": ("leveren", "sturen", "zenden", "toekomen", "bieden"),
    "deliver_later": (
        "volg",
        "sturen",
        "zenden",
        "bieden",
        "leveren",
        "toekomen",
        "plaatsvinden",
        "streef",
        "streven",
        "kom",
    ),
    "share": ("delen", "op een rij", "in kaart", "inzichtelijk", "uiteenzetten", "op papier"),
    "answers_present": ("eantwoord",),
    "next_document": ("volgende", "komende"),
    "when_sent": ("odra", "anneer"),
    "modal_toezeggen": ("toezeggen", "toezegging "),
    "spoken_delivery": (
        "komt",
        "komen",
        "brie",
        "terugkom",
        "op terug",
        "betrekken",
        "richting",
        "naar",
        "mee",
        "bijvoeg",
    ),
    "coming_document": ("zal", "zullen"),
    "spoken_content": ("mee", "opgenomen", "opneem"),
    "request_met": ("verzoek",),
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
    "answers": 0.8,
    "letter_to_kamer": 0.85,
    "pro_act": 0.75,
    "keep_informed": 0.8,
    "bill": 0.85,
    "will_receive": 0.8,
    "deliver_document": 0.75,
}
#: Confidence of a toezegging from the chair's closing list of a debate (the chair has
#: already decided it is one).
LISTED_CONFIDENCE = 0.95
