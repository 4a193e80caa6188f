"""How much a candidate of each promise kind is trusted, and the plain words without which the
slow patterns cannot match (checked before the regular expression runs).
"""

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
        "hoop",
        "hopen",
        " voor ",
    ),
    "third_person_toezeggen": ("zegt",),
    "answers": ("beantwoording", "antwoorden"),
    "letter_to_kamer": ("brief aan",),
    "pro_act": ("doen",),
    "go_want": ("ga ", "gaat", "gaan", "wil", "kan ", "kunnen"),
    "keep_informed": ("hoogte",),
    "bill": ("dien",),
    "answers_future": ("vragen", "antwoorden"),
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
