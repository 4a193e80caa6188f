"""Rules written from the seventh held-out batch (h100-h129) after its two blind runs, when it
moved to dev: the report of an earlier promise is no new one; a present-tense passive that lists
this letter's contents or a standing arrangement informs now unless something points ahead; a
sentence that delivers its own promise is not the start of a longer statement; more ways of
saying "this document delivers it". Real sentences (quoted from those official publications),
constructed variants (marked) and traps.
"""

import pytest

from commitments.importers.kamerstuk import parse
from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern
from commitments.importers.kamerstuk.model import KamerstukError

from .helpers import commitments_of, fulfilments_of, pattern_of

# --- the report of an earlier promise (N5) -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h111 (kst-28385-213)
        "Tijdens de behandeling van het wetsvoorstel Wijziging van de Meststoffenwet op 25 mei "
        "jl. heb ik mede namens de staatssecretaris van Infrastructuur & Milieu aangegeven dat ik "
        "uw Kamer in september 2011 de kabinetsvisie op het mestbeleid zal aanbieden.",
        # constructed
        "In het commissiedebat van 3 maart heb ik toegezegd dat ik uw Kamer voor de zomer zal "
        "informeren over de evaluatie.",
        "Het kabinet heeft laten weten dat het kabinet de Kamer in mei een brief zal sturen.",
    ],
)
def test_the_report_of_an_earlier_promise_is_no_new_commitment(sentence):
    assert pattern_of(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed: the government's own new promise, no report around it
        "Ik zal uw Kamer voor de zomer informeren over de evaluatie.",
        "Zoals ik heb aangegeven, zal ik uw Kamer voor de zomer informeren over de evaluatie.",
    ],
)
def test_a_new_promise_is_still_a_commitment(sentence):
    assert pattern_of(sentence) is not None


# --- a present-tense passive informs now unless it points ahead --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h125 (kst-29398-783)
        "Daarnaast wordt u geïnformeerd over een aantal afgeronde onderzoeken.",
        # h118: a standing arrangement
        "De Kamer wordt periodiek geïnformeerd over de voortgang van het programma, middels "
        "voortgangsbrieven.",
        # constructed
        "Verder wordt uw Kamer geïnformeerd over de stand van zaken rond de pilots.",
    ],
)
def test_a_listed_or_standing_present_passive_is_no_commitment(sentence):
    assert pattern_of(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover "
        "geïnformeerd.",
        # constructed
        "Uw Kamer wordt in een aparte brief geïnformeerd over de uitkomsten.",
        "Voor de zomer wordt u nader geïnformeerd over de evaluatie.",
        "Daarna wordt uw Kamer geïnformeerd over de uitkomsten.",
        "Daarnaast wordt uw Kamer voor 1 juni geïnformeerd over de uitkomsten.",
        # constructed: a bare present passive, no listing adverb, is read as the future
        "Uw Kamer wordt over de uitkomsten van het onderzoek geïnformeerd.",
    ],
)
def test_a_present_passive_that_points_ahead_is_a_commitment(sentence):
    assert pattern_of(sentence) == "passive_inform"


# --- a sentence that delivers its own promise stands alone -------------------------------------


def test_a_self_delivering_promise_is_not_joined_to_the_next_delivery():
    # h120 (kst-29628-643): the footnote digit is glued to the period
    body = (
        "Hierbij ontvangt uw Kamer mijn reguliere voortgangsbrief politie, zoals ik in mijn brief "
        "van 23 november jl. heb toegezegd.1 Hierbij ga ik tevens in op de aanbevelingen die de "
        "Algemene Rekenkamer deed in het hoofdstuk Politie in haar verantwoordingsonderzoek 2015."
    )
    found = fulfilments_of(body)
    assert [pattern for pattern, _ in found] == ["promised_and_delivered"]
    assert "Rekenkamer" not in found[0][1]


# --- more ways of saying "this document delivers it" -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h112 (kst-28286-1066)
        "Conform deze toezegging ontvangt uw Kamer hierbij de wetenschappelijke artikelen.",
        # h127, h125
        "Tot slot wordt met deze brief invulling gegeven aan diverse moties en toezeggingen.",
        "Hiermee wordt invulling gegeven aan moties en toezeggingen die aan uw Kamer zijn gedaan.",
        # h108 (kst-31497-101)
        "In deze voortgangsrapportage is zoals toegezegd onder andere aandacht voor de "
        "kwaliteit van het onderwijs.",
        # constructed
        "Zoals toegezegd wordt in deze brief aandacht besteed aan de tariefontwikkeling.",
        "Hierbij ontvangt de Kamer het rapport, zoals ik in het debat heb toegezegd.",
    ],
)
def test_this_document_delivers_the_promise(sentence):
    assert fulfilment_pattern(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # F3: moties alone, no toezegging
        "Met deze brief wordt invulling gegeven aan de moties van het lid Jansen.",
        # a promise still to keep
        "Zoals toegezegd zal ik in de volgende brief aandacht besteden aan de tarieven.",
        # no promise at all
        "In deze voortgangsrapportage is onder andere aandacht voor de kwaliteit.",
    ],
)
def test_no_fulfilment_without_a_promise_kept_now(sentence):
    assert fulfilment_pattern(sentence) is None


