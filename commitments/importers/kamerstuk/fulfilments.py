"""Stage 5: fulfilment statements, and matching them to open commitments.

Input: one sentence at a time (:func:`fulfilment_pattern`, :func:`fulfilment_subject`), and
later the statements plus the open commitments of the register as ``(key, text)``
(:func:`match_fulfilments`). Output: the name of the fulfilment pattern and the subject of a
:class:`~.model.FulfilmentStatement`; a ranked :class:`~.model.FulfilmentMatch` per statement
(:func:`similarity`: weighted token cosine plus sequence ratio). The phrasing lives in
``patterns``. Next stage: ``signals`` decides whether the text is a Kamerstuk at all, and
``parse`` assembles the result; ``store`` calls :func:`match_fulfilments` on import.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Hashable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from . import patterns
from .commitments import clean_subject
from .dates import MONTH
from .model import FulfilmentMatch, FulfilmentStatement
from .text import word_set

DUTCH_STOPWORDS = word_set(
    "aan al alle als ben bij dan dat de deze die dit door een en er had heb hebben heeft het "
    "hier hij hun ik in is je kan kon maar met na naar niet nog nu of om omdat ons onze ook op "
    "over te ten ter tot tussen u uit uw van veel voor want was waren wat wel werd wij wordt "
    "worden zal ze zich zij zijn zo zoals zou zullen hierover daarover welk welke"
)


# A web page's title of the document ("Waterbeleid; Brief regering; Stand van zaken … en over
# de invulling van een aantal moties en toezeggingen", "Officiële titel …"): it names what the
# letter is about, it states nothing.
_PAGE_TITLE_RE = re.compile(r"(?:^|;\s*)Brief regering\s*;|^Officiële titel\b")


# This letter's order with a verb in the present ("Ten slotte ga ik in op …"); with "zal" it is
# a promise's sequence or this letter's (``LETTER_ORDER_RE``), read elsewhere.
_THIS_LETTERS_ORDER_RE = re.compile(
    r"^\s*(?:Allereerst|Eerst|Ten\s+eerste|Vervolgens|Daarna|Ten\s+tweede|Ten\s+derde|Tot\s+slot|"
    r"Ten\s+slotte|Tenslotte|Afsluitend)\s*,?\s+(?:ga|gaan|geef|geven|informeer|informeren|schets|"
    r"schetsen|licht|lichten)\s+(?:ik|wij|we)\b"
)


# A footnote number glued to a word ("kom ik mijn toezegging1 na", "aangekondigd1,"): read
# without it, as the word it is.
_GLUED_NOTE_RE = re.compile(r"(?<=[a-z\u00e0-\u00ff]{3})\d{1,2}(?=[\s,;:.)])")


def fulfilment_pattern(sentence: str) -> str | None:
    if not any(keyword in sentence for keyword in patterns.FULFILMENT_KEYWORDS):
        return None
    sentence = _GLUED_NOTE_RE.sub("", sentence)
    if _PAGE_TITLE_RE.search(sentence) or patterns.COMMITTEE_ACTS_RE.search(sentence):
        return None
    # The promise and this document's delivery in one sentence: "Hierbij stuur ik u het
    # rapport dat ik in het commissiedebat heb toegezegd" (F2 within one sentence).
    if (
        patterns.DELIVERY_NOW_RE.search(sentence)
        and government_promise_report(sentence)
        and not patterns.DELIVERY_NOT_RE.search(sentence)
        and not patterns.GOV_WILL_RE.search(sentence)
    ):
        return "promised_and_delivered"
    for name, pattern in patterns.FULFILMENT_RES:
        m = pattern.search(sentence)
        if m:
            if name == "gestand" and patterns.GESTAND_NOT_NOW_RE.search(sentence):
                continue
            if name in ("fulfils_now", "kom_na") and patterns.FULFIL_NOT_NOW_RE.search(
                sentence, _clause_start(sentence, m.start()), m.end()
            ):
                continue
            if name == "afgedaan" and patterns.AFGEDAAN_NOT_NOW_RE.search(
                sentence, _clause_start(sentence, m.start()), m.end()
            ):
                continue
            # "Ter uitvoering van mijn toezegging zal ik u in mei informeren": still to come
            # (but "In deze Kamerbrief zal ik een toelichting geven" is this letter, now)
            if (
                name in ("fulfils_now", "invulling")
                and patterns.GOV_WILL_RE.search(sentence)
                and not patterns.PRESENT_MARKER_RE.search(sentence)
            ):
                continue
            # "Ik informeer u in het najaar over de lopende toezeggingen": the present with a
            # time to come is a promise, unless the sentence says it is this document
            if (
                name == "informs_about_commitment"
                and not patterns.PRESENT_MARKER_RE.search(sentence)
                and any(deadline.search(sentence) for _, deadline in patterns.DEADLINE_RES)
            ):
                continue
            return name
    if (
        (
            patterns.AS_PROMISED_RE.search(sentence)
            or patterns.IN_LINE_WITH_PROMISE_RE.search(sentence)
        )
        and (
            patterns.PRESENT_MARKER_RE.search(sentence)
            or patterns.GLADLY_NOW_RE.search(sentence)
            # "Ten slotte ga ik in op …, zoals toegezegd": this letter's order, in the present
            or _THIS_LETTERS_ORDER_RE.match(sentence)
        )
        and patterns.INFORM_NOW_RE.search(sentence)
    ) or (
        patterns.AS_PROMISED_RE.search(sentence)
        and (then := patterns.AS_PROMISED_THEN_VERB_RE.search(sentence))
        and not patterns.GOV_WILL_RE.search(sentence)
        # "Zoals toegezegd stuur ik u binnenkort …": still to come (by the verb; "gaan we in op
        # het … uitgesteld onderhoud" is what the letter is about)
        and not patterns.POSTPONED_RE.search(sentence, 0, then.end() + 20)
    ):
        return "as_promised_now"
    if (
        patterns.AS_PROMISED_RE.search(sentence)
        and patterns.DELIVERS_FIRST_RE.match(sentence)
        and not patterns.GOV_WILL_RE.search(sentence)
        and not patterns.POSTPONED_RE.search(sentence)
        and not any(pattern.search(sentence) for _, pattern in patterns.DEADLINE_RES)
    ):
        return "as_promised_now"
    if (
        patterns.IN_LINE_WITH_PROMISE_RE.search(sentence)
        and patterns.ALSO_NOW_RE.match(sentence)
        and not patterns.GOV_WILL_RE.search(sentence)
        and not _names_a_time(sentence)
    ):
        return "as_promised_now"
    # "Naar aanleiding van mijn toezegging tijdens het commissiedebat … informeer ik u over …":
    # the promise fronted, the main clause this letter's present act (the verb before its
    # subject), no delay and nothing still to come.
    fronted = patterns.IN_LINE_WITH_PROMISE_RE.match(sentence)
    if (
        fronted
        and patterns.INFORM_NOW_RE.search(sentence, fronted.end())
        and not patterns.GOV_WILL_RE.search(sentence)
        and not patterns.POSTPONED_RE.search(sentence)
        and not patterns.DELIVERY_NOT_RE.search(sentence)
    ):
        return "as_promised_now"
    return None


# A dated reference to an earlier document or debate ("in de Kamerbrief van 10 juli 2024",
# "het debat van 8 september jl."): a date of the past, no time still to come.
_DATED_REFERENCE_RE = re.compile(rf"\bvan\s+\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}}|\s+jl\.)?")


def _names_a_time(sentence: str) -> bool:
    """Whether the sentence states a time to come (a deadline), dated references aside."""
    rest = _DATED_REFERENCE_RE.sub(" ", sentence)
    return any(pattern.search(rest) for _, pattern in patterns.DEADLINE_RES)


# A bracketed reference inside a sentence ("in het Algemeen Overleg van 27 januari 2011
# (Kamerstuk 23 645, nr. 414) toegezegd"): its periods end no clause.
_BRACKETED_REFERENCE_RE = re.compile(r"\((?:Kamerstuk|Handelingen|Aanhangsel)[^()]{0,120}\)")


def without_references(sentence: str) -> str:
    """The sentence without its bracketed references, for patterns that stop at a period."""
    return _BRACKETED_REFERENCE_RE.sub("", sentence)


def government_promise_report(sentence: str) -> bool:
    """The sentence reports an earlier promise by the government, not another party's."""
    sentence = without_references(sentence)
    return bool(
        patterns.PROMISE_REPORT_RE.search(sentence)
        and not patterns.OTHER_PARTY_PROMISE_RE.search(sentence)
    )


