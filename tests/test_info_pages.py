"""The trust layer: what the register is, how it counts, where the data comes from."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from commitments.models import SyncState

pytestmark = pytest.mark.django_db

INFO_PAGES = ["about", "accessibility", "privacy", "contact", "open-data"]


@pytest.mark.parametrize("name", INFO_PAGES)
def test_info_pages_answer_and_are_linked_from_every_page(client, name):
    url = reverse(f"commitments:{name}")
    assert client.get(url).status_code == 200
    assert f'href="{url}"' in client.get(reverse("commitments:home")).content.decode()


def test_about_page_explains_statuses_and_overdue_and_names_the_last_sync(client):
    page = client.get(reverse("commitments:about")).content.decode()
    for label in ("Openstaand", "Deels voldaan", "Voldaan", "Vervallen", "Over de termijn"):
        assert label in page
    assert "Hoe wordt 'over de termijn' geteld?" in page
    assert "niet gesynchroniseerd" in page

    when = timezone.make_aware(datetime.datetime(2026, 11, 30, 6, 15))
    SyncState.objects.create(feed="odata:Toezegging", last_run_at=when)
    SyncState.objects.create(feed="odata:Document", last_run_at=when - datetime.timedelta(days=3))
    page = client.get(reverse("commitments:about")).content.decode()
    assert (
        "Laatst gesynchroniseerd met de open data van de Tweede Kamer: 30 november 2026, 06:15"
        in page
    )


def test_contact_address_comes_from_the_settings(client, settings):
    settings.CONTACT_EMAIL = "register@griffie.example"
    page = client.get(reverse("commitments:contact")).content.decode()
    assert 'href="mailto:register@griffie.example"' in page


def test_sharing_tags_describe_the_commitment(client, navo_norm_commitment):
    page = client.get(navo_norm_commitment.get_absolute_url()).content.decode()
    assert '<meta property="og:title" content="' in page
    assert '<meta property="og:description" content="Over de termijn sinds 24 juni 2025' in page
    assert 'rel="icon" href="/static/favicon.svg"' in page


def test_not_found_page_offers_a_search_box(client, settings):
    settings.DEBUG = False
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    page = response.content.decode()
    assert 'action="/toezeggingen/"' in page and 'name="q"' in page


def test_dossier_page_dates_its_documents_newest_first(client, seed):
    page = client.get("/dossiers/28676/").content.decode()
    section = page.split('id="documents-heading"', 1)[1]
    dates = re.findall(r'<time datetime="(\d{4}-\d{2}-\d{2})"', section)
    assert dates and dates == sorted(dates, reverse=True)


def test_kamerstuk_text_highlights_and_anchors_the_fulfilling_passage(client, seed):
    from commitments.models import Fulfilment

    fulfilment = Fulfilment.objects.select_related("commitment", "document").get(
        commitment__key="navo-contactambassade-japan"
    )
    page = client.get(fulfilment.document.get_absolute_url()).content.decode()
    anchor = 'id="toezegging-navo-contactambassade-japan"'
    assert anchor in page
    marked = page.split(anchor, 1)[1].split("</p>", 1)[0]
    assert "<mark>" in marked and "Denemarken" in marked
    # The commitment page links to that place in the text.
    commitment_page = client.get(fulfilment.commitment.get_absolute_url()).content.decode()
    assert f'{fulfilment.document.get_absolute_url()}#toezegging-navo-contactambassade-japan"' in (
        commitment_page
    )


def test_kamerstuk_text_shows_its_real_headings_anchored(client, seed):
    from commitments.models import Fulfilment

    fulfilment = Fulfilment.objects.select_related("document").get(
        commitment__key="navo-contactambassade-japan"
    )
    page = client.get(fulfilment.document.get_absolute_url()).content.decode()
    text = page.split('id="text-heading"', 1)[1]
    headings = re.findall(
        r'<(h[34]) id="(kop-[a-z0-9-]+)" class="text-heading">([^<]+)</h[34]>', text
    )
    titles = [title for _tag, _id, title in headings]
    # The title and the sections the importer finds, in order, each linkable.
    assert titles[0].startswith("Verslag NAVO Foreign Ministers Meeting")
    assert "Werksessie 2: NATO Ukraine Council" in titles
    assert "NAVO contact-ambassade Japan" in titles
    assert ("h3", "kop-navo-contact-ambassade-japan") in {(t, i) for t, i, _ in headings}
    assert len({anchor for _tag, anchor, _ in headings}) == len(headings)
    # Letter furniture is not a heading; body text stays a paragraph.
    assert "Tweede Kamer der Staten-Generaal" not in titles
    assert not any(title.endswith(".") for title in titles)
    # The fulfilling passage is still marked right after its section's heading.
    japan = text.split('id="kop-navo-contact-ambassade-japan"', 1)[1]
    assert japan.index('id="toezegging-navo-contactambassade-japan"') < japan.index("<h")
