"""Stage 1 of the Kamerstuk pipeline: decode bytes, repair extracted text, split sentences.

Input: the raw bytes of a text file (:func:`decode`) or its text (:func:`normalise`).
Output: a :class:`~.model.NormalisedText` (paragraphs, every repair reported, page footers
and footnotes kept aside) and :func:`split_sentences` for the later stages. Text is only
changed by the documented repair rules. Next stage: ``header`` reads the letter's frame
from the paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from .dates import DASH, YEAR
from .model import KamerstukError, NormalisedText, Repair


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split())


# Page footer of the official PDF: "Tweede Kamer, vergaderjaar 2024—2025, 28 676, nr. 474 4".
FOOTER_RE = re.compile(
    rf"^\s*Tweede\s+Kamer,\s+vergaderjaar\s+(?P<y1>{YEAR})\s*[{DASH}/]\s*(?P<y2>\d{{2,4}}),\s+"
    r"(?P<dossier>\d{2,3}[ \u00a0.]?\d{3})(?:\s*-\s*(?P<toev>[A-Z0-9]{1,4}))?,\s+"
    r"nr\.\s*(?P<nr>\d+)(?:\s+(?P<page>\d{1,3}))?\s*$",
    re.IGNORECASE,
)
_BOOKMARK_RE = re.compile(r"\[bookmark:[^\]\n]*\]")  # Word export artefacts in clean texts
TERMINAL_RE = re.compile(r"[.!?:;][\"'\u00bb\u201d\u2019)\]]*$")  # sentence/clause end at EOL


# Fixed dictionary of extraction slips seen in PDF text of Kamerstukken. Only whole words are
# replaced; anything not in this list is left alone.
SLIP_REPAIRS: dict[str, str] = {
    "Jordanié": "Jordanië",
    "Israél": "Israël",
    "Israélische": "Israëlische",
    "Israéliërs": "Israëliërs",
    "Oekraine": "Oekraïne",
    "Oekraines": "Oekraïnes",
    "Oekraiense": "Oekraïense",
    "Oekraieners": "Oekraïeners",
    "Oekrainers": "Oekraïners",
    "industriéle": "industriële",
    "industriele": "industriële",
    "financiéle": "financiële",
    "potentiéle": "potentiële",
    "continuiteit": "continuïteit",
    "Belgié": "België",
    "Italié": "Italië",
    "Servié": "Servië",
    "Syrié": "Syrië",
    "Australié": "Australië",
    "Roemenié": "Roemenië",
    "Slovenié": "Slovenië",
    "Georgié": "Georgië",
    "Tunesié": "Tunesië",
    "Indonesié": "Indonesië",
    "Abdullah Il": "Abdullah II",
    "FIVIM": "FMM",
}
# One alternation (longest first) so a paragraph is scanned once, not once per entry.
_SLIP_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted(SLIP_REPAIRS, key=len, reverse=True))
    + r")(?!\w)"
)

# Hyphenated compounds whose second part starts with a lowercase letter but keep the hyphen.
KNOWN_HYPHEN_COMPOUNDS = frozenset(
    {
        "secretaris-generaal",
        "directeur-generaal",
        "procureur-generaal",
        "inspecteur-generaal",
        "gouverneur-generaal",
        "consul-generaal",
        "minister-president",
        "politiek-militair",
        "politiek-militaire",
        "sociaal-economisch",
        "sociaal-economische",
        "staakt-het-vuren",
        "twee-statenoplossing",
        "lange-termijn-steun",
    }
)
_KNOWN_SECOND_PARTS = frozenset({"generaal", "president"})
_KNOWN_PREFIXES = frozenset({"non", "niet", "ex", "oud"})
# Dutch writes a hyphen where two vowels would otherwise be read as one sound
# ("defensie-industrie", "zee-eend").
_VOWEL_CLASHES = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "oe", "oi", "oo", "ou", "ui", "uu"}
)
_CONJUNCTIONS = frozenset({"en", "of", "als", "tot", "noch"})  # "zowel EU- als NAVO-verband"
_FUNCTION_WORDS = word_set(
    "de het een van in op aan voor met tot te om dat die bij naar over door uit als en of zijn "
    "haar hun deze dit onder tegen tussen zoals waarbij waarmee welke"
)


# --------------------------------------------------------------------------------------------
# decode
# --------------------------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """Decode raw bytes of a text file.

    UTF-8 (with or without BOM) first; UTF-16 only with a BOM; cp1252 only when the bytes are
    not valid UTF-8 and the result still looks like text. Raises :class:`KamerstukError` for
    empty, binary or undecodable input.
    """
    data = bytes(data)
    if not data.strip():
        raise KamerstukError(
            "empty", "Het bestand is leeg.", "The file is empty (no text to import)."
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _encoding_error() from exc
        return _check_text(text)
    if b"\x00" in data or _control_share(data) > 0.02:
        raise _binary_error()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise _encoding_error() from exc
        if _letter_share(text) < 0.6:
            raise _encoding_error() from None
    return _check_text(text)


def _check_text(text: str) -> str:
    if not text.strip():
        raise KamerstukError("empty", "Het bestand is leeg.", "The file is empty.")
    if "\x00" in text:
        raise _binary_error()
    return text


def _control_share(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(data)


_TEXT_PUNCTUATION = frozenset(
    ".,;:!?()'\"-%/&\u2013\u2014\u20ac\u00ab\u00bb\u2018\u2019\u201c\u201d"
)


def _letter_share(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    good = sum(1 for ch in visible if ch.isalnum() or ch in _TEXT_PUNCTUATION)
    return good / len(visible)


def _binary_error() -> KamerstukError:
    return KamerstukError(
        "binary",
        "Dit is geen tekstbestand (binaire inhoud, bijvoorbeeld een PDF of afbeelding). "
        "Lever de tekst van het Kamerstuk aan als .txt.",
        "This is not a text file (binary content such as a PDF or image). "
        "Provide the Kamerstuk as plain text.",
    )


def _encoding_error() -> KamerstukError:
    return KamerstukError(
        "encoding",
        "De tekenset van het bestand wordt niet herkend; sla het op als UTF-8.",
        "The file's character encoding is not recognised; save it as UTF-8.",
    )


# --------------------------------------------------------------------------------------------
# normalise
# --------------------------------------------------------------------------------------------


class _RepairLog:
    """Collects repairs, aggregating identical (kind, before, after) triples into counts."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, str, str], int] = {}

    def add(self, kind: str, before: str, after: str, count: int = 1) -> None:
        if count:
            key = (kind, before, after)
            self._counts[key] = self._counts.get(key, 0) + count

    def repairs(self) -> tuple[Repair, ...]:
        return tuple(Repair(k, b, a, n) for (k, b, a), n in self._counts.items())


