"""Rules written after measuring the fifth held-out set (tests/importer_eval/heldout, h55-h74)
on its first run: h64 moved to the dev split for this one (its false positive was printed
and read). Tested with the real sentence (quoted from that official publication) and
constructed variants.
"""

import pytest

from commitments.importers.kamerstuk.commitments import Context, commitment_candidate

NO_CONTEXT = Context(reference=None, vergaderjaar=None)

# h64 (kst-31066-444, a list of questions of the committee for Financiën, 2018): the question
# quotes an earlier promise; the answer below it is where the promise is made.
H64_QUESTION = (
    "Waar zijn de cijfers met betrekking tot de aantallen auto\u2019s die als gevolg van de "
    "parallelimport ons land binnenkomen gezien de eerdere toezegging van uw voorganger dat "
    "deze cijfers voortaan worden meegenomen in de halfjaarsrapportage van de Belastingdienst "
    "(Kamerstuk 34 775 IX, nr. 8)?"
)


@pytest.mark.parametrize(
    "sentence",
    [
        H64_QUESTION,
        "Kan de minister toezeggen dat zij de Kamer voor de zomer informeert?",  # constructed
        "Wanneer ontvangt de Kamer de beloofde brief over de evaluatie?",  # constructed
        'Zal de staatssecretaris de Kamer voor 1 juli informeren?")',  # constructed
    ],
)
def test_a_question_is_never_a_commitment(sentence):
    assert commitment_candidate(sentence, None, None, NO_CONTEXT) is None


def test_the_answer_that_promises_still_is_one():
    answer = "Uw Kamer wordt uiterlijk januari 2019 geïnformeerd over de problematiek."
    assert commitment_candidate(answer, H64_QUESTION, None, NO_CONTEXT) is not None


# h58 (kst-19637-2302, JenV 2017): another party's "zal" first, the government's after it.
# Lost when the rules of the sixth set made another party's "zal" no promise; h58 moved to dev.
H58_AFTER_ANOTHER_PARTY = (
    "Deze bespreking zal in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer "
    "spoedig zal informeren."
)


@pytest.mark.parametrize(
    "sentence",
    [
        H58_AFTER_ANOTHER_PARTY,
        # constructed: other conjunctions and subjects of the same shape
        "De commissie zal haar advies in mei uitbrengen, waarna wij uw Kamer zullen informeren.",
        "Het onderzoek zal in juni zijn afgerond en ik zal uw Kamer daarna over de uitkomsten "
        "berichten.",
    ],
)
def test_the_governments_modal_after_another_partys_is_a_promise(sentence):
    candidate = commitment_candidate(sentence, None, None, NO_CONTEXT)
    assert candidate is not None and candidate.pattern == "modal_inform"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed traps: only another party's future act
        "De commissie zal haar rapport voor de zomer aan uw Kamer aanbieden.",
        "De toezichthouder zal uw Kamer in het najaar over de uitkomsten informeren.",
    ],
)
def test_another_partys_modal_alone_stays_no_promise(sentence):
    assert commitment_candidate(sentence, None, None, NO_CONTEXT) is None
