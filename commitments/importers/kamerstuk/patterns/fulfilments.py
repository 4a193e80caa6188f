"""Fulfilment phrasing: this document does what was promised.

A new phrasing needs a row in :data:`FULFILMENT_RES` (first row that matches wins), and
the sentence must contain one of :data:`FULFILMENT_KEYWORDS`.
"""

from __future__ import annotations

import re

from .blocks import GOV, INFORM_VERB, KAMER_OR_U, TE_INFORM_VERB, example

# Every fulfilment phrasing names the commitment; a sentence without one of these is skipped.
FULFILMENT_KEYWORDS = ("toeze", "toegezegd", "aangekondigd", "beloofd", "belofte", "aangegeven")

# "Hierbij bied ik u de tijdens het notaoverleg … toegezegde brief aan over …", "Met deze brief
# zend ik u de toegezegde notitie", "Hierbij stuur ik uw Kamer het eerder toegezegde overzicht":
# this document is the promised one. Only a document ("toegezegde middelen/subsidie/bijdrage"
# is money promised to someone else), and no future or later delivery in between ("de
# toegezegde brief volgt later", "zal ik de toegezegde brief sturen" only mention the promise).
DELIVERED_PROMISED_RE = example(
    re.compile(
        r"(?:(?:[Hh]ierbij|[Mm]et\s+deze\s+brief|[Bb]ijgaand)\s+(?:bied|zend|stuur|doe)\s+"
        r"(?:ik|wij)\s+(?:u|uw\s+Kamer)|(?:[Ii]k|[Ww]ij)\s+(?:bied|zend|stuur|doe)\s+(?:u|uw\s+"
        r"Kamer)\s+(?:hierbij|bij\s+deze(?:n)?|met\s+deze\s+brief))\b"
        r"(?:(?!\b(?:zal|zullen|volgt|volgen|later|binnenkort)\b)[^;]){0,200}?"
        r"\btoegezegde\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:brief|notitie|rapportage|rapport|overzicht|"
        r"nota|reactie|evaluatie|analyse|informatie|verslag|uitwerking|inventarisatie|stukken|"
        r"verkenning|onderzoek|onderzoeken|studie)\b|"
        # the Kamer receives it now: "Bijgaand ontvangt u de toegezegde rapportage"
        r"(?:[Hh]ierbij|[Bb]ijgaand|[Mm]et\s+deze\s+brief)\s+(?:ontvangt|treft|vindt)\s+(?:u|uw\s+"
        r"Kamer)\b(?:(?!\b(?:zal|zullen|volgt|volgen|later|binnenkort|niet|geen)\b)[^;]){0,120}?"
        r"\btoegezegde\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:brief|notitie|rapportage|rapport|overzicht|"
        r"nota|reactie|evaluatie|analyse|informatie|verslag|uitwerking|inventarisatie|stukken|"
        r"verkenning|onderzoek|onderzoeken|studie)\b"
        r"(?![^;.]{0,60}?\b(?:volgt|volgen|later|zal|zullen|binnenkort)\b)|"
        # the promised document first, then this letter brings it: "Vanwege de samenhang met de
        # eveneens aan uw Kamer toegezegde verkenning … ontvangt u tegelijk met deze
        # beleidsreactie ook de eerste resultaten van die verkenning"
        r"\btoegezegde\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:brief|notitie|rapportage|rapport|overzicht|"
        r"nota|reactie|evaluatie|analyse|informatie|verslag|uitwerking|inventarisatie|stukken|"
        r"verkenning|onderzoek|onderzoeken|studie)\b"
        r"(?:(?!\b(?:zal|zullen|volgt|volgen|later|binnenkort|niet|geen)\b)[^.;]){0,160}?"
        r"\b(?:ontvangt|treft|vindt)\s+(?:u|uw\s+Kamer)\s+(?:(?!niet\b|geen\b)[^.;]){0,30}?"
        r"\b(?:hierbij|bijgaand|"
        r"(?:met|bij|in)\s+deze\s+[\w-]*(?:brief|reactie|rapportage|notitie|nota))\b"
    ),
    "Hierbij bied ik u de tijdens het notaoverleg Cultuur van 8 september 2014 (Kamerstuk "
    "32 820, nr. 116) toegezegde brief aan over de beschikbare cijfers van de Subsidieregeling "
    "Instandhouding Rijksmonumenten.",
    "Hierbij zend ik u de in het commissiedebat van 3 maart toegezegde notitie over de pilots.",
    "Met deze brief bied ik u de toegezegde rapportage aan.",
    "Bijgaand ontvangt u de toegezegde rapportage over de pilots.",
    "Vanwege de inhoudelijke samenhang met de eveneens aan uw Kamer toegezegde verkenning naar de "
    "financiering van de monumentenzorg ontvangt u tegelijk met deze beleidsreactie ook de eerste "
    "resultaten van die verkenning.",
)
# "Ik heb toegezegd in deze brief vooruit te blikken naar de komende jaren": what was promised
# for this letter is done in it (not "in de volgende brief", not "zal ik ... toezeggen").
PROMISED_FOR_THIS_RE = example(
    re.compile(
        r"\b(?:(?:[Ii]k|[Ww]ij)\s+(?:heb|hebben)|(?:heb|hebben)\s+(?:ik|wij))\s+(?:(?:u|uw\s+"
        r"Kamer)\s+)?toegezegd\s+(?:om\s+)?(?:in|met)\s+(?:deze|dit)\s+[\w-]*(?:brief|notitie|"
        r"rapportage|verslag|nota)\b[^;.]{0,160}?\bte\s+\w+|"
        # the "dat" form, this document named as the occasion: "heb ik toegezegd dat ik uw Kamer
        # hierover bij gelegenheid van deze nota naar aanleiding van het verslag nader zal
        # informeren"
        r"\b(?:(?:[Ii]k|[Ww]ij)\s+(?:heb|hebben)|(?:heb|hebben)\s+(?:ik|wij))\s+(?:(?:u|uw\s+"
        r"Kamer)\s+)?toegezegd\s+dat\s+(?:ik|wij)\b[^;.]{0,80}?\b(?:in|met|bij\s+gelegenheid\s+"
        r"van)\s+(?:deze|dit)\s+[\w-]*(?:brief|notitie|rapportage|verslag|nota)\b[^;.]{0,160}?"
        r"\b(?:zal|zullen)\b"
    ),
    "Ik heb toegezegd in deze brief vooruit te blikken naar de komende jaren.",
    "In antwoord op Kamervragen heb ik toegezegd dat ik uw Kamer hierover bij gelegenheid van "
    "deze nota naar aanleiding van het verslag nader zal informeren.",
)

# The promise as the object of a fulfilling act: "deze toezegging", "de toezeggingen door mijn
# ambtsvoorganger", "een aantal moties en toezegging", "enkele toezeggingen": a determiner or a
# quantity, up to four words (a list of moties and verzoeken may come first), then "toezegging".
PROMISE_OBJECT = (
    r"(?:de|deze|die|dit|mijn|zijn|haar|onze|een|enkele|diverse|verschillende|twee|drie|vier|"
    r"alle|een\s+aantal)\s+(?:[\w-]+\s+){0,4}?toezegging\w*"
)