@dataclass
class _Footnote:
    text: str


def normalise(text: str) -> NormalisedText:
    """Repair extracted text and split it into paragraphs.

    Rules (each application is reported as a :class:`Repair`):

    * ``bookmark``: strip ``[bookmark: _Hlk...]`` artefacts;
    * ``site_preamble``: drop tkconv's page lines above "Preview document (🔗 origineel)";
    * ``table_row``: a Markdown table row ("| cell | cell |") becomes one line per cell;
    * ``page_footer``: drop "Tweede Kamer, vergaderjaar ..., nr. 474 4" lines (kept in
      ``footers`` for metadata);
    * ``footnote``: in PDF text, move a footnote that interrupts a paragraph behind it;
    * ``dehyphenation`` / ``hyphen_kept``: join words split over a line break, keeping real
      hyphens (capital after the hyphen, acronym before it, known compounds, vowel clashes);
    * ``whitespace``: collapse runs of whitespace;
    * ``extraction_slip``: the fixed :data:`SLIP_REPAIRS` dictionary;
    * ``soft_hyphen`` / ``unicode_nfc``: invisible characters and composed diacritics.
    """
    log = _RepairLog()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n ")
    composed = unicodedata.normalize("NFC", text)
    if composed != text:
        log.add("unicode_nfc", "decomposed diacritics", "composed", 1)
        text = composed
    if "\u00ad" in text:
        log.add("soft_hyphen", "\u00ad", "", text.count("\u00ad"))
        text = text.replace("\u00ad", "")
    text, n = _BOOKMARK_RE.subn("", text)
    log.add("bookmark", "[bookmark: ...]", "", n)
    text = _untable(text, log)
    text = _drop_site_preamble(text, log)

    lines, footers = _remove_footers(text.split("\n"), log)
    layout = "pdf" if _is_wrapped(lines) else "plain"
    if layout == "pdf":
        items = _extract_footnotes(lines, log)
        paragraphs, footnotes = _rebuild_wrapped(items, log)
    else:
        paragraphs, footnotes = _rebuild_plain(lines, log), []
    cleaned = []
    for paragraph in paragraphs:
        paragraph = _collapse_whitespace(paragraph, log)
        paragraph = _repair_slips(paragraph, log)
        if paragraph:
            cleaned.append(paragraph)
    footnotes = [
        _repair_slips(_collapse_whitespace(f, _RepairLog()), _RepairLog()) for f in footnotes
    ]
    return NormalisedText(
        text="\n\n".join(cleaned),
        paragraphs=tuple(cleaned),
        repairs=log.repairs(),
        footers=tuple(footers),
        footnotes=tuple(footnotes),
        layout=layout,
    )


