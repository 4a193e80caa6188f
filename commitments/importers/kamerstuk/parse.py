"""The pipeline: run the stages over one document and assemble a :class:`ParsedKamerstuk`.

Input: the text of one Kamerstuk (:func:`parse`) or its bytes (:func:`parse_bytes`).
Output: a :class:`~.model.ParsedKamerstuk`. The stages, in order: ``text`` (decode,
normalise, sentences), ``header`` (layout, metadata), ``structure`` (meeting, sections,
citations), ``commitments`` and ``fulfilments`` (per sentence), ``signals`` (strict check).
Next: ``store`` turns the result into a proposal for the register.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from . import patterns
from .commitments import Context, commitment_candidate, find_debate, listed_toezegging
from .debate import closing_toezeggingen, document_debate, speaker_turns
from .fulfilments import (
    fulfilment_pattern,
    fulfilment_subject,
    government_promise_report,
    without_references,
)
from .header import Layout, read_layout, read_metadata
from .kinds import NON_GOVERNMENT_SENDER_RE
from .model import CommitmentCandidate, FulfilmentStatement, KamerstukError, ParsedKamerstuk
from .signals import find_signals, require_kamerstuk
from .structure import CONFIDENTIAL_RE, extract_citations, extract_meeting, extract_sections
from .text import decode, normalise, split_sentences


def parse_bytes(data: bytes, *, strict: bool = True) -> ParsedKamerstuk:
    """``parse(decode(data))``."""
    return parse(decode(data), strict=strict)


def parse(text: str, *, strict: bool = True) -> ParsedKamerstuk:
    """Parse one Kamerstuk.

    With ``strict`` (the default) a text that is not Dutch or carries no parliamentary
    signal raises :class:`KamerstukError`.
    """
    if not text or not text.strip():
        raise KamerstukError("empty", "De tekst is leeg.", "The text is empty.")
    norm = normalise(text)
    paras = list(norm.paragraphs)
    layout = read_layout(paras)
    metadata = read_metadata(layout, norm)
    metadata = replace(
        metadata,
        meeting=extract_meeting(
            layout.title,
            layout.cover,
            layout.body,
            metadata.kind,
            metadata.date,
            metadata.vergaderjaar,
            norm.text,
        ),
    )
    sections, owner = extract_sections(paras, layout.content_start, layout.body_end)
    meeting = metadata.meeting
    ctx = Context(
        reference=metadata.date or (meeting.start if meeting else None),
        vergaderjaar=metadata.vergaderjaar,
    )
    scan = [(i, paras[i]) for i in layout.scannable(len(paras))]
    turns = speaker_turns(paras)
    debate = document_debate(paras, ctx.reference, ctx.vergaderjaar)
    commitments, fulfilments, confidential = _scan_sentences(scan, owner, ctx, turns, debate)
    if not layout.signatures and any(NON_GOVERNMENT_SENDER_RE.match(p) for p in paras[:12]):
        commitments = []  # the Rekenkamer's or a committee's own undertakings (N3)
    if not turns:
        fulfilments += _opening_promises(paras, layout, owner, fulfilments, ctx)
    listed = closing_toezeggingen(paras, turns)
    in_list = {i for i, _ in listed}
    commitments = [c for c in commitments if not _in_listed(c, paras, in_list)] + [
        _named_speaker(listed_toezegging(item, owner.get(i), ctx, debate), turns)
        for i, item in listed
    ]
    parsed = ParsedKamerstuk(
        metadata=metadata,
        sections=tuple(sections),
        citations=tuple(extract_citations((p for _, p in scan), metadata.kst_id)),
        confidential_mentions=tuple(confidential),
        commitments=tuple(commitments),
        fulfilments=tuple(fulfilments),
        signals=find_signals(
            norm.text,
            layout.header,
            norm.footers,
            layout.signatures,
            layout.title,
            paras,
            metadata,
        ),
        normalised=norm,
    )
    if strict:
        require_kamerstuk(parsed)
    return parsed


def _named_speaker(candidate: CommitmentCandidate, turns: dict) -> CommitmentCandidate:
    """ "De minister stuurt ..." in the chair's list -> the one minister who spoke
    ("Minister Uitermark"); left as listed when several could be meant."""
    role = (candidate.speaker or "").lower().removeprefix("de ").strip()
    spoke = {t.speaker for t in turns.values() if t.role == "government"}
    named = [s for s in spoke if s.lower().removeprefix("de ").startswith(role)] if role else []
    return replace(candidate, speaker=named[0]) if len(named) == 1 else candidate


def _in_listed(candidate: CommitmentCandidate, paras: list[str], listed: set[int]) -> bool:
    """A sentence of the chair's closing list: it becomes a listed toezegging instead."""
    return any(candidate.sentence in paras[i] for i in listed)


