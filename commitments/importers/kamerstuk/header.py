"""Stage 2: the frame of the letter and its metadata (header block, footers, signature, kind).

Input: the paragraphs and footers of a :class:`~.model.NormalisedText`. Output: a
:class:`Layout` (where the header block, covering letter, title, body and closing signature
are) and the document's :class:`~.model.Metadata` (dossier, nr., vergaderjaar, date, sender,
kind, title; the meeting is added by ``structure``). Next stage: ``structure`` splits the
body into sections and reads the meeting and citations.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from .dates import (
    DAY,
    MONTH,
    PLACE_DATE_RE,
    SINGLE_DATE_RE,
    VERGADERJAAR_RE,
    YEAR,
    date_from_match,
    numeric_date_line,
    sitting_date,
)
from .debate import is_transcript
from .kinds import document_kind, is_date_line, looks_like_title
from .model import Metadata, NormalisedText
from .text import FOOTER_RE

# --------------------------------------------------------------------------------------------
# Header, footer, signature
# --------------------------------------------------------------------------------------------

_HEADER_DOSSIER_RE = re.compile(
    r"^(?P<number>\d{2,3}[ \u00a0.]?\d{3})(?:\s*-\s*(?P<toev>[A-Z0-9]{1,4}))?$"
)
# "Nr. 156" on its own line, or with the kind after it on the same line when the PDF text
# keeps the tab between them ("Nr. 156    BRIEF VAN DE MINISTER VAN FINANCIËN").
_HEADER_NR_RE = re.compile(
    r"^Nr\.\s*(?P<nr>\d+)(?:\s+(?P<rest>(?:BRIEF|VERSLAG|GEANNOTEERDE AGENDA|NOTA|MEMORIE|LIJST|"
    r"MOTIE|AMENDEMENT)\b.*))?$",
    re.IGNORECASE,
)
KST_RE = re.compile(r"\bkst-(?P<dossier>\d{4,6})(?:-(?P<toev>[A-Z0-9]{1,4}))?-(?P<nr>\d+)\b")
_HEADER_DOCTYPE_RE = re.compile(
    r"^(?P<type>BRIEF|VERSLAG|GEANNOTEERDE AGENDA|NOTA|MEMORIE|LIJST|MOTIE|AMENDEMENT)\b"
    # (not the "A" of a glued "Aan de Voorzitter": the name ends before a lower-case letter)
    r"(?:\s+VAN\s+(?:DE|HET)\s+(?P<who>[A-Z][A-Z\u00c0-\u00de \-]*[A-Z\u00c0-\u00de](?![a-z])))?"
)
# A comma inside a function belongs to it when a ministry name goes on after it ("Minister
# van Onderwijs, Cultuur en Wetenschap", "Minister-President, Minister van Algemene Zaken"):
# the next words are capitalised and followed by another comma or "en" ("Volkshuisvesting,
# Ruimtelijke Ordening en Milieubeheer"), or it is "Minister".
_FUNCTION_COMMA = r",\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,|\s+en\s)|[Mm]inister\b)"
# Titles before the initials of a signatory ("mw. dr. J. Bussemaker", "drs. J.G. de Vries",
# "Mr. J.G. de Hoop Scheffer"): they are no part of the name the register keeps.
_NAME_TITLE = r"(?i:mw|mevr|dhr|drs|dr|mr|ir|ing|prof|ds)\.\s*"
# The title of a signing office, and the office with its ministry ("Minister voor
# Ontwikkelingssamenwerking"), as the signature forms below read them.
_OFFICE_TITLE = r"(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris)"
_NAMED_OFFICE = rf"{_OFFICE_TITLE}\s+(?:van|voor)\s+[A-Z](?:[^,.;]|{_FUNCTION_COMMA})"
# "…, mede namens de Minister voor Wonen, Wijken en Integratie," is no part of the office; a
# title may come before the initials on the same line ("de minister voor Jeugd en Gezin, mr. A.
# Rouvoet").
SIGNATURE_RE = re.compile(
    # "Mede namens de Minister van …, De Minister voor …, A. Slob" on one line
    rf"^(?:Mede\s+namens\s+[^,;.]{{0,120}},\s+)?(?:De|de)\s+(?P<function>{_OFFICE_TITLE}\b"
    rf"(?:[^,.;]|{_FUNCTION_COMMA}){{0,140}}?)(?:,?\s+mede\s+namens\s+[^.;]{{0,140}}?)?\s*,\s*"
    rf"(?P<name>(?:{_NAME_TITLE})*(?:[A-Z][a-z]?\.\s?){{1,6}}\S.*)?$"
)
# The office on a line of its own without the comma, the name on the next ("De Minister van
# Buitenlandse Zaken" / "Mr. J.G. de Hoop Scheffer"), as some letterheads print it.
_BARE_SIGNATURE_RE = re.compile(rf"^(?:De|de)\s+(?P<function>{_NAMED_OFFICE}{{2,100}})$")
# The name first, the office under it ("Eveline Herfkens," / "Minister voor
# Ontwikkelingssamenwerking").
_OFFICE_UNDER_NAME_RE = re.compile(rf"^(?P<function>{_NAMED_OFFICE}{{2,100}}?),?$")
# The Chamber's president signing a letter to the members ("De Voorzitter van de Tweede Kamer
# der Staten-Generaal, Anouchka van Miltenburg"); the name may be written in full.
_CHAIR_SIGNATURE_RE = re.compile(
    r"^(?:De|de)\s+(?P<function>[Vv]oorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer"
    r"(?:\s+der\s+Staten-Generaal)?)\s*,\s*(?P<name>\S.*)?$"
)
# Initials and a surname; the surname may be double-barrelled with particles in between
# ("M.H. Schultz van Haegen-Maas Geesteranus", "Ch. van der Wal-Zeggelink").
_PARTICLES = r"(?:(?:van|de|der|den|ter|ten|te|in\s+'t|von|le|la)\s+)"
_NAME_RE = re.compile(
    rf"^(?:[A-Z][a-z]?\.\s?){{1,6}}\s*{_PARTICLES}*"
    rf"[A-Z][\w'\u2019-]+(?:\s+{_PARTICLES}*[A-Z][\w'\u2019-]+){{0,3}}$"
)
_SMALL_WORDS = frozenset({"van", "voor", "en", "de", "der", "het", "op", "in"})
# A signature printed in capitals on a line of its own, the name on the next line, without the
# comma of the usual form ("DE STAATSSECRETARIS VAN DEFENSIE" / "drs. J.G. de Vries").
_SHOUTED_SIGNATURE_RE = re.compile(
    # ("De MINISTER-PRESIDENT," in a ministry's own print: the article in lower case)
    r"^(?:DE\s+|De\s+)?(?P<function>(?:MINISTER(?:-PRESIDENT)?|STAATSSECRETARIS)\b"
    r"[A-Z\u00c0-\u00de ,\-]{0,140}?)\s*,?$"
)
# The rest of a ministry's name wrapped onto its own line under the function ("de
# staatssecretaris van Volksgezondheid," / "Welzijn en Sport," / "mw. dr. J. Bussemaker";
# "Cultuur en Wetenschap,", "CULTUUR EN WETENSCHAP"): capitalised words joined by commas or
# "en", no initials (a name has dots), ended by a comma unless printed in capitals.
_FUNCTION_WRAP_RE = re.compile(
    # (the wrap may start at the "en": "De Staatssecretaris van Sociale Zaken" / "en
    # Werkgelegenheid,")
    r"^(?:(?:en\s+)?[A-Z][\w-]+(?:,?\s+(?:en\s+)?[A-Z][\w-]+)*,|[A-Z-]+(?:,?\s+(?:EN\s+)?[A-Z-]+)*,?)$"
)
# A second office on its own line under the first, before the name ("DE MINISTER-PRESIDENT," /
# "Minister van Algemene Zaken," / "Mr.dr. J.P. Balkenende"): both offices are the function.
_SECOND_OFFICE_RE = re.compile(
    r"^(?:[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\s+[A-Z][^,.;]{2,80},?$"
)
_NAME_TITLES_RE = re.compile(rf"^(?:{_NAME_TITLE})+")


# A signatory written with a first name instead of initials ("Wouter Bos", "Hugo de Jonge"),
# read only on the line under a signature's function: one or two first names, particles, a
# surname of one to three words.
_FULL_NAME_RE = re.compile(
    # (initials may follow the first name: "Ronald H.A. Plasterk")
    rf"^[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?(?:\s+[A-Z][a-z\u00e0-\u00ff]+)?"
    r"(?:\s+(?:[A-Z]\.){1,4})?"
    rf"\s+{_PARTICLES}*[A-Z][\w'\u2019-]+(?:\s+{_PARTICLES}*[A-Z][\w'\u2019-]+){{0,2}}$"
)


_OFFICE_WORD_RE = re.compile(rf"\b(?:{_OFFICE_TITLE}|MINISTER|STAATSSECRETARIS)\b")


def _signatory(paragraph: str) -> str | None:
    """The name on a signature's second line, titles dropped; None when it is no name."""
    # (an older print puts the name in brackets: "(M. Rutte)")
    name = _NAME_TITLES_RE.sub("", paragraph.strip().removeprefix("(").removesuffix(")"))
    # tkconv's copies add the first name in brackets ("Ing. R. (Robert) Tieman")
    name = re.sub(r"(?<=\.)\s*\([A-Z][a-z\u00e0-\u00ff]+\)(?=\s)", "", name)
    if len(name) > 60 or _OFFICE_WORD_RE.search(name):
        return None  # (an office above an office, "De MINISTER-PRESIDENT," / "Minister van …")
    return name if _NAME_RE.match(name) or _FULL_NAME_RE.match(name) else None


