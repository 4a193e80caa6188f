"""Which query parameters a list, an export or an API answer accepts.

A misspelled filter (``?stauts=open``) used to be ignored, so a typo returned everything.
Every parameter is now either a filter of the one FilterSet, a paging or format option of
the endpoint, or an error that names it; an answer to a query string is also stored in the
response cache only when a view vetted that query string (``mark_vetted``).
"""

import difflib
import functools

from django.utils.translation import gettext as _

# Options of every API list besides its filters (q and ordering are filters).
API_LIST_OPTIONS = frozenset({"cursor", "page_size", "format", "fields", "expand", "count"})
# Options of an API detail answer.
API_DETAIL_OPTIONS = frozenset({"format", "fields", "expand"})
# The HTML list: its filters plus the page number.
PAGE_OPTIONS = frozenset({"page"})

VETTED_ATTRIBUTE = "query_parameters_vetted"


def given_filters(cleaned: dict) -> set[str]:
    """The filters a reader gave a value, from a FilterSet's cleaned data; ``ordering`` is
    left out because it sorts the list and does not narrow it."""
    given = {name for name, value in cleaned.items() if value not in (None, "", [])}
    return given - {"ordering"}


@functools.cache
def filter_parameters(filterset_class) -> frozenset[str]:
    """The names a FilterSet reads from the query string, range suffixes included
    (``made_on`` is read as ``made_on_after`` and ``made_on_before``)."""
    return frozenset(filter_of_parameter(filterset_class))


@functools.cache
def filter_of_parameter(filterset_class) -> dict[str, str]:
    """Query parameter -> the name of the filter that reads it."""
    names = {}
    for name, filter_ in filterset_class.base_filters.items():
        widget = filter_.field.widget
        suffixes = getattr(widget, "suffixes", None)
        if suffixes:
            names.update((widget.suffixed(name, suffix), name) for suffix in suffixes)
        else:
            names[name] = name
    return names


def unknown_parameter_message(name: str, allowed) -> str:
    close = difflib.get_close_matches(name, sorted(allowed), n=1, cutoff=0.6)
    if close:
        return _("Onbekende parameter '%(name)s'. Bedoelt u '%(close)s'?") % {
            "name": name,
            "close": close[0],
        }
    return _("Onbekende parameter '%(name)s'. Toegestaan zijn: %(allowed)s.") % {
        "name": name,
        "allowed": ", ".join(sorted(allowed)),
    }


def unknown_parameter_errors(query, allowed) -> dict[str, list[str]]:
    """``{name: [message]}`` for every parameter in ``query`` that is not ``allowed``, in the
    order the client wrote them; empty when all are known."""
    return {
        name: [unknown_parameter_message(name, allowed)] for name in query if name not in allowed
    }


def mark_vetted(response):
    """Says the view checked every query parameter, so the answer may be stored."""
    setattr(response, VETTED_ATTRIBUTE, True)
    return response


def is_vetted(request, response) -> bool:
    """No query string, or one the view checked. Anything else (``/?utm=…``, ``?x=1`` on a
    page that reads no parameters) is answered but never stored: otherwise anyone could fill
    the cache with one entry per made-up parameter."""
    return not request.GET or getattr(response, VETTED_ATTRIBUTE, False)
