"""Sitemaps and robots.txt: what search engines are told about, and only that."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import Commitment, Document, Ministry

pytestmark = pytest.mark.django_db

ANNEX = "kst-28676-448-vertrouwelijke-bijlage"


def test_index_lists_every_section(client, seed):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    for section in ("pages", "toezeggingen", "kamerstukken", "bijeenkomsten"):
        assert f"http://testserver/sitemap-{section}.xml" in response.text


def test_sections_list_public_items_only(client, seed):
    Commitment.objects.filter(key="navo-norm-standpunt").update(is_published=False)
    commitments = client.get("/sitemap-toezeggingen.xml").text
    assert "/toezeggingen/navo-contactambassade-japan/" in commitments
    assert "navo-norm-standpunt" not in commitments
    documents = client.get("/sitemap-kamerstukken.xml").text
    assert "/kamerstukken/kst-28676-474/" in documents
    assert "/kamerstukken/kst-28676-448/" in documents
    assert ANNEX not in documents
    assert "/bijeenkomsten/navo-fmm-2024-12/" in client.get("/sitemap-bijeenkomsten.xml").text


def test_attachment_of_a_confidential_document_is_not_listed(client, seed):
    # The annex is itself an attachment (and may have none); a confidential Kamerstuk may.
    secret = Document.objects.create(identifier="geheim-stuk", title="Geheim", is_confidential=True)
    Document.objects.create(identifier="bijlage-van-de-annex", title="Bijlage", parent=secret)
    assert "bijlage-van-de-annex" not in client.get("/sitemap-kamerstukken.xml").text


def test_unknown_section_and_page_are_404(client, seed):
    assert client.get("/sitemap-geheim.xml").status_code == 404
    assert client.get("/sitemap-toezeggingen.xml?p=99").status_code == 404


def test_sitemap_queries_do_not_grow_with_rows(client, seed):
    ministry = Ministry.objects.get(slug="buitenlandse-zaken")

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = {url: queries(url) for url in ("/sitemap.xml", "/sitemap-toezeggingen.xml")}
    Commitment.objects.bulk_create(
        Commitment(key=f"extra-{i}", text="Extra", ministry=ministry, is_published=True)
        for i in range(40)
    )
    after = {url: queries(url) for url in before}
    assert after == before
    assert max(after.values()) <= 6


def test_robots_txt_points_at_the_sitemap_and_away_from_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