def _normalise_function(raw: str) -> str:
    """ "De minister van Buitenlandse Zaken," / "MINISTER VAN BUITENLANDSE ZAKEN" ->
    "Minister van Buitenlandse Zaken"."""
    text = re.sub(r"^(?:de|het)\s+", "", raw.strip().rstrip(","), flags=re.IGNORECASE)
    words = text.split()
    shout = text.isupper()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if shout:
            word = (
                lower
                if (i and lower in _SMALL_WORDS)
                else "-".join(p.capitalize() for p in lower.split("-"))
            )
        if i == 0:
            word = word[:1].upper() + word[1:]
        out.append(word)
    return " ".join(out)


@dataclass
class Header:
    end: int = 0
    dossier: str | None = None
    toevoeging: str | None = None
    ondernummer: int | None = None
    vergaderjaar: str | None = None
    title: str | None = None
    doc_type: str | None = None
    date: date | None = None


def _format_vergaderjaar(y1: str, y2: str) -> str:
    if len(y2) == 2:
        y2 = y1[:2] + y2
    return f"{y1}-{y2}"


def _parse_header(paras: list[str]) -> Header:
    """Read the official header block ("Tweede Kamer der Staten-Generaal / Vergaderjaar ...")."""
    header = Header()
    if not paras or not paras[0].startswith("Tweede Kamer der Staten-Generaal"):
        return header
    title_parts: list[str] = []
    in_title = False
    j = 1
    for j in range(1, min(len(paras), 25)):
        p = paras[j]
        if len(p) > 160:
            header.end = j
            break
        vj = VERGADERJAAR_RE.match(p)
        dossier = _HEADER_DOSSIER_RE.match(p)
        nr = _HEADER_NR_RE.match(p)
        kst = KST_RE.match(p)
        doctype = _HEADER_DOCTYPE_RE.match(p)
        place_date = PLACE_DATE_RE.search(p)
        if vj:
            header.vergaderjaar = _format_vergaderjaar(vj.group("y1"), vj.group("y2"))
        elif dossier and not header.dossier:
            header.dossier = re.sub(r"\D", "", dossier.group("number"))
            header.toevoeging = dossier.group("toev")
        elif nr:
            header.ondernummer = int(nr.group("nr"))
            # The kind only: the sender is read from the signature, as for the loose lines.
            rest = nr.group("rest") and _HEADER_DOCTYPE_RE.match(nr.group("rest"))
            if rest:
                in_title = False
                header.doc_type = rest.group("type").lower()
        elif kst:
            header.dossier = header.dossier or kst.group("dossier")
            header.toevoeging = header.toevoeging or kst.group("toev")
            header.ondernummer = header.ondernummer or int(kst.group("nr"))
        elif p.startswith("ISSN") or re.match(r"^[\u2019'\u2018]s-Gravenhage \d{4}$", p):
            in_title = True
        elif doctype:
            in_title = False
            header.doc_type = doctype.group("type").lower()
        elif place_date:
            header.date = date_from_match(place_date)
            header.end = j + 1
            break
        elif p.startswith("Aan de Voorzitter"):
            header.end = j + 1
        elif in_title:
            title_parts.append(p)
    else:
        header.end = j + 1
    header.end = max(header.end, 1)
    header.title = " ".join(title_parts) or None
    return header


