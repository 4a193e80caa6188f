"""General structures for fulfilments and commitments, written after the fifth held-out batch
(h55-h74) moved to dev. A fulfilment is a reference to an earlier promise next to a marker that
this document delivers it; a commitment is the government's future delivery to the Kamer, with
any delivering verb. Each family is tested with the real sentence that showed it (quoted from
those official publications), other phrasings of the same family (marked constructed) and the
traps next to it (quoted, or constructed).
"""

import pytest

from commitments.importers.kamerstuk import parse
from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern
from commitments.importers.kamerstuk.signals import looks_like_kamerstuk

from .helpers import fulfilments_of, pattern_of

# --- fulfilment: the fulfilling act in the present, the promise its object --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # h67
        "Hiermee voldoet de Minister van VWS aan deze toezegging.",
        "In deze brief wordt aan een aantal moties en toezegging voldaan en wordt u geïnformeerd "
        "over de moties en toezeggingen die om verschillende redenen, niet meer dit jaar worden "
        "afgehandeld.",
        # h68
        "Hiermee wordt ook tegemoetgekomen aan een aantal toezeggingen en verzoeken.",
        # constructed: other subjects, word orders and quantities
        "Hiermee voldoe ik aan de toezegging die ik in het commissiedebat van 3 maart deed.",
        "Met deze brief kom ik aan de toezegging tegemoet.",
        "Met deze brief wordt voldaan aan twee toezeggingen uit het wetgevingsoverleg.",
        "Hiermee voldoet het kabinet tevens aan de toezeggingen van mijn ambtsvoorganger.",
    ],
)
def test_the_present_fulfilling_act_with_the_promise_as_object_is_a_fulfilment(sentence):
    assert fulfilment_pattern(sentence) == "fulfils_now"


@pytest.mark.parametrize(
    "sentence",
    [
        # h62: the promise is still to keep
        "Gezien de samenloop van een grote hoeveelheid verzoeken uit uw Kamer om informatie van "
        "ProRail, heb ik een aantal dagen extra tijd nodig om aan deze toezegging te kunnen "
        "voldoen.",
        # constructed: future, negated, conditional, a request instead of a promise
        "Daarmee zal de minister voldoen aan de toezegging.",
        "Hiermee voldoet het kabinet niet aan de toezegging.",
        "Hiermee kan ik nog niet voldoen aan de toezegging.",
        "Met deze brief kom ik aan het verzoek van uw Kamer tegemoet.",
    ],
)
def test_a_fulfilling_act_still_to_come_or_of_a_request_is_no_fulfilment(sentence):
    assert fulfilment_pattern(sentence) != "fulfils_now"


def test_a_list_carried_out_with_the_toezeggingen_in_it_is_a_fulfilment():
    # h66
    sentence = (
        "Met het rapport wordt uitvoering gegeven aan de wettelijke bepaling in het Belastingplan "
        "20152 dat het noodzakelijkheidscriterium geëvalueerd dient te worden, aan de "
        "toezeggingen door mijn ambtsvoorganger bij behandeling van het Belastingplan 20153 en "
        "het Belastingplan 20174 om de werkkostenregeling breder te evalueren dan enkel het "
        "noodzakelijkheidscriterium, en aan motie De Vries."
    )
    assert fulfilment_pattern(sentence) == "invulling"
    # constructed trap: a list without a toezegging (a motie and a wet, F3)
    assert not fulfilment_pattern(
        "Met het rapport wordt uitvoering gegeven aan de wettelijke bepaling, aan de motie De "
        "Vries en aan het verzoek van de commissie."
    )


# --- fulfilment: the promise, then this document's delivery, one or two sentences later -------


@pytest.mark.parametrize(
    "body",
    [
        # h69 (a neutral sentence between the promise and the delivery)
        "Tijdens het Algemeen Overleg Gevangeniswezen op 8 februari jl. heb ik aangegeven het u "
        "te zullen toesturen. Het eindrapport Koers en Kansen is inmiddels gereed. U ontvangt het "
        "als bijlage bij deze brief.",
        # h63
        "In het algemeen overleg op 29 september jl. heb ik toegezegd de Kamer te informeren "
        "wanneer de onderzoeken zullen zijn voltooid. In de bijlage treft u een overzicht aan van "
        "lopende en recent voltooide onderzoeken.",
        # h73
        "Tijdens deze vergadering zijn enkele toezeggingen gedaan. In deze brief ga ik in op het "
        "informatieverzoek van uw Kamer op de volgende terreinen.",
        # h70 (shortened)
        "Zoals ik u bij verschillende gelegenheden heb toegezegd, heb ik een tussentijdse "
        "evaluatie laten uitvoeren. Ik informeer u in deze brief over de uitkomsten van deze "
        "tussenevaluatie.",
        # constructed: "zegde toe", "beloofd", "conform mijn toezegging" before the delivery
        "In het debat zegde ik toe de evaluatie te sturen. Hierbij stuur ik u de evaluatie.",
        "Ik heb de Kamer een overzicht beloofd. Bijgaand treft u het overzicht aan.",
        "Conform mijn toezegging in het commissiedebat is de evaluatie uitgevoerd. U vindt het "
        "rapport in de bijlage.",
    ],
)
def test_a_promise_then_this_documents_delivery_is_a_fulfilment(body):
    assert [p for p, _ in fulfilments_of(body)] == ["promise_then_delivery"]