def _scan_sentences(
    scan: list[tuple[int, str]],
    owner: dict[int, str],
    ctx: Context,
    turns: dict | None = None,
    debate=None,
) -> tuple[list[CommitmentCandidate], list[FulfilmentStatement], list[str]]:
    """Commitment candidates, fulfilment statements and confidential-annex sentences.

    In a debate only the bewindspersonen's turns can hold a promise or a fulfilment: what a
    member or the chair says about a minister is no promise by the minister (N5, N6).
    A sentence that reports an earlier promise followed by one that delivers it now
    ("In de brief is toegezegd ... ontvangt u deze brief nu") is one fulfilment statement
    (F2), recorded with the promise sentence, which says what was promised.
    """
    turns = turns or {}
    commitments: list[CommitmentCandidate] = []
    fulfilments: list[FulfilmentStatement] = []
    confidential: list[str] = []
    delivered: set[str] = set()
    prev: str | None = None
    before_prev: str | None = None
    for i, paragraph in scan:
        section = owner.get(i)
        turn = turns.get(i)
        if turn and turn.role != "government":
            prev = before_prev = None
            continue
        speaker = turn.speaker if turn else None
        for sentence in split_sentences(paragraph):
            if CONFIDENTIAL_RE.search(sentence):
                confidential.append(sentence)
            fulfil = fulfilment_pattern(sentence)
            if fulfil and speaker is not None and not patterns.PRESENT_MARKER_RE.search(sentence):
                # said in a debate, "Die toezegging doe ik uiteraard gestand" is the promise to
                # keep it: a debate delivers no document ("hierbij" would say it does)
                fulfil = None
            promise = _reported_promise(prev, before_prev, sentence)
            if promise and promise[0] in delivered:
                # the promise sentence delivered itself ("Hierbij ontvangt u ..., zoals ik heb
                # toegezegd"): a later delivery is another thing, not the rest of that one
                promise = None
            reported = promise is not None
            if reported and not fulfil:
                for old in promise:
                    if commitments and commitments[-1].sentence == old:
                        commitments.pop()  # the report of the old promise is no new one (N5)
                fulfilments.append(
                    FulfilmentStatement(
                        sentence=" ".join((*promise, sentence)),
                        subject=fulfilment_subject(promise[0], "promise_then_delivery"),
                        debate=find_debate(promise[0], ctx),
                        section=section,
                        pattern="promise_then_delivery",
                    )
                )
            elif fulfil:
                delivered.add(sentence)
                subject = fulfilment_subject(sentence, fulfil)
                if reported:
                    subject = fulfilment_subject(promise[0], "promise_then_delivery") or subject
                fulfilments.append(
                    FulfilmentStatement(
                        sentence=sentence,
                        subject=subject,
                        debate=find_debate(sentence, ctx),
                        section=section,
                        pattern=fulfil,
                    )
                )
            else:
                candidate = commitment_candidate(
                    sentence,
                    prev,
                    section,
                    ctx,
                    speaker=speaker,
                    debate=debate,
                    prev_promised=bool(commitments) and commitments[-1].sentence == prev,
                )
                if candidate:
                    commitments.append(candidate)
            before_prev, prev = prev, sentence
    return commitments, fulfilments, confidential


# A sentence of prose (not a heading or a list item): five words or more ending in a period.
_PROSE_RE = re.compile(r"^(?:\S+\s+){4,}.*\.$")