# The official web layout and its copies (tweedekamer.nl, tkconv, openkamer) put the header
# in loose lines instead of a "Tweede Kamer der Staten-Generaal" block:
#   "Tweede Kamer der Staten-Generaal2017-201826991 nr. 524"  (the glued metadata strip)
#   "26 991 Voedselveiligheid" / "21 501-07 Raad ..." / "33 000 X Vaststelling ..."
#   "34300 J 32 Brief van de minister ..."  (dossier, toevoeging, nr. and kind on one line)
#   "Nr. 524 BRIEF VAN DE MINISTER ..." / "Nr. 73 VERSLAG VAN EEN COMMISSIEDEBAT"
#   "Vergaderjaar 2015-2016", "Den Haag, 5 juni 2018", "Vastgesteld 17 februari 2025".
# The same cells as a pipe table in copies of the page ("Tweede Kamer der Staten-Generaal |
# 2007-2008 | 31444-XVI nr. 6 |").
_GLUED_STRIP_RE = re.compile(
    r"Staten-Generaal[\s|]*(?P<y1>\d{4})\s*[-\u2013]\s*(?P<y2>\d{4})"
    # (the Eerste Kamer numbers with letters, "36800-XVI nr. B": no number is read then)
    r"(?:[\s|]*(?P<dossier>\d{5,6})(?:-(?P<toev>[A-Z0-9]{1,4}))?\s*nr\.\s*(?:(?P<nr>\d+)|[A-Z]{1,2}\b))?"
)
_TOEV = r"(?:-\s?(?P<toev>[A-Z0-9]{1,4})|\s(?P<toev2>[IVXL]{1,5}|[A-Z])(?=\s))"
_DOSSIER_LINE_RE = re.compile(
    rf"^(?P<number>\d{{2}}[ \u00a0]?\d{{3}}){_TOEV}?"
    r"(?:\s+(?P<nr>\d{1,5})(?=\s+(?:Brief|BRIEF|Verslag|VERSLAG)\b))?"
    r"\s+(?P<title>[A-Z\u00c0-\u00dd\u2018\u201c«(].{2,400})$"
)
# The dossier number alone on its line (older prints put the title on the next line).
_BARE_DOSSIER_LINE_RE = re.compile(
    r"^(?P<number>\d{2}[ \u00a0]\d{3})"
    r"(?:-\s?(?P<toev>[A-Z0-9]{1,4})|\s(?P<toev2>[IVXL]{1,5}|[A-Z]))?$"
)
# Budget and bill dossiers have titles of several lines ("35 925 III Vaststelling van de
# begrotingsstaat van het Ministerie van Algemene Zaken (IIIA), de begrotingsstaat van het
# Kabinet van de Koning (IIIB) en ... voor het jaar 2022"): such a dossier line may be longer
# than the loose lines of a header usually are.
_LONG_DOSSIER_TITLE_RE = re.compile(
    r"^(?:Vaststelling|Wijziging|Jaarverslag|Slotwet|Goedkeuring|Voorstel\s+van\s+wet)\b"
)
# The kind in capitals, or in the web layout's mixed case when "van" follows ("Nr. 70 Brief van
# de staatssecretaris van …"): a sentence opening "Nr. 3 Brief" without "van" is no header.
# The kind only; the sender still comes from the signature.
_NR_LINE_RE = re.compile(
    # "nr. 5" in lower case in older prints; "Nr. 7 HERDRUK1" (a reprint, glued footnote digit)
    r"^[Nn]r\.\s*(?P<nr>\d+)(?:\s+\(?(?:HERDRUK|Herdruk|HERZIENE\s+VERSIE)\)?\d?)?"
    r"(?:\s+(?P<type>BRIEF|VERSLAG|GEANNOTEERDE AGENDA|NOTA|LIJST|MOTIE|AMENDEMENT|"
    r"(?:Brief|Verslag|Nota|Lijst)(?=\s+van\s))\b.*|"
    # an older committee report's own name for its list ("nr. 4 Verslag houdende lijst van
    # vragen en antwoorden"): the list, as "LIJST VAN VRAGEN EN ANTWOORDEN" is read
    r"\s+(?P<list>[Vv]erslag\s+houdende\s+(?:een\s+)?lijst)\b.*)?$"
)
# tweedekamer.nl's page heading ("Brief regering : <onderwerp>"), which a PDF-style copy may
# glue to the dossier line under it ("Brief regering : Beleidsmaatregelen … 28 694
# Verpakkingsbeleid"): the dossier line is what follows the heading.
_PAGE_TITLE_LINE_RE = re.compile(
    r"^Brief\s+(?:regering|[Pp]residium|[Cc]ommissie|[Vv]oorzitter|[Ll]id|[Ll]eden)\s*:\s"
)
_PAGE_HEADING_RE = re.compile(
    r"^Brief regering\s*:\s.*?\s(?=\d{2}[ \u00a0]\d{3}(?:[ -][A-Z0-9]{1,4})?\s+[A-Z])"
)
# The Eerste Kamer's line: dossier, toevoeging, the Chamber's letter number and the kind ("35300
# XII E VERSLAG VAN EEN SCHRIFTELIJK OVERLEG"). The letter is no ondernummer of the Tweede Kamer's
# kind (a number), so it is not stored; dossier and kind are.
_EK_DOSSIER_LINE_RE = re.compile(
    r"^(?P<number>\d{2}[ \u00a0]?\d{3})(?:\s(?P<toev>[IVXL]{1,5}|[A-Z]))?\s(?P<letter>[A-Z]{1,2})"
    r"\s+(?P<type>BRIEF|VERSLAG|MEMORIE|NOTA|MOTIE|AMENDEMENT)\b"
)
# A committee's preliminary report on a bill, the Eerste Kamer's with its letter before it ("B
# VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN …"): a verslag, and a
# parliamentary form wherever it stands.
COMMITTEE_REPORT_HEADING_RE = re.compile(
    r"^(?:[A-Z]{1,2}\s+)?(?:(?:NADER\s+)?(?:VOORLOPIG\s+VERSLAG|EINDVERSLAG)\s+VAN\s+DE\s+"
    r"(?:VASTE\s+|BIJZONDERE\s+)?COMMISSIE\b|"
    # the Chamber's own letters: "G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER …"
    r"BRIEF\s+VAN\s+(?:DE\s+VOORZITTER\s+VAN\s+DE\s+(?:EERSTE|TWEEDE)\s+KAMER|HET\s+PRESIDIUM)\b)"
)
_VASTGESTELD_RE = re.compile(rf"^(?:Vastgesteld|Ontvangen)\s+(?P<date>{SINGLE_DATE_RE.pattern})")


