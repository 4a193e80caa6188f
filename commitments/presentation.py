"""What a public page says about a commitment, in words: the headline and the verdict.

Pure functions of a commitment (with its public fulfilments already fetched) and a date, so
the page and its tests agree without a browser.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from .models import Commitment

Status = Commitment.Status

# A heading longer than this is cut at a word boundary; the page shows the full text below.
HEADLINE_CHARS = 120


def headline(text: str, limit: int = HEADLINE_CHARS) -> str:
    """The promise as a heading: whole when short, else cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:.\u2013\u2014- ")
    return f"{cut}…"


def long_date(day: datetime.date) -> str:
    return date_format(day, "j F Y")


def day_count(days: int) -> str:
    """ "1 dag", "1.526 dagen": with the language's thousands separator."""
    return ngettext("%(days)s dag", "%(days)s dagen", days) % {
        "days": number_format(days, force_grouping=True)
    }


def unknown_facts(commitment: Commitment) -> list[str]:
    """The facts the register does not know, named once in one line instead of a row each."""
    made_in_known = commitment.debate_id or (
        commitment.document_id and getattr(commitment, "document_public", False)
    )
    missing = [
        (commitment.made_by_id, _("wie haar deed")),
        (commitment.ministry_id, _("ministerie")),
        (made_in_known, _("waar zij is gedaan")),
        (commitment.made_on, _("wanneer zij is gedaan")),
    ]
    return [label for known, label in missing if not known]


def _documents(fulfilments):
    # A letter's title is Dutch source text, marked so inside an English sentence.
    lang = mark_safe(' lang="nl"') if get_language() != "nl" else ""
    return format_html_join(
        _(" en "),
        '<a href="{}"{}>{}</a>',
        ((f.document.get_absolute_url(), lang, f.document.title) for f in fulfilments),
    )


def verdict(commitment: Commitment, fulfilments, today: datetime.date | None = None) -> dict:
    """The status panel: a tone for the colour, the verdict in one sentence, and a line
    about the deadline (empty when there is nothing to add).

    ``fulfilments`` are the public ones only (the page prefetches them): a confidential
    letter is never named; the verdict then says only when.
    """
    today = today or timezone.localdate()
    due, status = commitment.due_date, commitment.status
    overdue = status in Commitment.OPEN_STATUSES and due is not None and due < today
    if status == Status.LAPSED:
        return {"tone": status, "text": _("Vervallen"), "deadline": ""}
    if status == Status.FULFILLED or (status == Status.PARTLY_FULFILLED and not overdue):
        return _met(commitment, fulfilments)
    if overdue:
        text = _("Over de termijn sinds {date} ({days})").format(
            date=long_date(due), days=day_count((today - due).days)
        )
        deadline = ""
        if status == Status.PARTLY_FULFILLED:
            deadline = _("Deels voldaan; de rest is nog niet nagekomen")
        return {"tone": "overdue", "text": text, "deadline": deadline}
    if due is None:
        if commitment.due_description:
            deadline = _("Termijn: {due}").format(due=commitment.due_description)
        else:
            deadline = _("Geen termijn bekend")
    elif due == today:
        deadline = _("Termijn: vandaag, {date}").format(date=long_date(due))
    else:
        deadline = _("Termijn: {date} (nog {days})").format(
            date=long_date(due), days=day_count((due - today).days)
        )
    return {"tone": status, "text": _("Openstaand"), "deadline": deadline}


def _met(commitment: Commitment, fulfilments) -> dict:
    """Fulfilled, or partly: when, with which letters, and how that compares to the deadline."""
    partly = commitment.status == Status.PARTLY_FULFILLED
    on, due = commitment.fulfilled_on, commitment.due_date
    if on and fulfilments:
        template = (
            _("Deels voldaan op {date} met {documents}")
            if partly
            else _("Voldaan op {date} met {documents}")
        )
        text = format_html(template, date=long_date(on), documents=_documents(fulfilments))
    elif on:
        text = (_("Deels voldaan op {date}") if partly else _("Voldaan op {date}")).format(
            date=long_date(on)
        )
    elif fulfilments:
        template = _("Deels voldaan met {documents}") if partly else _("Voldaan met {documents}")
        text = format_html(template, documents=_documents(fulfilments))
    else:
        text = _("Deels voldaan") if partly else _("Voldaan")
    deadline = ""
    if due and on:
        late = (on - due).days
        if late > 0:
            deadline = _("{days} na de termijn van {date}").format(
                days=day_count(late), date=long_date(due)
            )
        else:
            deadline = _("Op tijd: de termijn was {date}").format(date=long_date(due))
    return {"tone": commitment.status, "text": text, "deadline": deadline}


def _counted(status: str, count: int) -> str:
    """ "12 openstaande toezeggingen": the count with the status as an adjective."""
    phrases = {
        "": ngettext("%(count)s toezegging", "%(count)s toezeggingen", count),
        Status.OPEN: ngettext(
            "%(count)s openstaande toezegging", "%(count)s openstaande toezeggingen", count
        ),
        Status.FULFILLED: ngettext(
            "%(count)s voldane toezegging", "%(count)s voldane toezeggingen", count
        ),
        Status.PARTLY_FULFILLED: ngettext(
            "%(count)s deels voldane toezegging", "%(count)s deels voldane toezeggingen", count
        ),
        Status.LAPSED: ngettext(
            "%(count)s vervallen toezegging", "%(count)s vervallen toezeggingen", count
        ),
    }
    return phrases[status] % {"count": number_format(count, force_grouping=True)}


def describe_query(cleaned: dict, count: int) -> str:
    """The list's heading in words: "12 openstaande toezeggingen van Buitenlandse Zaken".

    Names what narrows the list (status, overdue, who, where, the search words); a query
    of several statuses or with date ranges is described by its other parts.
    """
    statuses = cleaned.get("status") or []
    parts = [_counted(statuses[0] if len(statuses) == 1 else "", count)]
    if cleaned.get("overdue") is True:
        parts.append(_("over de termijn"))
    elif cleaned.get("overdue") is False:
        parts.append(_("niet over de termijn"))
    if cleaned.get("ministry"):
        parts.append(_("van {name}").format(name=cleaned["ministry"].name))
    if cleaned.get("person"):
        parts.append(_("gedaan door {name}").format(name=cleaned["person"].name))
    if cleaned.get("committee"):
        parts.append(_("in de {name}").format(name=cleaned["committee"].name))
    if cleaned.get("dossier"):
        parts.append(_("in dossier {number}").format(number=cleaned["dossier"].strip()))
    if cleaned.get("meeting"):
        meeting = cleaned["meeting"]
        parts.append(
            _("bij {name} van {date}").format(name=meeting.name, date=long_date(meeting.start_date))
        )
    if cleaned.get("document"):
        parts.append(_("in {document}").format(document=cleaned["document"].identifier))
    if cleaned.get("q"):
        parts.append(_('met "{words}"').format(words=cleaned["q"].strip()))
    return " ".join(parts)
