"""Promises said in passing or in a debate's words (P3c, P23-P27): a delivery the sentence takes
for granted ("Zodra ik de kabinetsreactie naar uw Kamer stuur"), a request the government will
meet, the content of a document just promised, "Die brief komt er inderdaad aan", "Ik wil de heer
X toezeggen dat …". Each is used by ``commitments._match_commitment`` (or, for P27, by
``commitments.commitment_candidate`` right after a promise), with the kind of the promise it
completes ("toezeggen", "deliver_document", "content_promise").
"""

from __future__ import annotations

import re

from .blocks import DOCUMENT_NOUN, KAMER, KAMER_OR_U, example

# P3c the same with a modal, to a member in a debate: "Ik wil de heer Wörsdörfer toezeggen dat ik
# op de inzichten uit dit onderzoek uitgebreider terugkom", "Ik zou graag toezeggen in de richting
# van mevrouw Agema om dat … nader te verhelderen". Not "Ik kan niet toezeggen" (negated), not a
# member asking ("Kan de minister toezeggen …?", a question).
MODAL_TOEZEGGEN_RE = example(
    re.compile(
        # the deliverable as the object: "Ik wil met alle plezier een brief aan u toezeggen"
        r"\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:wil|willen|kan|kunnen)\s+(?:[^;.?]{0,40}?\s)?(?:een|de|"
        rf"het)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_NOUN}|overzicht)\s+(?:aan\s+{KAMER_OR_U}\s+)?"
        r"toezeggen\b|"
        # "Die toezegging doe ik graag", "Dat kan ik toezeggen": the promise just offered
        r"\b(?:[Dd]ie|[Dd]at|[Dd]eze)\s+toezegging\s+(?:doe|wil|kan)\s+ik\b(?!\s+(?:\w+\s+)?niet)|"
        # (the Kamer may be named: "Ik kan u toezeggen dat u de … informatie … ontvangt")
        r"\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:wil|willen|zou|zouden|kan|kunnen)\s+(?:[^;.?]{0,60}?\s)?"
        r"toezeggen\b\s*,?\s+(?:[^;.?]{0,80}?\s)?(?:dat|om)\b"
        # what is promised is a delivery to the Kamer, not an assurance ("dat de normale regels
        # van toepassing zijn", "dat ik alles in het werk zal stellen")
        r"(?=[^;.?]{0,160}?(?:\bterug(?:kom|komen|\s+te\s+komen)\b|\b(?:informeer|informeren|"
        r"stuur|sturen|zend|zenden|bericht|berichten|verhelderen|toelichten|toe\s+te\s+lichten|"
        r"ingaan|in\s+te\s+gaan|ontvangt|ontvangen)\b|\b(?:brief|notitie|overzicht|rapportage)\b))"
    ),
    "Ik wil de heer Wörsdörfer toezeggen dat ik op de inzichten uit dit onderzoek uitgebreider "
    "terugkom.",
    "Ik zou graag toezeggen in de richting van mevrouw Agema om dat bij die aanpak nader te "
    "verhelderen.",
    "Ik wil met alle plezier een brief aan u toezeggen.",
    "Ik kan u toezeggen dat u de informatie over de opzet voor 1 april ontvangt.",
    "Die toezegging doe ik dus graag, maar ik ontraad de motie.",
)

