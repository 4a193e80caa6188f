"""Template helpers for the public pages."""

import logging
import re

from django import template
from django.urls import translate_url
from django.utils.formats import date_format, number_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from commitments import sources, tables
from commitments.importers.kamerstuk import normalise
from commitments.importers.kamerstuk.header import read_layout
from commitments.importers.kamerstuk.structure import heading_levels
from commitments.models import Commitment

register = template.Library()
logger = logging.getLogger(__name__)

STATUS_LABELS = dict(Commitment.Status.choices)


@register.simple_tag(takes_context=True)
def url_with(context, **changes):
    """The current query string with ``changes`` applied, so links keep the active filters."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def status_label(value):
    """Display name of a raw status value, as stored in events."""
    return STATUS_LABELS.get(value, value or _("onbekend"))


@register.filter
def paragraphs(text):
    """Raw Kamerstuk text as a list of paragraphs (see ``text_structure``)."""
    return [paragraph for paragraph, _level in text_structure(text)]


def text_structure(text) -> list[tuple[str, int]]:
    """Raw Kamerstuk text as ``(paragraph, heading level)`` pairs, level 0 for body text.

    The importer's stages find the structure: ``normalise`` repairs the PDF text (footers,
    hyphenation, lines within a paragraph joined), ``read_layout`` finds where the title and
    body are, ``heading_levels`` the section headings in the body (short, capitalised lines
    without closing punctuation, "Werksessie 1: …", numbered titles). The title is level 1,
    as are the sections; a topic under a session is level 2.
    """
    if not text:
        return []
    try:
        paras = list(normalise(text).paragraphs)
        layout = read_layout(paras)
        levels = heading_levels(paras, layout.content_start, layout.body_end)
        levels.update(dict.fromkeys(range(layout.body_start, layout.content_start), 1))
    except Exception:
        # A clean-up bug must not take a public page down: log it, show the raw text.
        logger.exception("Could not read a Kamerstuk's structure; showing it raw.")
        blocks = re.split(r"\n\s*\n", text)
        return [(" ".join(block.split()), 0) for block in blocks if block.strip()]
    return [
        (" ".join(paragraph.split()), levels.get(index, 0))
        for index, paragraph in enumerate(paras)
        if paragraph.strip()
    ]


@register.simple_tag
def date_range(start, end):
    """ "3-4 december 2024", "30 november-1 december 2024", or one date when they are equal."""
    if start == end or end is None:
        return date_format(start, "j F Y")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{date_format(end, 'j F Y')}"
    if start.year == end.year:
        return f"{date_format(start, 'j F')}-{date_format(end, 'j F Y')}"
    return f"{date_format(start, 'j F Y')}-{date_format(end, 'j F Y')}"


@register.filter
def dossier_arg(dossier):
    """URL argument for a dossier page: "28676" or "21501-02"."""
    return f"{dossier.number}-{dossier.toevoeging}" if dossier.toevoeging else str(dossier.number)


@register.filter
def document_label(document):
    """Citation and title, without repeating a title that is only the citation."""
    citation = document.citation
    if citation and document.title != citation:
        return f"{citation}: {document.title}"
    return citation or document.title


@register.filter
def official_sources(document):
    """(label, url) of the document's official publication and Tweede Kamer page."""
    return sources.document_sources(document)


@register.filter
def commitment_source(commitment):
    return sources.commitment_source(commitment)


@register.filter
def debate_source(debate):
    return sources.debate_source(debate)


@register.filter
def thousands(value):
    """12345 -> "12.345" in Dutch, "12,345" in English (USE_THOUSAND_SEPARATOR stays off
    so that years, ids and form values are never grouped)."""
    if value in (None, ""):
        return ""
    return number_format(value, force_grouping=True)


@register.simple_tag
def source_lang():
    """``lang="nl"`` on Dutch source text (a promise, a Kamerstuk) on a page in another
    language, so a screen reader pronounces it as Dutch (WCAG 3.1.2)."""
    return mark_safe(' lang="nl"') if get_language() != "nl" else ""


@register.simple_tag(takes_context=True)
def language_url(context, code):
    """This page's address in another language: /toezeggingen/x/ <-> /en/toezeggingen/x/."""
    request = context.get("request")
    if request is None:
        return ""
    return translate_url(request.get_full_path(), code)


@register.simple_tag
def commitment_rows(commitments):
    """The table's rows, written in Python (``commitments/tables.py`` says why)."""
    return tables.commitment_rows(commitments)


@register.simple_tag
def data_table(table):
    """A statistics table from its data, written in Python (``commitments/tables.py``)."""
    return tables.data_table(table)
