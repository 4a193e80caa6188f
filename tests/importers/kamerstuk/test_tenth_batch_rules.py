"""The tenth held-out batch (h184-h211), after its blind run: the families it showed that no
rule read, each with its traps. The batch moved to dev for them."""

from datetime import date

import pytest

from commitments.importers.kamerstuk.parse import parse

from .helpers import commitments_of, fulfilments_of, pattern_of


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        # h202: the participle before "worden", "de Tweede Kamer" named in full
        ("Hierover zal de Tweede Kamer geïnformeerd worden.", "passive_inform"),
        # h198: both Chambers as addressee
        (
            "Ondertussen zal ik de uitkomsten bespreken, waarna de uitkomsten middels een "
            "kabinetsstandpunt aan de Tweede en Eerste Kamer zal worden toegezonden.",
            "passive_inform",
        ),
        # h192: a PDF copy splits the participle at its diaeresis
        (
            "Hierover wordt de Kamer door de Staatssecretaris van IenW ge ïnformeerd.",
            "passive_inform",
        ),
        # h189: told now, done later
        (
            "Via deze brief laat ik U weten dat ik Uw Kamer de gevraagde informatie in de tweede "
            "helft van oktober 2013 zal toesturen.",
            "modal_inform",
        ),
        # h185: an uitstelbericht's intent to answer
        (
            "Ik streef ernaar de vragen zo spoedig mogelijk na het Kamerreces te beantwoorden.",
            "answers",
        ),
        # h191: the intent as a noun, the addressee the letter's
        (
            "Mijn streven is om in de tweede week van maart 2015 de visie op de curatieve zorg "
            "in krimpregio's toe te sturen.",
            "deliver_document",
        ),
        # h209: coming with a document
        (
            "Begin april kom ik met een beleidsbrief over de aanpak van leerlingendaling.",
            "deliver_document",
        ),
        # h195: "ik zeg toe" in a debate, the Kamer its listener
        ("Ik zeg wel toe dat ik in mei terugkom op het wetsvoorstel.", "toezeggen"),
        # h196: "daar kom ik … op terug", fronted
        ("Daar kom ik een keer op terug.", "return_to"),
    ],
)
def test_tenth_batch_promise_families(sentence, pattern):
    assert pattern_of(sentence) == pattern


@pytest.mark.parametrize(
    "sentence",
    [
        # h188: another minister's earlier promise, a citation's "nr." inside the clause (N5)
        "De Minister van Infrastructuur en Waterstaat heeft in haar brief van 19 juni "
        "(Kamerstuk 33 450, nr. 68) over het definitieve Noordzeeakkoord aangegeven dat zij uw "
        "Kamer op korte termijn zal informeren over de governance.",
        # constructed traps for the new families
        "Via deze brief laat ik u weten dat de commissie haar rapport heeft afgerond.",
        "Ik zeg niet toe dat ik in mei terugkom op het wetsvoorstel.",
        "Ik zeg de gemeenten toe dat zij de middelen voor de zomer ontvangen.",
        "Mijn streven is om de regeldruk voor ondernemers te verminderen.",
        "Ik streef ernaar de vragen van burgers beter te beantwoorden.",
        "De gemeenten komen met een brief over de uitvoering.",
        "In deze brief kom ik met een reactie op het advies.",
        "Hierover is de Tweede Kamer eerder geïnformeerd.",
    ],
)
def test_tenth_batch_traps(sentence):
    assert pattern_of(sentence) is None


def test_the_intent_as_a_noun_reads_its_month_from_the_letters_date():
    sentence = (
        "Mijn streven is om in de tweede week van maart de visie op de curatieve zorg in "
        "krimpregio's toe te sturen."
    )
    assert commitments_of(sentence) == [sentence]


def test_an_anaphoric_delivery_in_the_same_letter_stays_a_promise_in_context():
    found = commitments_of(
        "Hierbij stuur ik u het onlangs gepubliceerde advies. Begin april kom ik met een "
        "beleidsbrief over de aanpak van leerlingendaling."
    )
    assert found == ["Begin april kom ik met een beleidsbrief over de aanpak van leerlingendaling."]


