"""Rules added after measuring the second held-out set (tests/importer_eval/heldout, h14-h28,
dev split): each with the real sentence or layout that showed it and the trap next to it. The
sentences are quoted from those official publications unless marked otherwise.
"""

from datetime import date

import pytest

from commitments.importers.kamerstuk import KamerstukError, parse, patterns
from commitments.importers.kamerstuk.commitments import Context, commitment_candidate
from commitments.importers.kamerstuk.dates import sitting_date
from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern

NO_CONTEXT = Context(reference=None, vergaderjaar=None)


def pattern_of(sentence: str) -> str | None:
    candidate = commitment_candidate(sentence, None, None, NO_CONTEXT)
    return candidate.pattern if candidate else None


# --- C1: "streven" (plural) and a separable verb ("aan te bieden") ---------------------------

F16 = (
    "De voorbereiding van de jaarrapportage van het project Vervanging F-16 over 2009 is "
    "inmiddels begonnen en de minister van Economische Zaken en ik streven ernaar de Kamer deze "
    "begin april 2010 aan te bieden."
)


def test_intent_with_streven_and_a_separable_verb_is_a_candidate():
    # "streven" never passed the substring guard ("stree"), and "aan te bieden" has its
    # "te" inside the verb.
    assert pattern_of(F16) == "intent_inform"
    assert pattern_of("Wij streven ernaar uw Kamer de evaluatie voor de zomer toe te zenden.") == (
        "intent_inform"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # N4: this document
        "Vooruitlopend op de jaarrapportage zal ik, mede namens de minister van Economische "
        "Zaken, in deze brief ingaan op enige aspecten van de herijkte informatiebehoefte.",
        # N1: an aim with no deliverable to the Kamer (constructed)
        "Wij streven ernaar de wachttijden in 2026 terug te brengen.",
    ],
)
def test_intent_traps_stay_out(sentence):
    assert pattern_of(sentence) is None


# --- Signatures: in capitals without a comma, a title before the initials --------------------

F16_LETTER = (
    "Reactie op commissieverzoek herijking informatiebehoefte project vervanging F-16\n\n"
    f"{F16}\n\nDE STAATSSECRETARIS VAN DEFENSIE\n\ndrs. J.G. de Vries\n"
)


def test_a_signature_in_capitals_with_a_titled_name_is_read_and_the_letter_accepted():
    parsed = parse(F16_LETTER)  # was refused: no parliamentary signal without the signature
    assert parsed.metadata.sender_name == "J.G. de Vries"
    assert parsed.metadata.sender_function == "Staatssecretaris van Defensie"
    assert parsed.metadata.kind == "brief"
    assert [c.pattern for c in parsed.commitments] == ["intent_inform"]


def test_a_capitalised_line_that_is_no_signature_is_not_one():
    text = F16_LETTER.replace("drs. J.G. de Vries", "Vervolg van de procedure")
    with pytest.raises(KamerstukError):  # no signature, no parliamentary signal: refused
        parse(text)


# --- The chair's list belongs to debates; items inside its paragraph only as a list ----------

CAF11 = (
    "35 510 Parlementaire ondervraging kinderopvangtoeslag\n\n"
    "Nr. 110 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN\n\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 21 december 2022\n\n"
    "In het commissiedebat van 13 december jl. heb ik, naar aanleiding van vragen van het lid "
    "Omtzigt, twee toezeggingen gedaan. Allereerst de toezegging om meer inzicht te geven in de "
    "momenten dat er overleggen zijn geweest. Daarnaast de toezegging om uw Kamer te informeren "
    "over correspondentie tussen de toenmalig directeur-generaal Belastingdienst en de "
    "advocate.\n"
)


def test_a_letter_reporting_promises_it_made_in_a_debate_has_no_chairs_list():
    # The earlier promises it names are no new commitments (N5).
    assert parse(CAF11).commitments == ()


def test_the_chairs_list_in_a_debate_still_gives_its_items():
    text = (
        "De voorzitter:\n\nIk heb de volgende toezeggingen genoteerd:\n\n"
        "- De minister stuurt de Kamer voor de zomer een brief over de capaciteit.\n\n"
        "Minister Van Weel:\n\nDat klopt.\n\nDe voorzitter:\n\nDank u wel.\n"
    )
    assert [c.pattern for c in parse(text, strict=False).commitments] == ["debate_toezegging"]


def test_after_an_announcement_ending_in_a_full_stop_the_prose_is_no_item():
    text = (
        "De voorzitter:\n\nWe hebben twee toezeggingen genoteerd. Ik lees ze zo voor, maar eerst "
        "geef ik het woord aan de minister voor een laatste opmerking over de planning.\n\n"
        "Minister Van Weel:\n\nDank u wel.\n"
    )  # constructed
    assert parse(text, strict=False).commitments == ()