# tkconv's page puts its own lines (title, "Nummer: …, datum: …", related persons, the case and
# its activities) above the document and ends them with "Preview document (🔗 origineel)": the
# document starts after that line. Only when the document itself follows (more than a few
# lines), so a page that is nothing but the site's lines keeps them.
_SITE_PREAMBLE_END_RE = re.compile(r"^[ \t]*Preview document\b[^\n]*$", re.MULTILINE)


def _drop_site_preamble(text: str, log: _RepairLog) -> str:
    m = _SITE_PREAMBLE_END_RE.search(text, 0, 6000)
    if not m or len(text) - m.end() < 200:
        return text
    log.add("site_preamble", "tkconv page lines before 'Preview document'", "", 1)
    return text[m.end() :]


# A page that shows a Word table as Markdown (tkconv's preview: "| De minister van Buitenlandse
# Zaken, D.M. van Weel |" over "|---|"): each cell becomes a line of its own, the rule goes.
_TABLE_ROW_RE = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_TABLE_RULE_RE = re.compile(r"^[\s|:-]*-[\s|:-]*$")


def _untable(text: str, log: _RepairLog) -> str:
    if "|" not in text:
        return text

    def cells(m: re.Match[str]) -> str:
        if _TABLE_RULE_RE.match(m.group("cells")):
            return ""
        return "\n".join(c.strip() for c in m.group("cells").split("|") if c.strip())

    untabled, n = _TABLE_ROW_RE.subn(cells, text)
    log.add("table_row", "| cell | cell |", "one line per cell", n)
    return untabled


def _remove_footers(lines: list[str], log: _RepairLog) -> tuple[list[str], list[str]]:
    kept, footers = [], []
    for line in lines:
        if FOOTER_RE.match(line):
            footers.append(line.strip())
            log.add("page_footer", line.strip(), "", 1)
            kept.append("")  # a footer is a page break: treat it like a blank line
        else:
            kept.append(line)
    return kept, footers


def _is_wrapped(lines: list[str]) -> bool:
    """PDF extractions wrap lines at ~70 chars, so most long lines end mid-sentence."""
    long_lines = [ln.strip() for ln in lines if len(ln.strip()) >= 40]
    if len(long_lines) < 5:
        return False
    if max(len(ln) for ln in long_lines) > 130:
        return False
    open_ended = sum(1 for ln in long_lines if not TERMINAL_RE.search(ln))
    return open_ended / len(long_lines) > 0.5


# A footnote starts with its number and a capital at the start of a line: "1 Het kabinet ...".
_FOOTNOTE_START_RE = re.compile(r"^\s?(\d{1,2})\s+[A-Z(\u2018'\"]")
# ...and the number appears earlier glued to a word as the marker: "dreigingen1."
_FOOTNOTE_MARKER_RE = re.compile(r"[a-zà-ÿ)]{2}(\d{1,2})(?=[\s.,;:)])")