@pytest.mark.parametrize(
    "body",
    [
        # h187
        "Tevens informeer ik u over een aantal toezeggingen gedaan tijdens het Algemeen Overleg "
        "van 6 juni, 13 juni en 4 juli.",
        # h201: words between the Kamer and "over"
        "Graag informeer ik uw Kamer in aanloop naar het Wetgevingsoverleg Cultuur met deze brief "
        "over de stand van zaken van een aantal moties en toezeggingen met betrekking tot cultuur.",
    ],
)
def test_informing_now_about_the_promises_is_a_fulfilment(body):
    assert [pattern for pattern, _ in fulfilments_of(body)] == ["informs_about_commitment"]


def test_informing_about_a_motie_alone_is_no_fulfilment():
    assert fulfilments_of("Tevens informeer ik u over de uitvoering van de motie Van Dijk.") == []


def _signals(text: str) -> tuple[str, ...]:
    return parse(text, strict=False).signals


def test_an_old_letterhead_in_lower_case_is_addressed_to_the_kamer():
    # h185, h200
    text = (
        "Ministerie van Onderwijs, Cultuur en Wetenschap\n\nDe voorzitter van de Tweede Kamer der "
        "Staten-Generaal\n\nPostbus 20018\n\nIn antwoord op de Kamervragen deel ik u mee dat de "
        "beantwoording zal worden vertraagd.\n"
    )
    assert "addressed_to_kamer" in _signals(text)


def test_a_news_text_quoting_the_address_is_not_addressed_to_the_kamer():
    text = (
        "De minister schreef gisteren aan de voorzitter van de Tweede Kamer dat de brief later "
        "komt. Dat meldt het persbureau.\n"
    )
    assert "addressed_to_kamer" not in _signals(text)


def test_keeping_a_promise_in_the_first_person_is_a_parliamentary_signal():
    # h208: a ministry's web copy of its letter, without the letter's frame
    text = (
        "Studies naar aanleiding van de Prinsjesdagbrief 2003\n\nAfgesproken is de resultaten "
        "daarvan tijdig ter kennis van de Kamer te brengen. Deze toezegging doen wij hiermee "
        "gestand.\n"
    )
    assert "promise_kept_here" in _signals(text)
    reported = "De minister zei dat hij zijn toezegging daarmee gestand deed, meldt de krant.\n"
    assert "promise_kept_here" not in _signals(reported)


def test_answers_to_kamervragen_as_tweedekamer_nl_prints_them_have_no_letter_kind():
    # h193: no letter frame, "Vraag 1" / "Antwoord 1" lines
    text = (
        "Antwoord schriftelijke vragen : Antwoord op vragen van het lid Vijlbrief\n\n"
        "Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen 15 april "
        "2025)\n\nVraag 1\n\nBent u bekend met het bericht?\n\nAntwoord 1\n\nJa. Dat oordeel "
        "zal ik met de Kamer delen.\n"
    )
    assert parse(text, strict=False).metadata.kind is None


def test_the_number_handelingen_give_a_motie_is_a_citation():
    # h195, h196
    from commitments.importers.kamerstuk.structure import extract_citations

    paras = ["Zij krijgt nr. 253 (29538).", "Zij krijgt nr. 12, was nr. 10 (36200-VIII)."]
    assert [c.kst_id for c in extract_citations(paras, None)] == [
        "kst-29538-253",
        "kst-36200-VIII-12",
    ]
    assert extract_citations(["Zij krijgt een antwoord (29538)."], None) == []


# --- second pass over the batch's misses: deliveries taken for granted, announced content ------


