"""Issue 12: nothing confidential leaks, nothing impossible is recorded.

One test (or a few) per threat; the random-tree visibility sweep is tests/test_visibility_sweep.py
and the cache/throttle/login threats are in tests/test_abuse.py.
"""

import contextlib
import datetime
import importlib
import json
import zoneinfo

import pytest
import time_machine
from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from rest_framework.authtoken.models import Token

from commitments import services
from commitments.admin.commitment import CommitmentForm
from commitments.filters import CommitmentFilter
from commitments.forms import FulfilForm, LapseForm
from commitments.models import (
    PUBLIC_NOTE_HELP,
    Commitment,
    CommitmentEvent,
    Document,
    Fulfilment,
)

pytestmark = pytest.mark.django_db
Status = Commitment.Status
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
TODAY = datetime.date(2026, 11, 23)
ANNEX = "kst-28676-448-vertrouwelijke-bijlage"
trust_rules = importlib.import_module("commitments.migrations.0011_trust_rules")
summary_migration = importlib.import_module("commitments.migrations.0013_summary")
late_days_migration = importlib.import_module("commitments.migrations.0015_late_days")


@pytest.fixture(autouse=True)
def frozen_today():
    cache.clear()
    with time_machine.travel(datetime.datetime(2026, 11, 23, 12, tzinfo=AMSTERDAM), tick=False):
        yield


@pytest.fixture
def made(navo_norm_commitment):
    """The NATO-norm commitment, with the day it was made known."""
    Commitment.objects.filter(pk=navo_norm_commitment.pk).update(made_on=datetime.date(2024, 11, 1))
    navo_norm_commitment.refresh_from_db()
    return navo_norm_commitment


@pytest.fixture
def clerk_token(clerk):
    return Token.objects.create(user=clerk).key


@contextlib.contextmanager
def without_depth_trigger():
    """Rows as they could be before migration 0008; the test's transaction restores it."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "ALTER TABLE commitments_document DISABLE TRIGGER commitments_document_one_level"
            )
        else:
            for statement in trust_rules.SQLITE_REVERSE_SQL:
                cursor.execute(statement)
    yield


def doc(identifier, **fields):
    return Document.objects.create(identifier=identifier, title=f"Titel {identifier}", **fields)


# --- 1. Attachments are one level deep, so the visibility rule holds at any depth ----------


def test_database_refuses_an_attachment_of_an_attachment(seed):
    annex = Document.objects.get(identifier=ANNEX)  # itself an attachment of nr. 448
    with pytest.raises(IntegrityError), transaction.atomic():
        doc("kleinkind", parent=annex)
    assert not Document.objects.filter(identifier="kleinkind").exists()


def test_database_refuses_making_a_document_with_attachments_an_attachment(seed):
    report = Document.objects.get(identifier="kst-28676-448")  # has the annex
    other = Document.objects.get(identifier="kst-28676-474")
    report.parent = other
    with pytest.raises(IntegrityError), transaction.atomic():
        report.save()
    # The bulk path (a queryset update, as the sync and restore use) is refused as well.
    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.filter(pk=report.pk).update(parent=other)
    report.refresh_from_db()
    assert report.parent_id is None


def test_clean_explains_the_rule_to_a_clerk(seed):
    annex = Document.objects.get(identifier=ANNEX)
    with pytest.raises(ValidationError) as error:
        Document(identifier="kleinkind", title="x", parent=annex).full_clean()
    assert "Een bijlage kan geen bijlage hebben" in str(error.value.message_dict["parent"])
    report = Document.objects.get(identifier="kst-28676-448")
    report.parent = Document.objects.get(identifier="kst-28676-474")
    with pytest.raises(ValidationError) as error:
        report.full_clean()
    assert "heeft zelf bijlagen" in str(error.value.message_dict["parent"])


def test_admin_offers_only_top_level_documents_as_parent(seed, clerk_client):
    response = clerk_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "commitments",
            "model_name": "document",
            "field_name": "parent",
            "term": "kst-28676-448",
        },
    )
    assert response.status_code == 200
    offered = {int(row["id"]) for row in response.json()["results"]}
    report = Document.objects.get(identifier="kst-28676-448")
    assert report.pk in offered
    assert report.attachments.get().pk not in offered  # the annex matches the term too


def test_depth_and_summary_triggers_exist_after_all_migrations():
    """A later SQLite migration that rebuilds the table would drop them silently (the
    running totals of migration 0013 would then drift without a sound)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
            expected = {"commitments_document_one_level"}
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            expected = {
                "commitments_document_one_level_insert",
                "commitments_document_one_level_update",
            }
        expected |= summary_migration.trigger_names()
        expected |= late_days_migration.trigger_names()
        assert expected <= {row[0] for row in cursor.fetchall()}