@pytest.mark.parametrize(
    "body",
    [
        # h85: "hiermee" without a delivery
        "Eerder is toegezegd begin 2020 de campagne «weet waar je koopt» te lanceren. We "
        "verwachten hiermee na de zomer te kunnen starten.",
        # h65: "bij dezen" delivers a delay
        "Eerder berichtte ik u dat het wetsvoorstel na het zomerreces zou kunnen worden "
        "ingediend. Ik meld u bij dezen dat indiening nog vóór het kerstreces niet haalbaar zal "
        "zijn.",
        # h87: an overview of promises is no report of the one kept
        "Met betrekking tot de toezeggingen stuur ik u in bijlage 2 de stand van zaken van de "
        "recent gedane toezeggingen.",
        # constructed: the delivery answers a request or a motie, or the sentence between says
        # the promise is not kept
        "In het debat heb ik toegezegd de evaluatie te sturen. Met deze brief kom ik aan het "
        "verzoek van de commissie tegemoet.",
        "In het debat heb ik toegezegd de evaluatie te sturen. Dat is niet gelukt. U ontvangt "
        "hierbij wel de planning.",
        "In het debat heb ik toegezegd de evaluatie te sturen. Hierbij stuur ik u mijn reactie op "
        "de motie.",
    ],
)
def test_no_delivery_or_a_delivery_of_something_else_is_no_fulfilment(body):
    assert fulfilments_of(body) == []


def test_zoals_toegezegd_with_a_passive_report_in_the_present_is_a_fulfilment():
    # h72
    assert (
        fulfilment_pattern(
            "Over de voortgang van de uitvoering van het Plan van Aanpak wordt in het onderstaande "
            "gerapporteerd, zoals toegezegd bij het Algemeen Overleg hierover (29410, nr. 36)."
        )
        == "as_promised_now"
    )
    # constructed: the same in the future is no delivery now
    assert not fulfilment_pattern(
        "Over de voortgang zal in het voorjaar worden gerapporteerd, zoals toegezegd bij het "
        "Algemeen Overleg."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ter uitvoering van mijn toezegging in het commissiedebat stuur ik u hierbij de evaluatie.",
        "In antwoord op de toezegging aan het lid Bikker informeer ik u hierbij over de pilots.",
    ],
)
def test_ter_uitvoering_van_or_in_antwoord_op_the_promise_with_a_delivery_now(sentence):
    # constructed
    assert fulfilment_pattern(sentence) in ("as_promised_now", "invulling")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ter uitvoering van mijn toezegging zal ik u in mei informeren over de pilots.",
        "In antwoord op de toezegging aan het lid Bikker zal ik u na de zomer informeren.",
        "Ik zal met de evaluatie invulling geven aan de toezegging aan het lid Bikker.",
    ],
)
def test_carrying_out_the_promise_in_the_future_is_no_fulfilment(sentence):
    # constructed
    assert fulfilment_pattern(sentence) is None


def test_zal_ik_about_this_letter_still_carries_out_the_promises_now():
    # h03
    assert (
        fulfilment_pattern(
            "In deze Kamerbrief zal ik een toelichting geven op de voortgang en uitvoering van de "
            "openstaande toezeggingen en aangenomen moties rondom (de Wet) open overheid."
        )
        == "invulling"
    )


