"""Stage 4: commitment candidates (promises to the Kamer) with their deadline and debate.

Input: one sentence at a time from the body (with the previous sentence, the section it is
in, and a :class:`Context` of reference date and vergaderjaar). Output: a
:class:`~.model.CommitmentCandidate` (subject, :class:`~.model.Deadline`,
:class:`~.model.DebateReference`, vehicle, confidence and the pattern that fired) or
``None``. The phrasing itself lives in ``patterns``. Next stage: ``fulfilments`` looks for
statements that the document fulfils an earlier commitment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from . import patterns
from .dates import MONTH, SINGLE_DATE_RE, month_number, resolve_date
from .model import CommitmentCandidate, Deadline, DebateReference


@dataclass
class Context:
    """What dates without a year resolve against: the document's date (or the meeting's
    start) and its vergaderjaar."""

    reference: date | None
    vergaderjaar: str | None


def _find_deadline(sentence: str, ctx: Context) -> Deadline | None:
    """The most specific deadline expression in ``sentence`` (earliest on ties)."""
    best: tuple[int, int, Deadline] | None = None
    for rank, (name, pattern) in enumerate(patterns.DEADLINE_RES):
        for m in pattern.finditer(sentence):
            text = m.group().strip()
            weight = rank
            if name == "period" and patterns.BARE_PERIOD_RE.match(text):
                weight = len(patterns.DEADLINE_RES)  # weakest: only used when nothing else is found
            when = None
            if name == "date":
                when = resolve_date(
                    int(m.group("d")) if m.group("d") else patterns.HALF_MONTH_DAY,
                    month_number(m.group("m")),
                    int(m.group("y")) if m.group("y") else None,
                    reference=ctx.reference,
                    vergaderjaar=ctx.vergaderjaar,
                    prefer="future",
                )
            candidate = (weight, m.start(), Deadline(text, when))
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    return best[2] if best else None


def find_deadline(sentence: str, ctx: Context) -> Deadline | None:
    """The deadline ``sentence`` states, for other importers (the VLOS reports) to reuse."""
    return _find_deadline(sentence, ctx)


def find_debate(sentence: str, ctx: Context) -> DebateReference | None:
    """ "in het commissiedebat Irak op 25 oktober jl." -> commissiedebat / Irak / 2023-10-25."""
    lowered = sentence.lower()
    if "debat" not in lowered and "overleg" not in lowered and "vragenuur" not in lowered:
        return None  # every kind of debate has one of these words (a cheap test first)
    m = patterns.DEBATE_RE.search(sentence)
    if not m:
        return None
    kind = re.sub(r"\s+", " ", m.group("kind").lower())
    kind = {"plenaire debat": "plenair debat", "schriftelijke overleg": "schriftelijk overleg"}.get(
        kind, kind
    )
    subject = (m.group("subject") or m.group("subject2") or "").strip() or None
    when = None
    if m.group("date"):
        dm = SINGLE_DATE_RE.search(m.group("date"))
        if dm:
            when = resolve_date(
                int(dm.group("d")),
                month_number(dm.group("m")),
                int(dm.group("y")) if dm.group("y") else None,
                relative=dm.group("rel"),
                reference=ctx.reference,
                vergaderjaar=ctx.vergaderjaar,
                prefer="past",
            )
    return DebateReference(kind, subject, when, m.group().strip())


def _clause_start(sentence: str, pos: int) -> int:
    cut = max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos))
    return cut + 1


def _match_commitment(
    sentence: str, deadline: Callable[[], Deadline | None], prev: str | None = None
) -> str | None:
    """Name of the promise pattern that fires for ``sentence``, or None.

    Order matters: an explicit "ik zeg toe" wins; routine reporting and requests by members
    are excluded; then future modal, passive, present-with-deadline, "ontvangt" and the weak
    "ik kom hierop terug". Present-tense informing ("hierbij", "met deze brief") is no promise.
    """
    if (
        (patterns.REQUEST_RE.search(sentence) or patterns.MOTION_DICTUM_RE.search(sentence))
        and not patterns.GOV_FUTURE_RE.search(sentence)
        and not patterns.WILL_RECEIVE_RE.search(sentence)
        # the request is the Kamer's, meeting it is the government's promise (P21)
        and not _promised_in_passing(sentence)
    ):
        return None
    # P11 needs no addressee ("De beantwoording zal plaatshebben omstreeks 20 januari").
    if (
        _may("answers", sentence)
        and (m := patterns.ANSWERS_PROMISE_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
        and deadline() is not None
    ):
        return "answers"
    if (
        _may("answers_present", sentence)
        and (m := patterns.ANSWERS_PRESENT_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
        and deadline() is not None
    ):
        return "answers"
    if (
        _may("answers_future", sentence)
        and (m := patterns.ANSWERS_FUTURE_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
        # a time, or the document that will carry the answers ("in de volgende
        # voortgangsrapportage"), named after the modal: "De vragen die in de brief zijn
        # gesteld, zal ik beantwoorden" names where they were asked
        and (deadline() is not None or _vehicle(_from_last_modal(sentence, m)) is not None)
    ):
        return "answers"
    if (
        _may("answers_future", sentence)
        and (m := patterns.ANSWERS_INTENT_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
        and (deadline() is not None or patterns.LATER_TIME_RE.search(sentence))
    ):
        return "answers"
    # P3b the government's own "ik zeg toe dat …", in a debate said to the Kamer unnamed
    if (m := patterns.SELF_TOEZEGGEN_RE.search(sentence)) and not _says_now_or_not(sentence, m):
        return "toezeggen"
    # P3c "Ik wil de heer X toezeggen dat …", "Ik zou graag toezeggen … om …"
    if (
        _may("modal_toezeggen", sentence)
        and (m := patterns.MODAL_TOEZEGGEN_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
    ):
        return "toezeggen"
    # P24 a coming document's content: "Het op te leveren onderzoeksrapport zal … bevatten"
    if (
        _may("coming_document", sentence)
        and (m := patterns.COMING_DOCUMENT_CONTENT_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
    ):
        return "content_promise"
    # P28 what a coming document will take up, in a debate's words
    if (
        _may("spoken_content", sentence)
        and (m := patterns.SPOKEN_CONTENT_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
    ):
        return "content_promise"
    # P13 "zal ik dit uiterlijk 13 mei aanstaande doen": the act is the previous sentence's.
    if (
        prev
        and _may("pro_act", sentence)
        and (m := patterns.PRO_ACT_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
        and patterns.PRO_ACT_PREVIOUS_RE.search(prev)
        and deadline() is not None
    ):
        return "pro_act"
    # Without "Kamer", "u" or "terug" only the promises that need no addressee can fire
    # (P7 content of a coming document, P10 "de minister zegt toe").
    addressed = (
        "amer" in sentence or "parlement" in sentence or patterns.ADDRESSEE_RE.search(sentence)
    )
    if not addressed:
        if _may("third_person_toezeggen", sentence) and patterns.THIRD_PERSON_TOEZEGGEN_RE.search(
            sentence
        ):
            return "third_person_toezeggen"
        if patterns.ROUTINE_RE.search(sentence):
            return None
        if _next_document(sentence):
            return "content_promise"
        # "Die zal ik uiteraard delen": said to the Kamer, unnamed
        m = _may("share", sentence) and patterns.SHARE_RE.search(sentence)
        if m and not _says_now_or_not(sentence, m):
            return "modal_inform"
        if (
            _delivers_document(sentence)
            or _delivers_later(sentence, deadline)
            or _promised_in_passing(sentence)
            or _comes_later(sentence, deadline)
        ):
            return "deliver_document"
        if not _may("content_promise", sentence):
            return None
        for pattern in patterns.CONTENT_PROMISE_RES:
            m = pattern.search(sentence)
            if m and not _says_now_or_not(sentence, m):
                return "content_promise"
        return None
    if patterns.TOEZEGGEN_RE.search(sentence) and patterns.KAMER_OR_U_RE.search(sentence):
        return "toezeggen"
    if _may("third_person_toezeggen", sentence) and patterns.THIRD_PERSON_TOEZEGGEN_RE.search(
        sentence
    ):
        return "third_person_toezeggen"
    if patterns.ROUTINE_RE.search(sentence):
        return None
    for m in _modal_matches(sentence):
        gap = m.group("gap")
        before = sentence[max(_clause_start(sentence, m.start()), m.start() - 80) : m.start()]
        if patterns.NEGATION_RE.search(gap) or _PERFECT_TAIL_RE.search(gap):
            continue
        # "heb ik toegezegd de Kamer te zullen informeren": the report of an earlier promise
        # (N5), not a new one; the letter saying so usually keeps it.
        if sentence.endswith("te ", 0, m.start()) and "toegezegd" in sentence[: m.start()]:
            continue
        if patterns.KAMER_OR_U_RE.search(gap) or patterns.KAMER_RE.search(before):
            if patterns.USED_TO_INFORM_RE.search(sentence, 0, m.end()):
                continue
            # "In deze brief zal ik uw Kamer informeren": this document, now (N4); but "Via
            # deze brief laat ik u weten dat ik … zal toesturen" tells now what comes later
            head = sentence[_clause_start(sentence, m.start()) : m.start()]
            marker = patterns.PRESENT_MARKER_RE.search(head)
            if marker and not _TELL_THAT_RE.search(head, marker.end()):
                continue
            if _other_party_subject(sentence, m):
                continue
            return "modal_inform"
    for m in patterns.GO_WANT_INFORM_RE.finditer(sentence) if _may("go_want", sentence) else ():
        before = sentence[max(_clause_start(sentence, m.start()), m.start() - 80) : m.start()]
        if patterns.NEGATION_RE.search(m.group("gap")) or not (
            patterns.KAMER_OR_U_RE.search(m.group("gap")) or patterns.KAMER_RE.search(before)
        ):
            continue
        if patterns.PRESENT_MARKER_RE.search(
            sentence[_clause_start(sentence, m.start()) : m.end()]
        ):
            continue
        # "daar kan ik de Kamer alsdan ook over informeren": a later time without a date
        if (
            deadline() is not None
            or _vehicle(sentence) is not None
            or patterns.LATER_TIME_RE.search(sentence)
        ):
            return "modal_inform"
    m = _may("will_receive", sentence) and patterns.WILL_RECEIVE_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m):
        return "will_receive"
    m = _may("letter_to_kamer", sentence) and patterns.LETTER_TO_KAMER_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m):
        return "letter_to_kamer"
    m = _may("bill", sentence) and (
        patterns.BILL_RE.search(sentence) or patterns.BILL_PASSIVE_RE.search(sentence)
    )
    if m and not _says_now_or_not(sentence, m):
        return "bill"
    m = _may("share", sentence) and patterns.SHARE_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m):
        return "modal_inform"
    m = _may("keep_informed", sentence) and patterns.KEEP_INFORMED_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m):
        return "keep_informed"
    m = _may("see_to_it", sentence) and patterns.SEE_TO_IT_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m):
        return "modal_inform"
    if _comes_later(sentence, deadline):
        return "deliver_document"
    for pattern in patterns.PASSIVE_INFORM_RES:
        m = pattern.search(sentence)
        if m:
            clause = sentence[_clause_start(sentence, m.start()) : m.end()]
            marker = patterns.PRESENT_MARKER_RE.search(clause)
            # "kunnen wij u hierbij melden dat uw Kamer … zal toegaan": told now, sent later
            if (marker and not _TELL_THAT_RE.search(clause, marker.end())) or (
                patterns.NEGATION_RE.search(m.group())
            ):
                continue
            # "Daarnaast wordt u geïnformeerd over ...", "De Kamer wordt periodiek geïnformeerd":
            # a list of this letter's contents or a standing arrangement, unless it points ahead
            if (
                not re.search(r"\b(?:zal|zullen)\b", m.group())
                and patterns.LISTING_OR_STANDING_RE.search(sentence)
                and not patterns.FUTURE_CUE_RE.search(sentence)
                and _vehicle(sentence) is None
                # "Ieder jaar voor de zomer wordt uw Kamer geïnformeerd": a recurring time is
                # the arrangement itself, no deadline of a promise
                and (deadline() is None or patterns.STANDING_RE.search(sentence))
            ):
                continue
            return "passive_inform"
    m = patterns.PRESENT_PASSIVE_SENT_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m) and deadline() is not None:
        return "passive_inform"
    for pattern in patterns.CONTENT_PROMISE_RES if _may("content_promise", sentence) else ():
        m = pattern.search(sentence)
        # The coming document, not this one ("In deze brief zal ik ingaan op" is N4).
        if m and not _says_now_or_not(sentence, m):
            return "content_promise"
    if _next_document(sentence):
        return "content_promise"
    others = (
        ("await", patterns.AWAIT_RE),
        ("intent_inform", patterns.INTENT_INFORM_RE),
        ("intent_inform", patterns.INTENT_THAT_RE),
    )
    for name, pattern in others:
        m = _may(name, sentence) and pattern.search(sentence)
        if m and not _says_now_or_not(sentence, m):
            return name
    m = _may("await", sentence) and patterns.AWAIT_EXPECT_RE.search(sentence)
    if m and not _says_now_or_not(sentence, m) and deadline() is not None:
        return "await"
    if (
        _delivers_document(sentence)
        or _delivers_later(sentence, deadline)
        or _promised_in_passing(sentence)
    ):
        return "deliver_document"
    # The deadline is read only here (reading it is slow, and most sentences never get here).
    present = patterns.PRESENT_INFORM_RE.search(sentence)
    receives = not present and patterns.RECEIVE_RE.search(sentence)
    if (
        (present or receives)
        and not patterns.PRESENT_MARKER_RE.search(sentence)
        and (
            deadline() is not None
            or _vehicle(sentence) is not None
            # "De komende maanden ontvangt u de DMP-brieven": receiving is always to come
            or (receives and patterns.LATER_TIME_RE.search(sentence))
        )
    ):
        return "present_with_deadline" if present else "receive"
    if (
        patterns.RETURN_TO_RE.search(sentence)
        and not patterns.PRESENT_MARKER_RE.search(sentence)
        and not patterns.DEBATE_PROCEDURE_RE.search(sentence)
    ):
        return "return_to"
    return None


# Another recipient of the document: "een brief sturen aan de gemeenten" is no promise to the
# Kamer (the Kamer or "u" after "aan" is).
_OTHER_RECIPIENT_RE = re.compile(
    rf"\baan\s+(?!{patterns.KAMER}|u\b|uw\b|het\s+eind|het\s+begin|de\s+hand\b)"
    r"(?:de|het|een|alle|mijn|onze)?\s*[\w-]+"
)


def _delivers_document(sentence: str) -> bool:
    """ "Ik verwacht … ook een tussentijdse rapportage te leveren": a document the government
    will deliver, with no other recipient named (the letter's addressee is the Kamer)."""
    if not _may("deliver_document", sentence):
        return False
    m = patterns.DELIVER_DOCUMENT_RE.search(sentence)
    if not m or _says_now_or_not(sentence, m) or _THAT_RE.search(m.group()):
        return False  # "Ik verwacht dat de commissie een rapportage zal leveren": not ours
    # the recipient may follow the verb: "een brief sturen aan de gemeenten"
    return not _OTHER_RECIPIENT_RE.search(sentence, m.start(), min(len(sentence), m.end() + 60))


_THAT_RE = re.compile(r"\bdat\b")
# "laat ik u weten dat", "deel ik u mee dat", "meld ik u dat": the telling is now, the clause
# after "dat" may promise.
_TELL_THAT_RE = re.compile(r"\b(?:weten|mee|melden|meld|bericht)\s*,?\s+dat\b")


def _delivers_later(sentence: str, deadline: Callable[[], Deadline | None]) -> bool:
    """ "We verwachten deze eind oktober te kunnen sturen", "volgende week volgt een verslag",
    "streef naar toezending in september": a later delivery, only with a time for it."""
    if not _may("deliver_later", sentence):
        return False
    for pattern in patterns.DELIVER_LATER_RES:
        m = pattern.search(sentence)
        if not m or _says_now_or_not(sentence, m):
            continue
        if deadline() is not None or patterns.LATER_TIME_RE.search(sentence):
            return True
    return False


def _comes_later(sentence: str, deadline: Callable[[], Deadline | None]) -> bool:
    """ "Voor de zomer komt er een brief naar de Kamer", "De brief schuift op naar april": a
    document of the government's that comes later, with the time it comes (without one the
    same words may be anyone's or this letter's)."""
    if not _may("comes_to_kamer", sentence):
        return False
    m = patterns.COMES_TO_KAMER_RE.search(sentence)
    return bool(
        m
        and not _says_now_or_not(sentence, m)
        and (
            deadline() is not None
            or patterns.LATER_TIME_RE.search(sentence)
            # the new date itself: "schuift op naar april", "De nieuwe datum … is 1 mei"
            or _MONTH_RE.match(sentence, m.end())
        )
    )


_MONTH_RE = re.compile(rf"\s*(?:\d{{1,2}}\s+)?{MONTH}\b", re.IGNORECASE)


def _promised_in_passing(sentence: str) -> bool:
    """A delivery the sentence takes for granted: "Zodra ik de kabinetsreactie naar uw Kamer
    stuur, …" (P20), a debate's "Die brief komt er inderdaad aan" (P23), or a request for a
    deliverable the government will meet: "Aan het verzoek
    … om een reactie … zal … worden voldaan" (P21)."""
    for name, pattern in (
        ("when_sent", patterns.WHEN_SENT_RE),
        ("spoken_delivery", patterns.SPOKEN_DELIVERY_RE),
    ):
        if (
            _may(name, sentence)
            and (m := pattern.search(sentence))
            and not _says_now_or_not(sentence, m)
        ):
            return True
    return bool(
        _may("request_met", sentence)
        and (m := patterns.REQUEST_MET_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
        and patterns.REQUESTED_DELIVERABLE_RE.search(sentence)
    )


# The informing verb in the perfect, as a condition inside the future: "dat ik niet sneller
# zal lopen dan dat … ik uw Kamer heb kunnen informeren" (the informing is no promise there).
_PERFECT_TAIL_RE = re.compile(r"\b(?:heb|heeft|hebben|had|hadden)\s+(?:kunnen\s+|moeten\s+)?$")
_THIS_DOCUMENT_RE = re.compile(r"^\s*(?:(?:In|Met)\s+(?:deze|dit)|Deze|Dit)\s+(?P<noun>[\w-]+)")
_REASON_RE = re.compile(r",\s+(?:want|omdat|maar|terwijl)\b")


def _announces_content(
    sentence: str,
    prev: str | None,
    section: str | None,
    ctx: Context,
    prev_promised: bool | None = None,
) -> bool:
    """P22: "In deze brief zal ik …", "Daarin beantwoord ik …" right after a sentence that
    promises a document: the content of that document, not of this one. ``prev_promised``:
    what the scan found for the previous sentence (read with its own previous one, as "Dat
    hoop ik binnen enkele weken te kunnen doen" needs), else it is asked here alone."""
    # A "niet" in a reason or contrast after the promise ("…, want er ligt niet alleen …")
    # does not negate it.
    main = _REASON_RE.split(sentence, maxsplit=1)[0]
    if not prev or patterns.NEGATION_RE.search(main):
        return False
    pointer = patterns.ANNOUNCED_POINTER_RE.match(sentence)
    noun = pointer and (pointer.group("noun") or pointer.group("subject"))
    named_before = bool(noun and re.search(rf"\b{re.escape(noun)}\b", prev, re.IGNORECASE))
    if not (patterns.ANNOUNCED_CONTENT_RE.match(sentence) or named_before):
        return False
    # "In deze brief zal ik …" points at the letter the sentence before promised only when
    # that sentence names one ("Begin april kom ik met een beleidsbrief"); after "Het wetsvoorstel
    # … zal ik in 2014 aanbieden" it is this letter (N4)
    this = _THIS_DOCUMENT_RE.match(sentence)
    if this and this.group("noun").lower()[-5:] not in prev.lower():
        return False
    # a thing whose promise the sentence before reports, still to come: pointed at by its name
    # (not "brief": that is this letter keeping it) or by "dan/daarin" with a future verb
    if (
        patterns.PROMISED_THING_RE.search(prev)
        and not patterns.OTHER_PARTY_PROMISE_RE.search(prev)
        and (
            (named_before and noun.lower() not in ("brief", "verslag"))
            or (not pointer and _MODAL_RE.search(sentence))
        )
    ):
        return True
    if prev_promised is not None:
        return prev_promised
    return commitment_candidate(prev, None, section, ctx) is not None


def _next_document(sentence: str) -> bool:
    """ "In de volgende voortgangsbrief ga ik in op ...": the content of the next document."""
    if not _may("next_document", sentence):
        return False
    m = patterns.NEXT_DOCUMENT_RE.search(sentence)
    return bool(m and not _says_now_or_not(sentence, m))


# The subject of "zal" named before it as another party: "De commissie zal haar rapport voor de
# zomer aan uw Kamer aanbieden" (N3). Not the government ("Het kabinet zal", "De minister van
# Financiën en ik zullen") nor a fronted object with the government after the verb ("De
# uitkomsten zal ik aan uw Kamer toezenden").
_THIRD_PARTY_HEAD_RE = re.compile(r"^\s*(?:[Dd]e|[Hh]et|[Ee]en|[Dd]eze|[Dd]ie)\s+\w")
_GOVERNMENT_WORD_RE = re.compile(
    r"\b(?:ik|wij|we|kabinet|regering|[Mm]inister\w*|[Ss]taatssecretaris\w*|bewindsperso\w*)\b",
    re.IGNORECASE,
)
_GOV_AFTER_MODAL_RE = re.compile(r"\s*(?:ik|wij|we|het\s+kabinet|de\s+regering)\b", re.IGNORECASE)


def _other_party_subject(sentence: str, m: re.Match[str]) -> bool:
    head = sentence[_clause_start(sentence, m.start()) : m.start()]
    after = sentence[m.start() : m.start() + 12].split(maxsplit=1)
    rest = after[1] if len(after) > 1 else ""
    if _GOV_AFTER_MODAL_RE.match(rest):
        return False
    # the subject of a "dat" clause: "Ik hoop dat de gemeenten de Kamer zullen informeren"
    # (not the Kamer itself, the passive's subject: "dat de Kamer … zal worden geïnformeerd")
    that = list(re.finditer(r"\bdat\s+", head))
    if that:
        clause = head[that[-1].end() :]
        if (
            _THIRD_PARTY_HEAD_RE.match(clause)
            and not _GOVERNMENT_WORD_RE.search(clause)
            and not re.match(r"(?:de|het)\s+(?:Tweede\s+|Eerste\s+)?Kamer\b", clause, re.I)
        ):
            return True
    return bool(
        _THIRD_PARTY_HEAD_RE.match(head)
        and not _GOVERNMENT_WORD_RE.search(head)
        and not re.search(r",\s*$", head)  # "Zodra dat bekend is, zal ..." opens a clause
    )


_MODAL_RE = re.compile(r"\b(?:zal|zullen)\b")


def _modal_matches(sentence: str):
    """``MODAL_INFORM_RE`` from every "zal"/"zullen", not only where the last match ended:
    in "Deze bespreking zal … plaatsvinden, waarna ik uw Kamer spoedig zal informeren" the
    match from the first (another party's) modal swallows the second, the government's."""
    for modal in _MODAL_RE.finditer(sentence):
        if m := patterns.MODAL_INFORM_RE.match(sentence, modal.start()):
            yield m
        # a long object before "naar de Kamer sturen" (P1b)
        if m := patterns.MODAL_TO_KAMER_RE.match(sentence, modal.start()):
            yield m


def _from_last_modal(sentence: str, m: re.Match[str]) -> str:
    """The sentence from the last "zal"/"zullen" of the match on."""
    modals = list(_MODAL_RE.finditer(sentence, m.start(), m.end()))
    return sentence[modals[-1].start() :] if modals else sentence[m.start() :]


def _may(name: str, sentence: str) -> bool:
    """Can promise pattern ``name`` match at all? (A substring test before the slow regex.)"""
    return any(word in sentence for word in patterns.PROMISE_GUARDS[name])


def _says_now_or_not(sentence: str, m: re.Match[str]) -> bool:
    """The match is about this document ("in deze brief") or negated ("niet")."""
    clause = sentence[_clause_start(sentence, m.start()) : m.end()]
    return bool(patterns.PRESENT_MARKER_RE.search(clause) or patterns.NEGATION_RE.search(m.group()))


# A document that has a date or a number is one that exists: "in de brief van 22 december
# 2023 (Kamerstuk 27 925, nr. 962)" is no vehicle still to come.
_DATED_DOCUMENT_RE = re.compile(rf"\s*(?:van\s+{SINGLE_DATE_RE.pattern}|\(\s*Kamerstuk)")


def _vehicle(sentence: str) -> str | None:
    for m in patterns.VEHICLE_RE.finditer(sentence):
        if patterns.SELF_REFERENCE_RE.search(m.group()) or _DATED_DOCUMENT_RE.match(
            sentence, m.end()
        ):
            continue
        return m.group().strip()
    return None


def clean_subject(text: str, deadline: Deadline | None) -> str | None:
    text = text.strip().rstrip(".").strip()
    if deadline and deadline.text in text:
        head, _, tail = text.partition(deadline.text)
        text = head if len(head) >= len(tail) else tail
    text = patterns.SUBJECT_END_RE.split(text)[0]
    previous = None
    while previous != text:
        previous = text
        text = patterns.TRAILING_VERB_RE.sub("", text).strip(" ,")
        text = patterns.TRAILING_LINK_WORD_RE.sub("", text)
    return text or None


def _commitment_subject(sentence: str, prev: str | None, deadline: Deadline | None) -> str | None:
    """What is promised: "over ..." after the Kamer, a leading "Over ...", "op de hoogte
    houden van ...", "hierover" resolved to the previous sentence, or the object sent."""
    kamer = patterns.KAMER_OR_U_RE.search(sentence)
    tail = sentence[kamer.end() :] if kamer else sentence
    m = patterns.OVER_RE.search(tail)
    if m:
        return clean_subject("over " + m.group("rest"), deadline)
    lead = patterns.LEADING_OVER_RE.match(sentence)
    if lead:
        return clean_subject("over " + lead.group("np"), deadline)
    informed_of = patterns.INFORMED_OF_RE.search(sentence)
    if informed_of:
        return clean_subject(informed_of.group("np"), deadline)
    if patterns.POINTS_BACK_RE.search(sentence) and prev:
        last = patterns.LAST_OVER_RE.search(prev.rstrip())
        if last:
            return clean_subject("over " + last.group("np"), None)
        return prev.strip().rstrip(".")  # the previous sentence is the topic
    # Object of a send verb: "zal ik uw Kamer voor de zomer de eindrapportage toesturen",
    # "... een overzicht sturen van de steun in 2025".
    obj = patterns.SEND_OBJECT_RE.search(sentence)
    if obj:
        return clean_subject(obj.group("np") + (obj.group("tail") or ""), deadline)
    receive = patterns.RECEIVE_OBJECT_RE.search(sentence)
    if receive:
        return clean_subject(receive.group("np") or receive.group("np2"), deadline)
    return None


_WRITTEN_RE = re.compile(
    rf"\b(?:schriftelijk|per\s+brief|brief|notitie|toezegging|bij\s+(?:u|{patterns.KAMER}))\b"
)
_LATER_RE = re.compile(r"\blater\b(?!\s+(?:dit|deze|in\s+(?:het|de|dit))\s)")


def _orders_this_text(
    sentence: str, pattern: str, speaker: str | None, deadline: Deadline | None
) -> bool:
    """Whether a matched promise only orders the text it is in: a "later" in this debate, or
    the sequence of this letter. Neither has a time, a document or "schriftelijk" to deliver."""
    if deadline is not None or _vehicle(sentence) is not None:
        return False
    if speaker is not None:
        # Said in a debate, "Daar kom ik later nog op terug" is the debate's own order.
        return (
            pattern == "return_to"
            and bool(_LATER_RE.search(sentence))
            and not _WRITTEN_RE.search(sentence)
        )
    # "Allereerst zal ik u informeren rondom …": this letter's order (N4)
    return bool(patterns.LETTER_ORDER_RE.match(sentence))


def commitment_candidate(
    sentence: str,
    prev: str | None,
    section: str | None,
    ctx: Context,
    *,
    speaker: str | None = None,
    debate: DebateReference | None = None,
    prev_promised: bool | None = None,
) -> CommitmentCandidate | None:
    """The candidate in ``sentence``, or None. ``speaker`` is the bewindspersoon whose turn it
    is in a debate; ``debate`` the debate the document reports (used when the sentence names
    none); ``prev_promised`` whether the scan took the previous sentence as a promise."""
    announced = _announces_content(sentence, prev, section, ctx, prev_promised)
    if (
        not announced
        and "Kamer" not in sentence
        and not patterns.ADDRESSEE_OR_RETURN_RE.search(sentence)
    ):
        return None
    # A question promises nothing: it is a member's or a committee's ("Kan de minister
    # toezeggen …?", a list of questions quoting an earlier promise), answered elsewhere.
    if sentence.rstrip(" )\u201d\u2019'\"").endswith("?"):
        return None
    if patterns.REPORTED_PROMISE_RE.search(sentence):
        return None
    in_debate_report = debate is not None  # the document itself reports a debate
    named = find_debate(sentence, ctx)
    debate = named or debate
    without_debate = sentence.replace(named.raw, " ") if named else sentence

    read: list[Deadline | None] = []

    def read_deadline() -> Deadline | None:
        if not read:
            read.append(_find_deadline(without_debate, ctx))
        return read[0]

    pattern = _match_commitment(sentence, read_deadline, prev) or (
        "content_promise" if announced else None
    )
    if (
        pattern is None
        and speaker is None
        and not in_debate_report
        and (m := patterns.ANSWERS_IN_DEBATE_RE.search(sentence))
        and not _says_now_or_not(sentence, m)
    ):
        pattern = "answers"  # a letter promising answers in the coming debate (P11d)
    if not pattern:
        return None
    deadline = read_deadline()
    if _orders_this_text(sentence, pattern, speaker, deadline):
        return None
    confidence = patterns.PATTERN_CONFIDENCE[pattern]
    if debate:
        confidence += 0.05
    if deadline:
        confidence += 0.03
    return CommitmentCandidate(
        sentence=sentence,
        # "zal ik dit … doen": what is done is the previous sentence's act.
        subject=(
            prev.strip().rstrip(".")
            if pattern == "pro_act" and prev
            else _commitment_subject(sentence, prev, deadline)
        ),
        deadline=deadline,
        debate=debate,
        confidence=round(min(confidence, 1.0), 2),
        section=section,
        pattern=pattern,
        vehicle=_vehicle(sentence),
        speaker=speaker,
    )


def listed_toezegging(
    item: str, section: str | None, ctx: Context, debate: DebateReference | None
) -> CommitmentCandidate:
    """A toezegging from the chair's closing list: a candidate whatever its phrasing (the chair
    has already decided it is one), attributed to the bewindspersoon it names."""
    deadline = _find_deadline(item, ctx)
    speaker = patterns.LISTED_SPEAKER_RE.match(item)
    confidence = patterns.LISTED_CONFIDENCE + (0.03 if deadline else 0)
    return CommitmentCandidate(
        sentence=item,
        subject=_listed_subject(item, deadline),
        deadline=deadline,
        debate=debate,
        confidence=round(min(confidence, 1.0), 2),
        section=section,
        pattern="debate_toezegging",
        vehicle=_vehicle(item),
        speaker=speaker.group("who") if speaker else None,
    )


def _listed_subject(item: str, deadline: Deadline | None) -> str | None:
    """ "De minister stuurt na de zomer een brief over het ondernemerspact." -> "een brief over
    het ondernemerspact"."""
    m = patterns.LISTED_SPEAKER_RE.match(item)
    rest = item[m.end() :] if m else item
    return clean_subject(rest, deadline)
