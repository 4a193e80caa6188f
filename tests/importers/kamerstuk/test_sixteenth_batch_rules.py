"""The sixteenth and seventeenth held-out batches (h320-h341), after their blind run: "trachten"
as an intent and "kenbaar maken" as informing, "de TK" as the Kamer, a promise about a coming
document with the verb last, a signature whose ministry has a comma inside a name of several
words, a letter of the Algemene Rekenkamer (its promises are not the government's), a ministry's
table of moties and toezeggingen and a ministry's letter republished under a headline (both
parliamentary), the stand van zaken of toezeggingen as a fulfilment, and a delivery that says it
will take longer. Each rule with the case it must leave alone. The batches moved to dev."""

import pytest

from commitments.importers.kamerstuk import KamerstukError, parse

from .helpers import commitments_of, fulfilments_of, signed_as


@pytest.mark.parametrize(
    "sentence",
    [
        # h321
        "Ik zal trachten om het kabinetstandpunt vóór eind oktober aan uw Kamer kenbaar te maken.",
        # h325, a ministry's table of toezeggingen
        "De TK wordt hierover in het najaar van 2009 geïnformeerd.",
        "Daarbij is afgesproken dat ik in de Jaarrapportage Bedrijfsvoering Rijk verslag zal doen "
        "van de conclusies die het kabinet trekt.",
    ],
)
def test_the_batchs_promises_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zal trachten de gemeenten te overtuigen van het belang van vuurwerkvrije zones.",
        "Ik heb getracht uw Kamer vóór eind oktober het standpunt kenbaar te maken.",
        "De TK heeft hierover in het najaar van 2009 een motie aangenomen.",
        # a report of what was said before (N5), not a new promise
        "In het debat met de Eerste Kamer heb ik aangegeven dat ik in de Jaarrapportage "
        "Bedrijfsvoering Rijk verslag zal doen van de conclusies.",
        "In deze rapportage zal ik verslag doen van de conclusies.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_a_signature_with_a_ministry_of_several_words_after_a_comma():
    # h321, h328: "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer", initials spaced
    closing = (
        "De minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer,\n\nJ. M. Cramer"
    )
    assert signed_as(closing) == (
        "Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
        "J. M. Cramer",
    )


def test_the_algemene_rekenkamers_own_promise_is_no_toezegging():
    # h329: "Wij" is the Rekenkamer, reporting on its own research
    letter = (
        "34 000 VII Vaststelling van de begrotingsstaten\n\nNr. 8 BRIEF VAN DE ALGEMENE "
        "REKENKAMER\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 27 "
        "oktober 2014\n\nWij verwachten hierover aan uw Kamer te kunnen rapporteren in het "
        "voorjaar van 2015.\n"
    )
    assert parse(letter).commitments == ()
    # the same sentence under a minister's heading is a promise
    minister = letter.replace("DE ALGEMENE REKENKAMER", "DE MINISTER VAN FINANCIËN")
    assert len(parse(minister).commitments) == 1


def test_a_ministrys_table_of_moties_and_toezeggingen_is_accepted_without_kind():
    # h325: a budget annex on rijksbegroting.nl
    table = (
        "Rijksbegroting 2010\n\n8.1 Moties en Toezeggingen (per 15 juli 2009)\n\nIn behandeling "
        "zijnde toezeggingen\n\nOmschrijving motie Vindplaats Stand van Zaken\n\nMotie van "
        "Haverkamp over functiewaardering. 27-02-2008 Spoeddebat (29 628, nr. 77) De Tweede Kamer "
        "wordt na het zomerreces van 2009 per brief geïnformeerd.\n"
    )
    parsed = parse(table)
    assert parsed.metadata.kind is None
    # (the table's cells run into one sentence: the date and the place found come before it)
    [promise] = parsed.commitments
    assert promise.sentence.endswith(
        "De Tweede Kamer wordt na het zomerreces van 2009 per brief geïnformeerd."
    )
    # a news text about such a table cites nothing and stays refused
    with pytest.raises(KamerstukError):
        parse("Moties en toezeggingen\n\nHet kabinet heeft veel beloofd, schrijft de krant.\n")