# Fulfilment statements, first row that matches wins.
FULFILMENT_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("delivers_promised", DELIVERED_PROMISED_RE),
    ("promised_for_this", PROMISED_FOR_THIS_RE),
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
                # Also with words between ("Graag informeer ik uw Kamer in aanloop naar het
                # Wetgevingsoverleg met deze brief over …") and the promises themselves as the
                # object ("Tevens informeer ik u over een aantal toezeggingen gedaan tijdens …").
                # "de stand van zaken betreffende de toezeggingen genoemd in uw brief", "met
                # betrekking tot de aanvaarde moties en de door mij gedane toezeggingen"
                # (the subject first too: "We informeren u over lopende moties en toezeggingen")
                r"(?:\b(?:informeer|informeert|informeren)\s+(?:ik|wij|we|het\s+kabinet)|"
                r"(?:^|(?<=[.:;•]\s))(?:Ik|Wij|We|Het\s+kabinet)\s+(?:informeer|informeert|"
                r"informeren))\s+(?:u|uw\s+"
                r"Kamers?)\b(?:[^;.]{0,120}?\s)?over\s+(?:(?:de|het)\s+(?:uitvoering|voortgang|"
                r"stand\s+van\s+zaken|afhandeling)\s+(?:van|betreffende|met\s+betrekking\s+tot|"
                r"inzake|omtrent|rond)\s+)?(?:de\s+|diverse\s+|enkele\s+|een\s+"
                r"aantal\s+|verschillende\s+|openstaande\s+|lopende\s+)*(?:[\w-]+\s+){0,7}?"
                r"toezegging"
            ),
            "Tevens informeert het kabinet u via dit verslag over de toezegging om uw Kamer "
            "nader te informeren over de vraag welke NAVO-lidstaat als contactpunt fungeert.",
            "Met deze brief informeer ik u over de uitvoering van diverse aangenomen moties en "
            "toezeggingen die betrekking hebben op het primair en voortgezet onderwijs.",
            "Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen "
            "Overleg van 6 juni.",
            "We informeren u over lopende moties en toezeggingen, waaronder de motie van het lid "
            "Voordewind.",
            "Mede namens de Staatssecretaris van Defensie, informeer ik u over de stand van zaken "
            "betreffende de toezeggingen genoemd in uw brief van 10 september 2001.",
        ),
    ),
    (
        "gestand",
        example(
            re.compile(
                r"\b(?:doe|doet|doen)\b[^;]{0,60}?\btoezegging\w*\b[^;]{0,250}?\bgestand\b|"
                r"\btoezegging\w*\s+(?:doe|doet|doen)\s+(?:ik|wij|het\s+kabinet)\b[^;]{0,60}?"
                r"\bgestand\b|"
                # the verb last, a footnote digit glued to it: "waarmee ik aan de eerder gedane
                # toezegging gestand doe1"
                r"\b(?:ik|wij|we|het\s+kabinet)\s+(?:[^;]{0,40}?\s)?aan\s+(?:de|mijn|onze|deze)\s+"
                r"(?:[\w-]+\s+){0,3}?toezegging\w*\s+gestand\s+(?:doe|doet|doen)(?:\d{1,2})?\b"
            ),
            "Hiermee doe ik de toezegging gestand om uw Kamer te informeren over de evaluatie.",
            "Deze toezegging doe ik hierbij gestand.",
            "Hierbij zend ik u de reactie, waarmee ik aan de eerder gedane toezegging gestand "
            "doe1.",
        ),
    ),
    (
        # "Hierbij komen ook een aantal aan uw Kamer gedane toezeggingen … aan de orde": this
        # letter takes them up
        "aan_de_orde",
        example(
            re.compile(
                # ("Daarbij komen verschillende moties en toezeggingen aan bod", in the present:
                # the letter the sentence before introduced)
                r"^\s*(?:[Hh]ierbij|[Dd]aarbij|[Ii]n\s+deze\s+[\w-]*brief)\s+(?:komen|komt)\s+"
                r"(?:(?:ook|tevens|verder)\s+)?[^;.]{0,80}?\btoezegging\w*\b[^;.]{0,160}?"
                r"\baan\s+(?:de\s+orde|bod)\b"
            ),
            "Hierbij komen ook een aantal aan uw Kamer gedane toezeggingen en de moties van de "
            "leden Welzijn en Kouwenhoven aan de orde.",
            "Daarbij komen verschillende moties en toezeggingen aan bod.",
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
                # ("Om invulling te geven aan mijn toezegging …", "geef ik uitvoering aan enkele
                # toezeggingen")
                r"\b(?:invulling|uitvoering|gevolg)\s+(?:gegeven\s+|te\s+geven\s+|ge\w+\s+)?(?:aan|van)\s+"
                # ("geef ik gevolg aan dit verzoek, alsmede aan mijn toezegging …": the promise
                # kept with the request)
                r"(?:[^;.]{0,80}?,?\s+(?:alsmede|evenals|en)\s+aan\s+)?"
                r"(?:(?:de|mijn|zijn|onze|enkele|diverse|verschillende|een\s+aantal|twee|drie)\s+"
                r"(?:\w+\s+)?toezegging|"
                # "aan (diverse) moties en toezeggingen": the toezeggingen among them
                r"(?:(?:diverse|enkele|verschillende|een\s+aantal|de)\s+)?moties\s+en\s+"
                r"toezeggingen\b|"
                # a list of what is carried out, the toezeggingen among it: "wordt uitvoering
                # gegeven aan de wettelijke bepaling …, aan de toezeggingen door mijn
                # ambtsvoorganger"
                rf"[^;.]{{0,200}}?,\s+(?:en\s+)?aan\s+{PROMISE_OBJECT})|"
                # the government's present act: "waarmee ik invulling geef aan enkele mondelinge
                # en schriftelijke toezeggingen"
                r"\b(?:invulling|uitvoering|gevolg)\s+(?:geef|geeft|geven)\s+(?:ik\s+|wij\s+|we\s+)?"
                rf"(?:(?:hiermee|hierbij|daarmee|ook|tevens)\s+)*aan\s+{PROMISE_OBJECT}|"
                r"\b(?:geef|geeft|geven)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?:hiermee|hierbij|daarmee|"
                rf"ook|tevens|met\s+deze\s+brief)\s+)*(?:invulling|uitvoering|gevolg)\s+aan\s+"
                rf"{PROMISE_OBJECT}"
            ),
            "Met dit verslag wordt tevens invulling gegeven aan de toezegging aan het lid "
            "Klaver om uw Kamer te informeren over de Nederlandse inbreng.",
            "Tot slot wordt met deze brief invulling gegeven aan diverse moties en toezeggingen.",
            "Met het rapport wordt uitvoering gegeven aan de wettelijke bepaling in het "
            "Belastingplan 2015 dat het noodzakelijkheidscriterium geëvalueerd dient te worden, "
            "aan de toezeggingen door mijn ambtsvoorganger bij behandeling van het Belastingplan "
            "2015.",
            "In deze brief informeer ik u over de kaders, waarmee ik invulling geef aan enkele "
            "mondelinge en schriftelijke toezeggingen.",
            "Hiermee geef ik invulling aan de toezegging om uw Kamer te informeren.",
        ),
    ),
    (
        "kom_na",
        example(
            re.compile(
                r"\b(?:kom|komt|komen)\s+(?:ik|wij|het\s+kabinet)\s+(?:hiermee\s+|hierbij\s+|"
                r"met\s+deze\s+brief\s+|ook\s+|tevens\s+)*(?:(?:terug\s+op|tegemoet\s+aan)\s+"
                r"(?:de|mijn|zijn|onze|enkele|een\s+aantal|diverse|verschillende|twee|drie|vier|"
                r"alle|een)\s+(?:\w+\s+)?toezegging|(?:de|mijn|zijn)\s+(?:toezegging|belofte)\b[^;]{0,200}?"
                r"\bna\b|"
                # "Met deze brief kom ik ook enkele toezeggingen aan uw Kamer na"
                r"(?:enkele|een\s+aantal|diverse|verschillende|twee|drie|vier|alle|deze)\s+"
                r"(?:\w+\s+)?toezegging\w*\s+(?:aan\s+(?:uw|de)\s+Kamer\s+)?na\b)|"
                # "Met deze brief voer ik deze toezegging uit"
                r"\b(?:voer|voert|voeren)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:hiermee\s+|hierbij\s+|"
                rf"daarmee\s+|ook\s+|tevens\s+)*{PROMISE_OBJECT}\s+uit\b"
            ),
            "Met deze brief kom ik ook enkele toezeggingen aan uw Kamer na.",
            "Met deze brief voer ik deze toezegging uit en informeer ik uw Kamer.",
            "Hiermee kom ik mijn toezegging na om uw Kamer te informeren over de evaluatie.",
            "Met deze brief ontvangt u een overzicht van ontwikkelingen rondom PFAS, en komen wij "
            "tegemoet aan enkele toezeggingen en moties.",
            "Met deze brief kom ik terug op de toezegging over de inzet van de marine.",
        ),
    ),
    (
        # The fulfilling act in the present, the promise its object, in either word order:
        # "Hiermee voldoet de Minister van VWS aan deze toezegging", "In deze brief wordt aan een
        # aantal moties en toezegging voldaan", "Hiermee wordt ook tegemoetgekomen aan een aantal
        # toezeggingen en verzoeken", "kom ik aan de toezegging tegemoet". Not the infinitive ("om
        # aan deze toezegging te kunnen voldoen" is a promise still to keep, F5), not negated or
        # future (FULFIL_NOT_NOW_RE).
        "fulfils_now",
        example(
            re.compile(
                r"\b(?:voldoe|voldoet|(?<!te\s)voldoen|kom|komt|(?<!te\s)komen)\s+"
                r"(?:(?:ik|wij|we|het\s+kabinet|de\s+[Mm]inister|de\s+[Ss]taatssecretaris)\b"
                r"[^;,.]{0,50}?\s)?(?:hiermee\s+|hierbij\s+|daarmee\s+|ook\s+|tevens\s+|mede\s+)*"
                rf"aan\s+{PROMISE_OBJECT}(?:[^;.]{{0,80}}?\btegemoet\b)?|"
                r"\b(?:wordt|worden)\s+(?:[^;.]{0,60}?\s)?(?:voldaan|tegemoetgekomen|"
                rf"tegemoet\s+gekomen)\s+aan\s+{PROMISE_OBJECT}|"
                rf"\b(?:wordt|worden)\s+(?:[^;.]{{0,60}}?\s)?aan\s+{PROMISE_OBJECT}"
                r"[^;.]{0,40}?\b(?:voldaan|tegemoetgekomen|tegemoet\s+gekomen)\b|"
                # the promise the subject: "Een aantal van de toezeggingen wordt met deze brief
                # nagekomen"
                rf"\b{PROMISE_OBJECT}\s+(?:wordt|worden)\s+(?:hiermee\s+|hierbij\s+|(?:met|in|via)\s+"
                r"deze\s+[\w-]*brief\s+)(?:nagekomen|ingelost|gestand\s+gedaan)\b"
            ),
            "Hiermee voldoet de Minister van VWS aan deze toezegging.",
            "In deze brief wordt aan een aantal moties en toezegging voldaan en wordt u "
            "geïnformeerd over de moties en toezeggingen die niet meer dit jaar worden "
            "afgehandeld.",
            "Hiermee wordt ook tegemoetgekomen aan een aantal toezeggingen en verzoeken.",
            "Met deze brief kom ik aan de toezegging tegemoet.",
            "Een aantal van de toezeggingen wordt met deze brief nagekomen.",
        ),
    ),
    (
        # "Deze brief is een uitwerking van de toezegging die ik deed in het commissiedebat",
        # "Dit overzicht vormt de invulling van mijn toezegging": this document *is* the
        # promised one. Not "een uitwerking van de motie" (F3: no toezegging named).
        "is_the_promised",
        example(
            re.compile(
                r"\b(?:[Dd]eze|[Dd]it)\s+[\w-]*(?:brief|verslag|rapportage|notitie|nota|overzicht)"
                r"\s+(?:(?:is|vormt|betreft|bevat)\s+(?:de|het|een|mijn|onze)\s+(?:[\w-]+\s+){0,2}?|"
                # "Deze brief strekt tot nakoming van de toezegging"
                r"strekt\s+(?:mede\s+)?tot\s+)"
                r"(?:uitwerking|invulling|uitvoering|nakoming|afdoening)\s+van\s+(?:de|mijn|zijn|"
                r"onze|een|deze|die|het)\s+(?:[\w-]+\s+){0,3}?toezegging"
            ),
            "Deze brief is een uitwerking van de toezegging die ik deed in het commissiedebat van "
            "3 maart.",
            "Dit overzicht vormt de nakoming van mijn toezegging aan het lid Bikker.",
        ),
    ),
    (
        "ga_in_op",
        example(
            re.compile(
                r"\b(?:ga|gaat|gaan)\s+(?:ik|wij|het\s+kabinet)\s+(?:[^;]{0,40}?\s)?in\s+op\s+"
                r"(?:de|mijn|zijn)\s+toezegging|"
                # the promises in a list of what this letter takes up: "Daarnaast ga ik in op de
                # motie Bisschop, mijn toezeggingen omtrent het beheer van de Oosterscheldekering"
                r"\b(?:ga|gaan)\s+(?:ik|wij|we)\s+(?:[^;.]{0,40}?\s)?in\s+op\s+[^;.]{0,120}?,\s+"
                r"(?:mijn|onze|de)\s+(?:[\w-]+\s+){0,3}?toezegging|"
                # the passive: "Ook wordt ingegaan op de toezeggingen die tijdens het AO zijn
                # gedaan"
                r"\b(?:wordt|worden)\s+(?:[^;.]{0,40}?\s)?ingegaan\s+op\s+(?:de|enkele|een\s+aantal|"
                r"diverse|mijn|onze)\s+(?:[\w-]+\s+)?toezegging"
            ),
            "In deze brief ga ik tevens in op de toezegging over de exportvergunningen.",
            "Ook wordt ingegaan op de toezeggingen die tijdens het AO zijn gedaan.",
            "Daarnaast ga ik in op de motie Bisschop, mijn toezeggingen omtrent het beheer van de "
            "Oosterscheldekering en de vraag uit het vragenuur.",
        ),
    ),
    (
        # The written answer promised in a debate for the same day ("heden", "vandaag"): the
        # letter that says so is that answer (a nader antwoord after a plenary debate).
        "same_day",
        example(
            re.compile(
                r"\b(?:heb|hebben)\s+(?:ik|wij)\s+(?:u|uw\s+Kamer)\s+(?:toegezegd|aangekondigd)\b"
                r"[^;.]{0,40}?\b(?:heden|vandaag)\b[^;.]{0,60}?\bte\s+(?:antwoorden|beantwoorden|"
                r"informeren|berichten|reageren)\b"
            ),
            "Vandaag heb ik u aangekondigd heden schriftelijk nader te antwoorden op vragen die "
            "de leden Van der Plas en Omtzigt stelden aan het einde van de tweede termijn.",
            "In het debat van vanmiddag heb ik uw Kamer toegezegd vandaag nog schriftelijk te "
            "reageren op het advies.",
        ),
    ),
    (
        # The register's own closing formula: "Hiermee beschouw ik de toezegging als afgedaan",
        # "Met deze brief is de toezegging … ingelost", "Daarnaast worden met deze brief enkele
        # moties en toezeggingen afgedaan", "Hiermee los ik de toezegging in". This document
        # (hiermee, met deze brief) or the government's judgement now; negated or future it
        # is a promise still open (FULFIL_NOT_NOW_RE).
        "afgedaan",
        example(
            re.compile(
                r"\b(?:beschouw|beschouwt|beschouwen)\s+(?:ik|wij|we|het\s+kabinet)\b[^;.]{0,80}?"
                r"\btoezegging\w*\b[^;.]{0,200}?\bals\s+(?:afgedaan|afgehandeld|ingelost|"
                r"nagekomen|voldaan)\b|"
                r"\b(?:[Hh]iermee|[Hh]ierbij|[Mm]et\s+(?:deze|dit)\s+[\w-]*(?:brief|rapportage|"
                r"notitie|nota|verslag|overzicht))\s+(?:is|zijn|wordt|worden)\s+(?:[^;.]{0,80}?\s)?"
                r"toezegging\w*\b[^;.]{0,200}?\b(?:afgedaan|afgehandeld|ingelost|nagekomen)\b|"
                r"\b(?:wordt|worden)\s+(?:[^;.]{0,40}?\s)?(?:hiermee|hierbij|met\s+(?:deze|dit)\s+"
                r"[\w-]*(?:brief|rapportage|notitie|nota|verslag|overzicht))\s+(?:[^;.]{0,80}?\s)?"
                r"toezegging\w*\b[^;.]{0,80}?\b(?:afgedaan|afgehandeld|ingelost)\b|"
                r"\b(?:los|lost|lossen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:(?:hiermee|hierbij|daarmee|"
                rf"ook|tevens|met\s+deze\s+brief)\s+)*{PROMISE_OBJECT}\b[^;.]{{0,200}}?\bin\b|"
                # the promise first, in the passive: "Een aantal van deze moties en toezegging
                # wordt met het verzenden van deze brief als afgedaan beschouwd"
                r"\btoezegging\w*\b[^;.]{0,120}?\b(?:wordt|worden)\s+(?:[^;.]{0,40}?\s)?(?:hiermee|"
                r"hierbij|met\s+(?:het\s+(?:verzenden|versturen|toezenden)\s+van\s+)?(?:deze|dit)\s+"
                r"[\w-]*(?:brief|rapportage|notitie|nota|verslag|overzicht))\s+(?:[^;.]{0,40}?\s)?"
                r"als\s+(?:afgedaan|afgehandeld|ingelost|voldaan)\s+(?:beschouwd|aangemerkt|gezien)\b"
            ),
            "Hiermee beschouw ik de toezegging als afgedaan.",
            "Met deze brief is de toezegging aan het lid Jansen ingelost.",
            "Daarnaast worden met deze brief enkele moties en toezeggingen afgedaan.",
            "Hiermee los ik de toezegging in om uw Kamer te informeren over de pilots.",
            "Een aantal van deze moties en toezegging wordt met het verzenden van deze brief als "
            "afgedaan beschouwd.",
        ),
    ),
)
# A "fulfils_now" row that is negated, future or conditional is a promise still to keep: "zal ik
# hiermee aan de toezegging voldoen", "voldoet niet aan de toezegging", "kan ik nog niet aan de
# toezegging voldoen".
FULFIL_NOT_NOW_RE = example(
    re.compile(r"\b(?:zal|zullen|zou|zouden|niet|geen|kan|kunnen|nog|[Ll]ater)\b"),
    "Daarmee zal ik later aan deze toezegging voldoen.",
)
# An "afgedaan" row that is negated or future is a promise still open: "kan … nog niet als
# afgedaan worden beschouwd", "zal … worden ingelost" ("nog" alone may stand: "de laatste nog
# openstaande toezegging is hiermee afgedaan").
AFGEDAAN_NOT_NOW_RE = example(
    re.compile(r"\b(?:zal|zullen|zou|zouden|niet|geen)\b"),
    "Met deze brief zal de toezegging worden ingelost.",
)
# A committee acting on the promises (the Eerste Kamer's notes: "besluiten de commissies om een
# nadere toelichting te vragen op de uitvoering van de toezeggingen", "De commissie merkt de
# toezegging als voldaan aan"): the Chamber's judgement of them, no fulfilment by this text.
COMMITTEE_ACTS_RE = example(
    re.compile(
        r"\b(?:besluit|besluiten|vraagt|vragen|verzoekt|verzoeken|merkt|merken)\s+de\s+(?:vaste\s+)?"
        r"commissies?\b|\b[Dd]e\s+(?:vaste\s+)?commissies?\b(?:\s+voor\s+[^,;.]{2,80}?)?\s+"
        r"(?:besluit|besluiten|vraagt|vragen|verzoekt|verzoeken|merkt|merken)\b"
    ),
    "In reactie op de brief van de minister besluiten de commissies om een nadere toelichting te "
    "vragen op de uitvoering van de toezeggingen.",
)
# A "gestand" row with "zal", "heeft", ... is a promise or a past fulfilment, not this one.
GESTAND_NOT_NOW_RE = example(
    re.compile(r"\b(?:zal|zullen|heeft|hebben)\b"),
    "Ik zal de toezegging in het voorjaar gestand doen.",
)
# "Zoals toegezegd ..." counts as a fulfilment only when the sentence also informs now
# (PRESENT_MARKER_RE) with a present-tense verb (INFORM_NOW_RE).
# Between "zoals" and "toegezegd" the government as subject, or only adverbials of time, form
# and place ("Zoals eerder dit jaar schriftelijk toegezegd", "Zoals in het commissiedebat
# toegezegd"; a glued footnote digit may follow a word): no other subject's finite verb
# ("Zoals de Commissie heeft toegezegd" is another party's promise, N3).
AS_PROMISED_RE = example(
    re.compile(
        r"\b[Zz]oals\s+(?:(?:ik|wij|het\s+kabinet)\s+(?:[^,;.]{0,60}?\s)?"
        r"(?:heeft\s+|heb\s+|hebben\s+|is\s+)?|(?:(?!(?:heeft|hebben|heb)\b)[^,;.]){0,60}?\s)?"
        # ("Zoals beloofd stuur ik u hierbij …" says the same)
        r"(?:toegezegd|beloofd)(?:\d{1,2})?\b|"
        # an announcement to the Kamer in an earlier document counts the same ("Zoals
        # aangekondigd in de 9e voortgangsrapportage informeer ik u in deze …"); not one in a
        # coalition agreement or a programme (a plan, N1)
        r"\b[Zz]oals\s+(?:eerder\s+|reeds\s+)?aangekondigd(?:\d{1,2})?\s+(?:in|bij)\s+"
        r"(?:de|het|mijn|onze)\s+(?:[\w-]+\s+){0,3}?[\w-]*(?:brief|rapportage|verslag|notitie|"
        r"nota)(?:\d{1,2})?\b|"
        # the document first: "Zoals in mijn brief van 6 juli jongstleden aangekondigd, stuur ik …"
        r"\b[Zz]oals\s+(?:eerder\s+|reeds\s+)?(?:in|bij)\s+(?:de|het|mijn|onze)\s+(?:[\w-]+\s+){0,3}?"
        r"[\w-]*(?:brief|rapportage|verslag|notitie|nota)\b[^,;.]{0,60}?\s(?:aangekondigd|toegezegd)"
        r"(?:\d{1,2})?\b"
    ),
    "Zoals aangekondigd in de 9e voortgangsrapportage1 informeer ik u in deze "
    "voortgangsrapportage over de streefdatum.",
    "Zoals toegezegd tijdens het plenaire debat over de NAVO-top op 12 maart jl., informeer "
    "ik uw Kamer hierbij over de Nederlandse inzet.",
    "Zoals ik u bij verschillende gelegenheden heb toegezegd, informeer ik u hierbij over de "
    "voortgang.",
    "Zoals eerder dit jaar schriftelijk1 toegezegd, informeer ik u via deze brief over de "
    "hoofdlijnen van het ontwerp Invoeringsbesluit Omgevingswet.",
    "Graag informeer ik uw Kamer in deze hoofdlijnenbrief over de Europawet en het "
    "bijbehorende tijdspad, zoals toegezegd tijdens het Commissiedebat EU-informatievoorziening "
    "van 10 februari jl.",
)
# "Zoals toegezegd, stuur ik u een afschrift van …": the main clause opens with the verb in the
# present right after the "zoals" clause, so the sending is this letter's, even without
# "hierbij".
AS_PROMISED_THEN_VERB_RE = example(
    re.compile(
        # (the comma may be left out: "Zoals toegezegd neem ik u mee in de stand van zaken")
        r"(?:toegezegd|beloofd)(?:\d{1,2})?\s*,?\s*(?:(?:informeer|bericht|stuur|zend|bied|geef|doe|neem)\s+"
        r"(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b|"
        # "Zoals eerder toegezegd, gaan we daarbij ook in op …" (not "in de volgende brief")
        r"(?:ga|gaan)\s+(?:ik|wij|we)\s+(?:daarbij\s+|hierbij\s+|hier\s+|daar\s+|ook\s+|tevens\s+)*"
        r"in\s+op\b)"
    ),
    "Zoals eerder toegezegd, gaan we daarbij ook in op het groeiende volume aan uitgesteld "
    "onderhoud.",
    "Zoals toegezegd1, stuur ik u een afschrift van de brief aan de Tweede Kamer.",
    "Zoals toegezegd neem ik u mee in de stand van zaken van de inwerkingtreding.",
)
# The sentence opens with the government delivering in the present, the subject first ("We
# bieden de voortgang van de drie aanpakken aan zoals eerder aan uw Kamer is toegezegd"), as a
# letter's list of its own contents does: with "zoals toegezegd", this letter keeps it.
DELIVERS_FIRST_RE = example(
    re.compile(
        r"^\W*(?:Ik|Wij|We|Het\s+kabinet)\s+(?:bied|biedt|bieden|stuur|stuurt|sturen|zend|zendt|"
        r"zenden|informeer|informeert|informeren|geef|geeft|geven)\s+(?:u|uw\s+Kamer|de\s+Kamer|"
        r"de|het|een)\b"
    ),
    "We bieden de voortgang van de drie aanpakken aan zoals eerder aan uw Kamer is toegezegd.",
)
INFORM_NOW_RE = example(
    re.compile(
        r"\b(?:informeer|informeert|bericht|stuur|zend|bied)\s+(?:ik|wij|het\s+kabinet)\b|"
        # "doe ik U hierbij … toekomen"
        r"\b(?:doe|doen)\s+(?:ik|wij)\s+(?:u|U|uw\s+Kamer)\b[^;]{0,160}?\btoekomen\b|"
        r"\b(?:treft|vindt|ontvangt)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b|"
        # "In deze voortgangsrapportage is zoals toegezegd aandacht voor ...", "wordt in deze
        # brief aandacht besteed aan ..."
        r"\baandacht\s+(?:besteed\s+)?(?:voor|aan)\b|"
        # "In deze brief ga ik, zoals toegezegd, in op ...", "geef ik u hierbij een overzicht"
        r"\b(?:ga|gaan|gaat)\s+(?:ik|wij|het\s+kabinet)\b[^;]{0,60}?\bin\s+op\b|"
        r"\b(?:geef|geven|geeft)\s+(?:ik|wij|het\s+kabinet)\b|"
        # "Zoals toegezegd neem ik u mee in de stand van zaken", "schets ik", "licht ik toe"
        r"\b(?:neem|nemen)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer|de\s+Kamer)\s+mee\b|"
        r"\b(?:schets|schetsen|licht|lichten)\s+(?:ik|wij|we)\b|"
        # "Met deze brief reageer ik, zoals toegezegd, op het rapport"
        r"\b(?:reageer|reageren|reageert)\s+(?:ik|wij|het\s+kabinet)\b|"
        # the passive: "Over de voortgang … wordt in het onderstaande gerapporteerd, zoals
        # toegezegd bij het Algemeen Overleg", "wordt u hierbij geïnformeerd"
        r"\b(?:wordt|worden)\s+(?:[^;.]{0,60}?\s)?(?:gerapporteerd|ge[iï]nformeerd|ingegaan|"
        r"verslag\s+gedaan|toegezonden|aangeboden)\b"
    ),
    "Zoals toegezegd informeer ik uw Kamer hierbij over de Nederlandse inzet.",
    "Zoals toegezegd treft u hierbij het rapport aan.",
    "In deze brief ga ik, zoals toegezegd, in op de vragen van het lid Bikker.",
    "Zoals toegezegd geef ik u hierbij een overzicht van de stand van zaken.",
    "Zoals toegezegd neem ik u mee in de stand van zaken van de inwerkingtreding.",
    "In deze voortgangsrapportage is zoals toegezegd aandacht voor de kwaliteit.",
    "Over de voortgang van de uitvoering van het Plan van Aanpak wordt in het onderstaande "
    "gerapporteerd, zoals toegezegd bij het Algemeen Overleg hierover.",
)
# "Conform mijn toezegging stuur ik u hierbij het rapport", "Overeenkomstig de toezegging van
# mijn ambtsvoorganger bied ik u hierbij ... aan", "In lijn met de toezegging in het
# commissiedebat informeer ik u met deze brief": like "Zoals toegezegd", a fulfilment only when
# the sentence also delivers now (PRESENT_MARKER_RE and INFORM_NOW_RE). Not "Conform afspraak"
# (routine, F4), not "Overeenkomstig zijn toezegging heeft mijn ambtsvoorganger ... bericht"
# (kept earlier, F5: no delivery now).
IN_LINE_WITH_PROMISE_RE = example(
    re.compile(
        r"\b(?:[Cc]onform|[Oo]vereenkomstig|[Ii]ngevolge|[Ii]n\s+lijn\s+met|[Gg]elet\s+op|"
        r"[Tt]er\s+(?:uitvoering|nakoming)\s+van|[Ii]n\s+(?:antwoord|vervolg)\s+op|"
        r"[Nn]aar\s+aanleiding\s+van)\s+"
        # the determiner may be left out: "Graag informeer ik uw Kamer, conform toezegging, …"
        r"(?:(?:de|mijn|onze|zijn|haar|deze|die|het)\s+(?:[\w-]+\s+){0,3}?)?toezegging"
    ),
    "Conform mijn toezegging stuur ik u hierbij het rapport.",
    "Overeenkomstig de toezegging van mijn ambtsvoorganger bied ik u hierbij de evaluatie aan.",
    "Ter uitvoering van mijn toezegging in het commissiedebat stuur ik u hierbij de evaluatie.",
    "Graag informeer ik uw Kamer, conform toezegging, over de OndernemersTop.",
)
# A letter's own act in its politest form, "Graag informeer ik uw Kamer over …": now, as
# "hierbij" is (for a fulfilment only: among promises "Graag wil ik …" is this letter too).
GLADLY_NOW_RE = example(
    re.compile(
        r"^\s*Graag\s+(?:informeer|bericht|stuur|zend|bied|deel)\s+(?:ik|wij|we|het\s+kabinet)\b"
    ),
    "Graag informeer ik uw Kamer, conform toezegging, over de OndernemersTop.",
)
# ... and the next item of this letter's list of contents, the verb first: "In deze brief
# informeer ik u over de Raad. Ook informeer ik u, conform toezegging, over het criterium …"
# (read only when no time is named: "Ook informeer ik u na de zomer …" is still to come).
ALSO_NOW_RE = example(
    re.compile(
        r"^\s*(?:Ook|Tevens|Verder|Daarnaast|Voorts)\s+(?:(?:informeer|bericht|stuur|zend|bied)\s+"
        r"(?:ik|wij|we|het\s+kabinet)\s+(?:u|uw\s+Kamer)\b|"
        # the passive: "Tevens wordt u geïnformeerd over …, overeenkomstig de toezegging …"
        r"wordt\s+(?:u|uw\s+Kamer)\s+(?:hierbij\s+|nu\s+)?(?:ge[iï]nformeerd|bericht)\b)"
    ),
    "Ook informeer ik u, conform toezegging, over het criterium voor de uitsluiting.",
    "Tevens wordt u geïnformeerd over de wijze waarop de Belastingdienst een vervolg wil geven "
    "aan het rapport, overeenkomstig de toezegging in de Kamerbrief van 10 juli 2024.",
)

