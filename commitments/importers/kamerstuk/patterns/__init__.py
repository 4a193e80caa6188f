"""The phrasing tables: every regular expression that recognises commitment and fulfilment text.

Input: nothing at run time; ``commitments`` and ``fulfilments`` apply these patterns to one
sentence at a time (and to the subject text cut from it), ``debate`` to the lines of a debate
text. Output: named, compiled patterns, each registered with at least one example sentence it
matches (:data:`EXAMPLES`; the tests check every example). Next stage: ``commitments`` uses
them to decide which sentence is a candidate, ``fulfilments`` which sentence states that a
commitment is fulfilled.

One module per pattern family; this package re-exports every name, so the stages write
``patterns.MODAL_INFORM_RE`` and never import a module of it directly:

- ``blocks``: the example registry (:func:`example`, :data:`EXAMPLES`) and the building
  blocks (the Kamer, the government, informing verbs, document nouns, first filters);
- ``promises``: commitment phrasing, P1-P11, with their guards and confidences;
- ``traps``: sentences that look like a promise but are not (this letter, routine, requests,
  negations);
- ``deadlines``: deadlines, the debate a promise was made in, the vehicle that will carry it;
- ``subjects``: what is promised (cutting the subject out of a sentence);
- ``fulfilments``: fulfilment phrasing (this document does what was promised);
- ``transcripts``: debate texts (speakers, openings, the chair's closing list).

How to read and extend. Patterns are case-sensitive unless marked ``re.IGNORECASE`` or
written ``(?i:...)``; ``\\b`` is a word boundary, ``[^;]{0,200}?`` "up to 200 characters, not
past a semicolon". To add a phrasing, add an alternative to the pattern (or a new pattern)
and an example sentence to its ``example(...)`` call; a new pattern is also imported here. A
new *kind* of promise also needs a confidence in :data:`PATTERN_CONFIDENCE` and a branch in
``commitments._match_commitment`` (the order there decides which pattern wins); a new
fulfilment phrasing only needs a row in :data:`FULFILMENT_RES` (first row that matches wins),
but the sentence must contain one of :data:`FULFILMENT_KEYWORDS`. Then run ``pytest
tests/importers/kamerstuk`` and ``manage.py evaluate_importer`` to see what the change does to
precision and recall.
"""

from .blocks import (
    ADDRESSEE_OR_RETURN_RE,
    ADDRESSEE_RE,
    CONTENT_VERB,
    DOCUMENT_NOUN,
    EXAMPLES,
    GOV,
    GOV_ANY_CASE,
    INFORM_PARTICIPLE,
    INFORM_VERB,
    KAMER,
    KAMER_OR_U,
    KAMER_OR_U_RE,
    KAMER_RE,
    SENT_PARTICIPLE,
    TE_INFORM_VERB,
    example,
)
from .deadlines import (
    BARE_PERIOD_RE,
    DEADLINE_RES,
    DEBATE_KINDS,
    DEBATE_RE,
    HALF_MONTH_DAY,
    SELF_REFERENCE_RE,
    VEHICLE_RE,
)
from .fulfilments import (
    AS_PROMISED_RE,
    DELIVERED_PROMISED_RE,
    DELIVERY_NOT_RE,
    DELIVERY_NOW_RE,
    FULFIL_NOT_NOW_RE,
    FULFILMENT_KEYWORDS,
    FULFILMENT_RES,
    GESTAND_NOT_NOW_RE,
    IN_LINE_WITH_PROMISE_RE,
    INFORM_NOW_RE,
    LEADING_LINK_WORD_RE,
    MADE_IN_DEBATE_RE,
    OM_CLAUSE_RE,
    OPENING_PROMISE_RE,
    POSTPONED_RE,
    PROMISE_OBJECT,
    PROMISE_REPORT_RE,
    PROMISED_FOR_THIS_RE,
    TOEZEGGING_TAIL_RE,
    TRAILING_GESTAND_RE,
)
from .promises import (
    ANSWERS_FUTURE_RE,
    ANSWERS_PRESENT_RE,
    ANSWERS_PROMISE_RE,
    AWAIT_RE,
    BILL_RE,
    CONTENT_PROMISE_RES,
    DELIVER_DOCUMENT_RE,
    GO_WANT_INFORM_RE,
    INTENT_INFORM_RE,
    INTENT_THAT_RE,
    KEEP_INFORMED_RE,
    LETTER_TO_KAMER_RE,
    LISTED_CONFIDENCE,
    MODAL_INFORM_RE,
    MODAL_TO_KAMER_RE,
    NEXT_DOCUMENT_RE,
    PASSIVE_INFORM_RES,
    PATTERN_CONFIDENCE,
    PRESENT_INFORM_RE,
    PRO_ACT_PREVIOUS_RE,
    PRO_ACT_RE,
    PROMISE_GUARDS,
    RECEIVE_RE,
    RETURN_TO_RE,
    SHARE_RE,
    THIRD_PERSON_TOEZEGGEN_RE,
    TOEZEGGEN_RE,
    WILL_RECEIVE_RE,
)
from .subjects import (
    INFORMED_OF_RE,
    LAST_OVER_RE,
    LEADING_OVER_RE,
    OVER_RE,
    POINTS_BACK_RE,
    RECEIVE_OBJECT_RE,
    SEND_OBJECT_RE,
    SUBJECT_END_RE,
    TRAILING_LINK_WORD_RE,
    TRAILING_VERB_RE,
)
from .transcripts import (
    BULLET_RE,
    BULLET_SPLIT_RE,
    CHAIR_SPEAKER_RE,
    DEBATE_HELD_RE,
    GOVERNMENT_SPEAKER_RE,
    LISTED_SPEAKER_RE,
    MEMBER_SPEAKER_RE,
    PLENARY_DEBATE_RE,
    TOEZEGGINGEN_LIST_RE,
    TRANSCRIPT_OPENING_RE,
)
from .traps import (
    GOV_FUTURE_RE,
    GOV_WILL_RE,
    MOTION_DICTUM_RE,
    NEGATION_RE,
    PRESENT_MARKER_RE,
    REQUEST_RE,
    ROUTINE_RE,
    USED_TO_INFORM_RE,
)

