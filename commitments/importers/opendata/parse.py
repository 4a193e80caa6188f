"""Read Tweede Kamer open-data pages into plain records (no Django here).

Input: a page's text as ``client`` fetched it, or a payload file; output: a :class:`Page` of
:class:`RawRecord` (OData field names), the link to the next page and the page's problems.
``items`` converts each record into a checked item next.

Two official formats carry the same entities:

* OData v4 JSON (``/OData/v4/2.0/Toezegging``): ``{"@odata.context": ..., "value": [...],
  "@odata.nextLink": ...}``; fields in PascalCase, foreign keys as ``X_Id`` scalars or as
  ``$expand``ed objects.
* The Atom SyncFeed (``/SyncFeed/2.0/Feed?category=Toezegging``): one ``<entry>`` per change,
  its ``<content>`` holding e.g. ``<toezegging id="..." tk:bijgewerkt="..."
  tk:verwijderd="false">`` with camelCase child elements; relations as ``<activiteit
  ref="..."/>``; paged by ``<link rel="next" href="...skiptoken=...">``.

Both are turned into :class:`RawRecord` with OData field names, so one converter per entity
serves both. XML is parsed with defusedxml: a page with a DTD or entity declarations is refused
instead of expanded. A page that is not well-formed XML is split into its entries so that one
broken entry does not cost the others.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlparse
from xml.etree.ElementTree import Element, ParseError
from zoneinfo import ZoneInfo

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as parse_xml

TK_NS = "http://www.tweedekamer.nl/xsd/tkData/v1-0"
ATOM_NS = "http://www.w3.org/2005/Atom"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

# Dependency order: what a Toezegging refers to is applied before it within a page.
ENTITIES = ("Kamerstukdossier", "Document", "Persoon", "Activiteit", "Toezegging")
_ENTITY_BY_ELEMENT = {name[0].lower() + name[1:]: name for name in ENTITIES}


class PageError(ValueError):
    """The page as a whole cannot be read (not JSON, no ``value`` list, hostile XML)."""


class RecordError(ValueError):
    """One record cannot be used; reported with its id, the rest of the page goes on."""


@dataclass
class RawRecord:
    entity: str
    id: str
    deleted: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    # Atom: the skiptoken that resumes the feed right after this entry.
    position: str | None = None
    error: str = ""


@dataclass
class Page:
    records: list[RawRecord]
    next_url: str | None = None
    errors: list[str] = field(default_factory=list)
    # A SyncFeed page damaged in transit (truncated, an entry that is not XML): the entries
    # from the damage on were not read, so the feed resumes after the last one that was
    # (``resume_after``; None: from where this page started).
    broken: bool = False
    resume_after: str | None = None

    @property
    def last_position(self) -> str | None:
        """Where the next run resumes: the feed's next link, else the last entry's."""
        if self.broken:
            return self.resume_after
        token = skiptoken(self.next_url)
        if token:
            return token
        for record in reversed(self.records):
            if record.position:
                return record.position
        return None


def skiptoken(url: str | None) -> str | None:
    if not url:
        return None
    values = parse_qs(urlparse(url).query).get("skiptoken")
    return values[0] if values else None


# --- OData JSON -------------------------------------------------------------------------

_CONTEXT_RE = re.compile(r"\$metadata#(\w+)")


def parse_odata(text: str | bytes, default_entity: str = "Toezegging") -> Page:
    try:
        payload = json.loads(text)
    except (ValueError, UnicodeDecodeError) as error:
        raise PageError(f"geen geldige JSON: {error}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("value"), list):
        raise PageError("OData-pagina zonder 'value'-lijst")
    match = _CONTEXT_RE.search(str(payload.get("@odata.context", "")))
    entity = match[1] if match else default_entity
    if entity not in ENTITIES:
        raise PageError(f"onbekende entiteit {entity!r}")
    records = []
    for number, item in enumerate(payload["value"], start=1):
        if not isinstance(item, dict):
            records.append(RawRecord(entity, f"#{number}", error="record is geen object"))
            continue
        raw_id = item.get("Id")
        record = RawRecord(entity, str(raw_id) if raw_id is not None else f"#{number}")
        deleted = item.get("Verwijderd", False)
        if deleted is None:
            deleted = False
        if not isinstance(deleted, bool):
            record.error = f"Verwijderd is geen boolean: {deleted!r}"
        record.deleted = deleted is True
        record.fields = item
        records.append(record)
    next_url = payload.get("@odata.nextLink")
    return Page(records, next_url if isinstance(next_url, str) else None)


# --- Atom SyncFeed ----------------------------------------------------------------------

_ENTRY_RE = re.compile(r"<(?:\w+:)?entry\b.*?</(?:\w+:)?entry>", re.DOTALL)
_FEED_OPEN_RE = re.compile(r"<(?:\w+:)?feed\b[^>]*>", re.DOTALL)
_NEXT_LINK_RE = re.compile(r"<(?:\w+:)?link\b[^>]*\brel=[\"']next[\"'][^>]*>", re.DOTALL)
_HREF_RE = re.compile(r"\bhref=[\"']([^\"']*)[\"']")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _next_href(element: Element) -> str | None:
    for link in element.findall(f"{{{ATOM_NS}}}link"):
        if link.get("rel") == "next":
            return link.get("href")
    return None


def _element_fields(entity_el: Element) -> dict[str, Any]:
    """camelCase children → OData names; repeated children become lists; refs → {"Id": ref}."""
    fields: dict[str, Any] = {}
    for child in entity_el:
        name = _local(child.tag)
        key = name[0].upper() + name[1:]
        if child.get("ref") is not None:
            value: Any = {"Id": child.get("ref")}
        elif child.get(XSI_NIL) == "true":
            value = None
        else:
            value = (child.text or "").strip()
        if key in fields:
            previous = fields[key]
            fields[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            fields[key] = value
    return fields


def _atom_entry(entry: Element) -> RawRecord:
    position = skiptoken(_next_href(entry))
    content = entry.find(f"{{{ATOM_NS}}}content")
    entity_el = next(iter(content), None) if content is not None else None
    title = (entry.findtext(f"{{{ATOM_NS}}}title") or "").strip()
    if entity_el is None:
        return RawRecord("?", title or "?", position=position, error="entry zonder inhoud")
    entity = _ENTITY_BY_ELEMENT.get(_local(entity_el.tag))
    raw_id = entity_el.get("id") or title
    if entity is None:
        # Other categories share the feed; they are not this register's business.
        return RawRecord(_local(entity_el.tag), raw_id, position=position, error="")
    deleted_raw = entity_el.get(f"{{{TK_NS}}}verwijderd", entity_el.get("verwijderd", "false"))
    record = RawRecord(entity, raw_id, position=position)
    # xs:boolean is "true"/"false"/"1"/"0"; the live feed also sends "True" (and "False").
    deleted = deleted_raw.strip().lower()
    if deleted not in ("true", "false", "1", "0"):
        record.error = f"verwijderd is geen boolean: {deleted_raw!r}"
    record.deleted = deleted in ("true", "1")
    record.fields = _element_fields(entity_el)
    record.fields["Id"] = raw_id
    bijgewerkt = entity_el.get(f"{{{TK_NS}}}bijgewerkt", entity_el.get("bijgewerkt"))
    # The SyncFeed's bijgewerkt is the API's change stamp; GewijzigdOp is used when present.
    record.fields.setdefault("ApiGewijzigdOp", bijgewerkt)
    record.fields.setdefault("GewijzigdOp", bijgewerkt)
    return record


def _parse_xml(text: str | bytes) -> Element:
    try:
        return parse_xml(text, forbid_dtd=True)
    except DefusedXmlException as error:
        raise PageError(f"XML geweigerd (DTD of entiteiten): {type(error).__name__}") from None


def parse_atom(text: str | bytes) -> Page:
    try:
        root = _parse_xml(text)
    except ParseError as error:
        return _parse_broken_atom(text, str(error))
    if _local(root.tag) != "feed":
        raise PageError("geen Atom-feed")
    records = [_atom_entry(entry) for entry in root.findall(f"{{{ATOM_NS}}}entry")]
    return Page(_only_known(records), _next_href(root))


def _only_known(records: list[RawRecord]) -> list[RawRecord]:
    return [r for r in records if r.entity in ENTITIES or r.error]


def _parse_broken_atom(text: str | bytes, reason: str) -> Page:
    """Not well-formed: parse entry by entry under the feed's own namespace declarations."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    opening = _FEED_OPEN_RE.search(text)
    if opening is None:
        raise PageError(f"geen geldige XML: {reason}")
    entries = list(_ENTRY_RE.finditer(text))
    outside = text[: entries[0].start()] if entries else text
    records: list[RawRecord] = []
    errors = [f"pagina is geen geldige XML ({reason}); per entry gelezen"]
    broken_at = None
    for number, match in enumerate(entries, start=1):
        try:
            wrapper = _parse_xml(f"{opening[0]}{match[0]}</feed>")
        except ParseError as error:
            ident = _entry_id(match[0]) or f"entry {number}"
            errors.append(f"{ident}: ongeldige XML ({error}); niet verwerkt")
            broken_at = len(records) if broken_at is None else broken_at
            continue
        records.extend(_atom_entry(e) for e in wrapper.findall(f"{{{ATOM_NS}}}entry"))
    tail = text[entries[-1].end() :] if entries else text[opening.end() :]
    if "<entry" in tail and broken_at is None:
        # Cut off inside an entry (a truncated answer): that entry and any after it are missing.
        ident = _entry_id(tail[tail.find("<entry") :])
        errors.append(f"{ident or 'laatste entry'}: afgebroken; niet verwerkt")
        broken_at = len(records)
    elif not text.rstrip().endswith("</feed>") and broken_at is None:
        errors.append("pagina afgebroken na de laatste volledige entry")
        broken_at = len(records)
    link = _NEXT_LINK_RE.search(outside)
    href = _HREF_RE.search(link[0]) if link else None
    next_url = href[1].replace("&amp;", "&") if href else None
    page = Page(_only_known(records), next_url, errors)
    if broken_at is not None:
        # Resume right after the last entry read before the damage, not at the next page.
        page.resume_after = _last_token(records[:broken_at])
        page.broken = True
    return page