def test_migration_moves_old_grandchildren_up_and_keeps_them_hidden(seed):
    annex = Document.objects.get(identifier=ANNEX)
    report = annex.parent
    with without_depth_trigger():
        middle = doc("midden", parent=doc("top"))
        hidden = doc("onder-vertrouwelijk", parent=annex)
        open_grandchild = doc("onder-openbaar", parent=middle)
        trust_rules.repair_rows(apps, connection.schema_editor())
    hidden.refresh_from_db()
    open_grandchild.refresh_from_db()
    assert (hidden.parent, hidden.is_confidential) == (report, True)
    assert (open_grandchild.parent.identifier, open_grandchild.is_confidential) == ("top", False)


def test_page_names_a_parent_only_when_it_is_public(seed, client):
    """The template's own guard, for a row the database rule did not yet exist for."""
    annex = Document.objects.get(identifier=ANNEX)
    with without_depth_trigger():
        old_child = doc("oud-kleinkind", parent=annex)
        Document.objects.filter(pk=annex.pk).update(is_confidential=False)
        Document.objects.filter(pk=annex.parent_id).update(is_confidential=True)
        response = client.get(old_child.get_absolute_url())
    # The grandchild passes the two-level rule; its parent does not, so it is not named.
    assert response.status_code == 200
    assert annex.title not in response.text
    assert annex.get_absolute_url() not in response.text


# --- 3. Which notes are public ----------------------------------------------------------


def test_admin_says_next_to_every_public_note_that_it_is_public(clerk_client, navo_norm_commitment):
    assert "Openbaar" in str(PUBLIC_NOTE_HELP)
    for form in (FulfilForm(), LapseForm()):
        assert form.fields["note"].help_text == PUBLIC_NOTE_HELP
    response = clerk_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {"action": "mark_lapsed", "_selected_action": [navo_norm_commitment.pk]},
    )
    assert "Openbaar: deze toelichting staat in de geschiedenis" in response.text
    change = clerk_client.get(
        reverse("admin:commitments_commitment_change", args=[navo_norm_commitment.pk])
    ).text
    assert "Intern: alleen zichtbaar in het beheer" in change  # the commitment's own notes
    assert "de conflictmelding in de geschiedenis is openbaar" in change


# --- 7. Writes that cannot be true ------------------------------------------------------


def test_no_fulfilment_in_the_future_or_before_the_commitment(made, verslag_fmm_2024):
    navo_norm_commitment = made
    tomorrow = TODAY + datetime.timedelta(days=1)
    before = navo_norm_commitment.made_on - datetime.timedelta(days=1)
    for on, message in ((tomorrow, "in de toekomst"), (before, "voor de datum")):
        with pytest.raises(ValidationError, match=message):
            services.fulfil(navo_norm_commitment, documents=[verslag_fmm_2024], on=on)
    navo_norm_commitment.refresh_from_db()
    assert (navo_norm_commitment.status, navo_norm_commitment.fulfilled_on) == (Status.OPEN, None)
    assert not Fulfilment.objects.filter(commitment=navo_norm_commitment).exists()