# F2: a sentence that reports an earlier promise ("In de brief is toegezegd dat ...", "Wij
# hebben toegezegd ...") ...
# Any reference to the promise counts: "toegezegd", "toezeggingen gedaan", "beloofd", "zegde
# toe", "heb ik aangegeven het u te zullen toesturen", "heb ik u laten weten dat ik … zou",
# "conform mijn toezegging". Not the noun alone ("de stand van zaken van de recent gedane
# toezeggingen" is an overview of promises, not the report of the one kept).
PROMISE_REPORT_RE = example(
    re.compile(
        r"\b(?:is|werd|heb|hebben|heeft)\b[^.;]{0,160}?\b(?:toegezegd|beloofd)\b|"
        r"\btoegezegd\b[^.;]{0,40}\b(?:dat|om)\b|"
        r"\b(?:heb|hebben|heeft|is|zijn|werd|werden)\b[^.;]{0,120}?\btoezegging\w*\s+gedaan\b|"
        r"\b(?:zegde|zegden)\b[^.;]{0,120}?\btoe\b|"
        r"\b(?:heb|hebben|heeft)\b[^.;]{0,120}?\b(?:aangegeven|laten\s+weten|gemeld|"
        r"aangekondigd)\b[^.;]{0,120}?\bte\s+zullen\b|"
        r"\b(?:heb|hebben|heeft)\b[^.;]{0,80}?\b(?:aangegeven|laten\s+weten|gemeld|aangekondigd|"
        r"bericht)\s+dat\s+(?:ik|wij|het\s+kabinet)\b[^.;]{0,120}?\b(?:zou|zouden)\b|"
        # "waarin ik heb aangegeven uw Kamer zo spoedig mogelijk te informeren over …"
        r"\b(?:heb|hebben|heeft)\b[^.;]{0,40}?\b(?:aangegeven|laten\s+weten|aangekondigd)\s+"
        rf"{KAMER_OR_U}\b[^.;]{{0,120}}?{TE_INFORM_VERB}|"
        r"\b(?:[Cc]onform|[Oo]vereenkomstig|[Ii]ngevolge|[Tt]er\s+uitvoering\s+van|[Ii]n\s+lijn\s+met)"
        r"\s+(?:de|mijn|onze|zijn|haar|deze|die|het)\s+(?:[\w-]+\s+){0,3}?toezegging|"
        # "heb ik uw Kamer het rapport aangeboden onder de toezegging dat ik … een reactie zal
        # sturen": the promise made with an earlier delivery
        r"\b(?:heb|hebben|heeft)\b[^.;]{0,200}?\b(?:onder|met)\s+de\s+toezegging\s+(?:dat|om)\b"
    ),
    "In de brief is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden "
    "geïnformeerd over de voortgang van de maatregelen.",
    "Tijdens deze behandeling heb ik u een brief toegezegd over het fraudebegrip.",
    "Tijdens deze vergadering zijn enkele toezeggingen gedaan.",
    "Tijdens het Algemeen Overleg Gevangeniswezen op 8 februari jl. heb ik aangegeven het u te "
    "zullen toesturen.",
    "In het debat zegde ik toe de evaluatie na de zomer te sturen.",
    "In mijn brief van 9 oktober heb ik aangegeven uw Kamer zo spoedig mogelijk te informeren.",
    "Op 4 juli heb ik uw Kamer het rapport aangeboden onder de toezegging dat ik u voor het "
    "commissiedebat een reactie zal sturen.",
)
# ... but not another party's promise: "heeft de Stichting van de Arbeid toegezegd u regelmatig te
# informeren" is kept by the Stichting, so the minister forwarding its report keeps nothing (N3).
OTHER_PARTY_PROMISE_RE = example(
    re.compile(
        r"\b(?:heeft|hebben)\s+(?:(?:de|het)\s+)?(?!(?:[Mm]inister|[Ss]taatssecretaris|[Kk]abinet|"
        r"[Rr]egering|[Bb]ewindspersoon)\b)[A-Z][\w-]*(?:\s+(?:van\s+(?:de|het)\s+)?[A-Z][\w-]*)*"
        r"\s+(?:[^.;]{0,40}?\s)?toegezegd\b"
    ),
    "In dat overleg heeft de Stichting van de Arbeid toegezegd u regelmatig te informeren over de "
    "uitvoering van het akkoord.",
    "Daarbij heeft ProRail toegezegd de Kamer te informeren.",
)
# ... followed by one saying that this document delivers now ("ontvangt u deze brief nu",
# "In deze brief geven we een overzicht"): both are one fulfilment statement.
DELIVERY_NOW_RE = example(
    re.compile(
        r"\b(?:ontvangt|treft|vindt)\s+(?:u|uw\s+Kamer|de\s+Kamer)\b[^.;]{0,60}?\b(?:deze|dit|"
        r"hierbij|bijgaand\w*|"
        r"bijgevoegd\w*|bijlage\w*|hierna|nu)\b|"
        # "U ontvangt het als bijlage bij deze brief", "In de bijlage treft u een overzicht aan"
        r"\b(?:[Hh]ierbij|[Bb]ijgaand\w*|[Bb]ijgevoegd\w*)\s+(?:treft|vindt|ontvangt)\s+"
        r"(?:u|uw\s+Kamer|de\s+Kamer)\b|"
        r"\b[Uu]\s+(?:ontvangt|treft|vindt)\b[^.;]{0,80}?\b(?:deze|dit|hierbij|bijgaand\w*|"
        r"bijgevoegd\w*|bijlage\w*|hierna|nu)\b|"
        # ("In bijlage 2 bij deze voortgangsbrief ontvangt uw Kamer de gevraagde onderbouwing")
        r"\b(?:[Ii]n|[Aa]ls)\s+(?:de\s+)?bijlage\w*\s+(?:[^.;]{0,40}?\s)?(?:treft|vindt|ontvangt)\s+"
        r"(?:u|uw\s+Kamer)\b|"
        # "Ik informeer u in deze brief over de uitkomsten", "Hierbij stuur ik u het rapport"
        # "Graag informeer ik uw Kamers over de stand van zaken": the present, politely
        r"\b[Gg]raag\s+(?:informeer|informeren|bericht|berichten|stuur|sturen|zend|zenden|bied|"
        r"bieden)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamers?)\b|"
        r"\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:informeer|informeren|bericht|berichten|stuur|sturen|zend|"
        # ("Ik stuur u daartoe een afschrift": to keep the promise just reported)
        r"zenden|bied|bieden|geef|geven)\s+(?:u|uw\s+Kamers?)\b[^.;]{0,40}?\b(?:hierbij|bij\s+dezen|"
        r"daartoe|hiertoe|"
        r"(?:in|met|via)\s+deze\s+[\w-]*(?:brief|rapportage|notitie|verslag))\b|"
        r"\b(?:[Hh]ierbij|[Bb]ij\s+dezen|[Bb]ijgaand|[Bb]ijgevoegd)\s+(?:informeer|bericht|stuur|zend|"
        r"bied|doe|geef|geven)\s+(?:ik|wij|we)\b|"
        # "informeer ik u als volgt": what follows in this letter is the information
        r"\b(?:informeer|bericht)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+als\s+volgt\b|"
        r"\b(?:[Ii]n|[Mm]et)\s+(?:deze|dit)\s+[\w-]*(?:brief|verslag|rapportage|notitie)\s+"
        r"(?:geef|geven|informeer|informeren|ga|gaan|bied|bieden|treft|vindt)\b|"
        r"\bdoe\w*\b[^.;]{0,40}\bhierbij\s+gestand\b|"
        # "Met deze brief doe ik dat", "Met deze brief kom ik die toezegging na", "Dat doe ik
        # hierbij": the act the previous sentence promised, done now.
        r"\b(?:[Mm]et|[Ii]n)\s+(?:deze|dit)\s+[\w-]*(?:brief|verslag|rapportage|notitie)\s+"
        r"(?:doe|doen|kom|komen)\s+(?:ik|wij)\s+(?:dat|dit|die\s+toezegging|deze\s+toezegging|"
        r"hieraan|daaraan|hier\s+aan|daar\s+aan)\b|"
        # "Deze brief geeft daar invulling aan", "Daarover informeer ik u in deze brief": this
        # document, pointing back at the promise just reported
        r"\b(?:[Dd]eze|[Dd]it)\s+[\w-]*(?:brief|verslag|rapportage|notitie)\s+(?:geeft|geven)\s+"
        r"(?:daar|hier)(?:aan)?\s+(?:invulling|uitvoering|gevolg)(?:\s+aan)?\b|"
        r"\b(?:[Dd]aarover|[Hh]ierover)\s+(?:informeer|bericht)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+"
        r"(?:hierbij|nu|(?:in|met|via)\s+(?:deze|dit)\s+[\w-]*(?:brief|verslag|rapportage|notitie))\b|"
        # the passive: "Met deze brief wordt hieraan voldaan", "Hiermee wordt daaraan voldaan"
        r"\b(?:(?:[Mm]et|[Ii]n)\s+(?:deze|dit)\s+[\w-]*(?:brief|verslag|rapportage|notitie)|[Hh]iermee)\s+"
        r"(?:wordt|worden)\s+(?:hier|daar)aan\s+(?:voldaan|tegemoetgekomen|tegemoet\s+gekomen|"
        r"invulling\s+gegeven)\b|"
        r"\b(?:[Dd]at|[Dd]it)\s+(?:doe|doen)\s+(?:ik|wij)\s+(?:hierbij|hiermee|bij\s+dezen?|"
        r"(?:met|middels|via|in)\s+deze\s+brief)\b|"
        # "De evaluatie is als bijlage bij deze brief gevoegd"
        r"\b(?:is|zijn|wordt|worden)\s+(?:als\s+bijlage\s+)?(?:bij|aan)\s+deze\s+[\w-]*brief\s+"
        r"(?:gevoegd|toegevoegd)\b|"
        # "Deze brief behelst de eerste zelfstandige rapportage": this document *is* the
        # deliverable; not a reply to a request or a motie (F3), not an uitstelbericht.
        r"\b(?:[Dd]eze|[Dd]it)\s+[\w-]*(?:brief|verslag|rapportage|notitie|nota)\s+"
        r"(?:behelst|bevat|vormt|is)\s+(?:de|het|een|mijn|onze)\s+(?![^.;]{0,60}\b(?:verzoek|"
        r"motie|uitstel\w*)\b)(?:[\w-]+\s+){0,3}?[\w-]*(?:rapportage|overzicht|verslag|"
        r"reactie|evaluatie|analyse|appreciatie|stand\s+van\s+zaken|uitwerking)\b|"
        # "Deze brief is dan ook te beschouwen als een voortzetting hiervan": this document is
        # what was promised (the sentence before), under another name
        r"\b(?:[Dd]eze|[Dd]it)\s+[\w-]*(?:brief|verslag|rapportage|notitie|nota)\s+(?:is|geldt)\s+"
        r"(?:dan\s+ook\s+)?(?:te\s+beschouwen\s+|te\s+zien\s+)?als\s+(?:een|de|het)\s+"
        r"(?:voortzetting|invulling|uitwerking|vervolg|nakoming)\s+(?:hiervan|daarvan|van\s+(?:die|deze)\s+"
        r"toezegging)\b"
    ),
    "In verband met de kabinetswisseling ontvangt u deze brief nu.",
    "In deze brief geven we een overzicht van de stand van zaken.",
    "Deze brief behelst de eerste zelfstandige rapportage.",
    "Deze brief is dan ook te beschouwen als een voortzetting hiervan.",
    "Bijgevoegd bied ik het rapport en het advies aan uw Kamer aan.",
    "Met deze brief doe ik dat.",
    "Dat doe ik bij deze.",
    "Met deze brief wordt hieraan voldaan.",
    "Deze brief geeft daar invulling aan.",
    "Daarover informeer ik u in deze brief.",
    "De evaluatie is als bijlage bij deze brief gevoegd.",
    "Met deze brief kom ik hieraan tegemoet.",
    "Ik stuur u daartoe een afschrift van mijn brief aan de Eerste Kamer.",
    "Dat doe ik hierbij.",
    "U ontvangt het als bijlage bij deze brief.",
    "Hierbij ontvangt uw Kamer mijn voortgangsbrief.",
    "In de bijlage treft u een overzicht aan van lopende en recent voltooide onderzoeken.",
    "Ik informeer u in deze brief over de uitkomsten van deze tussenevaluatie.",
    "Graag informeer ik uw Kamers over de stand van zaken met betrekking tot de aanvaarde moties "
    "en de door mij gedane toezeggingen.",
)
# ... unless the delivery is of something else: a request or a motie answered (F3), a delay
# ("Ik meld u bij dezen dat indiening … niet haalbaar zal zijn", F5).
# A request answered "mede" (as well) and moties listed with toezeggingen ("over de stand van
# zaken van de aanvaarde moties en de door mij gedane toezeggingen") do not make the delivery
# another one: the promise is still delivered.
DELIVERY_NOT_RE = example(
    re.compile(
        r"\b(?:niet|geen|uitstel\w*|vertraging\w*|"
        r"(?<!mede ter beantwoording van het )(?<!mede naar aanleiding van het )verzoek\w*|"
        # moties listed with toezeggingen, also with the moties' subjects in brackets between
        # ("de moties (over …) en toezeggingen (over …)"): the toezeggingen are kept too
        r"motie\w*(?![^.;]{0,40}\btoezegging)(?!\s*\([^()]{0,300}\)\s+en\s+toezegging))\b"
    ),
    "Met deze brief kom ik aan het verzoek van uw Kamer tegemoet.",
    "Hierbij informeer ik u over de uitvoering van de motie.",
)