_TITLE_RE = re.compile(r"<(?:\w+:)?title\b[^>]*>\s*([^<\s]+)\s*<")
_ID_ATTR_RE = re.compile(r"\bid=[\"']([0-9a-fA-F-]{32,36})[\"']")


def _entry_id(fragment: str) -> str | None:
    """The record id of an entry that cannot be parsed, for the report."""
    match = _ID_ATTR_RE.search(fragment) or _TITLE_RE.search(fragment)
    return match[1] if match else None


def _last_token(records: list[RawRecord]) -> str | None:
    for record in reversed(records):
        if record.position:
            return record.position
    return None


def parse_page(text: str | bytes, fmt: str, default_entity: str = "Toezegging") -> Page:
    if fmt == "odata":
        return parse_odata(text, default_entity)
    return parse_atom(text)


def sniff_format(text: str | bytes) -> str:
    head = text[:200].lstrip() if isinstance(text, str) else text[:200].lstrip().decode("latin-1")
    return "odata" if head.startswith(("{", "[")) else "atom"


# --- Values -----------------------------------------------------------------------------


def as_guid(value: Any, what: str = "Id") -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value.strip())
        except ValueError:
            pass
    raise RecordError(f"{what} is geen GUID: {value!r}")


def is_guid(value: str) -> bool:
    # Without the dashes a GUID has 32 hex digits; a document number is much shorter.
    if not isinstance(value, str) or len(value) < 32:
        return False
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def as_text(fields: dict, name: str, *, required: bool = False, max_length: int = 0) -> str:
    value = fields.get(name)
    if value is None or value == "":
        if required:
            raise RecordError(f"{name} ontbreekt")
        return ""
    if not isinstance(value, str):
        raise RecordError(f"{name} is geen tekst: {value!r}")
    value = value.strip()
    if max_length and len(value) > max_length:
        raise RecordError(f"{name} is langer dan {max_length} tekens")
    return value


