"""The fourteenth held-out batch (h288-h298), after its blind run: what a coming letter will take
up, said in a debate; "U krijgt van mij een brief"; the present "invulling geef ik aan … de
toezeggingen"; the Chamber's own letters (its president, the Presidium) and the Eerste Kamer's
preliminary report; the official page's metadata table; a Kamerstuk of two dossiers. Each rule
with the case it must leave alone. The batch moved to dev for them."""

import pytest

from commitments.importers.kamerstuk import parse

from .helpers import commitments_of, fulfilments_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Laat ik zorgen dat ik dat in dat korte briefje meeneem.",
        "Zo ja, dan zorg ik dat dat ook opgenomen wordt in die brief.",
        "Maar in de brief die voor de stemmingen komt, neem ik in ieder geval deze specifieke "
        "suggestie van de heer Thijssen mee.",
        "U krijgt van mij ook een bredere brief over waterstof en we gaan met elkaar debatteren.",
        "Daar krijgt u een brief over.",
    ],
)
def test_a_coming_letters_content_and_its_sending_said_in_a_debate(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "In deze brief neem ik de suggestie van de heer Thijssen mee.",
        "In de brief van 3 maart nam ik de suggestie mee.",
        "Ik zorg dat de suggestie bij de uitvoering wordt meegenomen.",
        "U kreeg van mij in maart een brief over waterstof.",
    ],
)
def test_this_letter_a_past_one_or_no_document_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_invulling_given_now_to_promises_is_a_fulfilment_and_a_future_one_is_not():
    now = (
        "In deze brief informeer ik u over de kaders, waarmee ik invulling geef aan enkele "
        "mondelinge en schriftelijke toezeggingen."
    )
    assert [p for p, _ in fulfilments_of(now)] == ["invulling"]
    assert fulfilments_of("In het voorjaar zal ik invulling geven aan deze toezegging.") == []


def test_the_chambers_president_signs_with_a_full_name():
    letter = (
        "33 410 Kabinetsformatie 2012\n\nNr.11 BRIEF VAN DE VOORZITTER VAN DE TWEEDE KAMER\n\n"
        "Aan de leden\n\nDen Haag, 27 september 2012\n\nIk kan u hierover het volgende melden.\n\n"
        "De Voorzitter van de Tweede Kamer der Staten-Generaal, Anouchka van Miltenburg\n"
    )
    meta = parse(letter).metadata
    assert (meta.sender_name, meta.sender_function) == (
        "Anouchka van Miltenburg",
        "Voorzitter van de Tweede Kamer der Staten-Generaal",
    )
    # a sentence naming the president is no signature
    text = letter.replace(
        "De Voorzitter van de Tweede Kamer der Staten-Generaal, Anouchka van Miltenburg",
        "De Voorzitter van de Tweede Kamer der Staten-Generaal, die dit vroeg, was tevreden.",
    )
    assert parse(text).metadata.sender_name is None


def test_the_presidiums_letter_under_a_long_page_title_is_accepted_with_its_header():
    page = (
        "Brief Presidium : Brief van het Presidium over de totstandkoming van het "
        "feitenonderzoek dat verricht is naar aanleiding van twee anonieme brieven en verstrekking "
        "van adviezen, correspondentie en andere informatie met betrekking tot het feitenonderzoek"
        "\n\n36 221 Instellen van een extern onderzoek naar aanleiding van twee anonieme brieven"
        "\n\nNr. 19\n\nBRIEF VAN HET PRESIDIUM\n\nAan de Leden\n\nDen Haag, 1 september 2025\n\n"
        "Tijdens de Regeling van werkzaamheden is een debat aangevraagd over het onderzoek.\n"
    )
    meta = parse(page, strict=True).metadata
    assert (meta.dossier, meta.ondernummer, str(meta.date), meta.kind) == (
        "36221",
        19,
        "2025-09-01",
        "brief",
    )


def test_the_eerste_kamers_preliminary_report_is_a_verslag_with_its_letter_unstored():
    report = (
        "35 261 Wijziging van de Algemene wet bestuursrecht (Wet modernisering elektronisch "
        "bestuurlijk verkeer)\n\nB VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE "
        "ZAKEN\n\nVastgesteld 21 juni 2022\n\nDe leden van de VVD-fractie hebben met "
        "belangstelling kennisgenomen van het wetsvoorstel.\n"
    )
    meta = parse(report, strict=True).metadata
    assert (meta.dossier, meta.ondernummer, str(meta.date), meta.kind) == (
        "35261",
        None,
        "2022-06-21",
        "verslag",
    )


def test_the_official_pages_metadata_table_gives_dossier_number_and_vergaderjaar():
    page = (
        "Kamerstuk\n| Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer |\n"
        "|---|---|---|---|\n| Tweede Kamer der Staten-Generaal | 2022-2023 | 27858 nr. 617 |\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 4 juli 2023\n"
        "In deze brief informeer ik u over de kaders (Kamerstukken 27 625 en 30 015, nr. 623).\n"
    )
    parsed = parse(page)
    meta = parsed.metadata
    assert (meta.dossier, meta.ondernummer, meta.vergaderjaar) == ("27858", 617, "2022-2023")
    # nr. 623 of both dossiers it was printed in
    assert [c.kst_id for c in parsed.citations] == ["kst-27625-623", "kst-30015-623"]
    # two years that follow no "Vergaderjaar" cell are no vergaderjaar
    assert parse(page.replace("Vergaderjaar |", "Jaar |")).metadata.vergaderjaar is None


def test_informing_gladly_as_promised_is_this_letters_fulfilment():
    # h161 (dev): no "hierbij", and "toezegging" without a determiner
    now = "Graag informeer ik uw Kamer, conform toezegging, over de OndernemersTop."
    assert [p for p, _ in fulfilments_of(now)] == ["as_promised_now"]
    # without the promise it is this letter's act and nothing more; in the future a promise
    assert fulfilments_of("Graag informeer ik uw Kamer over de Raad.") == []
    assert fulfilments_of("Graag zal ik u, conform toezegging, informeren over de Raad.") == []


def test_holding_out_the_prospect_of_a_delivery_is_a_promise_and_a_report_of_it_is_not():
    # h116 (dev)
    held_out = (
        "Het volledige beeld kunnen wij de Kamer voor september aanstaande in het vooruitzicht "
        "stellen."
    )
    assert commitments_of(held_out) == [held_out]
    assert commitments_of("De minister heeft de Kamer een brief in het vooruitzicht gesteld.") == []


@pytest.mark.parametrize(
    ("sentence", "promise"),
    [
        # h235 (dev): the questions fronted, the document that will carry the answers named
        ("Deze vragen zal ik in de volgende voortgangsrapportage beantwoorden.", True),
        ("Deze vragen zal ik bij de volgende voortgangsrapportage beantwoorden.", True),
        ("Ik zal de vragen van de commissie in de voortgangsbrief beantwoorden.", True),
        # where they were asked is no vehicle of the answers; a debate's turn is procedure
        ("De vragen die in de brief zijn gesteld, zal ik beantwoorden.", False),
        ("Deze vragen zal ik in mijn tweede termijn beantwoorden.", False),
    ],
)
def test_answering_questions_in_a_named_coming_document_is_a_promise(sentence, promise):
    assert commitments_of(sentence) == ([sentence] if promise else [])