# --- fulfilment: a letter that opens with the promise it keeps --------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # h71 (the letter of the promised day)
        "Op 13 oktober heb ik gesproken met de leden van de vaste commissie voor Economische "
        "Zaken over de problematiek van de energie-intensieve industrie. In dat overleg heb ik "
        "toegezegd om uiterlijk 31 oktober uw Kamer te informeren over de voortgang met "
        "betrekking tot deze problematiek.\n\nIn het overleg van 13 oktober heb ik aangegeven dat "
        "ik de partijen eerst de kans wil geven om hun onderhandelingen te beginnen. De heer Van "
        "Duyne is bereid gevonden om namens het consortium op te treden.",
        # h20
        "In het commissiedebat van 13 december jl. heb ik, naar aanleiding van vragen van het lid "
        "Omtzigt, twee toezeggingen gedaan. Allereerst de toezegging om meer inzicht te geven in "
        "de momenten dat er overleggen zijn geweest.",
    ],
)
def test_a_letter_opening_with_its_promise_fulfils_it(body):
    assert [p for p, _ in fulfilments_of(body)] == ["opens_with_promise"]


@pytest.mark.parametrize(
    "body",
    [
        # h62: an uitstelbrief opens with the same words
        "Tijdens het Algemeen Overleg ProRail van 10 september 2015 heb ik toegezegd uw Kamer "
        "binnen 4 weken een brief te sturen over de stand van zaken van grote stationsprojecten. "
        "Gezien de samenloop van een grote hoeveelheid verzoeken heb ik een aantal dagen extra "
        "tijd nodig om aan deze toezegging te kunnen voldoen.",
        # constructed: a new date, a promise still to keep, the promise not in the opening
        "In het debat van 3 maart heb ik toegezegd u voor 1 april te informeren over de "
        "evaluatie. De onderzoekers hebben meer bronnen betrokken. Ik zal u voor 1 juni "
        "informeren.",
        "In het debat van 3 maart heb ik toegezegd u te informeren over de evaluatie. Het "
        "onderzoek loopt nog.",
        "De evaluatie is in januari gestart. Het bureau heeft veertig gemeenten gesproken. In het "
        "debat heb ik toegezegd u daarover te informeren.",
    ],
)
def test_an_opening_promise_with_a_delay_or_a_new_promise_is_no_fulfilment(body):
    assert [p for p, _ in fulfilments_of(body)] == []


# --- commitments: any future delivery, not only "informeren" ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        # h57
        ("Zodra ik die informatie heb ontvangen zal ik die aan u doorgeleiden.", "modal_inform"),
        # h55 (a long object before "naar de Kamer sturen")
        (
            "Ik zal het rapport, samen met de literatuurstudie van RIVM en TNO en de second "
            "opinion van de Commissie van Toezicht, vergezeld van mijn standpunt zo spoedig "
            "mogelijk daarna  maar in ieder geval nog voor de zomer  naar de Kamer sturen.",
            "modal_inform",
        ),
        # h56
        (
            "Ik zal de vragen van uw Kamer zo spoedig mogelijk na het beschikbaar komen van deze "
            "aanvullende informatie beantwoorden.",
            "answers",
        ),
        # h62
        (
            "U zult deze informatie tegelijkertijd met de andere verzoeken om informatie over "
            "ProRail ontvangen.",
            "will_receive",
        ),
        # h64 (the Kamer not named: the letter's addressee)
        (
            "Ik verwacht in aanvulling op de jaarlijkse rapportage ook een tussentijdse rapportage "
            "te leveren over de cijfers parallelimport.",
            "deliver_document",
        ),
        # h92 (the document fronted)
        (
            "De halfjaarlijkse rapportage van het College financieel toezicht over Curaçao en "
            "Sint Maarten zal ik op een later moment toesturen.",
            "deliver_document",
        ),
        # h65
        (
            "Onze inspanningen zijn erop gericht het wetsvoorstel zo kort mogelijk na dat reces "
            "bij uw Kamer in te kunnen dienen.",
            "bill",
        ),
        # constructed
        ("Het rapport zal ik na ontvangst direct aan uw Kamer doorsturen.", "modal_inform"),
        ("Wij zullen de Kamervragen van het lid Kröger voor 1 mei beantwoorden.", "answers"),
        ("Uw Kamer zal het rapport in mei ontvangen.", "will_receive"),
        ("Het kabinet zal na de zomer een brief sturen over de uitkomsten.", "deliver_document"),
    ],
)
def test_a_future_delivery_to_the_kamer_is_a_commitment(sentence, pattern):
    assert pattern_of(sentence) == pattern