@pytest.mark.parametrize("action", ["lapse", "reopen"])
def test_no_lapse_or_reopening_in_the_future_or_before_the_commitment(made, action):
    navo_norm_commitment = made
    if action == "reopen":
        services.lapse(navo_norm_commitment, on=TODAY)
        navo_norm_commitment.refresh_from_db()
    apply = getattr(services, action)
    for on in (TODAY + datetime.timedelta(days=1), datetime.date(2000, 1, 1)):
        with pytest.raises(ValidationError):
            apply(navo_norm_commitment, on=on)
    assert navo_norm_commitment.events.count() == (1 if action == "reopen" else 0)


def test_partly_fulfilled_after_fulfilled_drops_the_date(navo_norm_commitment, verslag_fmm_2024):
    services.fulfil(navo_norm_commitment, documents=[verslag_fmm_2024], on=TODAY)
    navo_norm_commitment.refresh_from_db()
    services.fulfil(navo_norm_commitment, documents=[verslag_fmm_2024], on=TODAY, partly=True)
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Status.PARTLY_FULFILLED
    assert navo_norm_commitment.fulfilled_on is None


def test_database_refuses_a_fulfilment_date_on_what_is_not_fulfilled(navo_norm_commitment):
    for status in (Status.PARTLY_FULFILLED, Status.OPEN, Status.LAPSED):
        with pytest.raises(IntegrityError), transaction.atomic():
            Commitment.objects.filter(pk=navo_norm_commitment.pk).update(
                status=status, fulfilled_on=TODAY
            )


def test_admin_action_refuses_2030(clerk_client, navo_norm_commitment, verslag_fmm_2024):
    response = clerk_client.post(
        reverse("admin:commitments_commitment_changelist"),
        {
            "action": "mark_fulfilled",
            "_selected_action": [navo_norm_commitment.pk],
            "apply": "1",
            "document": verslag_fmm_2024.pk,
            "on": "2030-01-01",
        },
        follow=True,
    )
    assert "in de toekomst" in response.text
    navo_norm_commitment.refresh_from_db()
    assert navo_norm_commitment.status == Status.OPEN


