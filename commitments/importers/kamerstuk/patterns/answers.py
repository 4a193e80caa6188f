"""Promises to answer Kamervragen (P11, P18): an uitstelbericht's new date ("De beantwoording
zal plaatshebben omstreeks 20 januari"), answering in the future, the intent to answer, and the
present with a due date. Each counts only with a deadline or the document that will carry the
answers (checked in ``commitments``): without one, "zal ... beantwoorden" is a debate's order.
"""

from __future__ import annotations

import re

from .blocks import GOV, GOV_ANY_CASE, example

# P11 an uitstelbericht's new date for the answers to Kamervragen: "De beantwoording zal
# plaatshebben omstreeks 20 januari 2009", "De antwoorden zullen u voor 1 maart bereiken".
# Counts only with a deadline: without one "zal ... beantwoorden" is debate procedure (N7),
# and "kunnen niet binnen de gebruikelijke termijn worden beantwoord" is the delay itself.
ANSWERS_PROMISE_RE = example(
    re.compile(
        r"\b(?:[Dd]e\s+)?(?:beantwoording|antwoorden)\b(?:\s+(?:van|op)\s+[^;]{0,100}?)?\s+"
        r"(?:zal|zullen)\s+(?:[^;]{0,60}?\s)?(?:plaatshebben|plaatsvinden|volgen|geschieden|"
        r"verschijnen|toekomen|bereiken|worden\s+toegezonden)\b"
    ),
    "De beantwoording zal plaatshebben omstreeks 20 januari 2009.",
    "De antwoorden op de vragen van het lid Leijten zullen u voor 1 maart 2009 bereiken.",
)

# P11b answering Kamervragen in the future, the government the subject: "Ik zal de vragen van uw
# Kamer zo spoedig mogelijk na het beschikbaar komen van deze aanvullende informatie
# beantwoorden". Counts only with a deadline and never with a debate's turn ("in tweede
# termijn", N7).
ANSWERS_FUTURE_RE = example(
    re.compile(
        rf"(?:\b(?:zal|zullen)\s+{GOV_ANY_CASE}|\b{GOV}\s+(?:zal|zullen))\b"
        r"(?![^;]{0,160}?\btermijn\b)[^;]{0,60}?\b(?:de\s+|deze\s+|die\s+)?(?:[\w-]*vragen)\b"
        r"[^;]{0,160}?\bbeantwoorden\b|"
        # the questions fronted: "Deze vragen zal ik in de volgende voortgangsrapportage
        # beantwoorden"
        r"(?:^|[,:]\s*)(?:[Dd]eze|[Dd]ie|[Dd]e)\s+(?:[\w-]+\s+){0,3}?[\w-]*vragen\b[^;]{0,80}?"
        rf"\b(?:zal|zullen)\s+{GOV_ANY_CASE}\b(?![^;]{{0,160}}?\btermijn\b)[^;]{{0,100}}?"
        r"\bbeantwoorden\b|"
        # the questions named before the comma, a pronoun after it: "dat de vragen 22, 23 en
        # het laatste deel van 25 buiten het onderzoek vallen (…), deze zal ik bij de vijfde
        # VGR beantwoorden"
        r"\bvragen\b[^;]{0,200}?,\s*(?:deze|die)\s+(?:zal|zullen)\s+(?i:ik|wij|we|het\s+kabinet)\b"
        r"(?![^;]{0,160}?\btermijn\b)[^;]{0,100}?\bbeantwoorden\b"
    ),
    "Ik zal de vragen van uw Kamer zo spoedig mogelijk na het beschikbaar komen van deze "
    "aanvullende informatie beantwoorden.",
    "Wij zullen de Kamervragen van het lid Kröger voor 1 mei beantwoorden.",
    "Deze vragen zal ik in de volgende voortgangsrapportage beantwoorden.",
    "Daarbij wil ik aangeven dat de vragen 22 en 23 buiten het onderzoek vallen, deze zal ik bij "
    "de vijfde VGR beantwoorden.",
)

