"""Atom feeds of new and fulfilled commitments, overall and per ministry or committee."""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .models import Commitment, Committee, Ministry
from .throttling import throttled
from .views import public_commitments, scoped_commitments

FEED_ITEMS = 50


@dataclass
class FeedEntry:
    """One thing that happened to a commitment: it was registered, or it was fulfilled."""

    commitment: Commitment
    kind: str
    when: datetime.datetime


def _start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def feed_entries(queryset):
    """The newest registrations and fulfilments of ``queryset``, newest first.

    Two bounded queries, merged: the feed never loads the whole register.
    """
    queryset = queryset.order_by()
    new = queryset.order_by("-created_at", "key")[:FEED_ITEMS]
    fulfilled = queryset.fulfilled_by().order_by("-fulfilled_on", "key")[:FEED_ITEMS]
    entries = [FeedEntry(c, "new", c.created_at) for c in new]
    entries += [FeedEntry(c, "fulfilled", _start_of_day(c.fulfilled_on)) for c in fulfilled]
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:FEED_ITEMS]


class CommitmentFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        # A feed reads a whole (scoped) register: anonymous clients share the export rate.
        return throttled(super().__call__)(request, *args, **kwargs)

    def title(self, obj=None):
        if obj is None:
            return _("Toezeggingen: nieuw en voldaan")
        return _("Toezeggingen van %(name)s: nieuw en voldaan") % {"name": obj.name}

    def subtitle(self, obj=None):
        return _("Nieuw geregistreerde en voldane toezeggingen aan de Tweede Kamer.")

    def link(self, obj=None):
        if obj is None:
            return reverse("commitments:commitment-list")
        return obj_url(obj)

    def commitments(self, obj):
        return public_commitments()

    def items(self, obj=None):
        return feed_entries(self.commitments(obj))

    def item_title(self, item):
        label = item.commitment.number or item.commitment.key
        if item.kind == "fulfilled":
            return _("Voldaan: %(label)s") % {"label": label}
        return _("Nieuwe toezegging: %(label)s") % {"label": label}

    def item_description(self, item):
        return item.commitment.text

    def item_link(self, item):
        return item.commitment.get_absolute_url()

    def item_guid(self, item):
        # A commitment appears twice (new, then fulfilled); each entry needs its own id.
        return f"{item.commitment.get_absolute_url()}#{item.kind}"

    def item_pubdate(self, item):
        return item.when

    def item_updateddate(self, item):
        return item.when

    def item_author_name(self, item):
        return item.commitment.made_by.name if item.commitment.made_by else None


def obj_url(obj):
    if isinstance(obj, Ministry):
        return reverse("commitments:ministry-detail", args=[obj.slug])
    return reverse("commitments:committee-detail", args=[obj.slug])


class MinistryCommitmentFeed(CommitmentFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Ministry, slug=slug)

    def commitments(self, obj):
        return scoped_commitments("ministry", obj.slug)


class CommitteeCommitmentFeed(CommitmentFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Committee, slug=slug)

    def commitments(self, obj):
        return scoped_commitments("committee", obj.slug)