def _clause_start(sentence: str, pos: int) -> int:
    return max(sentence.rfind(";", 0, pos), sentence.rfind(":", 0, pos)) + 1


def fulfilment_subject(sentence: str, pattern: str) -> str | None:
    if pattern == "promise_then_delivery":
        # "In de brief is toegezegd dat uw Kamer ... zal worden geïnformeerd over X" -> X;
        # "heb ik u een brief toegezegd over X" -> "een brief ... over X".
        m = patterns.PROMISE_REPORT_RE.search(sentence)
        rest = sentence[m.end() :] if m else sentence
        over = patterns.OVER_RE.search(rest) or patterns.OVER_RE.search(sentence)
        return clean_subject("over " + over.group("rest"), None) if over else None
    if pattern in ("delivers_promised", "promised_for_this"):
        # "… toegezegde brief aan over X" -> "over X"; "toegezegd in deze brief vooruit te
        # blikken naar …" -> what follows "deze brief".
        regex = (
            patterns.DELIVERED_PROMISED_RE
            if pattern == "delivers_promised"
            else patterns.PROMISED_FOR_THIS_RE
        )
        m = regex.search(sentence)
        rest = sentence[m.end() :] if m else ""
        over = patterns.OVER_RE.search(rest)
        if over:
            return clean_subject("over " + over.group("rest"), None)
        return clean_subject(sentence[m.start() :], None) if m else None
    if pattern == "as_promised_now":
        verb = patterns.INFORM_NOW_RE.search(sentence)
        m = patterns.OVER_RE.search(sentence[verb.end() :]) if verb else None
        return clean_subject("over " + m.group("rest"), None) if m else None
    m = patterns.TOEZEGGING_TAIL_RE.search(sentence)
    if not m:
        return None
    rest = m.group("rest")
    om = patterns.OM_CLAUSE_RE.search(rest)
    if om:
        rest = om.group("what")
    else:
        rest = patterns.MADE_IN_DEBATE_RE.sub("", rest)
        rest = patterns.LEADING_LINK_WORD_RE.sub("", rest)
    rest = patterns.TRAILING_GESTAND_RE.sub("", rest.strip())
    return rest.strip().rstrip(".").strip() or None


