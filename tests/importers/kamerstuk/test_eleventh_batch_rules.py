"""The eleventh held-out batch (h212-h240), after its blind run: the families it showed that no
rule read, each with its traps. The batch moved to dev for them. Most of its promises are spoken
(five Handelingen items), so several families are a debate's words for a letter still to come."""

import pytest

from commitments.importers.kamerstuk.parse import parse

from .helpers import fulfilments_of, pattern_of


@pytest.mark.parametrize(
    ("sentence", "pattern"),
    [
        # h224: "U kunt" in that order, capital U
        (
            "U kunt de brief spoedig, uiterlijk voor het einde van het meireces, tegemoet zien.",
            "await",
        ),
        # h225: an intent whose object is a delivery to the Kamer
        (
            "Tot slot zet het kabinet zich in om het wetsvoorstel zo spoedig mogelijk aan uw Kamer "
            "aan te bieden.",
            "intent_inform",
        ),
        # h237: "bereid ben" is the first person, however far its "ik"
        (
            "Laten we afspreken dat ik, als ik weer nieuwe informatie heb, natuurlijk bereid ben "
            "om de Kamer daar dan over te informeren.",
            "intent_inform",
        ),
        # h227: the government before "zal", a separate letter
        ("Het kabinet zal in een separate brief op deze vraag ingaan.", "content_promise"),
        # h236: "wil" and "mijn brief"
        ("Daar wil ik in mijn brief graag nader op ingaan.", "content_promise"),
        # h229: "dezelfde brief"
        (
            "In dezelfde brief waar de reactie op het rapport in komt te staan, zal ik die vraag "
            "meenemen.",
            "content_promise",
        ),
        # h235: a document still to come as the subject
        (
            "Het op te leveren onderzoeksrapport zal in ieder geval de antwoorden op de eerder "
            "gestelde vragen bevatten.",
            "content_promise",
        ),
        # h238, h230: toezeggen with a modal, to a member
        (
            "Ik wil de heer Wörsdörfer toezeggen dat ik op de inzichten uit dit onderzoek "
            "uitgebreider terugkom.",
            "toezeggen",
        ),
        (
            "Ik zou graag toezeggen in de richting van mevrouw Agema om dat bij die aanpak nader "
            "te verhelderen.",
            "toezeggen",
        ),
        # h229, h236, h230, h239: a debate's words for a delivery
        ("Die brief komt er inderdaad aan.", "deliver_document"),
        ("Anders maak ik daar een aparte brief van.", "deliver_document"),
        ("Laat ik zeggen dat ik daar in de brief nader op terugkom.", "deliver_document"),
        ("Dat zullen we inderdaad betrekken bij die reactie.", "deliver_document"),
        (
            "Dat is ook de achtergrond van de inzet van het kabinet om over een aantal weken met "
            "een fraudeaanpak richting de Kamer te komen.",
            "deliver_document",
        ),
        (
            "Dat brengt mij tot de toezegging dat zodra het kabinet tot besluitvorming is gekomen "
            "en dat aan uw Kamer meldt, het kabinet in dit geval de voornoemde stukken zal "
            "meesturen.",
            "deliver_document",
        ),
        # h237: "alsdan", a later time without a date
        (
            "Dat is allemaal vastgelegd, dus daar kan ik de Kamer alsdan ook over informeren.",
            "modal_inform",
        ),
    ],
)
def test_eleventh_batch_promise_families(sentence, pattern):
    assert pattern_of(sentence) == pattern


@pytest.mark.parametrize(
    "sentence",
    [
        # h229: the budget's own calendar
        "Het kabinet komt straks met de Voorjaarsnota en dan kunt u het geheel overzien.",
        # h236: coming back later in the same debate (N7)
        "Nou, ik had nog een aantal vragen, maar daar kom ik zo nog op terug.",
        "Daar kom ik in mijn tweede termijn op terug.",
        # h237, h104: "toezeggen" of an assurance, no delivery
        "Maar ik kan wel toezeggen dat de normale regels van toepassing zijn.",
        "Ik kan dan ook toezeggen dat ik alles in het werk zal stellen om de afstemming te "
        "verbeteren.",
        "Ik kan niet toezeggen dat de brief voor de zomer komt.",
        "Kan de minister toezeggen dat hij de Kamer informeert?",
        # policy intent, another party's willingness, negation
        "Het kabinet zet zich in voor een sterke NAVO.",
        "De gemeenten zijn bereid de Kamer te informeren.",
        "Ik ben niet bereid de Kamer daarover te informeren.",
        # this letter, not a coming one
        "Graag wil ik in deze brief ingaan op de evaluatie.",
        "Deze brief komt aan op de kern van het advies.",
        "Het rapport zal veel aandacht krijgen in de media.",
        # h213: informing now ("als volgt")
        "Naar aanleiding van uw vragen informeer ik uw Kamer voor de zomer als volgt.",
    ],
)
def test_eleventh_batch_traps(sentence):
    assert pattern_of(sentence) is None