@pytest.mark.parametrize(
    "sentence",
    [
        # h193: the sending presupposed by a "zodra" clause
        "Zodra ik de kabinetsreactie op het amendement naar uw Kamer stuur, zullen ook de "
        "onderliggende nota's openbaar worden gemaakt.",
        # h207: a committee's request for a reaction, to be met
        "Aan het verzoek van de vaste commissie voor Defensie van 1 april jl. (kenmerk "
        "26488-222/2010D16431) om een reactie op dit rapport zal ook nog afzonderlijk worden "
        "voldaan.",
        "Graag zal ik aan uw verzoek om een overzicht van de kosten voldoen.",
    ],
)
def test_a_delivery_taken_for_granted_is_a_promise(sentence):
    assert pattern_of(sentence) == "deliver_document"


@pytest.mark.parametrize(
    "sentence",
    [
        "Toen ik uw Kamer de brief stuurde, was het rapport nog niet gereed.",
        "Zodra de commissie haar rapport naar uw Kamer stuurt, reageer ik daarop.",
        "Hierbij voldoe ik aan het verzoek van de vaste commissie om een reactie op het rapport.",
        "Aan het verzoek om de hoorzitting te verplaatsen zal worden voldaan.",
        "Aan het verzoek van de commissie om een reactie zal ik niet voldoen.",
    ],
)
def test_a_request_answered_now_or_not_a_deliverable_is_no_promise(sentence):
    assert pattern_of(sentence) is None


@pytest.mark.parametrize(
    ("promise", "content"),
    [
        # h209: "deze brief" is the beleidsbrief just promised, not this letter
        (
            "Begin april kom ik met een beleidsbrief over de aanpak van leerlingendaling.",
            "In deze brief zal ik een reactie geven op het Onderwijsraadadvies.",
        ),
        # h210: "Daarin" points at the rapportage just promised
        (
            "De voortgangsrapportage leerlingendaling 2016 ontvangt u voor de "
            "begrotingsbehandeling onderwijs begin november.",
            "Daarin beantwoord ik tevens de motie van de leden Vermue en Van Dekken.",
        ),
    ],
)
def test_the_content_of_a_document_just_promised_is_a_promise(promise, content):
    assert commitments_of(f"Hierbij stuur ik u het advies. {promise} {content}") == [
        promise,
        content,
    ]


@pytest.mark.parametrize(
    "body",
    [
        # no promise before it: "deze brief" is this letter (N4)
        "Hierbij stuur ik u het advies. In deze brief zal ik ingaan op de hoofdpunten.",
        # a promise before, but the content is past
        "Voor de zomer ontvangt u de rapportage. Daarin heb ik ook de motie beantwoord.",
        # a promise before, the content negated
        "Voor de zomer ontvangt u de rapportage. Daarin ga ik niet in op de kosten.",
    ],
)
def test_announced_content_needs_a_promise_before_it_and_a_present_or_future_verb(body):
    found = commitments_of(body)
    assert not any(s.startswith(("In deze brief", "Daarin")) for s in found), found


_SIGNED = "\n\nDe Minister van Onderwijs, Cultuur en Wetenschap,\n\nA. Jansen\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # h192: a PDF letterhead's "Datum" line
        (
            "De voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n"
            "2500 EA DEN HAAG\nDatum 22 december 2022\nBetreft Emissies door de luchtvaart\n"
            "Geachte voorzitter,\n",
            date(2022, 12, 22),
        ),
        # h191, h197: address, place and body run into one line
        (
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 27 februari 2015 "
            "Op verzoek van uw Kamer stuur ik u de visie later.",
            date(2015, 2, 27),
        ),
        # h185, h200: a letterhead's labels glued before their values; "Uw brief van" is second
        (
            "Aan de voorzitter van de Tweede Kamer\n\nPostbus 20018\n\n2500 EA Den Haag\n\n"
            "Den Haag Ons kenmerk Uw brief van Uw kenmerk 13 juli 2007 BVE/BMO/2007/29618 "
            "28 juni 2007\n\nOnderwerp\nUitstel beantwoording",
            date(2007, 7, 13),
        ),
    ],
)
def test_a_letterhead_date_the_layout_missed_is_read(head, expected):
    text = f"{head}\n\nHierbij stuur ik u het advies over de scholen in de regio.{_SIGNED}"
    assert parse(text).metadata.date == expected