__all__ = [
    "ADDRESSEE_OR_RETURN_RE",
    "ADDRESSEE_RE",
    "ANSWERS_FUTURE_RE",
    "ANSWERS_PRESENT_RE",
    "ANSWERS_PROMISE_RE",
    "AS_PROMISED_RE",
    "AWAIT_RE",
    "BARE_PERIOD_RE",
    "BILL_RE",
    "BULLET_RE",
    "BULLET_SPLIT_RE",
    "CHAIR_SPEAKER_RE",
    "CONTENT_PROMISE_RES",
    "CONTENT_VERB",
    "DEADLINE_RES",
    "DEBATE_HELD_RE",
    "DEBATE_KINDS",
    "DEBATE_RE",
    "DELIVERED_PROMISED_RE",
    "DELIVERY_NOT_RE",
    "DELIVERY_NOW_RE",
    "DELIVER_DOCUMENT_RE",
    "DOCUMENT_NOUN",
    "EXAMPLES",
    "FULFILMENT_KEYWORDS",
    "FULFILMENT_RES",
    "FULFIL_NOT_NOW_RE",
    "GESTAND_NOT_NOW_RE",
    "GOV",
    "GOVERNMENT_SPEAKER_RE",
    "GOV_ANY_CASE",
    "GOV_FUTURE_RE",
    "GOV_WILL_RE",
    "GO_WANT_INFORM_RE",
    "HALF_MONTH_DAY",
    "INFORMED_OF_RE",
    "INFORM_NOW_RE",
    "INFORM_PARTICIPLE",
    "INFORM_VERB",
    "INTENT_INFORM_RE",
    "INTENT_THAT_RE",
    "IN_LINE_WITH_PROMISE_RE",
    "KAMER",
    "KAMER_OR_U",
    "KAMER_OR_U_RE",
    "KAMER_RE",
    "KEEP_INFORMED_RE",
    "LAST_OVER_RE",
    "LEADING_LINK_WORD_RE",
    "LEADING_OVER_RE",
    "LETTER_TO_KAMER_RE",
    "LISTED_CONFIDENCE",
    "LISTED_SPEAKER_RE",
    "MADE_IN_DEBATE_RE",
    "MEMBER_SPEAKER_RE",
    "MODAL_INFORM_RE",
    "MODAL_TO_KAMER_RE",
    "MOTION_DICTUM_RE",
    "NEGATION_RE",
    "NEXT_DOCUMENT_RE",
    "OM_CLAUSE_RE",
    "OPENING_PROMISE_RE",
    "OVER_RE",
    "PASSIVE_INFORM_RES",
    "PATTERN_CONFIDENCE",
    "PLENARY_DEBATE_RE",
    "POINTS_BACK_RE",
    "POSTPONED_RE",
    "PRESENT_INFORM_RE",
    "PRESENT_MARKER_RE",
    "PROMISED_FOR_THIS_RE",
    "PROMISE_GUARDS",
    "PROMISE_OBJECT",
    "PROMISE_REPORT_RE",
    "PRO_ACT_PREVIOUS_RE",
    "PRO_ACT_RE",
    "RECEIVE_OBJECT_RE",
    "RECEIVE_RE",
    "REQUEST_RE",
    "RETURN_TO_RE",
    "ROUTINE_RE",
    "SELF_REFERENCE_RE",
    "SEND_OBJECT_RE",
    "SENT_PARTICIPLE",
    "SHARE_RE",
    "SUBJECT_END_RE",
    "TE_INFORM_VERB",
    "THIRD_PERSON_TOEZEGGEN_RE",
    "TOEZEGGEN_RE",
    "TOEZEGGINGEN_LIST_RE",
    "TOEZEGGING_TAIL_RE",
    "TRAILING_GESTAND_RE",
    "TRAILING_LINK_WORD_RE",
    "TRAILING_VERB_RE",
    "TRANSCRIPT_OPENING_RE",
    "USED_TO_INFORM_RE",
    "VEHICLE_RE",
    "WILL_RECEIVE_RE",
    "example",
]