def _extract_footnotes(lines: list[str], log: _RepairLog) -> list[str | _Footnote]:
    """Replace footnote blocks at page bottoms by :class:`_Footnote` items.

    A block starts after a blank line with "<n> <Capital>" where ``n`` was used as a marker
    ("dreigingen1.") and runs until a blank line, the next footnote, or the continuation of
    the interrupted paragraph (a lowercase or page-start line after a closing period).
    """
    markers = {int(m.group(1)) for m in _FOOTNOTE_MARKER_RE.finditer("\n".join(lines))}
    out: list[str | _Footnote] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        start = _FOOTNOTE_START_RE.match(line)
        if start and int(start.group(1)) in markers and (i == 0 or not lines[i - 1].strip()):
            block = [line]
            j = i + 1
            while j < len(lines):
                nxt = lines[j]
                if not nxt.strip():
                    break
                nxt_start = _FOOTNOTE_START_RE.match(nxt)
                if nxt_start and int(nxt_start.group(1)) in markers:
                    break
                prev = block[-1].rstrip()
                if re.search(r"[.)]$", prev) and (nxt.startswith(" ") or nxt.strip()[0].islower()):
                    break  # the interrupted paragraph continues on the next page
                block.append(nxt)
                j += 1
            note = block[0].strip()
            for previous_raw, raw in pairwise(block):
                note = _join_lines(note, raw, previous_raw, log)
            out.append(_Footnote(note))
            log.add("footnote", note[:60] + ("..." if len(note) > 60 else ""), "moved", 1)
            i = j
            continue
        out.append(line)
        i += 1
    return out


def _line_width(items: list[str | _Footnote]) -> float:
    lengths = sorted(len(x.strip()) for x in items if isinstance(x, str) and x.strip())
    if not lengths:
        return 70.0
    return float(lengths[int(0.9 * (len(lengths) - 1))])


def _rebuild_wrapped(items: list[str | _Footnote], log: _RepairLog) -> tuple[list[str], list[str]]:
    """Join wrapped PDF lines into paragraphs.

    A line that is nearly as long as the page width was wrapped and continues on the next
    line; a short line ends its paragraph (headings, signatures, last line of a paragraph).
    Blank lines end a paragraph unless the text clearly runs on (page breaks mid-sentence).
    """
    width = _line_width(items)
    full = 0.75 * width
    paragraphs: list[str] = []
    footnotes: list[str] = []
    pending_notes: list[str] = []
    cur: str | None = None
    last_raw = ""
    after_blank = False

    def flush() -> None:
        if cur is not None:
            paragraphs.append(cur)
        paragraphs.extend(pending_notes)
        footnotes.extend(pending_notes)
        pending_notes.clear()

    for k, item in enumerate(items):
        if isinstance(item, _Footnote):
            pending_notes.append(item.text)
            continue
        line = item.strip()
        if not line:
            after_blank = cur is not None
            continue
        if cur is None:
            cur = line
        else:
            last = last_raw.strip()
            # A line counts as wrapped ("full") when it is long, or when the next word would
            # not have fitted on it (a short line followed by a long word).
            first_word = len(line.split()[0])
            wrapped = len(last) >= full or len(last) + 1 + first_word >= 0.85 * width
            if after_blank:
                join = _continues_after_blank(last, line, wrapped)
            else:
                join = _continues(last, line, _next_is_break(items, k), wrapped, full)
            if join:
                cur = _join_lines(cur, item, last_raw, log)
            else:
                flush()
                cur = line
        last_raw = item
        after_blank = False
    flush()
    return paragraphs, footnotes


def _next_is_break(items: list[str | _Footnote], k: int) -> bool:
    """True when the line after ``items[k]`` is blank or the end of the text."""
    nxt = items[k + 1] if k + 1 < len(items) else ""
    return not isinstance(nxt, str) or not nxt.strip()


def _ends_with_word_hyphen(line: str) -> bool:
    """ "bondge-" yes; "ISSN 0921 -" or "capaciteiten —" no."""
    return len(line) > 1 and line[-1] == "-" and line[-2].isalnum()