def _opening_promises(
    paras: list[str],
    layout: Layout,
    owner: dict[int, str],
    found: list[FulfilmentStatement],
    ctx: Context,
) -> list[FulfilmentStatement]:
    """F1 by position for the letter and for each of its sections without a fulfilment: a
    verzamelbrief keeps one promise per topic, each section opening with the promise it keeps
    ("Vastleggen 10.000 vliegtuigbewegingen" / "Ik heb uw Kamer toegezegd of …")."""
    ranges = [(layout.content_start, layout.body_end, None)] if not found else []
    for title, group in groupby(sorted(owner), key=owner.get):
        indices = list(group)
        ranges.append((indices[0], indices[-1] + 1, title))
    kept = {f.sentence for f in found}
    openings = []
    for start, end, title in ranges:
        if title and any(sentence in " ".join(paras[start:end]) for sentence in kept):
            continue
        # a section that only restates the promise delivers nothing (yet)
        opening = _opening_promise(paras, start, end, ctx, goes_on=title is not None)
        if opening and opening.sentence not in kept:
            kept.add(opening.sentence)
            openings.append(replace(opening, section=title))
    return openings


def _opening_promise(
    paras: list[str], start: int, end: int, ctx: Context, *, goes_on: bool = False
) -> FulfilmentStatement | None:
    """F1 by position: the letter opens (its first two sentences of prose) with the promise it
    keeps, neither the opening nor the three sentences after it signal a delay, deliver
    something else (a request, a motie) or say "niet", and none of the five after it makes a
    new promise (as an uitstelbrief does). With ``goes_on`` (a section) the part must say more
    than the promise: two sentences of prose at least."""
    sentences = [s.strip() for p in paras[start:end] for s in split_sentences(p)]
    prose = [i for i, s in enumerate(sentences) if _PROSE_RE.match(s)][:2]
    if goes_on and len(prose) < 2:
        return None
    for n in prose:
        sentence = sentences[n]
        if not patterns.OPENING_PROMISE_RE.search(without_references(sentence)):
            continue
        following = sentences[: n + 4]
        # an uitstelbrief may explain at length before it gives the new date: a new promise
        # up to five sentences on still makes the opening a report of the late one (F5)
        later = sentences[: n + 6]
        if any(
            patterns.POSTPONED_RE.search(s)
            or patterns.GOV_WILL_RE.search(s)
            or _delivers_other(patterns.MOTIE_AS_OCCASION_RE.sub(" ", s), opening=k == n)
            for k, s in enumerate(following)
        ) or any(
            commitment_candidate(s, p, None, ctx)
            for p, s in zip(later[n:], later[n + 1 :], strict=False)
        ):
            return None
        return FulfilmentStatement(
            sentence=sentence,
            subject=fulfilment_subject(sentence, "promise_then_delivery"),
            debate=find_debate(sentence, ctx),
            section=None,
            pattern="opens_with_promise",
        )
    return None


def _delivers_other(sentence: str, *, opening: bool) -> bool:
    """The sentence delivers something else or says the promise is not kept. After the opening
    a plain "niet" or "geen" is the letter's content ("dat … geen sprake is van …"); a delay
    there is read by ``POSTPONED_RE`` ("niet haalbaar", "nog niet")."""
    return any(
        opening or m.group().lower() not in ("niet", "geen")
        for m in patterns.DELIVERY_NOT_RE.finditer(sentence)
    )


def _reported_promise(
    prev: str | None, before_prev: str | None, sentence: str
) -> tuple[str, ...] | None:
    """The sentences from an earlier promise up to ``sentence``, when ``sentence`` delivers it
    now (F2): the promise in the sentence before, or in the one before that with a neutral
    sentence between ("heb ik aangegeven het u te zullen toesturen. Het eindrapport is
    inmiddels gereed. U ontvangt het als bijlage bij deze brief")."""
    if (
        not patterns.DELIVERY_NOW_RE.search(sentence)
        or patterns.DELIVERY_NOT_RE.search(sentence)
        # "Hierbij bericht ik u dat het gestand doen van deze toezeggingen nog enige tijd gaat
        # duren": this letter says the promise is late (F5), it does not deliver it
        or patterns.POSTPONED_RE.search(sentence)
    ):
        return None
    if prev is not None and government_promise_report(prev):
        return (prev,)
    if (
        before_prev is not None
        and prev is not None
        and government_promise_report(before_prev)
        and not patterns.DELIVERY_NOT_RE.search(prev)
    ):
        return (before_prev, prev)
    return None
