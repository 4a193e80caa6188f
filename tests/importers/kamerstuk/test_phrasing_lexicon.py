"""The words of a promise beyond those met in the held-out batches: the informing verbs and
intents a minister uses for the same act ("presenteren", "laten weten", "inzicht geven", "een
overzicht geven", "een voorstel doen", "antwoorden"; "hoop", "neem mij voor", "Mijn voornemen
is"), written as a family so that the next letter's synonym is read too. Each with the case it
must leave alone (another party's act, a wish, no Kamer)."""

import pytest

from .helpers import commitments_of, fulfilments_of

# Two sentences of a letter's content before the promise, so that it does not open the letter.
_FILLER = (
    "De afgelopen maanden is er veel gebeurd in de regio. De kosten van de zorg zijn flink "
    "gestegen."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik zal het plan in juni aan uw Kamer presenteren.",
        "Ik zal u voor de zomer laten weten hoe het staat.",
        "Ik zal uw Kamer in het najaar inzicht geven in de kosten.",
        "Ik zal uw Kamer voor de zomer een overzicht geven van de maatregelen.",
        "Ik zal u voor 1 juli antwoorden.",
        "Ik ben voornemens de Kamer in het voorjaar een voorstel te doen.",
        "Ik streef ernaar uw Kamer eind dit jaar een voorstel te doen.",
        "Ik hoop u voor het kerstreces het rapport te kunnen sturen.",
        "Mijn voornemen is om u voor de zomer te informeren.",
        "Ik neem mij voor uw Kamer in het najaar te informeren.",
        "Zodra het rapport gereed is, stuur ik het naar uw Kamer.",
        "Ik verwacht de antwoorden binnen drie weken te kunnen sturen.",
        "De brief zal uw Kamer na de zomer bereiken.",
        "Naar verwachting kan de evaluatie in het voorjaar aan uw Kamer worden aangeboden.",
        "Uw Kamer krijgt de evaluatie voor de zomer.",
        "U krijgt voor de zomer een brief van mij.",
        "Ik zal hier voor de zomer schriftelijk op terugkomen.",
        # seeing to it that the Kamer receives or is told
        "Ik zorg ervoor dat de Kamer die informatie voor de zomer krijgt.",
        "Ik zorg dat u het rapport voor 1 juni ontvangt.",
        "Ik zal ervoor zorgen dat de Kamer tijdig wordt geïnformeerd.",
        # "beloven" said to the Kamer
        "Ik beloof de Kamer dat ik voor de zomer met een brief kom.",
        "Ik beloof u voor de zomer een brief.",
        # a document that comes to the Kamer, with a time
        "Voor de zomer komt er een brief naar de Kamer.",
        # taken up in a coming document, in the present
        "Ik neem het mee in de voortgangsbrief.",
        # an uitstelbrief's new date, in its other words
        "De nieuwe datum voor de brief is 1 mei.",
        "De brief schuift op naar april.",
        "De brief zal later verschijnen, naar verwachting in mei.",
        "Het streven is nu om de brief voor 1 mei te versturen.",
        "Het is de bedoeling de brief voor de zomer te versturen.",
        "De planning is dat de brief in juni naar de Kamer gaat.",
        "Ik hoop de vragen voor het kerstreces te beantwoorden.",
    ],
)
def test_the_other_words_of_a_promise_are_read(sentence):
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish about the Kamer, no deliverable
        "Ik hoop dat de Kamer dit voorstel steunt.",
        # another party's act in a "dat" clause (N3)
        "Ik hoop dat de gemeenten de Kamer zullen informeren.",
        "Ik verwacht dat de NZa de Kamer voor de zomer zal informeren.",
        # no Kamer: presenting to others
        "Ik zal het plan in juni aan de gemeenten presenteren.",
        "De commissie zal haar rapport in juni presenteren.",
        "Ik verwacht de antwoorden van de gemeenten binnen drie weken.",
        # a possibility, no expectation
        "De evaluatie kan aan uw Kamer worden aangeboden als de minister dat wil.",
        "Uw Kamer krijgt veel brieven.",
        "De gemeenten krijgen voor de zomer een brief.",
        # another member of the government, in another forum; this debate's order (N7)
        "De minister van LNV zal hier zeker op terugkomen, bijvoorbeeld in de Landbouwraden.",
        "Ik wil daar in tweede termijn op terugkomen.",
        "Ik zorg ervoor dat de gemeenten de informatie krijgen.",
        "Ik beloof de gemeenten steun.",
        "Ik neem het advies mee in mijn afweging.",
        "Ik neem dat mee in deze brief.",
        "Ik neem de zorg van de Kamer mee.",
        "Het rapport van het PBL zal in mei verschijnen.",
        "De brief van de gemeente zal in mei verschijnen.",
        "De vergadering schuift op naar april.",
        "De brief schuift op.",
        "De nieuwe datum voor de brief is nog niet bekend.",
        "Het is de bedoeling dat gemeenten de brief versturen.",
    ],
)
def test_their_look_alikes_stay_out(sentence):
    assert commitments_of(sentence) == []


def test_the_government_inside_the_that_clause_still_promises():
    sentence = (
        "Ik verwacht dat de minister van Financiën en ik de Kamer voor de zomer zullen informeren."
    )
    assert commitments_of(sentence) == [sentence]


@pytest.mark.parametrize(
    "body",
    [
        "Deze brief strekt tot nakoming van de toezegging uit het commissiedebat.",
        "Met deze brief kom ik mijn belofte na.",
        "Zoals beloofd stuur ik u hierbij het rapport over de pilot.",
        "Tijdens het debat heb ik toegezegd u te informeren over de pilot. Dat doe ik bij deze.",
        "Ik heb u toegezegd de evaluatie te sturen. De evaluatie is als bijlage bij deze brief "
        "gevoegd.",
        "Tijdens het debat is toegezegd dat de Kamer een brief ontvangt over de pilot. Met deze "
        "brief wordt hieraan voldaan.",
        f"{_FILLER} In het debat van 3 maart heb ik toegezegd u te informeren over de pilot. Deze "
        "brief geeft daar invulling aan.",
        f"{_FILLER} In het debat van 3 maart heb ik toegezegd u te informeren over de pilot. "
        "Daarover informeer ik u in deze brief.",
    ],
)
def test_the_other_words_of_keeping_a_promise_are_read(body):
    assert len(fulfilments_of(body)) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Zoals de gemeente heeft beloofd, stuurt zij u het rapport.",
        "Zoals beloofd in het regeerakkoord gaan we de belasting verlagen.",
        "Ik zal mijn belofte later nakomen.",
        # no promise before it: an attachment is no fulfilment
        "De evaluatie is als bijlage bij deze brief gevoegd.",
        # a committee's request, not a promise (F3)
        "De commissie heeft om een brief gevraagd. Met deze brief wordt hieraan voldaan.",
        f"{_FILLER} De commissie vroeg om een brief over de pilot. Deze brief geeft daar "
        "invulling aan.",
    ],
)
def test_their_fulfilment_look_alikes_stay_out(body):
    assert fulfilments_of(body) == []