def _continues(last: str, line: str, line_then_break: bool, wrapped: bool, full: float) -> bool:
    """Does ``line`` continue the paragraph whose last physical line is ``last``?"""
    if _ends_with_word_hyphen(last):
        return True
    if is_standalone_line(last) or is_standalone_line(line):
        return False
    terminal = bool(TERMINAL_RE.search(last))
    if not wrapped:
        return not terminal and line[:1].islower()
    if not terminal:
        return True
    # A full line that ends a sentence: continue unless the next line is a heading.
    looks_like_heading = len(line) < full and line[:1].isupper() and not TERMINAL_RE.search(line)
    return not (looks_like_heading and line_then_break)


def _continues_after_blank(last: str, line: str, wrapped: bool) -> bool:
    """A blank line inside a sentence is a page break (often where a footer was)."""
    if _ends_with_word_hyphen(last):
        return True
    if not wrapped or TERMINAL_RE.search(last) or is_standalone_line(line):
        return False
    if last.endswith(",") or line[:1].islower():
        return True
    return last.split()[-1].lower() in _FUNCTION_WORDS


# Lines that always stand on their own in a letter: dates, addressee, signature, header lines.
_STANDALONE_RE = re.compile(
    r"^(?:(?:Den Haag|[\u2019'\u2018]s-Gravenhage)\b.*\d{4}$|Aan de Voorzitter\b|Geachte\b|"
    r"Hoogachtend|Met vriendelijke groet|kst-\d|ISSN\b|Nr\.\s*\d+$|Vergaderjaar\s+\d{4}|"
    r"De\s+(?:[Mm]inister|[Ss]taatssecretaris)\b[^.]*,$|(?:[A-Z][a-z]?\.){1,5}\s?[A-Z][\w'-]+$)"
)


def is_standalone_line(line: str) -> bool:
    if _STANDALONE_RE.match(line):
        return True
    # "BRIEF VAN DE MINISTER VAN ...": an all-caps line with some substance.
    return line.isupper() and sum(ch.isalpha() for ch in line) >= 8


def _join_lines(cur: str, raw_next: str, raw_last: str, log: _RepairLog) -> str:
    """Append a wrapped line to ``cur``, undoing hyphenation where appropriate."""
    line = raw_next.strip()
    if not _ends_with_word_hyphen(cur):
        return f"{cur} {line}"
    left_match = re.search(r"[\w'\u2019-]+-$", cur)
    left = left_match.group()[:-1] if left_match else ""
    right_match = re.match(r"[^\W_]+", line)
    right = right_match.group() if right_match else ""
    spaced = raw_last.rstrip("\n").endswith("- ")  # "zowel EU- " + "als": hyphen + space
    decision = _hyphen_decision(left, right, spaced)
    if decision == "suspended":
        return f"{cur} {line}"
    if decision == "keep":
        log.add("hyphen_kept", f"{left}-\n{right}", f"{left}-{right}", 1)
        return cur + line
    joined_left = left.rsplit("-", 1)[-1]
    log.add("dehyphenation", f"{joined_left}-\n{right}", f"{joined_left}{right}", 1)
    return cur[:-1] + line


def _hyphen_decision(left: str, right: str, spaced: bool = False) -> str:
    """``"join"`` (line-break hyphen), ``"keep"`` (real hyphen) or ``"suspended"``."""
    if not right:
        return "keep"
    last_part = left.rsplit("-", 1)[-1]
    if right.lower() in _CONJUNCTIONS or (spaced and right[:1].islower() and len(right) <= 4):
        return "suspended"
    if right[:1].isupper() or right[:1].isdigit():
        return "keep"
    if (len(last_part) >= 2 and last_part.isupper()) or any(ch.isdigit() for ch in last_part):
        return "keep"
    if (
        f"{left}-{right}".lower() in KNOWN_HYPHEN_COMPOUNDS
        or f"{last_part}-{right}".lower() in KNOWN_HYPHEN_COMPOUNDS
        or right.lower() in _KNOWN_SECOND_PARTS
        or last_part.lower() in _KNOWN_PREFIXES
    ):
        return "keep"
    clash = (last_part[-1:] + right[:1]).lower()
    if len(last_part) >= 4 and len(right) >= 4 and clash in _VOWEL_CLASHES:
        return "keep"
    return "join"


