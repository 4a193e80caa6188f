"""Pure-Python text core for importing Kamerstukken (Dutch parliamentary papers).

Pipeline::

    decode(bytes) -> str
    normalise(str) -> NormalisedText      # PDF repairs, paragraphs, reported repairs
    parse(str) -> ParsedKamerstuk         # metadata, sections, citations, commitments, ...
    match_fulfilments(statements, open_commitments) -> [FulfilmentMatch]

Everything here is standard library only (no Django), deterministic and conservative:
text is only changed by the documented repair rules, and every repair is reported.
Unknown values are ``None``; nothing is invented.

One module per stage, in pipeline order: ``text`` (decode, normalise, sentences), ``header``
(letter layout, metadata, kind), ``structure`` (meeting, sections, citations),
``commitments`` (candidates, deadlines, debates), ``fulfilments`` (statements, matching),
``signals`` (is it a Kamerstuk); ``parse`` runs them. ``patterns`` holds the phrasing tables
for commitments and fulfilments, ``dates`` the date expressions, ``model`` the result types.
"""

from .dates import MONTHS, resolve_date
from .fulfilments import DUTCH_STOPWORDS, content_words, match_fulfilments, similarity
from .model import (
    DOCUMENT_KINDS,
    SECTION_KINDS,
    Citation,
    CommitmentCandidate,
    Deadline,
    DebateReference,
    FulfilmentMatch,
    FulfilmentStatement,
    KamerstukError,
    Meeting,
    Metadata,
    NormalisedText,
    ParsedKamerstuk,
    Repair,
    Section,
)
from .parse import parse, parse_bytes
from .signals import kamerstuk_signals, looks_like_kamerstuk
from .text import KNOWN_HYPHEN_COMPOUNDS, SLIP_REPAIRS, decode, normalise, split_sentences

__all__ = [
    "DOCUMENT_KINDS",
    "DUTCH_STOPWORDS",
    "KNOWN_HYPHEN_COMPOUNDS",
    "MONTHS",
    "SECTION_KINDS",
    "SLIP_REPAIRS",
    "Citation",
    "CommitmentCandidate",
    "Deadline",
    "DebateReference",
    "FulfilmentMatch",
    "FulfilmentStatement",
    "KamerstukError",
    "Meeting",
    "Metadata",
    "NormalisedText",
    "ParsedKamerstuk",
    "Repair",
    "Section",
    "content_words",
    "decode",
    "kamerstuk_signals",
    "looks_like_kamerstuk",
    "match_fulfilments",
    "normalise",
    "parse",
    "parse_bytes",
    "resolve_date",
    "similarity",
    "split_sentences",
]