@pytest.mark.parametrize(
    "head",
    [
        # a date inside a sentence is no letter date
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nIn de vergadering in "
        "Den Haag, 3 maart 2020 is het advies besproken.",
        # the date of the Kamer's letter alone
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nUw brief van 28 juni 2007",
    ],
)
def test_a_date_that_is_not_the_letters_stays_null(head):
    text = f"{head}\n\nHierbij stuur ik u het advies over de scholen in de regio.{_SIGNED}"
    assert parse(text).metadata.date is None


# --- dev misses of earlier batches: the present passive of sending, content still to come ------


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        # h140: the thing sent is the subject, "u" the indirect object, a time to come
        (
            "De resultaten en de appreciatie worden u begin februari 2014 voorgelegd.",
            "passive_inform",
        ),
        # h116: the subject comes up in a coming document
        (
            "Hetzelfde geldt voor het personeelsbeleid; ook dat zal in de brief ruimschoots aan "
            "de orde komen.",
            "content_promise",
        ),
    ],
)
def test_earlier_dev_promise_families(sentence, pattern):
    assert pattern_of(sentence) == pattern


@pytest.mark.parametrize(
    "sentence",
    [
        "Het rapport wordt u hierbij aangeboden.",
        "De stukken worden u op 3 maart jl. toegezonden.",
        "Dit onderwerp zal in het commissiedebat aan de orde komen.",
        "Dit zal in deze brief aan de orde komen.",
    ],
)
def test_earlier_dev_traps(sentence):
    assert pattern_of(sentence) is None


def test_the_next_part_of_a_promised_document_is_a_promise():
    # h116: a content promise, then the same document's next part
    promise = (
        "Mede op verzoek van de Tweede Kamer zullen wij in de septemberbrief onder meer de "
        "ontwikkeling van de strijdkrachten schetsen."
    )
    more = "Eveneens op verzoek van de Kamer zullen wij een overzicht geven van de projecten."
    assert commitments_of(f"Hierbij stuur ik u de notitie. {promise} {more}") == [promise, more]


@pytest.mark.parametrize(
    "body",
    [
        # no promise before it
        "Hierbij stuur ik u het advies. Wij zullen een overzicht geven van de projecten.",
        # the government gives something to someone else
        "Voor de zomer ontvangt u de rapportage. Wij zullen de gemeenten een toelichting geven op "
        "de regeling.",
    ],
)
def test_an_overview_given_is_a_promise_only_as_part_of_a_promised_document(body):
    assert not any(s.startswith("Wij zullen") for s in commitments_of(body))


_COMMITTEE_NOTES = (
    "Korte aantekeningen vergadering commissie Koninkrijksrelaties (KOREL) van 24 mei 2016\n"
    "Besluitpunten die betrekking hebben op toezegging Toezegging Jaarlijkse toezending door "
    "regering van informatie (T01156)\n\n"
    "De commissie besluit als volgt:\n- de status van toezegging T01154 wordt gewijzigd in "
    "voldaan;\n- de status van toezegging T01224 blijft ongewijzigd (openstaand).\n\n"
    "De griffier van de commissie,\nFred Bergman\n"
)


def test_a_committees_own_record_is_parliamentary_and_no_letter():
    # h183 (ninth batch, moved to dev): an Eerste Kamer committee's notes on toezeggingen
    parsed = parse(_COMMITTEE_NOTES)
    assert "committee_record" in parsed.signals
    assert parsed.metadata.kind is None
    assert parsed.metadata.date is None  # the meeting's date is no date of the text
    assert parsed.commitments == parsed.fulfilments == ()


@pytest.mark.parametrize(
    "text",
    [
        "De commissie voor Koninkrijksrelaties besprak gisteren de korte aantekeningen van de "
        "vorige vergadering, meldt de krant.\n",
        "De griffier van de commissie zei dat de vergadering werd verplaatst.\n",
    ],
)
def test_news_about_a_committee_is_no_committee_record(text):
    assert "committee_record" not in _signals(text)