@pytest.mark.parametrize(
    "sentence",
    [
        # h59: other parties report to the minister
        "Daarom heb ik het College gevraagd mij elk kwartaal op de hoogte te stellen van de "
        "uitvoering en toereikendheid van het plan van aanpak.",
        # h57: the annexed letter asks MST, not the Kamer
        "In bijgevoegde brief verzoek ik MST ook om mij te informeren over de opzet van het "
        "vervolgonderzoek.",
        # h90: an act that is no deliverable
        "De opdracht voor de evaluatie zal voor 1 juli 2011 worden verleend.",
        # constructed: another recipient, this document, past, negated, a debate's turn, a wish
        "Ik zal een brief sturen aan de gemeenten over de uitkomsten.",
        "Deze brief zal ik ook aan de gemeenten sturen.",
        "U heeft het rapport op 3 maart ontvangen.",
        "U zult het rapport niet eerder dan in 2027 ontvangen.",
        "Ik zal de vragen van het lid Omtzigt in tweede termijn beantwoorden.",
        "Ik verwacht dat de commissie een rapportage zal leveren aan de minister van Financiën.",
    ],
)
def test_other_recipients_this_document_or_no_future_delivery_is_no_commitment(sentence):
    assert pattern_of(sentence) is None


# --- acceptance: a ministry's report without its covering letter ------------------------------


def test_a_ministrys_report_citing_kamerstukken_is_accepted_and_has_no_kind():
    # h72 (shortened)
    text = (
        "Ministerie van Onderwijs, Cultuur en Wetenschap\n\nPlan van Aanpak terugdringing "
        "belemmeringen\n\nVoortgangsrapportage mei 2008\n\nIn december 2005 heeft de Tweede Kamer "
        "het voorstel voor een Plan van Aanpak aanvaard. Over de voortgang van de uitvoering van "
        "het Plan van Aanpak wordt in het onderstaande gerapporteerd, zoals toegezegd bij het "
        "Algemeen Overleg hierover (29410, nr. 36).\n"
    )
    parsed = parse(text)
    assert "ministry_report" in parsed.signals
    assert parsed.metadata.kind is None
    assert [f.pattern for f in parsed.fulfilments] == ["as_promised_now"]


def test_news_about_a_ministry_is_still_no_kamerstuk():
    # constructed: a news text names the ministry and a Kamerstuk but does not open with it
    text = (
        "Het Ministerie van Defensie heeft de Kamer gisteren een brief gestuurd (29410, nr. 36). "
        "Volgens de minister is het rapport nog niet klaar en volgt het na de zomer.\n"
    )
    assert not looks_like_kamerstuk(parse(text, strict=False))


# --- the promise and its delivery in one sentence; the other words of an intent ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed: the promise in a relative or adverbial clause of the delivery
        "Hierbij stuur ik u het rapport dat ik in het commissiedebat van 3 maart heb toegezegd.",
        "U ontvangt hierbij de evaluatie, die ik uw Kamer in het wetgevingsoverleg heb beloofd.",
        "Met deze brief informeer ik u over de pilots, waarover is toegezegd uw Kamer nog dit "
        "jaar te informeren.",
    ],
)
def test_the_promise_and_its_delivery_in_one_sentence_is_a_fulfilment(sentence):
    assert fulfilment_pattern(sentence) == "promised_and_delivered"


@pytest.mark.parametrize(
    "sentence",
    [
        # h87: an overview of promises, on request
        "Met betrekking tot de toezeggingen stuur ik u als aanvulling op mijn brief in bijlage 2 "
        "de stand van zaken van de recent gedane toezeggingen.",
        # constructed: the promise is still to keep, or the delivery is of a motie
        "Hierbij stuur ik u de planning; het toegezegde rapport zal ik u na de zomer sturen.",
        "Hierbij stuur ik u mijn reactie op de motie die ik heb toegezegd.",
    ],
)
def test_a_delivery_of_something_else_in_the_promise_sentence_is_no_fulfilment(sentence):
    assert fulfilment_pattern(sentence) != "promised_and_delivered"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed
        "Ik beoog uw Kamer voor de zomer het wetsvoorstel aan te bieden.",
        "Het is mijn voornemen u in het najaar een voortgangsrapportage toe te zenden.",
        "Wij hebben het voornemen uw Kamer na de zomer te informeren over de evaluatie.",
    ],
)
def test_beogen_and_het_voornemen_with_the_kamer_and_a_delivery_are_intent_promises(sentence):
    assert pattern_of(sentence) == "intent_inform"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: policy intent, the Kamer not the recipient
        "Ik beoog met dit wetsvoorstel de positie van huurders te versterken.",
        "Het is mijn voornemen de regeling in 2027 te evalueren.",
    ],
)
def test_an_intent_without_the_kamer_as_recipient_is_no_promise(sentence):
    assert pattern_of(sentence) is None