def as_int(fields: dict, name: str) -> int | None:
    value = fields.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError(f"{name} is geen getal: {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
        return int(value)
    raise RecordError(f"{name} is geen getal: {value!r}")


def as_datetime(fields: dict, name: str) -> datetime.datetime | None:
    """ISO 8601; the year 1 (``0001-01-01T00:00:00Z``) is the feed's way of saying empty."""
    value = fields.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f"{name} is geen datum: {value!r}")
    if value.startswith("0001-01-01"):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        raise RecordError(f"{name} is geen geldige datum: {value!r}") from None
    if parsed.tzinfo is None:
        # The SyncFeed's naive stamps are UTC: its tk:bijgewerkt "2019-06-28T23:59:41.5570000"
        # is the same instant as the OData ApiGewijzigdOp "2019-06-28T23:59:41.5570000Z" of
        # that record, and the entry's own <updated> says Z (docs/opendata.md, "Timestamps").
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def as_date(fields: dict, name: str) -> datetime.date | None:
    """A calendar date as the Kamer meant it: midnight Amsterdam time stored as UTC is that day.

    A naive value ("2025-11-20T00:00:00") is a date as written, whatever the zone.
    """
    value = fields.get(name)
    if isinstance(value, str) and value and not value.startswith("0001-01-01"):
        try:
            if datetime.datetime.fromisoformat(value.strip()).tzinfo is None:
                return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    parsed = as_datetime(fields, name)
    return parsed.astimezone(AMSTERDAM).date() if parsed else None


def ref_ids(fields: dict, name: str) -> list[str]:
    """A relation in any of its shapes: ``X_Id``, ``{"Id": ...}``, a list of those, a string."""
    values: list[Any] = []
    scalar = fields.get(f"{name}_Id")
    if scalar:
        values.append(scalar)
    value = fields.get(name)
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict):
            values.append(item.get("Id"))
        elif isinstance(item, str) and item:
            values.append(item)
    result: list[str] = []
    for item in values:
        if not isinstance(item, str) or not item.strip():
            raise RecordError(f"{name} heeft een ongeldige verwijzing: {item!r}")
        if item.strip() not in result:
            result.append(item.strip())
    return result


def expanded(fields: dict, name: str) -> list[dict]:
    """``$expand``ed related objects that carry more than their Id."""
    value = fields.get(name)
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict) and len(item) > 1]


def text_values(fields: dict, name: str) -> list[str]:
    """A field that may repeat (``KamerbriefNakoming``): strings, objects or a list of them."""
    value = fields.get(name)
    if value is None or value == "":
        return []
    items = value if isinstance(value, list) else [value]
    result: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("DocumentNummer") or item.get("Id")
        if not isinstance(item, str):
            raise RecordError(f"{name} is geen tekst: {item!r}")
        for part in re.split(r"[;,\s]+", item.strip()):
            if part and part not in result:
                result.append(part)
    return result