# A page's own line naming the Kamerstuk it shows, by its identifier: openkamer's title
# "Kamerstuk 34233-33" and its "Bron: https://zoek.officielebekendmakingen.nl/kst-34233-33.html".
_OWN_ID_LINE_RE = re.compile(
    r"^(?:Kamerstuk\s+|Bron:\s+https?://\S*?/kst-)(?P<dossier>\d{5})(?:-(?P<toev>[A-Z0-9]{1,5}))?"
    r"-(?P<nr>\d{1,4})(?:\.html?)?\s*$"
)


_BARE_YEARS_RE = re.compile(r"^(?P<y1>(?:19|20)\d{2})-(?P<y2>(?:19|20)\d{2})$")
_DOSSIER_NR_CELL_RE = re.compile(
    r"^(?P<dossier>\d{2}\s?\d{3})(?:[- ](?P<toev>[A-Z0-9]{1,5}))?\s+nr\.\s*(?P<nr>\d{1,4})$"
)


def _leading_block(paras: list[str]) -> dict[str, Any]:
    """Header facts from the loose lines before the first long paragraph."""
    found: dict[str, Any] = {}
    columns = False
    for i, p in enumerate(paras[:14]):
        p = p.strip().strip("|").strip()
        p = _PAGE_HEADING_RE.sub("", p)
        if p.startswith(("Aan de orde", "De voorzitter")):
            break
        if i == 0 and _PAGE_TITLE_LINE_RE.match(p):
            continue  # tweedekamer.nl's title line, however long: "Brief Presidium : Brief van …"
        if p == found.get("dossier_title"):
            continue  # the title under a bare dossier line, read with it (however long)
        if len(p) > 220 and not _NR_LINE_RE.match(p):
            # (a heading naming seven ministers may be long too: "Nr. 55 BRIEF VAN DE MINISTERS …")
            line = _DOSSIER_LINE_RE.match(p)
            title = line["title"] if line and "dossier" not in found else ""
            if not _LONG_DOSSIER_TITLE_RE.match(title):
                break
        strip = _GLUED_STRIP_RE.search(p)
        if strip:
            found.setdefault("vergaderjaar", f"{strip.group('y1')}-{strip.group('y2')}")
            if strip.group("dossier"):
                found.setdefault("dossier", strip.group("dossier"))
                found.setdefault("toevoeging", strip.group("toev"))
                if strip.group("nr"):
                    found.setdefault("ondernummer", int(strip.group("nr")))
            continue
        vj = VERGADERJAAR_RE.match(p)
        if vj:
            found.setdefault("vergaderjaar", _format_vergaderjaar(vj.group("y1"), vj.group("y2")))
            continue
        if p == "Vergaderjaar":
            columns = True  # the official page's metadata table, one cell a line
            continue
        years = _BARE_YEARS_RE.match(p)
        if years and columns and int(years.group("y2")) == int(years.group("y1")) + 1:
            found.setdefault("vergaderjaar", p)
            continue
        cell = _DOSSIER_NR_CELL_RE.match(p)
        if cell and "dossier" not in found:
            # the same table's "Dossier- en ondernummer" cell: "27858 nr. 617"
            found["dossier"] = re.sub(r"\D", "", cell.group("dossier"))
            found["toevoeging"] = cell.group("toev")
            found["ondernummer"] = int(cell.group("nr"))
            continue
        own = _OWN_ID_LINE_RE.match(p)
        if own and "dossier" not in found:
            # openkamer's page: "Kamerstuk 34233-33" as its title, "Bron: …/kst-34233-33.html"
            found["dossier"] = own.group("dossier")
            found["toevoeging"] = own.group("toev")
            found["ondernummer"] = int(own.group("nr"))
            continue
        bare = _BARE_DOSSIER_LINE_RE.match(p)
        if bare and "dossier" not in found and i + 1 < len(paras):
            # "23 934" on its own line, the dossier's title on the next ("Inwerkingtreding …")
            following = paras[i + 1].strip()
            if following[:1].isupper() and not _NR_LINE_RE.match(following):
                found["dossier"] = re.sub(r"\D", "", bare.group("number"))
                found["toevoeging"] = bare.group("toev") or bare.group("toev2")
                found["dossier_title"] = following
                continue
        ek = _EK_DOSSIER_LINE_RE.match(p)
        if ek and "dossier" not in found:
            found["dossier"] = re.sub(r"\D", "", ek.group("number"))
            found["toevoeging"] = ek.group("toev")
            found.setdefault("doc_type", ek.group("type").lower())
            continue
        line = _DOSSIER_LINE_RE.match(p)
        if line and "dossier" not in found:
            found["dossier"] = re.sub(r"\D", "", line.group("number"))
            found["toevoeging"] = line.group("toev") or line.group("toev2")
            found["dossier_title"] = line.group("title")
            if line.group("nr"):
                found["ondernummer"] = int(line.group("nr"))
                found.setdefault("doc_type", line.group("title").split()[0].lower())
            continue
        nr = _NR_LINE_RE.match(p)
        if nr:
            found.setdefault("ondernummer", int(nr.group("nr")))
            if nr.group("type") or nr.group("list"):
                found.setdefault("doc_type", (nr.group("type") or "lijst").lower())
            continue
        doctype = _HEADER_DOCTYPE_RE.match(p)
        if doctype:
            found.setdefault("doc_type", doctype.group("type").lower())
            continue
        heading = COMMITTEE_REPORT_HEADING_RE.match(p)
        if heading:
            found.setdefault("doc_type", "brief" if "BRIEF" in heading.group() else "verslag")
            continue
        place_date = PLACE_DATE_RE.match(p)
        if place_date:
            found.setdefault("date", date_from_match(place_date))
            continue
        fixed = _VASTGESTELD_RE.match(p)
        # a member's motie or amendment is "Ontvangen" on a date: no date of a letter
        if fixed and found.get("doc_type") not in ("motie", "amendement"):
            dm = SINGLE_DATE_RE.search(fixed.group("date"))
            if dm and dm.group("y"):
                found.setdefault("date", date_from_match(dm))
    return found