# ... but a motie named as the occasion of the government's own promise is no motie carried out:
# "Voor de zomer heb ik naar aanleiding van de aangenomen motie van het lid Eerdmans uw Kamer
# toegezegd een brief te sturen over …" (the letter keeps the promise, F1).
MOTIE_AS_OCCASION_RE = example(
    re.compile(
        r"\bnaar\s+aanleiding\s+van\s+(?:de|het)\s+(?:aangenomen\s+|gewijzigde\s+)?motie\w*\b"
        r"(?=[^.;]{0,80}?\btoegezegd\b)"
    ),
    "Voor de zomer heb ik naar aanleiding van de aangenomen motie van het lid Eerdmans uw Kamer "
    "toegezegd een brief te sturen.",
)

# F1 by position: a letter that opens with the promise it keeps. "In dat overleg heb ik
# toegezegd om uiterlijk 31 oktober uw Kamer te informeren over de voortgang" as the first or
# second sentence of a letter, "In het commissiedebat van 13 december jl. heb ik … twee
# toezeggingen gedaan.": the government's own promise, reported in the past. Counts only when
# the opening has no sign of a delay (POSTPONED_RE) and makes no new promise (an uitstelbrief
# opens with the same words, then says it is late and gives a new date).
OPENING_PROMISE_RE = example(
    re.compile(
        # (a predecessor's promise is the government's: "heeft mijn ambtsvoorganger uw Kamer
        # toegezegd u voor de zomer te informeren")
        r"\b(?:(?:heb|hebben)\s+(?:ik|wij|we)|(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:heb|hebben)|"
        r"heeft\s+(?:mijn|onze)\s+(?:ambtsvoorganger|ambtsvoorgangster|voorganger|voorgangster))\b"
        r"[^.;]{0,160}?"
        # a delivery promised ("toegezegd … te informeren"), not a policy ("toegezegd dat de
        # jeugdbescherming zal worden verbeterd met een op te zetten programma")
        # or to look into something, whose findings the letter gives ("heb ik toegezegd na te
        # gaan of …", "Ik heb uw Kamer toegezegd of, en zo ja, op welke manier …")
        # (or in a "dat" clause: "daarbij toegezegd dat de Staatssecretaris en ik u zullen
        # informeren over het verdere verloop")
        # (not when the promise names a later document: "… in de volgende nota … zal informeren")
        rf"\b(?:toegezegd\b[^.;]{{0,120}}?{TE_INFORM_VERB}|toegezegd\s+dat\b"
        r"(?![^.;]{0,120}?\b(?:volgende|komende|eerstvolgende|later)\b)[^.;]{0,120}?\b(?:zal|"
        rf"zullen)\s+{INFORM_VERB}\b|toegezegd\s+(?:[^.;]{{0,60}}?\s)?"
        r"(?:te\s+(?:onderzoeken|bezien|bekijken|verkennen|kijken)|na\s+te\s+gaan|uit\s+te\s+zoeken)\b|"
        r"toegezegd\s+of\b|(?:een\s+|twee\s+|drie\s+|enkele\s+|"
        r"een\s+aantal\s+)?toezegging\w*\s+gedaan\b)|"
        r"\b(?:is|zijn)\s+(?:[^.;]{0,60}?\s)?(?:door\s+mij\s+)?(?:een\s+|twee\s+|drie\s+|enkele\s+|"
        r"een\s+aantal\s+)?toezegging\w*\s+gedaan\b"
    ),
    "In dat overleg heb ik toegezegd om uiterlijk 31 oktober uw Kamer te informeren over de "
    "voortgang met betrekking tot deze problematiek.",
    "In het commissiedebat van 13 december jl. heb ik, naar aanleiding van vragen van het lid "
    "Omtzigt, twee toezeggingen gedaan.",
    "Tijdens het debat heb ik toegezegd na te gaan of de regeling kan worden verlengd.",
)
# A delay or a promise still open, in the opening of a letter: "heb ik een aantal dagen extra
# tijd nodig", "is het helaas niet gelukt", "zodra het rapport gereed is".
POSTPONED_RE = example(
    re.compile(
        r"\b(?:uitstel\w*|uitgesteld|extra\s+tijd|meer\s+tijd|vertraging\w*|vertraagd|later\s+dan|"
        r"niet\s+eerder\s+dan|helaas|niet\s+(?:haalbaar|mogelijk|gereed|tijdig|lukken|gelukt|in\s+staat)|"
        r"nog\s+niet|loopt\s+nog|nog\s+gaande|op\s+een\s+later\s+moment|zo\s+spoedig\s+mogelijk|zodra|"
        r"binnenkort|(?:nog\s+)?(?:enige|enkele|wat|langere)\s+tijd\s+(?:gaat\s+|zal\s+)?"
        r"(?:duren|kosten|vergen))\b",
        re.IGNORECASE,
    ),
    "Gezien de samenloop van verzoeken heb ik een aantal dagen extra tijd nodig om aan deze "
    "toezegging te kunnen voldoen.",
    "Hierbij bericht ik u dat het gestand doen van deze toezeggingen nog enige tijd gaat duren.",
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