def test_api_refuses_a_future_fulfilment(client, navo_norm_commitment, clerk_token):
    response = client.post(
        f"/api/v1/commitments/{navo_norm_commitment.key}/fulfil/",
        {"document": "2024D50159", "date": "2030-01-01"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {clerk_token}",
    )
    assert response.status_code == 400
    assert "in de toekomst" in " ".join(response.json()["non_field_errors"])


def test_admin_add_form_refuses_impossible_dates(seed):
    data = {"key": "nieuw", "text": "Uw Kamer informeren.", "made_on": "2026-01-10"}
    for fulfilled_on, status, message in (
        ("2030-01-01", "fulfilled", "in de toekomst"),
        ("2026-01-01", "fulfilled", "voor de datum"),
        ("2026-02-01", "partly_fulfilled", "Alleen een voldane toezegging"),
    ):
        form = CommitmentForm({**data, "status": status, "fulfilled_on": fulfilled_on})
        assert not form.is_valid()
        assert message in " ".join(form.errors["fulfilled_on"])


def sync_record(tmp_path, **changes):
    """The open-data sync of the first record of the stand-in feed, with ``changes``."""
    from django.core.management import call_command

    from tests.importers.opendata.feeds import A, commitment, payload, write

    page = json.loads(payload("odata_toezegging_page1.json"))
    page["value"][0].update(changes)
    call_command("sync_tweedekamer", from_file=[write(tmp_path, "p.json", page)], verbosity=0)
    return commitment(A)


def test_sync_never_records_a_fulfilment_after_today(seed, tmp_path):
    record = sync_record(
        tmp_path,
        Status="Afgedaan",
        KamerbriefNakoming="2031D00001",  # not in the register: the feed's date is used
        GewijzigdOp="2030-01-01T10:00:00+01:00",
    )
    assert record.status == Status.FULFILLED
    assert record.fulfilled_on == TODAY


def test_sync_to_partly_fulfilled_drops_the_fulfilment_date(seed, tmp_path):
    fulfilled = sync_record(tmp_path, Status="Afgedaan", GewijzigdOp="2025-01-01T10:00:00+01:00")
    assert fulfilled.fulfilled_on is not None
    partly = sync_record(tmp_path, Status="Deels afgedaan", GewijzigdOp="2025-02-01T10:00:00+01:00")
    assert (partly.status, partly.fulfilled_on) == (Status.PARTLY_FULFILLED, None)


def test_home_and_feed_show_no_fulfilment_dated_after_today(client, japan_commitment):
    # A row from before the rules (written behind the services' back).
    Commitment.objects.filter(pk=japan_commitment.pk).update(
        status=Status.FULFILLED, fulfilled_on=datetime.date(2030, 1, 1)
    )
    home = client.get(reverse("commitments:home"))
    assert japan_commitment not in list(home.context["recently_fulfilled"])
    feed = client.get(reverse("commitments:feed")).text
    assert f"{japan_commitment.get_absolute_url()}#fulfilled" not in feed


def test_generate_data_records_only_possible_fulfilments():
    from django.core.management import call_command

    call_command("generate_data", commitments=400, documents=150, seed=3, batch_size=100)
    fulfilled = Commitment.objects.filter(status=Status.FULFILLED)
    assert fulfilled.exists()
    assert not fulfilled.filter(fulfilled_on__gt=TODAY).exists()
    assert not Commitment.objects.exclude(status=Status.FULFILLED).exclude(fulfilled_on=None)
    fulfilments = Fulfilment.objects.select_related("commitment", "document")
    assert fulfilments.exists()
    for fulfilment in fulfilments:
        assert fulfilment.commitment.made_on <= fulfilment.document.date <= TODAY
        if fulfilment.commitment.status == Status.FULFILLED:
            assert fulfilment.commitment.fulfilled_on == fulfilment.document.date


# --- 10. One definition of "overdue today" ----------------------------------------------


def test_home_statistics_summary_and_list_filter_agree_on_overdue(client, seed):
    due = datetime.date(2026, 1, 31)
    base = {"is_published": True, "made_on": datetime.date(2026, 1, 2), "due_date": due}
    Commitment.objects.create(key="open-te-laat", text="a", **base)
    Commitment.objects.create(key="deels-te-laat", text="b", status=Status.PARTLY_FULFILLED, **base)
    Commitment.objects.create(key="vervallen", text="c", status=Status.LAPSED, **base)
    voldaan = Commitment.objects.create(key="voldaan", text="d", **base)
    # Rows from before the rules: fulfilled on a day still to come (the 600 vs 609 of the
    # issue was exactly these: the statistics counted them, the home page did not).
    Commitment.objects.filter(pk=voldaan.pk).update(
        status=Status.FULFILLED, fulfilled_on=datetime.date(2030, 1, 1)
    )
    expected = sorted(Commitment.objects.public().filter(
        key__in=[c.key for c in Commitment.objects.public() if c.is_overdue]
    ).values_list("key", flat=True))  # fmt: skip

    home = client.get(reverse("commitments:home")).context["counts"]["overdue"]
    statistics = client.get(reverse("commitments:statistics")).context["overdue_series"]
    assert statistics["points"][-1]["date"] == TODAY
    summary = client.get("/api/v1/summary/").json()["overdue"]
    listed = client.get(reverse("commitments:commitment-list") + "?overdue=true")
    filtered = CommitmentFilter({"overdue": "true"}, queryset=Commitment.objects.public()).qs

    assert "voldaan" in expected and "vervallen" not in expected
    assert home == statistics["points"][-1]["count"] == summary == len(expected)
    assert listed.context["paginator"].count == len(expected)
    assert sorted(filtered.values_list("key", flat=True)) == expected
    assert not CommitmentEvent.objects.filter(commitment__key="voldaan").exists()