# P23 deliveries said in a debate's words: "Die brief komt er inderdaad aan", "Anders maak ik
# daar een aparte brief van", "dat ik daar in de brief nader op terugkom", "Dat zullen we
# inderdaad betrekken bij die reactie", "met een fraudeaanpak richting de Kamer te komen", "het
# kabinet … de voornoemde stukken zal meesturen". Not "deze brief komt aan op" (comes down to),
# not past ("kwam", "heb … gemaakt").
SPOKEN_DELIVERY_RE = example(
    re.compile(
        rf"\b(?:[Dd]ie|[Dd]e|[Dd]at|[Hh]et)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_NOUN}\s+komt\s+"
        r"(?:er\s*)?(?:(?:inderdaad|nog|echt|zeker|ook|zo\s+snel\s+mogelijk)\s+)*aan\b(?!\s+op\b)|"
        r"\b(?:maak|maken)\s+(?:ik|wij|we)\s+(?:daar|hier|er)\s+(?:\w+\s+){0,2}?(?:een|twee|drie)\s+"
        r"(?:aparte\s+|afzonderlijke\s+|separate\s+)?brie(?:f|ven)\s+van\b|"
        rf"\b(?:ik|wij|we)\s+(?:daar|hier)\s+in\s+(?:de|mijn|die|een|onze)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{DOCUMENT_NOUN}\b[^;.]{{0,40}}?\bop\s+terug(?:kom|komen)\b|"
        rf"\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b[^;.]{{0,60}}?\bbetrekken\s+bij\s+"
        rf"(?:de|die|het|dat|mijn|onze|een)\s+(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_NOUN}|reactie)\b|"
        rf"\bmet\s+(?:een|de|het|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s+(?:richting|naar)\s+"
        rf"{KAMER}\s+(?:te\s+)?(?:komen|kom|komt)\b|"
        r"\b(?:zal|zullen)\s+(?:[^;.]{0,60}?\s)?(?:meesturen|meezenden|bijvoegen)\b|"
        # "Er komt nog een brief waarin …": a coming document announced, not another's ("van")
        # (with any adverbials before it: "Er komt voor het volgende NVWA-debat nog een brief",
        # "Er komt in maart een uitgebreide reactie naar de Kamer"; an answer "van de vraag" is
        # ours, a letter "van de gemeenten" is not)
        r"\b[Ee]r\s+(?:komt|komen)\s+(?:[^;.,]{0,50}?\s)?(?:een|twee|drie|nog\s+een)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:(?:{DOCUMENT_NOUN}|brieven)\b(?!\s+van\b(?!\s+de\s+vraag))|"
        r"(?:appreciatie|analyse|evaluatie|kabinetsreactie)\b)|"
        # the Kamer gets it from the government: "U krijgt van mij ook een bredere brief over
        # waterstof", "Daar krijgt u een brief over"
        r"\b[Uu]\s+krijgt\s+van\s+(?:mij|ons|het\s+kabinet)\b[^;.]{0,40}?\b(?:een|de|het|die|nog\s+"
        rf"een)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_NOUN}|brieven)\b|"
        r"\b(?:[Dd]aar|[Hh]ier|[Dd]aarover|[Hh]ierover)\s+krijgt\s+u\s+(?:[^;.]{0,30}?\s)?(?:een|nog\s+"
        rf"een)\s+(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_NOUN}|brieven)\b|"
        # a document or study "komt naar de Kamer": "Dat onderzoek komt ook naar uw Kamer toe"
        rf"\b(?:{DOCUMENT_NOUN}|[\w-]*(?:onderzoek|rapport|evaluatie|analyse|appreciatie))\s+"
        r"(?:komt|komen)\s+(?:(?:ook|nog|dan|zeker|straks|binnenkort|natuurlijk|sowieso)\s+)*"
        rf"naar\s+{KAMER}(?:\s+toe)?\b|"
        # the same return in a subordinate clause or with adverbs, in writing: "Ik stel voor dat
        # ik daar later schriftelijk op terugkom", "kom ik daar schriftelijk op terug" (not "daar
        # kom ik zo op terug", the debate's own order)
        r"\b(?:(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:daar|hier|er)|(?:kom|komen)\s+(?:ik|wij|we)\s+"
        r"(?:daar|hier|er))"
        r"\s+(?:\w+\s+){0,3}?(?:schriftelijk|per\s+brief|in\s+een\s+brief)\s+(?:\w+\s+){0,2}?"
        r"op\s+terug(?:kom|komen)?\b"
    ),
    "Die brief komt er inderdaad aan.",
    "Anders maak ik daar een aparte brief van.",
    "Laat ik zeggen dat ik daar in de brief nader op terugkom.",
    "Dat zullen we inderdaad betrekken bij die reactie.",
    "Dat is ook de achtergrond van de inzet van het kabinet om over een aantal weken met een "
    "fraudeaanpak richting de Kamer te komen.",
    "Dat brengt mij tot de toezegging dat zodra het kabinet tot besluitvorming is gekomen en dat "
    "aan uw Kamer meldt, het kabinet in dit geval de voornoemde stukken zal meesturen.",
    "Er komt nog een brief waarin het kabinet de Kamer gaat informeren over de aanpak.",
    "Ik stel voor dat ik daar later schriftelijk op terugkom.",
    "Volgens mij kom ik daar beter schriftelijk op terug.",
    "Er komen nog twee brieven over de uitvoering.",
    "Er komt voor het volgende NVWA-debat nog een brief waarin we hier verder op ingaan.",
    "Er komt sowieso een beantwoording van de vraag of de kosten worden doorberekend.",
    "Er komt in maart een uitgebreide reactie naar de Kamer.",
    "Dat onderzoek komt ook naar uw Kamer toe.",
    "U krijgt van mij ook een bredere brief over waterstof.",
    "Daar krijgt u een brief over.",
)
# P28 what a coming document will take up, said in a debate: "Laat ik zorgen dat ik dat in dat
# korte briefje meeneem", "dan zorg ik dat dat ook opgenomen wordt in die brief", "Maar in de
# brief die voor de stemmingen komt, neem ik … deze specifieke suggestie … mee". Not "deze
# brief" (this one), not past ("nam … mee").
SPOKEN_CONTENT_RE = example(
    re.compile(
        r"\b(?:zorg|zorgen)\s+(?:ik\s+|wij\s+|we\s+)?(?:er\s*voor\s+)?dat\b[^;.]{0,80}?(?:\bin\s+"
        rf"(?:de|die|dat|het|een|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_NOUN}\b[^;.]{{0,20}}?"
        r"\b(?:meeneem|meenemen|opneem|opnemen|meegenomen|opgenomen)\b|\b(?:opgenomen|meegenomen)\s+"
        rf"(?:wordt|worden)\s+in\s+(?:de|die|dat|het|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{DOCUMENT_NOUN}\b)|"
        rf"\b[Ii]n\s+(?:de|die|het|dat|mijn|onze)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_NOUN}\b"
        r"(?!\s+van\s+\d)[^;.]{0,80}?\b(?:neem|nemen)\s+(?:ik|wij|we)\b[^;.]{0,100}?\bmee\b"
    ),
    "Laat ik zorgen dat ik dat in dat korte briefje meeneem.",
    "Zo ja, dan zorg ik dat dat ook opgenomen wordt in die brief.",
    "Maar in de brief die voor de stemmingen komt, neem ik in ieder geval deze specifieke "
    "suggestie van de heer Thijssen mee.",
)
# P24 a document still to come as the subject, its content promised: "Het op te leveren
# onderzoeksrapport zal in ieder geval de antwoorden op de eerder … gestelde vragen bevatten".
# Only a document marked as coming ("op te leveren", "nog te verschijnen", "aangekondigde",
# "toegezegde", "volgende"); "Het rapport zal veel aandacht krijgen" is none.
COMING_DOCUMENT_CONTENT_RE = example(
    re.compile(
        r"^\s*(?:[Hh]et|[Dd]e|[Dd]it|[Dd]eze|[Dd]ie)\s+(?:op\s+te\s+leveren|nog\s+te\s+\w+|te\s+"
        r"verschijnen|aangekondigde|toegezegde|komende|(?:eerst)?volgende)\s+(?:[\w-]+\s+){0,2}?"
        rf"(?:{DOCUMENT_NOUN}|[\w-]*(?:rapport|evaluatie|onderzoek|plan))\s+(?:zal|zullen)\b"
        r"[^;.]{0,200}?\b(?:bevatten|ingaan|in\s+gaan|"
        r"aandacht\s+besteden|beschrijven|beantwoorden|toelichten)\b"
    ),
    "Het op te leveren onderzoeksrapport zal in ieder geval de antwoorden op de eerder door de "
    "heer Omtzigt gestelde vragen bevatten.",
)