# P11c the intent to answer Kamervragen, with a time: "Ik streef ernaar de vragen zo spoedig
# mogelijk na het Kamerreces te beantwoorden" (an uitstelbericht's new date).
ANSWERS_INTENT_RE = example(
    re.compile(
        rf"(?:(?i:streef|streeft|streven)\b(?:\s+{GOV_ANY_CASE})?(?:\s+er\s*naar)?|"
        rf"{GOV_ANY_CASE}\s+(?:streef|streeft|streven|verwacht|verwachten)|"
        rf"(?i:verwacht|verwachten)\s+{GOV_ANY_CASE}|(?:[Mm]ijn|[Oo]ns|[Hh]et)\s+streven\s+is|"
        rf"{GOV_ANY_CASE}\s+(?:hoop|hopen))\b"
        r"[^;]{0,60}?\b(?:(?:de\s+|deze\s+|die\s+|uw\s+)?[\w-]*vragen\b[^;]{0,160}?"
        r"\bte\s+(?:kunnen\s+)?beantwoorden|"
        # the answers as the thing sent: "Ik verwacht de antwoorden binnen drie weken te kunnen
        # sturen" (the Kamer, the letter's addressee, not named)
        r"(?:de|deze|die)\s+antwoorden\b[^;]{0,120}?\bte\s+(?:kunnen\s+)?(?:sturen|zenden|"
        r"toesturen|toezenden|versturen|verzenden|doen\s+toekomen))\b"
    ),
    "Ik streef ernaar de vragen zo spoedig mogelijk na het Kamerreces te beantwoorden.",
    "Ik verwacht de vragen van het lid Omtzigt voor 1 mei te kunnen beantwoorden.",
    "Ik verwacht de antwoorden binnen drie weken te kunnen sturen.",
    "Ik hoop de vragen voor het kerstreces te beantwoorden.",
)


# P18 answering Kamervragen in the present with a due date: "Ik beantwoord de vragen van het lid
# Omtzigt binnen drie weken". Only with a word of a due date ("binnen", "uiterlijk", "voor",
# "na", "zo spoedig"), since "Ik beantwoord de vragen, ingezonden op 3 maart, als volgt" answers
# now.
ANSWERS_PRESENT_RE = example(
    re.compile(
        rf"(?:\b(?:[Bb]eantwoord|[Bb]eantwoorden)\s+(?:ik|wij|het\s+kabinet)|\b{GOV}\s+"
        r"(?:beantwoord|beantwoorden))\b[^;]{0,120}?"
        r"\b(?:binnen|uiterlijk|voor|v\u00f3\u00f3r|na|zo\s+spoedig|zo\s+snel|omstreeks)\b"
    ),
    "Ik beantwoord de vragen van het lid Omtzigt binnen drie weken.",
    "De vragen van het lid Kops beantwoord ik zo spoedig mogelijk.",
)

# P11d questions answered in the coming debate, said in a letter (the written answers to the
# first term of a budget debate): "De overige gestelde vragen zal ik beantwoorden tijdens mijn
# eerste termijn van het debat". In a debate the same words are its own order (N7): the stage
# reads this only outside a bewindspersoon's turn.
ANSWERS_IN_DEBATE_RE = example(
    re.compile(
        r"\b[\w-]*vragen\b[^;]{0,80}?\b(?:zal|zullen)\s+(?i:ik|wij|we|het\s+kabinet)\b[^;]{0,40}?"
        r"\bbeantwoorden\s+(?:tijdens|in|bij)\s+(?:mijn|onze|de|het)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:termijn|debat|begrotingsbehandeling|behandeling|wetgevingsoverleg|commissiedebat)\b|"
        r"(?:\b(?:zal|zullen)\s+(?i:ik|wij|we|het\s+kabinet)|\b(?:[Ii]k|[Ww]ij|[Ww]e)\s+(?:zal|zullen))\b"
        r"[^;]{0,40}?\b(?:de\s+)?(?:overige\s+)?"
        r"[\w-]*vragen\b[^;]{0,60}?\b(?:tijdens|in|bij)\s+(?:mijn|onze|de|het)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:termijn|debat|begrotingsbehandeling|behandeling|wetgevingsoverleg|commissiedebat)\b"
        r"[^;]{0,40}?\bbeantwoorden\b"
    ),
    "De overige gestelde vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat.",
    "Ik zal de overige vragen in mijn eerste termijn van het debat beantwoorden.",
)