@pytest.mark.parametrize(
    ("body", "pattern"),
    [
        # h213: the earlier letter's promise and "informeer ik u als volgt" in one sentence
        (
            "In vervolg op mijn brief van 9 oktober jl. waarin ik heb aangegeven uw Kamer zo "
            "spoedig mogelijk te informeren over de uitkomsten van het onderzoek, informeer ik u "
            "als volgt.",
            "promised_and_delivered",
        ),
        # h235: "middels deze brief"
        (
            "Daarnaast is toegezegd hier nog bij u op terug te komen. Dat doe ik middels deze "
            "brief.",
            "promise_then_delivery",
        ),
    ],
)
def test_eleventh_batch_fulfilment_families(body, pattern):
    assert [p for p, _ in fulfilments_of(body)] == [pattern]


def test_a_pages_title_line_is_no_fulfilment():
    # h232: parlementairemonitor's title of the letter names the toezeggingen it is about
    title = (
        "Waterbeleid; Brief regering; Stand van zaken van een aantal onderwerpen en over de "
        "invulling van een aantal moties en toezeggingen - Waterbeleid"
    )
    assert fulfilments_of(title) == []


def test_an_older_committee_report_with_inline_speakers_is_a_verslag_with_turns():
    # h240: "Vastgesteld", "Voorzitter: … Griffier: …", speakers opening their paragraphs
    text = (
        "Vastgesteld 10 december 2008\n\nDe vaste commissie voor Financiën heeft op 27 november "
        "2008 overleg gevoerd over de brief van de minister.\n\nVan dit overleg brengt de "
        "commissie bijgaand woordelijk geredigeerd verslag uit.\n\nVoorzitter: Irrgang Griffier: "
        "Berck\n\nDe heer Vendrik (GroenLinks): Voorzitter. Ik vraag de minister om een brief.\n\n"
        "Minister Bos: Voorzitter. Ik zal de Kamer voor de zomer informeren over de garanties.\n"
    )
    parsed = parse(text)
    assert "debate_or_handelingen" in parsed.signals
    assert parsed.metadata.kind == "verslag"
    [candidate] = parsed.commitments
    assert candidate.speaker == "Minister Bos"


def test_an_eerste_kamer_written_consultation_is_read():
    # h234: the Eerste Kamer's line "35300 XII E VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", signed
    # by the committee's clerk (a committee's name with commas)
    text = (
        "Vaststelling begroting Ministerie van Infrastructuur en Waterstaat 2020\n\n"
        "35300 XII E VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVergaderjaar 2019-2020\n\n"
        "Vastgesteld 11 mei 2020\n\nDe vaste commissie brengt bijgaand verslag uit van het "
        "gevoerde schriftelijk overleg.\n\nDe griffier van de vaste commissie voor "
        "Infrastructuur, Waterstaat en Omgeving,\nDe Boer\n"
    )
    parsed = parse(text)
    assert "committee_record" in parsed.signals
    meta = parsed.metadata
    assert (meta.dossier, meta.toevoeging, meta.kind) == ("35300", "XII", "verslag")
    assert meta.ondernummer is None  # "E" is the Eerste Kamer's letter, no number


def test_tkconvs_page_lines_before_the_document_are_dropped():
    # h217: tkconv's title, case and activity lines stand above the official layout
    text = (
        "Extra investeringen in de aanpak\n\nBrief regering\n\nNummer: 2021D36593, datum: "
        "2021-10-04, bijgewerkt: 2024-02-19 10:56, versie: 3\n\nOnderdeel van kamerstukdossier "
        "29911 -329 Bestrijding georganiseerde criminaliteit.\n\nPreview document (🔗 origineel)"
        "\n\nTweede Kamer der Staten-Generaal | 2 |\n\nVergaderjaar 2021-2022 |\n\n29 911 "
        "Bestrijding georganiseerde criminaliteit\n\nNr. 329 BRIEF VAN DE MINISTER VAN JUSTITIE "
        "EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, "
        "4 oktober 2021\n\nVoor de zomer heb ik uw Kamer toegezegd een brief te sturen over wat "
        "er aanvullend nodig is in de strijd tegen ondermijnende criminaliteit.\n"
    )
    parsed = parse(text)
    meta = parsed.metadata
    assert (meta.dossier, meta.ondernummer, meta.vergaderjaar) == ("29911", 329, "2021-2022")
    assert any(r.kind == "site_preamble" for r in parsed.normalised.repairs)
    assert [f.pattern for f in parsed.fulfilments] == ["opens_with_promise"]