# --------------------------------------------------------------------------------------------
# Matching fulfilments to open commitments
# --------------------------------------------------------------------------------------------

# Boilerplate that every commitment shares ("uw Kamer nader informeren over de vraag ...").
_MATCH_STOPWORDS = DUTCH_STOPWORDS | word_set(
    "kamer nader informeren geinformeerd informatie toezegging toegezegd kabinet minister vraag "
    "stellen hoogte brief sturen berichten gedaan tijdens debat commissiedebat"
)


class _AccentTable(dict):
    """``str.translate`` table that strips diacritics, filled one character at a time.

    Decomposing each character on its own gives the same result as decomposing the whole
    text: NFKD never combines characters, and the only reordering it does is among combining
    marks, which are all dropped.
    """

    def __missing__(self, codepoint: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(codepoint))
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        self[codepoint] = stripped
        return stripped


_ACCENTS = _AccentTable()
_MATCH_WORD_RE = re.compile(r"[a-z0-9]+")


def _strip_accents(text: str) -> str:
    return text.translate(_ACCENTS)


def _stem(word: str) -> str:
    for suffix in ("heden", "heid", "en", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def _match_tokens(text: str) -> tuple[str, ...]:
    """Content tokens of a text (cached: a register compares the same texts again and again)."""
    words = _MATCH_WORD_RE.findall(_strip_accents(text.lower()))
    return tuple(_stem(w) for w in words if w not in _MATCH_STOPWORDS and len(w) > 1)


_WORD_RE = re.compile(r"\w+")


def content_words(text: str, min_length: int = 4) -> list[str]:
    """The words of ``text`` (as written) that matching weighs: not a stopword, not
    commitment boilerplate ("uw Kamer informeren"), at least ``min_length`` letters."""
    return [
        word
        for word in _WORD_RE.findall(text)
        if len(word) >= min_length and _strip_accents(word.lower()) not in _MATCH_STOPWORDS
    ]


def _token_similarity(ta, sa: set, tb, sb: set, weight: dict[str, float]) -> float:
    """:func:`similarity` of two tokenised texts (``sa``/``sb`` are the sets of ``ta``/``tb``)."""
    if not ta or not tb:
        return 0.0
    shared = sa & sb
    if not shared:
        # No token in common: cosine and sequence ratio are both 0.
        return 0.0

    def w(t: str) -> float:
        return weight.get(t, 1.0) ** 2

    overlap = sum(w(t) for t in shared)
    cosine = overlap / math.sqrt(sum(w(t) for t in sa) * sum(w(t) for t in sb))
    ratio = SequenceMatcher(None, ta, tb, autojunk=False).ratio()
    return round(min(1.0, 0.75 * cosine + 0.25 * ratio), 4)


def similarity(a: str, b: str, idf: dict[str, float] | None = None) -> float:
    """Similarity in [0, 1] of two commitment texts.

    Both texts are lower-cased, stripped of diacritics, Dutch stopwords and commitment
    boilerplate ("uw Kamer nader informeren over de vraag"), and lightly stemmed. The score
    is ``0.75 * weighted cosine of the token sets`` (weights are IDF over the candidate set,
    so words every commitment shares count less) ``+ 0.25 * difflib ratio`` of the token
    sequences (rewards the same word order).
    """
    ta, tb = _match_tokens(a), _match_tokens(b)
    return _token_similarity(ta, set(ta), tb, set(tb), idf or {})


def match_fulfilments(
    statements: Iterable[FulfilmentStatement | str],
    open_commitments: Iterable[tuple[Hashable, str]],
    threshold: float = 0.3,
) -> list[FulfilmentMatch]:
    """Rank open commitments ``(key, text)`` for every fulfilment statement.

    Uses :func:`similarity` with IDF weights computed over the commitment texts. Each
    statement gets one :class:`FulfilmentMatch`; ``key`` is the best candidate when its score
    is at least ``threshold``, else ``None``. Ties keep the input order.
    """
    commitments = [(key, _match_tokens(text)) for key, text in open_commitments]
    token_sets = [set(tokens) for _, tokens in commitments]
    n = len(token_sets)
    df: dict[str, int] = {}
    for tokens in token_sets:
        for t in tokens:
            df[t] = df.get(t, 0) + 1
    idf = {t: math.log((n + 1) / (c + 0.5)) + 1.0 for t, c in df.items()}
    results = []
    for statement in statements:
        if isinstance(statement, FulfilmentStatement):
            text = statement.subject or statement.sentence
        else:
            text = statement
        ta = _match_tokens(text)
        sa = set(ta)
        scored = [
            (key, _token_similarity(ta, sa, tb, sb, idf))
            for (key, tb), sb in zip(commitments, token_sets, strict=True)
        ]
        ranked = tuple(sorted(scored, key=lambda kv: -kv[1]))
        best_key, best_score = ranked[0] if ranked else (None, 0.0)
        results.append(
            FulfilmentMatch(
                statement=statement,
                key=best_key if best_score >= threshold else None,
                score=best_score,
                candidates=ranked,
            )
        )
    return results
