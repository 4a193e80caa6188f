"""Dutch date expressions: the month/day/year building blocks and resolving them to dates.

Input: text fragments such as "3 en 4 december 2024", "25 oktober jl." or "Den Haag,
22 november 2024", plus a reference date or vergaderjaar for dates written without a year.
Output: regular-expression building blocks (used by ``header``, ``structure`` and
``patterns``) and :func:`resolve_date` / :func:`resolve_range`. Not a stage of its own:
every stage from ``header`` on uses it.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MONTH = "(?:" + "|".join(MONTHS) + ")"
WEEKDAY = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
YEAR = r"(?:19|20)\d\d"
DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphen, non-breaking hyphen, en/em dash, minus
REL = r"(?:a\.s\.|aanstaande|jl\.|j\.l\.)"

# A date range as written in titles and meeting sentences: "3 en 4 december 2024",
# "28-29 november" (any dash), "donderdag 3 en vrijdag 4 april a.s.",
# "30 november tot en met 2 december".
DATE_RANGE_RE = re.compile(
    rf"(?:{WEEKDAY}\s+)?(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>{YEAR}))?"
    rf"\s*(?:[{DASH}]|\ben\b|\btot\s+en\s+met\b|\bt/m\b|\btot\b)\s*"
    rf"(?:{WEEKDAY}\s+)?(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?"
    rf"(?:\s+(?P<rel>{REL}))?",
    re.IGNORECASE,
)
# A single date, optionally with "jl." (past) or "a.s." (coming) instead of a year.
SINGLE_DATE_RE = re.compile(
    rf"(?:{WEEKDAY}\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR}))?"
    rf"(?:\s+(?P<rel>{REL}))?",
    re.IGNORECASE,
)
# "Den Haag, 22 november 2024" / "'s-Gravenhage, ..." / "Datum 22 november 2024".
PLACE_DATE_RE = re.compile(
    # (OCW wrote from Zoetermeer, VWS from Rijswijk: "Zoetermeer, 21 september 1999")
    rf"(?:Den Haag|[\u2019'\u2018]s-Gravenhage|Zoetermeer|Rijswijk|Datum)\s*,?\s+(?P<d>{DAY})\s+"
    rf"(?P<m>{MONTH})\s+(?P<y>{YEAR})",
    re.IGNORECASE,
)
VERGADERJAAR_RE = re.compile(rf"[Vv]ergaderjaar\s+(?P<y1>{YEAR})\s*[{DASH}/]\s*(?P<y2>\d{{2,4}})")


# --------------------------------------------------------------------------------------------
# Resolving dates
# --------------------------------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _vergaderjaar_years(vergaderjaar: str | None) -> tuple[int, int] | None:
    if not vergaderjaar:
        return None
    y1, y2 = vergaderjaar.split("-")
    return int(y1), int(y2)


def resolve_date(
    day: int,
    month: int,
    year: int | None,
    *,
    relative: str | None = None,
    reference: date | None = None,
    vergaderjaar: str | None = None,
    prefer: str | None = None,
) -> date | None:
    """Turn a day and month (plus optional year) into a date.

    Without a year: "jl." means the most recent such date on or before ``reference``, "a.s."
    the first one on or after it; ``prefer`` ("past"/"future") gives the same choice when no
    marker is written. Without a reference, the parliamentary year decides (it starts in
    September: Sept-Dec belong to its first calendar year). Otherwise ``None``.
    """
    if year:
        return _safe_date(year, month, day)
    rel = (relative or "").lower()
    if rel in ("jl.", "j.l."):
        prefer = "past"
    elif rel in ("a.s.", "aanstaande"):
        prefer = "future"
    if reference:
        candidate = _safe_date(reference.year, month, day)
        if candidate is None:
            return None
        if prefer == "past" and candidate > reference:
            return _safe_date(reference.year - 1, month, day)
        if prefer == "future" and candidate < reference:
            return _safe_date(reference.year + 1, month, day)
        if prefer is None:
            options = [
                d for d in (_safe_date(reference.year + k, month, day) for k in (-1, 0, 1)) if d
            ]
            return min(options, key=lambda d: abs((d - reference).days))
        return candidate
    years = _vergaderjaar_years(vergaderjaar)
    if years:
        return _safe_date(years[0] if month >= 9 else years[1], month, day)
    return None


def month_number(name: str) -> int:
    return MONTHS[name.lower()]


_NUMERIC_DATE_LINE_RE = re.compile(r"\s*(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})\s*")


def numeric_date_line(line: str) -> date | None:
    """ "13-10-1999" alone on a line (a republished letterhead's date), else None."""
    m = _NUMERIC_DATE_LINE_RE.fullmatch(line)
    return _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m else None


def date_from_match(m: re.Match[str]) -> date | None:
    return _safe_date(int(m.group("y")), month_number(m.group("m")), int(m.group("d")))


def resolve_range(
    m: re.Match[str], reference: date | None, vergaderjaar: str | None, prefer: str | None
) -> tuple[date | None, date | None]:
    groups = m.groupdict()
    if "d1" in groups:
        m2 = month_number(groups["m2"])
        m1 = month_number(groups["m1"]) if groups["m1"] else m2
        year2 = int(groups["y2"]) if groups["y2"] else None
        year1 = int(groups["y1"]) if groups["y1"] else year2
        if year1 and not groups["y1"] and m1 > m2:
            year1 -= 1  # "30 december tot en met 2 januari 2025"
        rel = groups.get("rel")
        end = resolve_date(
            int(groups["d2"]),
            m2,
            year2,
            relative=rel,
            reference=reference,
            vergaderjaar=vergaderjaar,
            prefer=prefer,
        )
        start = resolve_date(
            int(groups["d1"]),
            m1,
            year1,
            relative=rel,
            reference=reference,
            vergaderjaar=vergaderjaar,
            prefer=prefer,
        )
        if start and end and start > end and year1 is None:
            start = _safe_date(start.year - 1, start.month, start.day)
        return start, end
    single = resolve_date(
        int(groups["d"]),
        month_number(groups["m"]),
        int(groups["y"]) if groups["y"] else None,
        relative=groups.get("rel"),
        reference=reference,
        vergaderjaar=vergaderjaar,
        prefer=prefer,
    )
    return single, single


# The date of a plenary sitting as Handelingen print it, for a transcript without a letter
# date: the sitting line ("3e vergadering, donderdag 20 september 2018", "Vergadering van
# dinsdag 2 juni 2015"), the running head of the PDF pages ("Tweede Kamer Algemene Politieke
# Beschouwingen 20 september 2018 TK 3"), or the "Datum vergadering" cell at the end of the
# web layout's glued strip ("...2018-2019nr. 3, item 820-09-2018").
SITTING_DATE_RES = (
    re.compile(
        rf"\b[Vv]ergadering(?:\s+van)?\s*,?\s+{WEEKDAY}\s+(?P<d>{DAY})\s+(?P<m>{MONTH})\s+"
        rf"(?P<y>{YEAR})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^Tweede Kamer\b[^\n]{{0,200}}?\s(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<y>{YEAR})\s+"
        r"TK\s*\d+",
        re.IGNORECASE | re.MULTILINE,
    ),
)
STRIP_SITTING_DATE_RE = re.compile(
    rf"Staten-Generaal\s*{YEAR}\s*[{DASH}]\s*{YEAR}\s*nr\.\s*\d+,\s*(?:item|pagina)\s*"
    r"[\d\-]+?(?P<d>[0-3]\d)-(?P<mm>[01]\d)-(?P<y>(?:19|20)\d\d)\s*$",
    re.MULTILINE,
)


def sitting_date(text: str) -> date | None:
    """The date of the sitting a Handelingen text states, or None (never guessed)."""
    m = STRIP_SITTING_DATE_RE.search(text)
    if m:
        return _safe_date(int(m.group("y")), int(m.group("mm")), int(m.group("d")))
    for pattern in SITTING_DATE_RES:
        m = pattern.search(text)
        if m:
            return date_from_match(m)
    return None