def _footer_info(footers: Iterable[str]) -> dict[str, Any]:
    for footer in footers:
        m = FOOTER_RE.match(footer)
        if m:
            return {
                "vergaderjaar": _format_vergaderjaar(m.group("y1"), m.group("y2")),
                "dossier": re.sub(r"\D", "", m.group("dossier")),
                "toevoeging": m.group("toev"),
                "ondernummer": int(m.group("nr")),
            }
    return {}


class Signature(NamedTuple):
    first: int  # paragraph index of "De Minister van ...,"
    last: int  # paragraph index of the name (same as first for a one-line signature)
    function: str
    name: str


def _find_signatures(paras: list[str], start: int) -> list[Signature]:
    """Every "De Minister/Staatssecretaris van ...," followed by initials and a surname."""
    found = []
    for i in range(start, len(paras)):
        m = SIGNATURE_RE.match(paras[i]) or _SHOUTED_SIGNATURE_RE.match(paras[i])
        if not m and (chair := _CHAIR_SIGNATURE_RE.match(paras[i])):
            name = chair.group("name") and _signatory(chair.group("name"))
            if name or chair.group("name") is None:
                m = chair
        if not m and i + 1 < len(paras) and (bare := _BARE_SIGNATURE_RE.match(paras[i])):
            if name := _signatory(paras[i + 1]):
                found.append(Signature(i, i + 1, bare.group("function"), name))
            continue
        if (
            not m
            and i + 1 < len(paras)
            and paras[i].endswith(",")
            and (office := _OFFICE_UNDER_NAME_RE.match(paras[i + 1]))
            and (name := _signatory(paras[i].rstrip(",")))
        ):
            found.append(Signature(i, i + 1, office.group("function"), name))
            continue
        if not m or len(paras[i]) > 140:
            continue
        name = m.groupdict().get("name")
        if name and m.re is _CHAIR_SIGNATURE_RE:
            name = _signatory(name)
        if name:
            found.append(
                Signature(i, i, m.group("function"), _NAME_TITLES_RE.sub("", name.strip()))
            )
        elif i + 1 < len(paras) and (name := _signatory(paras[i + 1])):
            found.append(Signature(i, i + 1, m.group("function"), name))
        elif (
            i + 2 < len(paras)
            and len(paras[i + 1]) <= 60
            and _FUNCTION_WRAP_RE.match(paras[i + 1])
            and (name := _signatory(paras[i + 2]))
        ):
            wrapped = f"{m.group('function').rstrip(', ')}, {paras[i + 1].rstrip(', ')}"
            found.append(Signature(i, i + 2, wrapped, name))
        elif (
            i + 2 < len(paras)
            and _SECOND_OFFICE_RE.match(paras[i + 1])
            and (name := _signatory(paras[i + 2]))
        ):
            # Each office in its own case: the first may be in capitals, the second is not.
            offices = f"{_normalise_function(m.group('function'))}, {paras[i + 1].rstrip(', ')}"
            found.append(Signature(i, i + 2, offices, name))
    return found


