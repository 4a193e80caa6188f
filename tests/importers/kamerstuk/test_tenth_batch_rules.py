"""The tenth held-out batch (h184-h211), after its blind run: the families it showed that no
rule read, each with its traps. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk.parse import parse

from .test_general_structures import commitments_of, fulfilments_of, pattern_of


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