# P25 a sending still to come, named in a "zodra" or "wanneer" clause: "Zodra ik de
# kabinetsreactie op het amendement naar uw Kamer stuur, zullen ook de onderliggende nota's
# openbaar worden gemaakt" presupposes the sending. Present tense only: "Nadat ik u de brief
# stuurde" and "toen ik … stuurde" are past.
WHEN_SENT_RE = example(
    re.compile(
        rf"\b(?:[Zz]odra|[Ww]anneer)\s+(?:ik|wij|we|het\s+kabinet)\b[^,.;]{{0,140}}?"
        rf"(?:\b(?:naar|aan)\s+{KAMER_OR_U}\s+|\b{KAMER_OR_U}\s+[^,.;]{{0,100}}?)"
        r"(?:stuur|sturen|stuurt|toestuur|toesturen|zend|zenden|toezend|toezenden|verzend|"
        r"aanbied|aanbieden|informeer|informeren)\b"
    ),
    "Zodra ik de kabinetsreactie op het amendement naar uw Kamer stuur, zullen ook de "
    "onderliggende nota's openbaar worden gemaakt.",
    "Wanneer wij uw Kamer het eindrapport toesturen, voegen wij de reactie van de gemeenten bij.",
)
# P26 a request for a deliverable that the government will meet: "Aan het verzoek van de vaste
# commissie … om een reactie op dit rapport zal ook nog afzonderlijk worden voldaan", "Graag zal
# ik aan uw verzoek om een overzicht voldoen". Future only: "Hierbij voldoe ik aan het verzoek"
# is this letter answering a request (no promise, and no fulfilment either).
REQUEST_MET_RE = example(
    re.compile(
        r"\b(?:[Aa]an\s+(?:het|dit|dat|uw|deze|die|haar|zijn)\s+(?:[\w-]+\s+){0,2}?verzoek\b"
        r"[^;]{0,200}?\b(?:zal|zullen)\b[^;.]{0,80}?\b(?:worden\s+voldaan|voldoen|"
        r"tegemoet\s*(?:ge)?komen)"
        r"|\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b[^;.]{0,60}?\baan\s+(?:het|dit|dat|"
        r"uw|deze|die|haar|zijn)\s+(?:[\w-]+\s+){0,2}?verzoek\b[^;.]{0,160}?\b(?:voldoen|"
        r"tegemoet\s*komen))\b"
    ),
    "Aan het verzoek van de vaste commissie voor Defensie van 1 april jl. om een reactie op dit "
    "rapport zal ook nog afzonderlijk worden voldaan.",
    "Graag zal ik aan uw verzoek om een overzicht van de kosten voldoen.",
)
# What a request must ask for to make P26 a promise of a deliverable (not "het verzoek om de
# hoorzitting te verplaatsen").
REQUESTED_DELIVERABLE_RE = example(
    re.compile(
        r"\b(?:reactie|kabinetsreactie|brief|overzicht|informatie|notitie|rapportage|"
        r"appreciatie|standpunt|toelichting|antwoord|beantwoording|analyse|stand\s+van\s+zaken|"
        r"update|verslag)\b|\bte\s+(?:informeren|berichten)\b|\btoe\s+te\s+(?:sturen|zenden)\b"
    ),
    "om een reactie op dit rapport",
)
# P27 the content of a document promised in the sentence before, pointed at: "Begin april kom
# ik met een beleidsbrief … In deze brief zal ik een reactie geven op het advies", "… ontvangt u
# voor de begrotingsbehandeling. Daarin beantwoord ik tevens de motie …". Read only right after
# a promise (``commitments.commitment_candidate``); on its own "In deze brief zal ik" is this
# letter (N4). The verb must be the government's, now or future, never a past or perfect one.
ANNOUNCED_CONTENT_RE = example(
    re.compile(
        # "Ook zal ik daarin aangeven wanneer …": the same, the pointer after the verb
        # ("dan": "… sturen we u half februari een brief. Tevens zullen we dan ingaan op …")
        r"^\s*(?:Ook|Tevens|Verder|Daarnaast|Bovendien)\s+(?:zal|zullen)\s+(?:ik|wij|we)\s+"
        r"(?:daarin|hierin|daarbij|dan)\b|"
        # the object fronted: "De initiatiefnota … zal ik daarin graag meenemen"
        r"^[^;]{0,160}?\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:daarin|daarbij|hierin)\s+"
        r"(?:(?:graag|ook|tevens|nader)\s+){0,2}(?:meenemen|betrekken|ingaan|terugkomen|"
        r"aandacht\s+(?:schenken|besteden))\b|"
        # the subject first: "Wij zullen daarbij aandacht schenken aan de punten die …"
        r"^\s*(?:Ik|Wij|We|Het\s+kabinet)\s+(?:zal|zullen)\s+(?:daarin|hierin|daarbij)\s+"
        r"(?:ook\s+|tevens\s+)?(?:aandacht\s+(?:schenken|besteden)|ingaan|terugkomen|"
        r"betrekken|meenemen)\b|"
        # "In het najaar zal ik de Kamer informeren … Hierbij zal ik ook ingaan op de motie …"
        # ("Hierbij" with a future verb: with that, not this letter now)
        r"^\s*Hierbij\s+(?:zal|zullen)\s+(?:ik|wij|we)\s+(?:ook\s+|tevens\s+)?\w+|"
        rf"^\s*(?:Daarin|Hierin|Daarbij|In\s+(?:deze|die|dat|dit)\s+{DOCUMENT_NOUN})\s*,?\s+"
        r"(?:(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b|"
        r"(?:ga|gaan|kom|komen|beantwoord|beantwoorden|geef|geven|neem|nemen|betrek|betrekken|"
        r"schets|schetsen|beschrijf|beschrijven|licht|lichten|informeer|informeren|reageer|"
        # ("In deze notitie zal onder andere op de voorlichting van de Raad van State worden
        # ingegaan": the passive's object may be long)
        r"reageren)\s+(?:ik|wij|we)\b|(?:zal|zullen)\s+(?:\w+\s+){0,12}?worden\b)"
        # the same document's next part: "Eveneens … zullen wij een overzicht geven van …"
        r"|^\s*(?:[\w-]+\s+){0,8}?(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\s+"
        r"(?:(?:ook|tevens|daarbij|daarin|eveneens|nog|graag|dan|verder|bovendien)\s+){0,3}"
        r"(?:een|het|de)\s+(?:overzicht|toelichting|beschrijving|analyse|"
        r"schets|stand\s+van\s+zaken|appreciatie|reactie)\b[^;]{0,120}?\bgeven\b"
    ),
    "In deze brief zal ik een reactie geven op het Onderwijsraadadvies.",
    "Daarin beantwoord ik tevens de motie van de leden Vermue en Van Dekken.",
    "Wij zullen daarbij aandacht schenken aan de punten die de vaste Kamercommissie heeft benoemd.",
    "De initiatiefnota met de ideeën van mevrouw Van den Berg zal ik daarin graag meenemen.",
    # (with the Kamer named, "Eveneens op verzoek van de Kamer zullen wij een overzicht geven van
    # …", it is P1 itself)
    "Eveneens zullen wij daarbij een overzicht geven van de materieelprojecten.",
)