def format_kst_id(dossier: str, toevoeging: str | None, nr: int) -> str:
    return f"kst-{dossier}-{toevoeging}-{nr}" if toevoeging else f"kst-{dossier}-{nr}"


def _dossier_display(dossier: str) -> str:
    return f"{int(dossier):,}".replace(",", " ")


# --------------------------------------------------------------------------------------------
# Layout of the letter, metadata
# --------------------------------------------------------------------------------------------


@dataclass
class Layout:
    """Where the parts of a letter are, as paragraph indices.

    ``[0, header.end)`` official header block; ``cover`` the covering letter before an early
    signature; ``[body_start, body_end)`` the body, starting with the title (if any) and
    continuing from ``content_start``; a closing signature starts at ``body_end``.
    """

    paras: list[str]
    header: Header
    signatures: list[Signature]
    cover: list[str]
    body_start: int
    content_start: int
    body_end: int
    title: str | None

    @property
    def body(self) -> list[str]:
        return self.paras[self.content_start : self.body_end]

    def scannable(self, count: int) -> list[int]:
        """Paragraphs worth scanning for sentences: not header, title or signature lines."""
        skip = {i for s in self.signatures for i in range(s.first, s.last + 1)}
        skip.update(range(self.body_start, self.content_start))
        return [i for i in range(self.header.end, count) if i not in skip]


