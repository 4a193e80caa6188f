"""The thirteenth held-out batch (h266-h287), after its blind run: debates as the ParlaMint
corpus prints them (speaker lines without a colon), Kamerstukken named by their identifier
("kst-32813-919"), openkamer's page lines, and a return "later" said in a debate. Each rule with
the case it must leave alone. The batch moved to dev for them."""

from commitments.importers.kamerstuk import parse
from commitments.importers.kamerstuk.debate import is_transcript, speaker_of, speaker_turns

DEBATE = """Klimaatakkoord gebouwde omgeving

De voorzitter

Wij gaan door met het volgende tweeminutendebat, met als eerste spreker de heer Koerhuis.

De heer Koerhuis (VVD)

Drie moties. Ik zal de Kamer er later over informeren, zei de minister vorige keer.

Deze motie is voorgesteld door het lid Koerhuis.

Zij krijgt nr. kst-32813-919

De voorzitter

Dan geef ik het woord aan de minister.

Minister Ollongren

Daar kom ik later nog wat uitgebreider op terug. Ik zal de Kamer voor de zomer informeren over \
de implementatie in andere landen.
"""

LETTER = """Geachte voorzitter,

Hierbij bied ik u de stand van zaken aan. Ik zal uw Kamer voor de zomer informeren over de \
voortgang.

De Minister van Financiën

De Staatssecretaris van Financiën
"""


def test_speaker_lines_without_a_colon_count_where_the_chair_speaks_that_way():
    paragraphs = [p for p in DEBATE.split("\n\n") if p.strip()]
    assert is_transcript(paragraphs)
    turns = speaker_turns(paragraphs)
    roles = {paragraphs[i][:20]: turn.role for i, turn in turns.items()}
    assert roles["Drie moties. Ik zal "] == "member"
    assert roles["Daar kom ik later no"] == "government"
    parsed = parse(DEBATE)
    assert parsed.metadata.kind is None  # a debate, not a letter
    # only the minister's promise; the member's report of one is none (N5)
    assert [c.sentence for c in parsed.commitments] == [
        "Ik zal de Kamer voor de zomer informeren over de implementatie in andere landen."
    ]
    assert parsed.commitments[0].speaker == "Minister Ollongren"


def test_a_letters_signatures_without_a_colon_are_no_speakers():
    paragraphs = [p for p in LETTER.split("\n\n") if p.strip()]
    assert speaker_of("De Minister van Financiën") is None
    assert not is_transcript(paragraphs)
    assert parse(LETTER).metadata.kind == "brief"


def test_a_return_later_in_a_debate_is_the_debates_order_but_in_writing_a_promise():
    said = "Minister Ollongren:\n\n{}\n\nDe voorzitter:\n\nDank u wel.\n"
    for sentence, promise in [
        ("Daar kom ik later nog wat uitgebreider op terug.", False),
        ("Daar kom ik later schriftelijk op terug.", True),
        ("Daar kom ik later dit jaar bij de Kamer op terug.", True),
    ]:
        found = [c.sentence for c in parse(said.format(sentence)).commitments]
        assert found == ([sentence] if promise else []), sentence
    # in a letter "later" is a time still to come
    letter = "Geachte voorzitter,\n\nDaar kom ik later op terug.\n\nDe Minister van Financiën,\n"
    assert [c.sentence for c in parse(letter).commitments] == ["Daar kom ik later op terug."]


def test_a_kamerstuk_named_by_its_identifier_is_a_citation():
    parsed = parse(DEBATE)
    assert [c.kst_id for c in parsed.citations] == ["kst-32813-919"]
    text = "Geachte voorzitter,\n\nZie kst-21501-33-905 en kst-35300-VII-113; niet kst-1234.\n"
    assert [c.kst_id for c in parse(text).citations] == ["kst-21501-33-905", "kst-35300-VII-113"]


def test_openkamers_page_lines_name_the_document_itself():
    page = (
        "Kamerstuk 34233-33\n\nReactie op amendementen\n\nGepubliceerd: 1 februari 2016\n\n"
        "Bron: https://zoek.officielebekendmakingen.nl/kst-34233-33.html\n\nID: 34233-33\n\n"
        "Geachte voorzitter,\n\nIn deze brief reageer ik op de amendementen (Kamerstuk 34 233, "
        "nr. 20).\n\nDe Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nM.J. van Rijn\n"
    )
    parsed = parse(page)
    assert (parsed.metadata.dossier, parsed.metadata.ondernummer) == ("34233", 33)
    # its own identifier is no citation; the amendment it answers is
    assert [c.kst_id for c in parsed.citations] == ["kst-34233-20"]