# --- coming back to the Kamer ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h117 (kst-31066-1098)
        "Met de uitwerking wil ik vervolgens in dit najaar bij u terugkomen.",
        # constructed
        "Over de uitkomsten zal het kabinet voor de zomer bij uw Kamer terugkomen.",
    ],
)
def test_coming_back_to_the_kamer_is_a_commitment(sentence):
    assert pattern_of(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: a member, the past, this letter
        "Het lid Jansen wil hierover bij de minister terugkomen.",
        "In deze brief kom ik bij uw Kamer terug op de motie.",
        "Ik ben in mijn brief van mei bij uw Kamer teruggekomen op de evaluatie.",
    ],
)
def test_coming_back_said_by_others_or_done_now_is_no_commitment(sentence):
    assert pattern_of(sentence) is None


def test_a_whole_letter_keeps_a_new_date_and_drops_the_restated_promise():
    body = (
        "Tijdens het debat op 25 mei jl. heb ik aangegeven dat ik uw Kamer in september de visie "
        "zal aanbieden. Ik zal u de visie uiterlijk 15 oktober toesturen."
    )
    assert commitments_of(body) == ["Ik zal u de visie uiterlijk 15 oktober toesturen."]


# --- two real parliamentary texts that were refused --------------------------------------------

TKCONV_PAGE = (
    "Schriftelijke antwoorden op vragen gesteld tijdens de eerste termijn van de "
    "begrotingsbehandeling van Buitenlandse Zaken op 27 januari 2026\nBrief regering\n"
    "Nummer: 2026D03887, datum: 2026-01-28, bijgewerkt: 2026-01-28 13:10, versie: 1\n"
    "Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.\n"
    "Gerelateerde personen:- Eerste ondertekenaar: D.M. van Weel, minister van Buitenlandse Zaken\n"
    "Onderdeel van zaak 2026Z01636:\n- Indiener: D.M. van Weel, minister van Buitenlandse Zaken\n"
    "- Voortouwcommissie: vaste commissie voor Buitenlandse Zaken\n"
    "- 2026-01-28 16:15: Begroting Buitenlandse Zaken (36800-V) voortzetting, TK\n"
    "Preview document (origineel)\nGeachte voorzitter,\n"
    "Hierbij treft u de schriftelijke antwoorden aan op vragen gesteld tijdens de eerste termijn "
    "van de begrotingsbehandeling Buitenlandse Zaken op 27 januari jl.\n"
)


def test_a_salutation_to_the_chair_below_a_web_pages_own_lines_is_a_kamerstuk():
    # h115 (tkconv's page of 2026D03887): ten lines of the site before "Geachte voorzitter"
    parsed = parse(TKCONV_PAGE)
    assert "salutation_to_chair" in parsed.signals


NOTA_1997 = (
    "25 641\nNadere wijziging van een aantal socialezekerheidswetten\n\nnr. 6\n"
    "NOTA NAAR AANLEIDING VAN HET VERSLAG\n\nOntvangen 4 november 1997\n\n1. Algemeen\n\n"
    "Met erkentelijkheid heb ik kennis genomen van de bijdragen van de verschillende fracties "
    "aan het verslag inzake dit wetsvoorstel.\n"
)


def test_a_bill_documents_heading_makes_a_kamerstuk_of_no_letter_kind():
    # h104 (kst-25641-6, 1997): a nota naar aanleiding van het verslag, printed as such
    parsed = parse(NOTA_1997)
    assert "bill_document_heading" in parsed.signals
    assert parsed.metadata.kind is None


def test_news_quoting_a_bill_heading_in_running_text_is_still_refused():
    # constructed: the heading words inside a sentence are no heading
    with pytest.raises(KamerstukError):
        parse(
            "De minister stuurde gisteren de nota naar aanleiding van het verslag naar de "
            "Kamer. Volgens ingewijden is de oppositie daar niet blij mee.\n"
        )


def test_a_signature_in_a_markdown_table_cell_is_read():
    # h115: tkconv's preview draws the letter's signature table as Markdown
    parsed = parse(
        TKCONV_PAGE
        + "| De minister van Buitenlandse Zaken, D.M. van Weel |\n|---|\n"
        + "Vragen van de leden van der Werf en Klos (D66)\n"
    )
    assert parsed.metadata.sender_name == "D.M. van Weel"
    assert parsed.metadata.sender_function == "Minister van Buitenlandse Zaken"
    assert "|" not in parsed.normalised.text


def test_a_pipe_inside_a_sentence_is_left_alone():
    # constructed: not a table row (no pipe at both ends of the line)
    text = NOTA_1997 + "De kosten (A | B) staan in de bijlage bij dit verslag.\n"
    assert "(A | B)" in parse(text).normalised.text


# --- two more ways of delivering, read from the dev misses ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h124 (kst-34652-F, 2019): the footnote digit glued to "toegezegd", no "hierbij"
        "Zoals toegezegd1, stuur ik u een afschrift van de brief «Mensen met een middeninkomen» "
        "aan de Tweede Kamer.",
        # h136 (BZ, 2007): the passive "wordt ingegaan op de toezeggingen"
        "Ook wordt ingegaan op de toezeggingen die tijdens het AO zijn gedaan.",
        # constructed
        "Zoals ik in het debat heb toegezegd, informeer ik u over de stand van zaken.",
        "In deze brief wordt tevens ingegaan op enkele toezeggingen uit het commissiedebat.",
    ],
)
def test_the_promise_kept_in_the_present_without_hierbij(sentence):
    assert fulfilment_pattern(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: still to come, or the promise not mentioned
        "Zoals toegezegd, zal ik u na de zomer een afschrift sturen.",
        "Ook wordt ingegaan op de vragen die tijdens het AO zijn gesteld.",
        "Zoals gebruikelijk stuur ik u een afschrift van de brief aan de Tweede Kamer.",
    ],
)
def test_no_promise_kept_now_in_these(sentence):
    assert fulfilment_pattern(sentence) is None