_CLOSING_RE = re.compile(r"^(?:Hoogachtend|Met vriendelijke groet)")


def read_layout(paras: list[str]) -> Layout:
    header = _parse_header(paras)
    signatures = _find_signatures(paras, header.end)
    start = header.end
    while start < len(paras) and (
        paras[start].startswith(("Aan de Voorzitter", "Geachte"))
        or PLACE_DATE_RE.match(paras[start])
    ):
        start += 1
    # An early signature closes a covering letter ("Hierbij bied ik u ... aan.").
    body_start, cover = start, []
    for signature in signatures:
        if signature.first - start <= 4 and signature.last < len(paras) - 2:
            cover = paras[start : signature.first]
            body_start = signature.last + 1
            break
    body_end = len(paras)
    closing = [s for s in signatures if s.first >= body_start]
    if closing:
        body_end = closing[-1].first
        while body_end > body_start and _CLOSING_RE.match(paras[body_end - 1]):
            body_end -= 1
    title, content_start = None, body_start
    if body_start < body_end and looks_like_title(paras[body_start]):
        title, content_start = paras[body_start], body_start + 1
        if content_start < body_end and is_date_line(paras[content_start]):
            title = f"{title} {paras[content_start]}"  # date on its own line under the title
            content_start += 1
    return Layout(paras, header, signatures, cover, body_start, content_start, body_end, title)


# The labels of a ministry letterhead's cells, printed before (or above) their values.
_CELL_LABEL = (
    r"(?:Betreft|Onderwerp|Ons\s+kenmerk|Uw\s+kenmerk|Uw\s+brief(?:\s+van)?|Kenmerk|"
    r"Bijlagen?(?:\(n\))?)(?!\w)"
)
# How far into the text a date alone on its line is taken for the letter's (a republication's
# lines above the letter: title, date, "Ondertekenaar").
_DATE_LINE_PARAS = 8
# How far into the text a letterhead's date is looked for when the layout found none.
_LETTERHEAD_PARAS = 30
# The date of a letter whose frame the layout did not find, in the forms a letterhead prints it:
# "Datum 22 december 2022" or "Den Haag, 11 juli 2019" opening a line (a PDF's letterhead, a
# tkconv page with its own lines above the letter); the address and the place run into the
# body on one line ("… der Staten-Generaal Den Haag, 27 februari 2015 Op verzoek …"); or a
# letterhead's labels glued before their values ("Den Haag Ons kenmerk Uw brief van 13 juli
# 2007 BVE/… 28 juni 2007": the first date is the letter's, "Uw brief van" the second).
_LETTERHEAD_DATE_RES = (
    re.compile(rf"(?m)^[ \t]*(?:{PLACE_DATE_RE.pattern})", re.IGNORECASE),
    re.compile(rf"Staten[- ]Generaal,?\s+(?:{PLACE_DATE_RE.pattern})", re.IGNORECASE),
    re.compile(
        r"(?m)^[ \t]*Den Haag\s+(?:(?:Ons|Uw)\s+(?:kenmerk|referentie|brief\s+van)\s+)+"
        rf"(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})",
        re.IGNORECASE,
    ),
    # the cells run together inside a line ("… DEN HAAG. Datum 30 juni 2015 Betreft
    # Budgetpolissen"): the "Datum" label with the next cell's label after the date
    # (another cell's label may stand between: "Datum Bijlage(n) 12 november 2008 - Ons kenmerk")
    re.compile(
        rf"\bDatum\s+(?:{_CELL_LABEL}\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\s+"
        rf"(?:-\s+)?{_CELL_LABEL}"
    ),
)