# --- F1: this letter reports on the toezeggingen themselves ----------------------------------


def test_a_letter_informing_about_the_uitvoering_of_toezeggingen_fulfils():
    sentence = (
        "Met deze brief informeer ik u over de uitvoering van diverse aangenomen moties en "
        "toezeggingen die betrekking hebben op het primair en voortgezet onderwijs."
    )
    assert fulfilment_pattern(sentence) == "informs_about_commitment"


@pytest.mark.parametrize(
    "sentence",
    [
        # F3: carrying out moties
        "Met deze brief informeer ik uw Kamer over de voortgang van de uitvoering van de moties "
        "Marijnissen c.s. en Klaver c.s. (hierna: Motie#21).",
        # F5: a letter on an agenda that answered promises is not this one
        "de brief van de Minister van Sociale Zaken en Werkgelegenheid d.d. 2 mei 2013 met een "
        "reactie op de toezeggingen in het algemeen overleg SUWI Onderwerpen",
    ],
)
def test_fulfilment_traps_stay_out(sentence):
    assert fulfilment_pattern(sentence) is None


# --- Handelingen: the date of the sitting where the text states it ---------------------------

PLENARY = (
    "Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
    "Tweede Kamer der Staten-Generaal2018-2019nr. 3, item 8{cell}\n\n"
    "8 Algemene Politieke Beschouwingen\n\n"
    "Aan de orde is de voortzetting van de Algemene Politieke Beschouwingen.\n\n"
    "De voorzitter:\n\nIk geef de minister-president het woord.\n\nMinister Rutte:\n\n"
    "Mevrouw de voorzitter. Er liggen nog een paar vragen en dan heel veel moties.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PLENARY.format(cell="20-09-2018"), date(2018, 9, 20)),  # the "Datum vergadering" cell
        (PLENARY.format(cell=""), None),  # the real copies leave it empty: nothing invented
        (
            "3e vergadering, donderdag 20 september 2018\n\n" + PLENARY.format(cell=""),
            date(2018, 9, 20),
        ),
        (
            PLENARY.format(cell="")
            + "\nTweede Kamer Algemene Politieke Beschouwingen 20 september 2018 TK 3\n",
            date(2018, 9, 20),
        ),
    ],
)
def test_handelingen_read_the_date_of_the_sitting(text, expected):
    assert parse(text).metadata.date == expected


def test_a_date_of_the_committee_debate_is_not_the_sittings():
    # "(AO d.d. 29/06)" in a VAO names the committee debate, not this sitting.
    assert (
        sitting_date("Aan de orde is het VAO Voortgang trekkingsrechten pgb (AO d.d. 29/06).")
        is None
    )


def test_the_new_examples_are_in_the_pattern_tables():
    assert any("streven ernaar de Kamer" in e for e in patterns.EXAMPLES[patterns.INTENT_INFORM_RE])


# --- Rules from h17, h19, h21 (moved from the final split to dev when these were written) ---

AMERPOORT = (  # h17, the whole uitstelbericht as republished (2009)
    "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
    "DLZ/KZ-U-2904719 De vragen van het Kamerlid Leijten (SP) over de gehandicapteninstellingen "
    "Amerpoort en Sherpa, ingezonden op 22 december 2008, kunnen tot mijn spijt niet binnen de "
    "gebruikelijke termijn worden beantwoord.\n\n"
    "De reden van het uitstel is dat van de betrokken instellingen nog nadere informatie moet "
    "worden ontvangen.\n\nDe beantwoording zal plaatshebben omstreeks 20 januari 2009.\n\n"
    "de staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\n\nmw. dr. J. Bussemaker\n"
)


def test_a_signature_whose_ministry_wraps_onto_a_second_line_is_read():
    parsed = parse(AMERPOORT)  # was refused as "geen Kamerstuk": the signature was its signal
    assert parsed.metadata.sender_name == "J. Bussemaker"
    assert parsed.metadata.sender_function == (
        "Staatssecretaris van Volksgezondheid, Welzijn en Sport"
    )
    assert parsed.metadata.kind == "brief"