def _rebuild_plain(lines: list[str], log: _RepairLog) -> list[str]:
    """Clean text: one line is one paragraph, except an obvious run-on into a lowercase line."""
    paragraphs: list[str] = []
    prev_raw = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            prev_raw = ""
            continue
        if (
            paragraphs
            and prev_raw
            and not TERMINAL_RE.search(paragraphs[-1])
            and not is_standalone_line(paragraphs[-1])
            and not is_standalone_line(line)
            and (line[:1].islower() or _ends_with_word_hyphen(paragraphs[-1]))
        ):
            paragraphs[-1] = _join_lines(paragraphs[-1], raw, prev_raw, log)
        else:
            paragraphs.append(line)
        prev_raw = raw
    return paragraphs


_ODD_WHITESPACE_RE = re.compile(r"\s{2,}|[^\S ]")  # runs, tabs, non-breaking spaces


def _collapse_whitespace(paragraph: str, log: _RepairLog) -> str:
    # Each odd run becomes one space, which is what collapsing every run does (a single
    # space stays one): one pass that also counts them, not a findall and a sub.
    collapsed, odd = _ODD_WHITESPACE_RE.subn(" ", paragraph.strip())
    log.add("whitespace", "multiple/odd whitespace", " ", odd)
    return collapsed


def _repair_slips(paragraph: str, log: _RepairLog) -> str:
    def fix(m: re.Match[str]) -> str:
        wrong = m.group()
        log.add("extraction_slip", wrong, SLIP_REPAIRS[wrong], 1)
        return SLIP_REPAIRS[wrong]

    return _SLIP_RE.sub(fix, paragraph)


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

# Abbreviations after which a period never ends a sentence.
_ABBREVIATIONS = word_set(
    "nr nrs o.a i.c m.b.t t.a.v bijv bv d.w.z o.m z.s.m e.d e.a resp art blz p pag dhr mevr mr "
    "dr drs ir ing prof ca mln mld mrd incl excl d.d i.p.v m.u.v n.a.v t.b.v i.v.m m.n o.b.v "
    "zr.ms hr.ms vgl zgn i.o.m c.s"
)
# "jl." and "a.s." are often mid-sentence ("op 25 oktober jl. wordt") but can end one.
_DATE_ABBREVIATIONS = frozenset({"jl", "j.l", "a.s"})
_INITIALS_RE = re.compile(r"(?:[A-Z][a-z]?\.)*[A-Z][a-z]?")  # "C.C.J", "D.C", "Zr.Ms"
# A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets included), also when a
# footnote number is glued to the period ("strafrechtketen.1 In de brief ...").
_BOUNDARY_RE = re.compile(
    r"[.!?\u2026]+[\"'\u00bb\u201d\u2019)\]]*(?=\s)|(?<=[a-z\u00e0-\u00ff]\.)\d{1,2}(?=\s+[A-Z])|"
    # a year with a footnote glued to it where a web copy lost the period ("op 22 maart 20232
    # Hiermee beantwoord ik …"): the footnote number ends the sentence
    r"(?<=\s(?:19|20)\d\d)\d{1,2}(?=\s+[A-Z][a-z])"
)
_NEXT_CHAR_RE = re.compile(r"\s*(\S)")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without breaking on "jl.", "nr.", "C.C.J." etc."""
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(paragraph):
        following = _NEXT_CHAR_RE.match(paragraph, m.end())
        if not following:
            continue
        nxt = following.group(1)
        if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u00ab\u201c\u2018("):
            continue
        if m.group()[0] == "." and _period_is_abbreviation(paragraph, m.start(), nxt):
            continue
        sentences.append(paragraph[start : m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


_TOKEN_AT_END_RE = re.compile(r"[\w.]+$")


def _period_is_abbreviation(text: str, end: int, nxt: str) -> bool:
    """Is the period at ``text[end]`` part of an abbreviation such as "nr." or "C.C.J."?"""
    token_match = _TOKEN_AT_END_RE.search(text, max(0, end - 40), end)
    if not token_match:
        return False
    token = token_match.group()
    lowered = token.lower()
    if lowered in _DATE_ABBREVIATIONS:
        return not nxt.isupper()
    if lowered in _ABBREVIATIONS or lowered.rsplit(".", 1)[-1] in {"ms", "nr", "nrs"}:
        return True
    return bool(_INITIALS_RE.fullmatch(token))