def test_a_ministrys_letter_republished_under_a_headline_keeps_the_stand_van_zaken():
    # h326: a news archive's copy of a Defensie letter answering the committee's letter
    letter = (
        "Brief Defensie aan Kamer inzake toezeggingen\n\nMinisterie van Defensie\n\nToezeggingen"
        "\n\nMede namens de Staatssecretaris van Defensie, informeer ik u over de stand van zaken "
        "betreffende de toezeggingen genoemd in uw brief van 10 september 2001. Hierbij is uw "
        "nummering aangehouden.\n"
    )
    parsed = parse(letter)
    assert [f.pattern for f in parsed.fulfilments] == ["informs_about_commitment"]
    assert parsed.metadata.kind == "brief"
    # a ministry's press release answers no letter of the reader's
    with pytest.raises(KamerstukError):
        parse("Ministerie van Defensie\n\nDe minister bezoekt morgen de troepen in Mali.\n")


def test_a_delivery_that_says_it_will_take_longer_keeps_no_promise():
    # h341: the earlier promise, then "Hierbij bericht ik u" that keeping it takes longer
    body = (
        "Door mijn ambtsvoorganger is aan de Tweede Kamer een notitie inzake tussentijdse "
        "raadsontbinding toegezegd. Hierbij bericht ik u dat het gestand doen van deze "
        "toezeggingen nog enige tijd gaat duren."
    )
    assert fulfilments_of(body) == []
    delivered = body.replace(
        "Hierbij bericht ik u dat het gestand doen van deze toezeggingen nog enige tijd gaat "
        "duren.",
        "Hierbij ontvangt u deze notitie.",
    )
    assert [p for p, _ in fulfilments_of(delivered)] == ["promise_then_delivery"]


@pytest.mark.parametrize(
    ("closing", "function", "name"),
    [
        # h185: "mede namens" a second bewindspersoon, and the name written in full
        (
            "De staatssecretaris van Onderwijs, Cultuur en Wetenschap, mede namens de Minister "
            "voor Wonen, Wijken en Integratie,\n\nMarja van Bijsterveldt-Vliegenthart",
            "Staatssecretaris van Onderwijs, Cultuur en Wetenschap",
            "Marja van Bijsterveldt-Vliegenthart",
        ),
        # h262: the name's title on the function's line
        (
            "Hoogachtend,\n\nde minister voor Jeugd en Gezin, mr. A. Rouvoet",
            "Minister voor Jeugd en Gezin",
            "A. Rouvoet",
        ),
        # h245: tkconv prints the first name in brackets
        (
            "Hoogachtend,\n\nDE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\nIng. R. (Robert) "
            "Tieman",
            "Minister van Infrastructuur en Waterstaat",
            "R. Tieman",
        ),
    ],
)
def test_signatures_read_in_more_forms(closing, function, name):
    assert signed_as(closing) == (function, name)


def test_a_heading_alone_names_no_signatory():
    # h298, h308, h317, the shared set's r14: the web layout's heading without a signature
    letter = (
        "31 066 Belastingdienst\n\nNr. 857 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN\n\nAan de "
        "Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 29 juni 2021\n\nIk zal "
        "uw Kamer voor 1 november informeren.\n"
    )
    metadata = parse(letter).metadata
    assert (metadata.sender_function, metadata.sender_name) == (None, None)
    assert (metadata.dossier, metadata.ondernummer, str(metadata.date)) == (
        "31066",
        857,
        "2021-06-29",
    )


# --- from the dev misses, after the batch: the thing the sentence before promised, pointed at;
# --- questions answered later, named before a pronoun or in the coming debate


@pytest.mark.parametrize(
    ("prev", "sentence"),
    [
        # h230, spoken: the noun is no document word, the sentence before promises it
        (
            "Dat is ook de achtergrond van de inzet van het kabinet om over een aantal weken met "
            "een fraudeaanpak richting de Kamer te komen.",
            "In die fraudeaanpak zullen we de maatregelen schetsen die we hebben te nemen.",
        ),
        # h136: the sentence before reports the promise of the notitie, still to come
        (
            "Tevens hebben wij toegezegd voor het eind van het jaar een nieuwe notitie uit te "
            "brengen.",
            "In deze notitie zal worden ingegaan op nieuwe beleidsprioriteiten.",
        ),
    ],
)
def test_the_thing_the_sentence_before_promised_pointed_at(prev, sentence):
    assert sentence in commitments_of(f"{prev} {sentence}")