@pytest.mark.parametrize(
    "tail",
    [
        # the wrapped line followed by body text, not by a name
        "de staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\n\n"
        "De reden van het uitstel is dat nadere informatie moet worden ontvangen.\n",
        # a name-like line with initials is the name, never the rest of the function
        "de staatssecretaris van Volksgezondheid,\nJ. Bussemaker,\n\nWelzijn en Sport\n",
    ],
)
def test_a_wrapped_line_without_a_name_after_it_is_no_signature(tail):
    text = AMERPOORT[: AMERPOORT.index("de staatssecretaris")] + tail
    # The letter is still accepted by its address block ("De Voorzitter van de Tweede Kamer"),
    # but no signature is read from the wrapped line.
    parsed = parse(text, strict=False)
    assert "signature" not in parsed.signals
    assert parsed.metadata.sender_name is None


def test_an_uitstelberichts_new_date_for_the_answers_is_a_commitment():
    commitments = parse(AMERPOORT).commitments
    assert [(c.pattern, c.deadline.date) for c in commitments] == [("answers", date(2009, 1, 20))]


@pytest.mark.parametrize(
    "sentence",
    [
        # the delay itself (h17)
        "De vragen van het Kamerlid Leijten (SP) over de gehandicapteninstellingen Amerpoort en "
        "Sherpa, ingezonden op 22 december 2008, kunnen tot mijn spijt niet binnen de "
        "gebruikelijke termijn worden beantwoord.",
        # N5-like: the answer is not feasible in time (r05, uitstelbrief IenM)
        "Deze uitgebreidere beantwoording is binnen de gebruikelijke termijn niet haalbaar.",
        # N7 debate procedure, no deadline (r25, plenary debate 2024)
        "Tot slot zal mijn collega Weerwind de vragen over de uit huis geplaatste kinderen "
        "beantwoorden.",
        # no deadline: nothing the register could check (constructed)
        "De beantwoording zal plaatsvinden na overleg met de betrokken instellingen.",
    ],
)
def test_answer_traps_stay_out(sentence):
    assert pattern_of(sentence) is None


def test_zoals_with_adverbials_before_toegezegd_fulfils_now():
    # h19 (kst-33118-111); the footnote digit stays glued to "schriftelijk" in the print.
    sentence = (
        "Zoals eerder dit jaar schriftelijk1 toegezegd, informeer ik u via deze brief over de "
        "hoofdlijnen van het ontwerp Invoeringsbesluit Omgevingswet."
    )
    assert fulfilment_pattern(sentence) == "as_promised_now"
    assert fulfilment_pattern(sentence.replace("schriftelijk1 ", "")) == "as_promised_now"


@pytest.mark.parametrize(
    "sentence",
    [
        # F5: the annex lists promises done in another document (h19)
        "In de bijlage wordt een overzicht gegeven van de moties en toezeggingen die in het "
        "voorstel voor de Invoeringswet zijn afgedaan.",
        # a promise repeated, delivered later (the example of DEBATE_RE, seeds)
        "Zoals toegezegd tijdens het plenaire debat over de Europese defensiesamenwerking op "
        "12 maart jl., zal ik uw Kamer informeren.",
        # N3: another party's promise (constructed)
        "Zoals de Europese Commissie heeft toegezegd, informeer ik u hierbij over het voorstel.",
    ],
)
def test_zoals_toegezegd_traps_stay_out(sentence):
    assert fulfilment_pattern(sentence) is None


STRAFVORDERING = (  # h21, kst-29279-331 (2016), the introduction
    "29 279 Rechtsstaat en Rechtsorde\n\nNr. 331 BRIEF VAN DE MINISTER VAN VEILIGHEID EN "
    "JUSTITIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Den Haag, 29 juni 2016\n\n1. Inleiding\n\n"
    "Zoals ik heb toegezegd in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) zal ik u "
    "over de voortgang van het wetgevingsprogramma tot modernisering van het Wetboek van "
    "Strafvordering twee keer per jaar apart rapporteren. {delivery}\n"
)


def test_this_letter_is_the_promised_report_so_the_promise_is_fulfilled_not_new():
    parsed = parse(
        STRAFVORDERING.format(delivery="Deze brief behelst de eerste zelfstandige rapportage.")
    )
    assert parsed.commitments == ()  # the earlier promise restated (N5)
    assert [f.pattern for f in parsed.fulfilments] == ["promise_then_delivery"]


@pytest.mark.parametrize(
    "delivery",
    [
        # F3: a reply to a committee request (the wording of h14's trap, as "Deze brief is")
        "Deze brief is een reactie op het verzoek van de vaste commissie voor Defensie.",
        # an uitstelbericht after the promise (constructed)
        "Deze brief is een uitstelbericht.",
        # the promised report is still to come (constructed)
        "De eerste rapportage volgt na de zomer.",
    ],
)
def test_a_sentence_that_is_no_delivery_leaves_the_restated_promise_alone(delivery):
    parsed = parse(STRAFVORDERING.format(delivery=delivery))
    assert parsed.fulfilments == ()
