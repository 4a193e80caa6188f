"""Sitemaps for search engines: only what the public pages show (``public()``)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from .models import Commitment, Document, Meeting


class PublicSitemap(Sitemap):
    # Well under the protocol's 50,000 URLs; a million commitments make 100 pages, each one
    # keyset-friendly query on the primary key.
    limit = 10_000

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        # Django's default walks every item in Python; one MAX() is the same answer.
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class CommitmentSitemap(PublicSitemap):
    changefreq = "weekly"

    def items(self):
        return Commitment.objects.public().only("key", "updated_at").order_by("pk")


class DocumentSitemap(PublicSitemap):
    changefreq = "monthly"

    def items(self):
        return Document.objects.public().only("identifier", "updated_at").order_by("pk")


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