# P27b the same pointer at a thing the sentence before names, whatever its name: "… om over een
# aantal weken met een fraudeaanpak richting de Kamer te komen. In die fraudeaanpak zullen we de
# maatregelen schetsen …"; and after a report of the promise of it, still to come: "Tevens
# hebben wij toegezegd voor het eind van het jaar een nieuwe notitie uit te brengen. In deze
# notitie zal worden ingegaan op …" (``commitments`` checks that the noun is the previous
# sentence's). Future only: "In deze brief ga ik in op …" after a report is this letter (F2).
ANNOUNCED_POINTER_RE = example(
    re.compile(
        r"^\s*(?:In|Met)\s+(?:deze|die|dat|dit)\s+(?P<noun>[\w-]{4,})\s*,?\s+(?:zal|zullen)\s+"
        r"(?:(?:ik|wij|we|het\s+kabinet)\b|(?:\w+\s+){0,6}?worden\b)|"
        # the thing itself the subject: "We zullen … halfjaarlijkse rapportages … sturen. Deze
        # rapportages zullen, conform het advies, bestaan uit …"
        r"^\s*(?:Deze|Die)\s+(?P<subject>[\w-]{4,})\s*,?\s+(?:zal|zullen)\b[^;]{0,60}?\b(?:bestaan\s+uit|"
        r"ingaan\s+op|aandacht\s+(?:besteden|schenken)\s+aan|een\s+overzicht\s+(?:geven|bevatten))"
    ),
    "In die fraudeaanpak zullen we de maatregelen schetsen die we hebben te nemen.",
    "In deze notitie zal worden ingegaan op nieuwe beleidsprioriteiten.",
    "In deze reactie zal tevens aandacht worden geschonken aan bestaande studies.",
    "Met deze brief zal ik ook tegemoet komen aan mijn eerdere toezegging.",
    "Deze rapportages zullen, conform het advies, bestaan uit een gedeelte over de aanbodzijde.",
)
# ... where the sentence before reports the promise of a coming thing ("toegezegd … uit te
# brengen", "een visie … toe te zeggen").
PROMISED_THING_RE = example(
    # (a footnote digit may be glued to the verb: "toe te zeggen3")
    re.compile(
        r"\btoe\s+te\s+zeggen(?=\d|\b)|\btoegezegd\b[^.;]{0,160}?\bte\s+\w+|"
        # "heeft de Minister-President half februari een brief toegezegd met …"
        r"\b(?:een|de)\s+[\w-]*(?:brief|notitie|reactie|rapportage|overzicht)\s+toegezegd\b|"
        # "heb ik u laten weten dat ik u zal informeren over …": the same promise in other words
        r"\b(?:heb|hebben)\s+(?:ik|wij)\b[^.;]{0,80}?\b(?:laten\s+weten|aangegeven|gemeld|"
        r"aangekondigd)\s+dat\s+(?:ik|wij)\b[^.;]{0,60}?\b(?:zal|zullen)\b"
    ),
    "Tevens hebben wij toegezegd voor het eind van het jaar een nieuwe notitie uit te brengen.",
    "In het debat heeft de Minister-President half februari een brief toegezegd met de stand "
    "van zaken.",
    "In het algemeen overleg heb ik u laten weten dat ik u zal informeren over het "
    "ziekenhuislandschap.",
)
