"""``kamerstuk.patterns``: every phrasing pattern has example sentences, and they are true.

The examples are the documentation a linguist reads; these tests keep them honest: each
example matches its pattern, a promise example is detected as a candidate of that kind, a
fulfilment example as a statement of that kind, and a "not a promise" example as nothing.
"""

import importlib
import pkgutil
import re

import pytest

from commitments.importers.kamerstuk import dates, patterns
from commitments.importers.kamerstuk.commitments import Context, commitment_candidate
from commitments.importers.kamerstuk.fulfilments import fulfilment_pattern


def defined_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern ``patterns`` defines (inside tables too), with a readable name."""
    imported = {id(value) for value in vars(dates).values()}
    found = []
    for name, value in vars(patterns).items():
        if isinstance(value, re.Pattern) and id(value) not in imported:
            found.append((name, value))
        elif isinstance(value, tuple) and name.isupper():
            for i, item in enumerate(value):
                if isinstance(item, re.Pattern):
                    found.append((f"{name}[{i}]", item))
                elif isinstance(item, tuple) and isinstance(item[1], re.Pattern):
                    found.append((f"{name}[{item[0]}]", item[1]))
    return found


PATTERNS = defined_patterns()
EXAMPLES = [
    (name, sentence)
    for name, pattern in PATTERNS
    for sentence in patterns.EXAMPLES.get(pattern, ())
]
BY_NAME = dict(PATTERNS)
NO_CONTEXT = Context(reference=None, vergaderjaar=None)

# Which candidate pattern (commitments._match_commitment) each promise pattern stands for.
PROMISES = {
    "TOEZEGGEN_RE": "toezeggen",
    "MODAL_INFORM_RE": "modal_inform",
    "PASSIVE_INFORM_RES[0]": "passive_inform",
    "PASSIVE_INFORM_RES[1]": "passive_inform",
    "PASSIVE_INFORM_RES[2]": "passive_inform",
    "PASSIVE_INFORM_RES[3]": "passive_inform",
    "PRESENT_INFORM_RE": "present_with_deadline",
    "RECEIVE_RE": "receive",
    "RETURN_TO_RE": "return_to",
    "THIRD_PERSON_TOEZEGGEN_RE": "third_person_toezeggen",
    "CONTENT_PROMISE_RES[0]": "content_promise",
    "CONTENT_PROMISE_RES[1]": "content_promise",
    "AWAIT_RE": "await",
    "INTENT_INFORM_RE": "intent_inform",
    "ANSWERS_PROMISE_RE": "answers",
    "LETTER_TO_KAMER_RE": "letter_to_kamer",
    "PRO_ACT_RE": "pro_act",
    "PASSIVE_INFORM_RES[4]": "passive_inform",
    "CONTENT_PROMISE_RES[2]": "content_promise",
    "CONTENT_PROMISE_RES[3]": "content_promise",
    "INTENT_THAT_RE": "intent_inform",
    "GO_WANT_INFORM_RE": "modal_inform",
    "KEEP_INFORMED_RE": "keep_informed",
    "BILL_RE": "bill",
    "SHARE_RE": "modal_inform",
    "ANSWERS_PRESENT_RE": "answers",
    "NEXT_DOCUMENT_RE": "content_promise",
    "MODAL_TO_KAMER_RE": "modal_inform",
    "ANSWERS_FUTURE_RE": "answers",
    "WILL_RECEIVE_RE": "will_receive",
    "DELIVER_DOCUMENT_RE": "deliver_document",
    "WHEN_SENT_RE": "deliver_document",
    "PRESENT_PASSIVE_SENT_RE": "passive_inform",
    "REQUEST_MET_RE": "deliver_document",
    "ANNOUNCED_CONTENT_RE": "content_promise",
    "SPOKEN_CONTENT_RE": "content_promise",
    "SPOKEN_DELIVERY_RE": "deliver_document",
    "MODAL_TOEZEGGEN_RE": "toezeggen",
}
# A promise that points back ("zal ik dit … doen") is read with the sentence before it.
PREVIOUS = {
    "PRO_ACT_RE": patterns.EXAMPLES[patterns.PRO_ACT_PREVIOUS_RE][0],
    # announced content is read only after a sentence that promises the document
    "ANNOUNCED_CONTENT_RE": "Begin april kom ik met een beleidsbrief over de aanpak van krimp.",
}
NOT_PROMISES = ("PRESENT_MARKER_RE", "ROUTINE_RE", "REQUEST_RE", "NEGATION_RE", "USED_TO_INFORM_RE")


def test_every_pattern_of_every_family_is_a_name_of_the_package():
    # The stages and the tests above only see what ``patterns`` re-exports: a pattern left
    # out of ``patterns/__init__.py`` would be used by nobody and checked by nothing.
    exported = {id(value) for value in vars(patterns).values()}
    from_dates = {id(value) for value in vars(dates).values()}
    for module in pkgutil.iter_modules(patterns.__path__):
        family = importlib.import_module(f"{patterns.__name__}.{module.name}")
        for name, value in vars(family).items():
            if name.isupper() and id(value) not in from_dates:
                assert id(value) in exported, f"{module.name}.{name} is not re-exported"


def test_the_tables_are_found():
    assert len(PATTERNS) >= 40
    assert set(PROMISES) | set(NOT_PROMISES) <= set(BY_NAME)
    assert set(patterns.PATTERN_CONFIDENCE) == set(PROMISES.values())


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_every_pattern_has_an_example(name, pattern):
    assert patterns.EXAMPLES.get(pattern), f"{name} has no example sentence"


@pytest.mark.parametrize(("name", "sentence"), EXAMPLES, ids=[n for n, _ in EXAMPLES])
def test_every_example_matches_its_pattern(name, sentence):
    assert BY_NAME[name].search(sentence), f"{name} does not match its example {sentence!r}"


@pytest.mark.parametrize(("name", "kind"), PROMISES.items())
def test_promise_examples_become_candidates_of_that_kind(name, kind):
    for sentence in patterns.EXAMPLES[BY_NAME[name]]:
        candidate = commitment_candidate(sentence, PREVIOUS.get(name), None, NO_CONTEXT)
        assert candidate is not None, sentence
        assert candidate.pattern == kind, sentence


@pytest.mark.parametrize("name", NOT_PROMISES)
def test_not_a_promise_examples_are_no_candidates(name):
    for sentence in patterns.EXAMPLES[BY_NAME[name]]:
        assert commitment_candidate(sentence, None, None, NO_CONTEXT) is None, sentence


@pytest.mark.parametrize(("kind", "pattern"), patterns.FULFILMENT_RES)
def test_fulfilment_examples_are_statements_of_that_kind(kind, pattern):
    for sentence in patterns.EXAMPLES[pattern]:
        assert fulfilment_pattern(sentence) == kind, sentence


def test_as_promised_example_is_a_fulfilment_made_now():
    for sentence in patterns.EXAMPLES[patterns.AS_PROMISED_RE]:
        assert fulfilment_pattern(sentence) == "as_promised_now", sentence
