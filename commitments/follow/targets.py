"""What can be followed, and which commitments each followed thing covers.

A ministry, a committee and a search all mean "the commitments the public list shows for
these filters": membership is decided by the list's own FilterSet, so a digest and the
page it links to always agree. Only public items can be followed (``public()``).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Model
from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from ..filters import CommitmentFilter
from ..models import Commitment, Committee, Ministry
from .models import FollowKind

# The list's paging and ordering are how results are shown, not what is followed.
IGNORED_PARAMS = {"page", "ordering"}
# Longest query string a search subscription stores (``Subscription.query``).
MAX_QUERY_LENGTH = 1000

# The list's filter parameter for each scope kind.
SCOPE_PARAMS = {FollowKind.MINISTRY: "ministry", FollowKind.COMMITTEE: "committee"}

FOLLOW_URL_NAMES = {
    FollowKind.COMMITMENT: "commitments:follow-commitment",
    FollowKind.MINISTRY: "commitments:follow-ministry",
    FollowKind.COMMITTEE: "commitments:follow-committee",
    FollowKind.SEARCH: "commitments:follow-search",
}


class BadSearch(ValueError):
    """A query string the list's FilterSet rejects, or one too long to keep."""


def filter_param_names() -> set[str]:
    """Every query parameter the list's FilterSet reads (a date range reads two)."""
    names = set()
    form = CommitmentFilter(queryset=Commitment.objects.none()).form
    for name, form_field in form.fields.items():
        suffixes = getattr(form_field.widget, "suffixes", None)
        if suffixes:
            names.update(f"{name}_{suffix}" if suffix else name for suffix in suffixes)
        else:
            names.add(name)
    return names - IGNORED_PARAMS


def canonical_query(params: QueryDict) -> str:
    """The filters of a list URL, sorted and without empty or unknown parameters, so the
    same search typed twice is one subscription."""
    allowed = filter_param_names()
    pairs = sorted(
        {
            (name, value.strip())
            for name in params
            if name in allowed
            for value in params.getlist(name)
            if value.strip()
        }
    )
    return urlencode(pairs)


def search_filterset(query: str, queryset=None) -> CommitmentFilter:
    filterset = CommitmentFilter(
        QueryDict(query), queryset=Commitment.objects.public() if queryset is None else queryset
    )
    if len(query) > MAX_QUERY_LENGTH or not filterset.is_valid():
        raise BadSearch(query)
    return filterset


def _display(value) -> str:
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, slice):
        start = date_format(value.start.date(), "j F Y") if value.start else "…"
        stop = date_format(value.stop.date(), "j F Y") if value.stop else "…"
        return f"{start} - {stop}"
    if isinstance(value, datetime.datetime | datetime.date):
        return date_format(value, "j F Y")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def describe_search(filterset: CommitmentFilter) -> str:
    """ "Zoeken: navo; Status: Openstaand" in the form's own labels; every filter shown."""
    form = filterset.form
    parts = []
    for name, value in form.cleaned_data.items():
        if name in IGNORED_PARAMS or value in (None, "", [], ()) or value == slice(None, None):
            continue
        if name == "status":
            labels = dict(Commitment.Status.choices)
            value = [labels.get(v, v) for v in value]
        parts.append(f"{form.fields[name].label}: {_display(value)}")
    return "; ".join(parts) or _("alle toezeggingen")


@dataclass
class Target:
    """A followable thing, as the follow page and the mails name and link it.

    The label is worked out when read, so it comes in the language active then (a digest
    is written in each reader's own), from what is loaded already: no query.
    """

    kind: str
    page_url: str
    obj: Model | None = None
    query: str = ""
    filterset: CommitmentFilter | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        if self.kind == FollowKind.COMMITMENT:
            if not self.obj.is_published:
                # A followed commitment may have been withdrawn since: never show its text.
                return _("Een toezegging die niet meer openbaar is")
            return commitment_label(self.obj)
        if self.kind == FollowKind.MINISTRY:
            return _("Ministerie: %(name)s") % {"name": self.obj.name}
        if self.kind == FollowKind.COMMITTEE:
            return _("Commissie: %(name)s") % {"name": self.obj.name}
        if self.filterset is None:
            return _("Een zoekopdracht die niet meer werkt")
        return _("Zoekopdracht: %(query)s") % {"query": describe_search(self.filterset)}

    @property
    def value(self) -> str:
        if self.kind == FollowKind.SEARCH:
            return self.query
        return self.obj.key if self.kind == FollowKind.COMMITMENT else self.obj.slug

    @property
    def follow_url(self) -> str:
        if self.kind == FollowKind.SEARCH:
            base = reverse(FOLLOW_URL_NAMES[self.kind])
            return f"{base}?{self.query}" if self.query else base
        return reverse(FOLLOW_URL_NAMES[self.kind], args=[self.value])

    def subscription_fields(self) -> dict:
        if self.kind == FollowKind.SEARCH:
            return {"kind": self.kind, "query": self.query}
        return {"kind": self.kind, self.kind: self.obj}


def commitment_label(commitment: Commitment) -> str:
    label = commitment.number or commitment.key
    return _("Toezegging %(label)s: %(text)s") % {
        "label": label,
        # One line: the label goes into mail subjects, where a line break is refused.
        "text": Truncator(" ".join(commitment.text.split())).chars(100),
    }


def list_url(query: str) -> str:
    return reverse("commitments:commitment-list") + (f"?{query}" if query else "")


def target_for(kind: str, obj: Model | None = None, query: str = "") -> Target:
    """The target of a subscription or of a follow page; the objects must be loaded.

    Raises ``BadSearch`` for a search the list would refuse."""
    if kind == FollowKind.COMMITMENT:
        return Target(kind, obj.get_absolute_url(), obj=obj)
    if kind == FollowKind.MINISTRY:
        return Target(kind, reverse("commitments:ministry-detail", args=[obj.slug]), obj=obj)
    if kind == FollowKind.COMMITTEE:
        return Target(kind, reverse("commitments:committee-detail", args=[obj.slug]), obj=obj)
    return Target(kind, list_url(query), query=query, filterset=search_filterset(query))


def resolve(kind: str, value: str = "", params: QueryDict | None = None) -> Target:
    """The target a follow page names; 404 for anything the public cannot see.

    Raises ``BadSearch`` for a search the list would answer with an error."""
    if kind == FollowKind.COMMITMENT:
        try:
            obj = Commitment.objects.public().get(key=value)
        except Commitment.DoesNotExist:
            raise Http404 from None
        return target_for(kind, obj)
    if kind in SCOPE_PARAMS:
        model = Ministry if kind == FollowKind.MINISTRY else Committee
        try:
            return target_for(kind, model.objects.get(slug=value))
        except model.DoesNotExist:
            raise Http404 from None
    return target_for(FollowKind.SEARCH, query=canonical_query(params or QueryDict()))


def subscription_target(subscription) -> Target:
    """Never raises: a stored search the list no longer accepts (a filter value that was
    removed) gets a plain label and no ``filterset``, and a digest skips it."""
    obj = None
    if subscription.kind != FollowKind.SEARCH:
        obj = getattr(subscription, subscription.kind)
    try:
        return target_for(subscription.kind, obj, subscription.query)
    except BadSearch:
        return Target(subscription.kind, list_url(subscription.query), query=subscription.query)


def scope_params(target: Target) -> QueryDict:
    """The list's filters for a ministry, committee or search target."""
    if target.kind == FollowKind.SEARCH:
        return QueryDict(target.query)
    params = QueryDict(mutable=True)
    params[SCOPE_PARAMS[target.kind]] = target.obj.slug
    return params