@pytest.mark.parametrize(
    ("prev", "sentence"),
    [
        # the noun is not the one the sentence before names
        (
            "Tevens hebben wij toegezegd voor het eind van het jaar een nieuwe notitie uit te "
            "brengen.",
            "In deze aanpak zal worden ingegaan op nieuwe beleidsprioriteiten.",
        ),
        # "brief" after a report of the promise is this letter keeping it (F2), not a new one
        (
            "In het debat heb ik toegezegd u een brief te sturen over de evaluatie.",
            "In deze brief zal ik ingaan op de evaluatie.",
        ),
        # a promise reported as another party's
        (
            "Daarbij heeft ProRail toegezegd een nieuwe notitie uit te brengen.",
            "In deze notitie zal worden ingegaan op nieuwe beleidsprioriteiten.",
        ),
    ],
)
def test_pointers_without_a_promised_thing_stay_out(prev, sentence):
    assert sentence not in commitments_of(f"{prev} {sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        # h235
        "Daarbij wil ik aangeven dat de vragen 22, 23 en het laatste deel van 25 buiten het "
        "onderzoek vallen (die zien op het contact met de AUT), deze zal ik bij de vijfde VGR "
        "beantwoorden.",
        # h327, a letter with written answers before a budget debate
        "De overige gestelde vragen zal ik beantwoorden tijdens mijn eerste termijn van het debat "
        "op woensdag 8 november 2017.",
    ],
)
def test_questions_answered_later(sentence):
    assert commitments_of(sentence) == [sentence]


def test_questions_answered_in_the_debate_are_the_debates_order_when_said_in_it():
    # in a debate, the minister's own turn: the same words order the debate (N7)
    transcript = (
        "Aan de orde is het debat over de begroting.\n\nDe voorzitter:\nIk geef het woord aan de "
        "minister.\n\nMinister Knops:\nDe overige gestelde vragen zal ik beantwoorden tijdens mijn "
        "tweede termijn van het debat.\n\nDe voorzitter:\nDank u wel.\n"
    )
    assert parse(transcript, strict=False).commitments == ()


def test_a_letter_opening_with_the_promise_a_motie_occasioned_keeps_it():
    # h217: the motie is the occasion of the minister's own promise, not the thing carried out
    opening = (
        "Voor de zomer heb ik naar aanleiding van de aangenomen motie van het lid Eerdmans uw "
        "Kamer toegezegd een brief te sturen over wat er aanvullend nodig is in de strijd tegen "
        "ondermijnende criminaliteit."
    )
    assert [p for p, _ in fulfilments_of(opening)] == ["opens_with_promise"]
    # carrying out the motie itself stays out (F3)
    carried_out = (
        "Voor de zomer heb ik uw Kamer toegezegd de motie van het lid Eerdmans uit te voeren en "
        "u daarover een brief te sturen. Hierbij informeer ik u over de uitvoering van de motie."
    )
    assert fulfilments_of(carried_out) == []


def test_moties_with_their_subjects_in_brackets_and_toezeggingen_are_kept_together():
    # h223: the promise, a neutral sentence, then this letter's overview of both
    body = (
        "Wij hebben toegezegd een aantal zaken op dit terrein uit te werken en u over de voortgang "
        "te informeren. Afgelopen periode zijn gesprekken gevoerd met de raden. In deze brief "
        "geven we een overzicht van de stand van zaken aangaande de moties (over "
        "incidentenregistratie en filmpjes) en toezeggingen (over de aangifteverlegenheid)."
    )
    assert [p for p, _ in fulfilments_of(body)] == ["promise_then_delivery"]
    only_moties = body.replace(" en toezeggingen (over de aangifteverlegenheid)", "")
    assert fulfilments_of(only_moties) == []