_LABELS_LINE_RE = re.compile(rf"^(?:{_CELL_LABEL}\s+)*Datum(?:\s+{_CELL_LABEL})*$")


def _letterhead_date(paras: list[str]) -> date | None:
    for p in paras:
        for pattern in _LETTERHEAD_DATE_RES:
            if m := pattern.search(p):
                return date_from_match(m)
    # a news archive's copy prints the letter's date alone, in figures ("13-10-1999"), or in
    # words near the top ("22 januari 2009" under the title)
    if when := next((when for p in paras if (when := numeric_date_line(p))), None):
        return when
    for p in paras[:_DATE_LINE_PARAS]:
        m = SINGLE_DATE_RE.fullmatch(p.strip())
        if m and m.group("y"):
            return date_from_match(m)
    return None


def read_metadata(layout: Layout, norm: NormalisedText) -> Metadata:
    """Metadata from the header block, footers, title and first signature.

    ``meeting`` is left ``None``: ``parse`` adds it from :func:`.structure.extract_meeting`,
    which needs the kind and date read here.
    """
    header, paras = layout.header, layout.paras
    footer = _footer_info(norm.footers)
    lead = {} if header.end > 1 and header.dossier else _leading_block(paras)
    kind = document_kind(
        layout.title, layout.cover, header.doc_type or lead.get("doc_type"), layout.body, paras
    )
    doc_date = header.date or lead.get("date")
    if doc_date is None:  # a "Den Haag, <date>" line outside the body
        for p in paras[: max(layout.body_start, 1)] + paras[layout.body_end :]:
            m = PLACE_DATE_RE.search(p)
            if m and len(p) < 120:
                doc_date = date_from_match(m)
                break
    if doc_date is None:  # "… Den Haag," with the date wrapped onto the next line
        for p, following in itertools.pairwise(paras[: _LETTERHEAD_PARAS + 1]):
            m = SINGLE_DATE_RE.fullmatch(following.strip())
            # (a letterhead's "Datum" cell with the date on the next line, too)
            if p.rstrip().endswith(("Den Haag,", "Datum")) and m and m.group("y"):
                doc_date = date_from_match(m)
                break
            # the letterhead's labels on one line, their values on the next ("Datum Betreft" /
            # "20 juni 2014 Nazorg steenkolenwinning Limburg"): the date is the first value
            # ("Onderwerp Datum" / "AOW 1 juni 2004": the date where its label's place is)
            m = SINGLE_DATE_RE.search(following.strip())
            if _LABELS_LINE_RE.match(p.strip()) and m and m.group("y"):
                doc_date = date_from_match(m)
                break
    if doc_date is None:
        doc_date = _letterhead_date(paras[:_LETTERHEAD_PARAS])
    if doc_date is None and is_transcript(paras):  # Handelingen: the date of the sitting
        doc_date = sitting_date("\n".join([norm.text, *norm.footers]))
    vergaderjaar = header.vergaderjaar or footer.get("vergaderjaar") or lead.get("vergaderjaar")
    dossier = header.dossier or footer.get("dossier") or lead.get("dossier")
    toevoeging = header.toevoeging or footer.get("toevoeging") or lead.get("toevoeging")
    ondernummer = header.ondernummer or footer.get("ondernummer") or lead.get("ondernummer")
    # The signatory, and only the signatory: a heading's "BRIEF VAN DE MINISTER VAN JUSTITIE"
    # names the office the letter comes from, not who signed it, and the shared development set
    # labels such a letter without a signature with no sender at all (r10, r12, r14, r19).
    sender_name, sender_function = None, None
    if layout.signatures:
        sender_name = layout.signatures[0].name
        sender_function = _normalise_function(layout.signatures[0].function)
    return Metadata(
        dossier=dossier,
        dossier_display=_dossier_display(dossier) if dossier else None,
        toevoeging=toevoeging,
        dossier_title=header.title or lead.get("dossier_title"),
        ondernummer=ondernummer,
        vergaderjaar=vergaderjaar,
        kst_id=format_kst_id(dossier, toevoeging, ondernummer) if dossier and ondernummer else None,
        date=doc_date,
        sender_name=sender_name,
        sender_function=sender_function,
        kind=kind,
        title=layout.title,
    )
