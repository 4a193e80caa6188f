"""Sitemaps for search engines: only what the public pages show (``public()``)."""

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse
from django.utils.functional import cached_property

from . import summary
from .models import Commitment, Document, Meeting


class CountedPaginator(Paginator):
    """A paginator told its count: the running totals know it without a million-row COUNT."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self._known_count = count

    @cached_property
    def count(self):
        return self._known_count


class PublicSitemap(Sitemap):
    # Well under the protocol's 50,000 URLs; a million commitments make 100 pages, each one
    # keyset-friendly query on the primary key.
    limit = 10_000

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default walks every item in Python; one MAX() is the same answer.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class CountedSitemap(PublicSitemap):
    """Counted by the running totals; the newest change from the ``updated_at`` index (the
    first public row walking it backwards) instead of a MAX() over every public row."""

    def count(self):
        raise NotImplementedError

    @property
    def paginator(self):
        return CountedPaginator(self._items(), self.limit, self.count())

    def get_latest_lastmod(self):
        return self.items().order_by("-updated_at").values_list("updated_at", flat=True).first()


class CommitmentSitemap(CountedSitemap):
    changefreq = "weekly"

    def items(self):
        return Commitment.objects.public().only("key", "updated_at").order_by("pk")

    def count(self):
        return summary.public_commitment_count()


class DocumentSitemap(CountedSitemap):
    changefreq = "monthly"

    def items(self):
        return Document.objects.public().only("identifier", "updated_at").order_by("pk")

    def count(self):
        return summary.public_document_count()


class MeetingSitemap(PublicSitemap):
    changefreq = "monthly"

    def items(self):
        return Meeting.objects.only("slug", "updated_at").order_by("pk")


class PageSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            "commitments:home",
            "commitments:commitment-list",
            "commitments:meeting-list",
            "commitments:statistics",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "toezeggingen": CommitmentSitemap,
    "kamerstukken": DocumentSitemap,
    "bijeenkomsten": MeetingSitemap,
}
