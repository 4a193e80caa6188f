"""Links to the follow-by-e-mail page, for the include ``commitments/follow/_follow.html``."""

from django import template
from django.http import QueryDict
from django.urls import reverse
from django.utils.http import urlencode

from ..follow.models import CONFIRM_MAX_AGE, FollowKind
from ..follow.targets import FOLLOW_URL_NAMES, canonical_query
from ..models import Commitment, Committee, Dossier, Ministry, Person
from .tracker import dossier_arg

register = template.Library()


@register.simple_tag
def follow_url(obj) -> str:
    """Where to follow ``obj``. A dossier or a person is followed as the list's search for
    it (``?dossier=``, ``?person=``); anything else has no follow page."""
    if isinstance(obj, Commitment):
        return reverse(FOLLOW_URL_NAMES[FollowKind.COMMITMENT], args=[obj.key])
    if isinstance(obj, Ministry):
        return reverse(FOLLOW_URL_NAMES[FollowKind.MINISTRY], args=[obj.slug])
    if isinstance(obj, Committee):
        return reverse(FOLLOW_URL_NAMES[FollowKind.COMMITTEE], args=[obj.slug])
    search = reverse(FOLLOW_URL_NAMES[FollowKind.SEARCH])
    if isinstance(obj, Dossier):
        return f"{search}?{urlencode({'dossier': dossier_arg(obj)})}"
    if isinstance(obj, Person):
        return f"{search}?{urlencode({'person': obj.slug})}"
    return ""


@register.simple_tag
def follow_search_url(query) -> str:
    """Where to follow the list's current search (its query string, page and order left out)."""
    if query is None:
        return ""
    search = reverse(FOLLOW_URL_NAMES[FollowKind.SEARCH])
    canonical = canonical_query(QueryDict(query))
    return f"{search}?{canonical}" if canonical else search


@register.simple_tag
def follow_confirm_days() -> int:
    """How long a confirmation link works, for the privacy text wherever it is included."""
    return CONFIRM_MAX_AGE.days
