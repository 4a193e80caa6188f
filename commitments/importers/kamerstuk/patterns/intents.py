"""Commitment phrasing by intent and delivery: P9-P20 (an intent with the Kamer as addressee,
"zeg toe", the register's third person, a letter to the Kamer, "dit doen", "ga/wil", keeping the
Kamer informed, the Kamer will receive, delivering a document, a bill, sharing, the next document).
"""

from __future__ import annotations

import re

from .blocks import (
    DOCUMENT_NOUN,
    GOV,
    GOV_ANY_CASE,
    INFORM_PARTICIPLE,
    INFORM_VERB,
    KAMER,
    KAMER_OR_U,
    OWN_SERIES,
    PROPOSAL_NOUN,
    SENT_PARTICIPLE,
    TE_INFORM_VERB,
    example,
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
        # "Mijn voornemen is om u …", "Ik neem mij voor uw Kamer …", "Ik hoop u … te kunnen
        # sturen"
        r"(?i:(?:mijn|ons)\s+voornemen\s+is(?:\s+om)?|neem\s+(?:ik\s+)?mij\s+voor|"
        r"nemen\s+(?:wij\s+|we\s+)?ons\s+voor)|"
        rf"{GOV_ANY_CASE}\s+(?:hoop|hopen)|(?i:hoop|hopen)\s+{GOV_ANY_CASE}|"
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
    "Mijn voornemen is om u voor de zomer te informeren.",
    "Ik neem mij voor uw Kamer in het najaar te informeren.",
    "Ik hoop u voor het kerstreces het rapport te kunnen sturen.",
    "Ik streef ernaar uw Kamer eind dit jaar een voorstel te doen.",
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
        # (a co-signer between the subject and the Kamer: "dat ik, samen met de Staatssecretaris
        # van EZK, u voor het einde van dit jaar kan informeren")
        rf"(?:{GOV_ANY_CASE}(?:\s*,[^;,]{{0,100}},)?\s+{KAMER_OR_U}\b[^;]{{0,160}}?"
        r"(?:\b(?:kan|kunnen|zal|zullen)\s+"
        rf"(?:[^;]{{0,20}}?\s)?{INFORM_VERB}|{INFORM_VERB}\s+(?:kan|kunnen|zal|zullen))\b|"
        rf"{KAMER}\b[^;]{{0,160}}?\b(?:ontvangt|(?:kan|zal)\s+ontvangen|"
        rf"(?:wordt|zal\s+worden)\s+{INFORM_PARTICIPLE}))"
    ),
    "Aangezien de onderzoekers meer bronnen bij hun onderzoek hebben betrokken dan aanvankelijk "
    "was voorzien, verwacht ik nu dat ik u de resultaten van de evaluatie en mijn reactie "
    "daarop ongeveer eind april kan aanbieden.",
    "Wij verwachten dat wij u de nota in het najaar kunnen aanbieden.",
    "Ik verwacht dat ik, samen met de Staatssecretaris van Economische Zaken en Klimaat, u voor "
    "het einde van dit jaar kan informeren hoe wij verder werken.",
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
# P14b seeing to it that the Kamer receives or is told: "Ik zorg ervoor dat de Kamer die
# informatie voor de zomer krijgt", "Ik zal ervoor zorgen dat de Kamer tijdig wordt
# geïnformeerd". The government the subject of "zorgen"; the Kamer the subject of the clause.
SEE_TO_IT_RE = example(
    re.compile(
        rf"\b(?:{GOV}\s+(?:(?:zal|zullen)\s+)?(?:zorg|zorgt|zorgen)|(?:zorg|zorgen)\s+{GOV_ANY_CASE}|"
        rf"{GOV}\s+(?:zal|zullen)\s+er\s*voor\s+zorgen)\b(?:\s+er\s*voor)?\s+dat\s+(?:{KAMER_OR_U})\b[^;]{{0,120}}?\b(?:krijgt|krijgen|ontvangt|"
        rf"ontvangen|(?:wordt|worden)\s+{INFORM_PARTICIPLE}|{INFORM_PARTICIPLE}\s+(?:wordt|worden))\b"
    ),
    "Ik zorg ervoor dat de Kamer die informatie voor de zomer krijgt.",
    "Ik zal ervoor zorgen dat de Kamer tijdig wordt geïnformeerd.",
    "Ik zorg dat u het rapport voor 1 juni ontvangt.",
)
# P20c a document comes to the Kamer, with a time: "Voor de zomer komt er een brief naar de
# Kamer" (the time is checked in ``commitments``: "Er komt een brief" alone may be anyone's)
COMES_TO_KAMER_RE = example(
    re.compile(
        rf"\b(?:komt|komen)\s+(?:er\s+)?(?:[^;]{{0,40}}?\s)?(?:een|de|het)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"{DOCUMENT_NOUN}\b[^;]{{0,60}}?\b(?:naar|aan)\s+{KAMER}|"
        # the document first: "De brief gaat in juni naar de Kamer"
        rf"\b(?:[Dd]e|[Hh]et)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_NOUN}\s+(?:gaat|gaan|komt|komen)\s+"
        rf"[^;]{{0,40}}?\bnaar\s+{KAMER}|"
        # (the verb last, in a "dat" clause: "dat de brief in juni naar de Kamer gaat")
        rf"\b(?:de|het)\s+(?:[\w-]+\s+){{0,2}}?{DOCUMENT_NOUN}\s+[^;]{{0,40}}?\bnaar\s+{KAMER}\s+"
        r"(?:gaat|gaan|komt|komen)\b|"
        # a letter of the government's own series appears later, or is moved (an uitstelbrief's
        # new date): "De brief zal later verschijnen, naar verwachting in mei", "De brief schuift
        # op naar april", "De nieuwe datum voor de brief is 1 mei"
        rf"\b(?:[Dd]e|[Hh]et)\s+(?:[\w-]+\s+){{0,2}}?{OWN_SERIES}\s+(?:zal|zullen)\s+"
        r"(?:[^;]{0,40}?\s)?verschijnen\b|"
        rf"\b(?:[Dd]e|[Hh]et)\s+(?:[\w-]+\s+){{0,2}}?{OWN_SERIES}\s+(?:schuift|schuiven)\s+(?:op\s+)?"
        r"naar\b|"
        rf"\bnieuwe\s+(?:streef)?datum\s+(?:voor|van)\s+(?:de|het)\s+(?:[\w-]+\s+){{0,2}}?{OWN_SERIES}\s+"
        r"is\b"
    ),
    "Voor de zomer komt er een brief naar de Kamer.",
    "De planning is dat de brief in juni naar de Kamer gaat.",
    "De brief zal later verschijnen, naar verwachting in mei.",
    "De brief schuift op naar april.",
    "De nieuwe datum voor de brief is 1 mei.",
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
        r"versturen|doen\s+toekomen|aanbieden|aan\s+te\s+bieden|toe\s+te\s+(?:sturen|zenden)|"
        r"aan\s+te\s+leveren)\b|"
        # the intent to react: "Ik ben voornemens uitgebreid te reageren op de motie-Lucas"
        rf"\b{GOV_ANY_CASE}\s+(?:ben|zijn|is)\s+voornemens\s+(?:om\s+)?(?:\w+\s+){{0,2}}?te\s+"
        r"reageren\s+op\b|"
        # a reaction given ("Ik zal spoedig een reactie geven op de aanbevelingen"): to the Kamer,
        # the letter's addressee
        # (adverbs only between: "zal de gemeenten een reactie geven" has another recipient)
        rf"\b{GOV}\s+(?:zal|zullen)\s+(?:(?!de\b|het\b|die\b|deze\b)\w+\s+){{0,3}}?(?:een|mijn|onze)\s+"
        r"(?:[\w-]+\s+)?"
        r"(?:reactie|appreciatie|standpunt)\s+(?:geven|sturen)\s+op\b|"
        # the document fronted, the government after the modal: "De halfjaarlijkse rapportage
        # … zal ik op een later moment toesturen" (not "Deze brief …": this document)
        r"(?:^|[,:]\s*)(?:[Dd]e|[Hh]et|[Mm]ijn|[Oo]nze|[Dd]ie)\s+(?:[\w-]+\s+){0,3}?"
        rf"{DOCUMENT_NOUN}\b[^;]{{0,120}}?\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b[^;]{{0,60}}?"
        r"\b(?:toesturen|sturen|toezenden|zenden|aanbieden|leveren|doen\s+toekomen)\b"
    ),
    "Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage te "
    "leveren over de cijfers parallelimport.",
    "Het kabinet zal na de zomer een brief sturen over de uitkomsten.",
    "Ik zal spoedig een reactie geven op de aanbevelingen van beide onderzoekers.",
    "Ik ben voornemens uitgebreid te reageren op de motie-Lucas en wel vóór de Voorjaarsnota.",
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
            # (the plural too: "De andere rapportages volgen de komende tijd")
            r"(?:^|[,:]\s*)(?:[Ee]en|[Dd]e|[Hh]et|[Mm]ijn|[Oo]nze)\s+(?:[\w-]+\s+){0,3}?"
            rf"{DOCUMENT_NOUN}(?:s|en)?\b[^;]{{0,120}}?\b(?:volgt|volgen)\b"
            # not "volgen elkaar … op", "volgen … op" (succeed, follow up)
            r"(?!\s+elkaar)(?![^;]{0,80}\bop\s*[.!]?\s*$)"
        ),
        "In de loop van volgende week volgt een uitgebreider verslag van mijn bezoek aan alle "
        "eilanden.",
        "Een nadere reactie volgt na de zomer.",
        "De andere rapportages volgen de komende tijd.",
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
            # ("Het is de bedoeling de brief voor de zomer te versturen" says the same)
            r"\b(?:(?:[Mm]ijn|[Oo]ns|[Hh]et)\s+streven\s+is|[Hh]et\s+is\s+de\s+bedoeling)\s+"
            r"(?:er\s*op\s+gericht\s+)?(?:nu\s+)?(?:om\s+)?"
            r"[^;]{0,200}?\b(?:te\s+(?:kunnen\s+)?(?:sturen|toesturen|versturen|zenden|toezenden|leveren|"
            r"doen\s+toekomen)|(?:aan|toe|in)\s+te\s+(?:kunnen\s+)?(?:bieden|sturen|zenden|leveren|"
            r"dienen))\b"
        ),
        "Mijn streven is om in de tweede week van maart de visie op de curatieve zorg in "
        "krimpregio's toe te sturen.",
        "Het streven is nu om de brief voor 1 mei te versturen.",
        "Het is de bedoeling de brief voor de zomer te versturen.",
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
        r"\b(?:volgende|komende)\s+(?:week|maand|weken|maanden|tijd|periode)\b|\b(?:binnenkort|later|"
        r"spoedig|zodra|"
        # "in de tweede week van maart" (no day, so no deadline is read from it)
        r"(?:eerste|tweede|derde|vierde|laatste)\s+week\s+van\s+(?:januari|februari|maart|april|"
        r"mei|juni|juli|augustus|september|oktober|november|december)|"
        r"op\s+korte\s+termijn|te\s+zijner\s+tijd|alsdan|(?:een|één)\s+dezer\s+dagen|eerdaags)\b|"
        r"\b(?:voor|v\u00f3\u00f3r)\s+(?:het\s+verschijnen|de\s+publicatie|de\s+behandeling)"
        r"\s+van\b",
        re.IGNORECASE,
    ),
    "In de loop van volgende week volgt een verslag.",
    "voor het verschijnen van de meicirculaire",
    "in de tweede week van maart",
)
# P16 a bill or a decree put before the Kamer: "Ik zal het wetsvoorstel voor de zomer bij uw
# Kamer indienen", "Het kabinet streeft ernaar het wetsvoorstel in het voorjaar bij uw Kamer
# in te dienen". The government's future or intent; not "is bij uw Kamer ingediend" (done).
BILL_RE = example(
    re.compile(
        rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen|ga|gaat|gaan)|"
        r"(?i:\bverwacht|\bverwachten|\bstreef|\bstreeft|\bstreven|\bvoornemens|\bvan\s+plan)|"
        # "Onze inspanningen zijn erop gericht het wetsvoorstel … bij uw Kamer in te kunnen dienen"
        r"\b(?:inspanning\w*|inzet)\s+(?:is|zijn)\s+er\s*op\s+gericht)\b"
        # (the Kamer as "u": "ben ik van plan … het wetsvoorstel … bij u in te dienen")
        rf"[^;]{{0,160}}?\b(?:bij\s+(?:{KAMER}|u)\s+(?:in\s+te\s+(?:kunnen\s+)?dienen|indienen|"
        r"aanhangig\s+te\s+maken)|"
        rf"(?:in\s+te\s+(?:kunnen\s+)?dienen|indienen)\s+bij\s+(?:{KAMER}|u\b))"
    ),
    "Ik zal het wetsvoorstel voor de zomer bij uw Kamer indienen.",
    "Het kabinet streeft ernaar het wetsvoorstel in het voorjaar bij uw Kamer in te dienen.",
    "Ik verwacht het wetsvoorstel na de zomer bij uw Kamer in te dienen.",
    "Daarnaast ben ik van plan op korte termijn het wetsvoorstel bij u in te dienen.",
    "Het kabinet is voornemens het wetsvoorstel na de zomer in te dienen bij uw Kamer.",
    "Onze inspanningen zijn erop gericht het wetsvoorstel zo kort mogelijk na dat reces bij uw "
    "Kamer in te kunnen dienen.",
)
# P16b the same in the passive, the bill the subject: "Ook zal in dit verband binnenkort een Nota
# van Wijziging bij de Tweede Kamer worden ingediend" (not "is … ingediend": done)
BILL_PASSIVE_RE = example(
    re.compile(
        rf"\b(?:zal|zullen)\b[^;]{{0,160}}?\bbij\s+(?:{KAMER}|u)\s+(?:worden\s+ingediend|"
        r"ingediend\s+worden)\b"
    ),
    "Ook zal in dit verband binnenkort een Nota van Wijziging bij de Tweede Kamer worden "
    "ingediend.",
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
