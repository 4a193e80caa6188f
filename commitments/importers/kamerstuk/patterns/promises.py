"""Commitment phrasing with the Kamer named or addressed: P1-P8 (future, passive, "toezeggen",
present with a deadline, receiving, returning to it, the content of a coming document, awaiting).

The intents and deliveries (P9-P20) are in ``intents``; the confidence of each kind and the
words that guard the slow patterns are in ``weights``.
"""

from __future__ import annotations

import re

from .blocks import (
    CONTENT_VERB,
    DOCUMENT_CONTENT,
    DOCUMENT_NOUN,
    GOV,
    GOV_ANY_CASE,
    INFORM_PARTICIPLE,
    INFORM_VERB,
    KAMER,
    KAMER_OR_U,
    OWN_SERIES,
    SENT_PARTICIPLE,
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
            # the main clause: "De brief zal uw Kamer na de zomer bereiken"
            rf"\b(?:zal|zullen)\s+(?:u|{KAMER})\s+(?:[^;,]{{0,60}}?\s)?(?:toegaan|toekomen|bereiken)\b|"
            # "… melden dat uw Kamer de inzet van het kabinet … zal toegaan in de geannoteerde
            # agenda": the thing between the Kamer and the verb may be long
            rf"\bdat\s+(?:u|{KAMER})\s+[^;]{{0,200}}?\b(?:zal|zullen)\s+(?:toegaan|toekomen)\b"
        ),
        "In voornoemde geannoteerde agenda die u begin volgende week zal toegaan, zal daaraan "
        "eveneens aandacht worden geschonken.",
        "De brief zal uw Kamer na de zomer bereiken.",
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
    # a subordinate clause, its verbs at the end: "dat de A-brief … aan uw Kamer zal worden
    # aangeboden", "dat uw Kamer in mei zal worden geïnformeerd" (not "is/werd", done). The
    # "dat" of an expectation or a consequence, not a relative one ("een kabinetsbesluit dat aan
    # de Kamer zal worden voorgelegd" describes a plan, N1).
    example(
        re.compile(
            r"(?:\b(?:zijn|is|betekent|betekenen|verwacht|verwachten|voorzie|voorzien|meld|melden|"
            r"ervan\s+uit)\s+dat|\b(?:zodat|waarna|zodra))\s+"
            rf"[^;]{{0,160}}?(?:\bu\b|{KAMER})\s+"
            rf"(?:[^;,]{{0,60}}?\s)?(?:zal|zullen)\s+(?:worden\s+(?:{SENT_PARTICIPLE}|"
            rf"{INFORM_PARTICIPLE})|(?:{SENT_PARTICIPLE}|{INFORM_PARTICIPLE})\s+worden)"
        ),
        "Een gevolg hiervan kan zijn dat de A-brief zo snel mogelijk daarna aan uw Kamer zal "
        "worden aangeboden.",
        "Ik verwacht dat uw Kamer in mei zal worden geïnformeerd over de uitkomsten.",
    ),
    # an expected passive with "kan": "Naar verwachting kan de evaluatie in het voorjaar aan
    # uw Kamer worden aangeboden" (without the expectation "kan" is only a possibility)
    example(
        re.compile(
            r"(?i:\bnaar\s+(?:mijn\s+|onze\s+)?verwachting)\b[^;]{0,80}?\b(?:kan|kunnen)\b[^;]{0,120}?"
            rf"\baan\s+{KAMER}\s+worden\s+{SENT_PARTICIPLE}|"
            r"\b(?:kan|kunnen)\s+(?i:naar\s+(?:mijn\s+|onze\s+)?verwachting)\b[^;]{0,120}?"
            rf"\baan\s+{KAMER}\s+worden\s+{SENT_PARTICIPLE}"
        ),
        "Naar verwachting kan de evaluatie in het voorjaar aan uw Kamer worden aangeboden.",
        "Het rapport kan naar mijn verwachting voorjaar 2011 aan uw Kamer worden aangeboden.",
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
        r"[Zz]egt\s+het\s+kabinet)\b(?:\s+[^;]{0,60}?)?\s+toe\b|"
        # "beloven" said to the Kamer: "Ik beloof de Kamer dat ik voor de zomer met een brief kom"
        rf"\b(?:{GOV}\s+(?:beloof|beloven|belooft)|(?:[Bb]eloof|[Bb]eloven)\s+(?:ik|wij))\s+"
        rf"(?:{KAMER_OR_U})\b"
    ),
    "Ik zeg toe uw Kamer uiterlijk 1 oktober 2025 te berichten over de besteding van de "
    "middelen voor 2026.",
    "Graag zeg ik uw Kamer toe de resultaten te delen.",
    "Ik beloof de Kamer dat ik voor de zomer met een brief kom.",
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
        rf"(?:ik|wij|het\s+kabinet)\b[^;]{{0,80}}?\b(?:aan|met|naar)\s+{KAMER}|"
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
    "Zodra het rapport gereed is, stuur ik het naar uw Kamer.",
    "De uitkomsten van de evaluatie deel ik voor de zomer met uw Kamer.",
    "Uiterlijk bij het toezenden van de evaluatieopdracht doe ik u ook de reactie van het "
    "kabinet op deze voorlichting toekomen.",
    "Uiterlijk in december breng ik u op de hoogte van de conclusies die ik trek.",
)
# P5 the Kamer receives something; like P4 only with a deadline or a vehicle.
RECEIVE_RE = example(
    # ("krijgt" says the same: "Uw Kamer krijgt de evaluatie voor de zomer")
    re.compile(
        rf"{KAMER}\s+(?:ontvangt|krijgt)\b|\b(?:ontvangt|krijgt)\s+{KAMER}|\b[Uu]\s+(?:ontvangt|krijgt)\b|"
        r"\b(?:ontvangt|krijgt)\s+u\b"
    ),
    "Uw Kamer ontvangt de eindevaluatie voor 1 juli 2026.",
    "De antwoorden op de schriftelijke vragen ontvangt u voor 1 maart.",
    "U ontvangt de rapportage voor 1 juni.",
    "Uw Kamer krijgt de evaluatie voor de zomer.",
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
        # the modal, then adverbs between "hier" and "op terugkomen": "Ik zal hier voor de zomer
        # schriftelijk op terugkomen"
        # (the government the subject: "De minister van LNV zal hier … op terugkomen" is another's)
        r"(?:(?:[Ii]k|[Ww]ij|[Ww]e|[Hh]et\s+kabinet)\s+(?:zal|zullen|wil|willen)|(?:zal|zullen|wil|"
        r"willen)\s+(?:ik|wij|we|het\s+kabinet))\b[^;.]{0,40}?\b(?:hier|daar|er)\b[^;.]{0,60}?\bop\s+"
        r"terug\s*(?:te\s+)?komen|"
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
    "Ik zal hier voor de zomer schriftelijk op terugkomen.",
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
            r"\b(?:voornemens|bereid)\s+(?:om\s+)?(?:in|via)\s+(?:de|het|een|mijn|onze|die|dat)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?{DOCUMENT_NOUN}\b[^;]{{0,60}}?\b(?:aandacht\s+te\s+besteden|"
            r"in\s+te\s+gaan|op\s+te\s+nemen|toe\s+te\s+lichten|te\s+betrekken|te\s+schetsen|"
            r"uiteen\s+te\s+zetten|mee\s+te\s+nemen)\b"
        ),
        "Het kabinet zal in een separate brief op deze vraag ingaan.",
        "Daar wil ik in mijn brief graag nader op ingaan.",
        "Voortaan zal ik in de aanloop naar een Eurogroep vooraf in de Geannoteerde Agenda "
        "ingaan op mijn voorgenomen aanwezigheid.",
        "Ook ben ik voornemens in die reactie aandacht te besteden aan de regeling Hillen.",
        "Ik ben graag bereid om in die aanvullende notitie de uitwerking van de motie te "
        "betrekken.",
    ),
    # the act before the document: "Ik zal daarover duidelijkheid verschaffen in de nota over de
    # toekomst van de krijgsmacht", "zal ik daar nader op ingaan in de voortgangsrapportage"
    example(
        re.compile(
            rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|{GOV}\s+(?:zal|zullen))\b[^;]{{0,120}}?"
            rf"\b(?:{CONTENT_VERB}|duidelijkheid\s+(?:verschaffen|geven|bieden))\s+in\s+(?:de|het|een|"
            rf"mijn|onze)\s+(?!(?:bijgaande|bijgevoegde|voorliggende|onderhavige)\b)"
            rf"(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b"
        ),
        "Ik zal daarover duidelijkheid verschaffen in de nota over de toekomst van de krijgsmacht.",
        "Ik zal daar nader op ingaan in de voortgangsrapportage.",
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
            rf"(?:(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen))\b[^;]{{0,120}}?"
            r"\b(?:betrekken|meenemen|verwerken)|"
            # the present, the government first: "Ik neem het mee in de voortgangsbrief"
            rf"\b{GOV}\s+(?:neem|nemen|neemt|betrek|betrekken|betrekt)\s+(?:\w+\s+){{1,6}}?"
            r"(?:mee|erbij))\s+(?:bij|in)\s+(?:de|het|mijn|onze|een)\s+"
            r"(?!(?:bijgaande|bijgevoegde|voorliggende|onderhavige)\b)"
            rf"(?:[\w-]+\s+){{0,4}}?{DOCUMENT_NOUN}\b"
        ),
        "Ik zal de inhoud van deze rapportage betrekken in mijn visie op de megastallen, de "
        "kabinetsvisie op het mestbeleid en de actualisering van de Nota Dierenwelzijn.",
        "Wij zullen de uitkomsten van de pilot meenemen in de voortgangsbrief van het najaar.",
        "Ik neem het mee in de voortgangsbrief.",
        "Het kabinet zal deze signalen betrekken bij de kabinetsreactie op het advies.",
    ),
    example(
        re.compile(
            r"\b(?:wordt|worden|zal\s+worden|zullen\s+worden)\s+(?:[^;]{0,60}?\s)?"
            r"(?:betrokken\s+bij|meegenomen\s+(?:in|bij))\s+(?:de|het|mijn|onze|een)\s+"
            r"(?!(?:bijgaande|bijgevoegde|voorliggende|onderhavige)\b)"
            rf"(?:[\w-]+\s+){{0,4}}?(?:{DOCUMENT_NOUN}|[\w-]*bericht)\b|"
            # a budget still to come, in the future: "De gevolgen zullen worden verwerkt in de
            # tweede suppletoire begroting" (a bill the Kamer receives)
            r"\b(?:zal|zullen)\s+worden\s+(?:verwerkt|opgenomen|meegenomen)\s+in\s+de\s+"
            r"(?:(?:eerste|tweede|derde|eerstvolgende|volgende|komende|suppletoire|suppletore|"
            r"ontwerp)\s+){0,3}[\w-]*begroting\w*"
        ),
        "Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht "
        "over de vragen van het lid Klaver.",
        "De uitkomsten van de pilot worden meegenomen in de voortgangsbrief van het najaar.",
        "De budgettaire gevolgen zullen worden verwerkt in de tweede suppletoire begroting.",
    ),
    # the coming document the subject, its content or form the promise: "zal de
    # voortgangsrapportage zich vanaf nu beperken tot twee onderdelen", "De volgende brief zal
    # ingaan op de resultaten". One of the government's own series (a brief, a rapportage, an
    # agenda), never "deze/dit" (N4) nor another party's "rapport" (N3).
    example(
        re.compile(
            rf"\b(?:zal|zullen)\s+(?:de|het)\s+(?:[\w-]+\s+){{0,2}}?{OWN_SERIES}\s+"
            rf"{DOCUMENT_CONTENT}|"
            rf"\b(?:[Dd]e|[Hh]et)\s+(?:[\w-]+\s+){{0,2}}?{OWN_SERIES}\s+(?:zal|zullen)\s+"
            rf"{DOCUMENT_CONTENT}"
        ),
        "Waar ik voorheen over de verschillende domeinen rapporteerde, zal de "
        "voortgangsrapportage zich vanaf nu beperken tot twee onderdelen.",
        "De volgende voortgangsbrief zal ingaan op de resultaten van de pilot.",
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
