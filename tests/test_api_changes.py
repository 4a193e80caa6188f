"""The changes feed (/api/v1/changes/): a mirror that replays it stays identical to the
register's public view, tombstones reveal nothing, and updated_since agrees with it."""

import datetime
import random
import zoneinfo

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from commitments import services
from commitments.models import (
    Commitment,
    Document,
    FeedEntry,
    Fulfilment,
    Meeting,
    Ministry,
    PendingChange,
)

pytestmark = pytest.mark.django_db

API = "/api/v1"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
RESOURCES = {
    "commitment": "commitments",
    "document": "documents",
    "meeting": "meetings",
    "debate": "debates",
    "dossier": "dossiers",
    "person": "persons",
    "ministry": "ministries",
    "committee": "committees",
}
KEY_FIELD = {
    "commitment": "key",
    "document": "identifier",
    "debate": "id",
    "dossier": "key",
}


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def frozen():
    # ``overdue`` follows the calendar, not a change: keep the day still.
    with time_machine.travel(datetime.datetime(2026, 11, 23, 12, tzinfo=AMSTERDAM), tick=True):
        yield


def get(client, url, **params):
    cache.clear()  # the anonymous throttle
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()


class Mirror:
    """What another system keeps: every public object by (type, key), fed by the feed."""

    def __init__(self, client):
        self.client = client
        self.items = {}
        self.since = None

    def sync(self):
        params = {"page_size": 7}  # small pages: resuming from a token is exercised
        if self.since:
            params["since"] = self.since
        body = get(self.client, f"{API}/changes/", **params)
        while True:
            for change in body["results"]:
                item = (change["type"], change["key"])
                if change["action"] == "delete" or change["data"] is None:
                    self.items.pop(item, None)
                else:
                    self.items[item] = change["data"]
            self.since = body["since"]
            if not body["more"]:
                break
            body = get(self.client, body["next"])


def full_read(client):
    items = {}
    for kind, path in RESOURCES.items():
        body = get(client, f"{API}/{path}/", page_size=100)
        rows = body["results"]
        while body["next"]:
            body = get(client, body["next"])
            rows += body["results"]
        for row in rows:
            items[(kind, str(row[KEY_FIELD.get(kind, "slug")]))] = row
    return items


# --- the mirror replay ----------------------------------------------------------------------


def random_edit(rng, step):
    commitments = list(Commitment.objects.order_by("pk"))
    documents = list(Document.objects.order_by("pk"))
    operation = rng.choice(
        [
            "text",
            "publish",
            "confidential",
            "retitle",
            "fulfil",
            "unfulfil",
            "mention",
            "ministry",
            "meeting",
            "bulk",
            "create",
            "delete",
            "attachment",
            "rename",
        ]
    )
    commitment = rng.choice(commitments)
    document = rng.choice(documents)
    if operation == "text":
        commitment.text = f"Gewijzigde tekst {step}"
        commitment.save()
    elif operation == "publish":
        commitment.is_published = not commitment.is_published
        commitment.save()
    elif operation == "confidential":
        document.is_confidential = not document.is_confidential
        document.save()
    elif operation == "retitle":
        document.title = f"Nieuwe titel {step}"
        document.save()
    elif operation == "fulfil":
        Fulfilment.objects.get_or_create(
            commitment=commitment, document=document, defaults={"passage": f"Passage {step}"}
        )
    elif operation == "unfulfil":
        Fulfilment.objects.filter(commitment=commitment).exclude(
            commitment__status=Commitment.Status.FULFILLED
        ).delete()
    elif operation == "mention":
        commitment.mentioned_in.add(document)
    elif operation == "ministry":
        ministry = rng.choice(list(Ministry.objects.all()))
        ministry.name = f"{ministry.name.split(' #')[0]} #{step}"
        ministry.save()
    elif operation == "meeting":
        meeting = rng.choice(list(Meeting.objects.all()))
        meeting.name = f"Bijeenkomst {step}"
        meeting.save()
    elif operation == "bulk":
        # No save(), no signals: the triggers still see it.
        chosen = rng.sample([c.pk for c in commitments], k=min(3, len(commitments)))
        Commitment.objects.filter(pk__in=chosen).update(
            is_published=rng.random() < 0.5, due_description=f"Bulk {step}"
        )
    elif operation == "create":
        Commitment.objects.create(
            key=f"nieuw-{step}",
            text=f"Nieuwe toezegging {step}",
            document=document,
            is_published=rng.random() < 0.7,
        )
    elif operation == "delete":
        deletable = Commitment.objects.filter(key__startswith="nieuw-", events__isnull=True)
        victim = deletable.order_by("?").first()
        if victim is not None:
            victim.delete()
    elif operation == "attachment":
        # Attachments are one level deep (the database refuses more): hang it on the top.
        Document.objects.create(
            identifier=f"bijlage-{step}",
            title=f"Bijlage {step}",
            parent=document.parent or document,
        )
    elif operation == "rename" and not document.kst_id:
        document.identifier = f"hernoemd-{step}"
        document.save()
    return operation


def test_a_mirror_replaying_the_feed_equals_a_fresh_full_read(seed, client, frozen):
    rng = random.Random(16)  # fixed seed: the same run in CI every time
    mirror = Mirror(client)
    mirror.sync()
    assert mirror.items == full_read(client)
    done = set()
    for step in range(150):
        done.add(random_edit(rng, step))
        if rng.random() < 0.3:
            mirror.sync()
    mirror.sync()
    assert mirror.items == full_read(client)
    # The run exercised every kind of change.
    assert {"publish", "confidential", "bulk", "delete", "rename", "fulfil"} <= done


def test_first_full_read_then_the_feed(seed, client, frozen):
    """The documented recipe: take the position first, read the lists, then follow."""
    since = get(client, f"{API}/changes/", since="now")["since"]
    mirror = Mirror(client)
    mirror.items = full_read(client)
    mirror.since = since
    japan = Commitment.objects.get(key="navo-contactambassade-japan")
    japan.is_published = False
    japan.save()
    Document.objects.filter(identifier="kst-28676-474").update(title="Andere titel")
    mirror.sync()
    assert mirror.items == full_read(client)
    assert ("commitment", "navo-contactambassade-japan") not in mirror.items


# --- what a tombstone says ------------------------------------------------------------------


def feed_after(client, since):
    return get(client, f"{API}/changes/", since=since)


def test_tombstones_say_nothing_about_why(seed, client):
    since = get(client, f"{API}/changes/", since="now")["since"]
    unpublished = Commitment.objects.get(key="navo-norm-standpunt")
    unpublished.is_published = False
    unpublished.save()
    Commitment.objects.filter(key="zeerecht-verdachte-schepen").update(is_published=False)
    body = feed_after(client, since)
    tombstones = [c for c in body["results"] if c["action"] == "delete"]
    assert {c["key"] for c in tombstones} == {"navo-norm-standpunt", "zeerecht-verdachte-schepen"}
    for change in tombstones:
        assert set(change) == {"type", "key", "action", "changed_at", "data"}
        assert change["data"] is None


def test_drafts_never_appear_in_the_feed(seed, client):
    since = get(client, f"{API}/changes/", since="now")["since"]
    draft = Commitment.objects.create(key="concept-geheim", text="Concept", is_published=False)
    draft.text = "Nog steeds concept"
    draft.save()
    # A draft linked to a public document changes nothing the public sees of that document.
    Fulfilment.objects.create(
        commitment=draft, document=Document.objects.get(identifier="kst-28676-474")
    )
    draft.mentioned_in.add(Document.objects.get(identifier="2024D50159"))
    draft.delete()
    body = feed_after(client, since)
    assert body["results"] == []
    assert "concept-geheim" not in str(FeedEntry.objects.values_list("key", flat=True))


def test_a_confidential_document_takes_its_attachments_and_links_along(seed, client):
    parent = Document.objects.get(identifier="kst-28676-446")
    Document.objects.create(identifier="bijlage-openbaar", title="Bijlage", parent=parent)
    since = get(client, f"{API}/changes/", since="now")["since"]
    parent.is_confidential = True
    parent.save()
    changes = {(c["type"], c["key"], c["action"]) for c in feed_after(client, since)["results"]}
    assert ("document", "kst-28676-446", "delete") in changes
    assert ("document", "bijlage-openbaar", "delete") in changes
    # Commitments made in or mentioning it show it no longer: they changed.
    related = set(
        Commitment.objects.public()
        .filter(Q(document=parent) | Q(mentioned_in=parent) | Q(fulfilments__document=parent))
        .values_list("key", flat=True)
    )
    assert related
    assert {("commitment", key, "upsert") for key in related} <= changes


def test_bad_tokens_are_a_400(seed, client):
    since = get(client, f"{API}/changes/", since="now")["since"]
    for bad in (since[:-1] + ("x" if since[-1] != "x" else "y"), "12", "abc", "x" * 300):
        response = client.get(f"{API}/changes/", {"since": bad})
        assert response.status_code == 400, bad
        assert "since" in response.json()
    assert client.get(f"{API}/changes/", {"sinds": since}).status_code == 400
    assert client.get(f"{API}/changes/", {"page_size": "0"}).status_code == 400


def test_the_token_reveals_no_counts_in_the_clear(seed, client):
    since = get(client, f"{API}/changes/", since="now")["since"]
    response = client.get(f"{API}/changes/", {"since": since.replace(":", ";")})
    assert response.status_code == 400


# --- updated_since agrees -------------------------------------------------------------------


def test_updated_since_counts_related_row_changes(seed, client):
    get(client, f"{API}/changes/", since="now")  # everything published so far
    moment = timezone.now() + datetime.timedelta(minutes=5)
    with time_machine.travel(moment + datetime.timedelta(minutes=1), tick=False):
        # A fulfilment added (no save of the commitment) and a document retitled.
        Fulfilment.objects.create(
            commitment=Commitment.objects.get(key="navo-norm-standpunt"),
            document=Document.objects.get(identifier="2024D50159"),
        )
        Document.objects.filter(identifier="kst-28676-446").update(title="Nieuwe titel")
        commitments = get(client, f"{API}/commitments/", updated_since=moment.isoformat())
        documents = get(client, f"{API}/documents/", updated_since=moment.isoformat())
        feed = get(client, f"{API}/changes/", page_size=1000)
    changed = {r["key"] for r in commitments["results"]}
    assert "navo-norm-standpunt" in changed  # fulfilment added
    # Made in or mentioning the retitled document.
    assert {"oekraine-veiligheidsarrangementen", "irak-force-protection-nmi"} <= changed
    assert "kst-28676-446" in {r["identifier"] for r in documents["results"]}
    in_feed = {
        (c["type"], c["key"])
        for c in feed["results"]
        if datetime.datetime.fromisoformat(c["changed_at"]) >= moment
    }
    assert {("commitment", key) for key in changed} >= {
        item for item in in_feed if item[0] == "commitment"
    }


def test_updated_since_sees_rows_made_public_by_a_bulk_update(seed, client):
    """``.update()`` does not touch ``updated_at``: a draft published that way, or a
    document whose confidential flag is cleared (and its annex), must still count as
    changed after the moment it became public, on the lists as in the feed."""
    past = timezone.now() - datetime.timedelta(days=30)
    with time_machine.travel(past, tick=False):
        draft = Commitment.objects.create(
            key="later-public", text="Later openbaar gemaakt", is_published=False
        )
        secret = Document.objects.create(identifier="later-open", title="x", is_confidential=True)
        Document.objects.create(identifier="later-open-bijlage", title="y", parent=secret)
        fulfilled = Commitment.objects.get(key="navo-norm-standpunt")
        Fulfilment.objects.create(commitment=fulfilled, document=secret)
        Commitment.objects.filter(pk=fulfilled.pk).update(updated_at=past)
    get(client, f"{API}/changes/", since="now")  # all of that published: nothing public yet
    moment = timezone.now() + datetime.timedelta(minutes=5)
    with time_machine.travel(moment + datetime.timedelta(minutes=1), tick=False):
        Commitment.objects.filter(pk=draft.pk).update(is_published=True)
        Document.objects.filter(pk=secret.pk).update(is_confidential=False)
        since = moment.isoformat()
        # The page first: nothing has published the pending changes yet.
        page = client.get("/toezeggingen/", {"updated_since": since}).content.decode()
        commitments = get(client, f"{API}/commitments/", updated_since=since, page_size=100)
        documents = get(client, f"{API}/documents/", updated_since=since, page_size=100)
        feed = get(client, f"{API}/changes/", page_size=1000)
    changed = {r["key"] for r in commitments["results"]}
    assert {"later-public", "navo-norm-standpunt"} <= changed
    assert {"later-open", "later-open-bijlage"} <= {r["identifier"] for r in documents["results"]}
    assert "Later openbaar gemaakt" in page
    # updated_since agrees with the feed: whatever the feed lists after the moment.
    listed = {("commitment", key) for key in changed} | {
        ("document", r["identifier"]) for r in documents["results"]
    }
    in_feed = {
        (c["type"], c["key"])
        for c in feed["results"]
        if c["action"] == "upsert"
        and c["type"] in {"commitment", "document"}
        and datetime.datetime.fromisoformat(c["changed_at"]) >= moment
    }
    assert in_feed and in_feed <= listed


def test_the_command_publishes_everything_pending(seed):
    Commitment.objects.filter(is_published=True).update(due_description="Bulk")
    assert PendingChange.objects.exists()
    call_command("publish_changes", verbosity=0)
    assert not PendingChange.objects.exists()


def test_service_writes_reach_the_feed(seed, client):
    since = get(client, f"{API}/changes/", since="now")["since"]
    services.lapse(
        Commitment.objects.get(key="oekraine-veiligheidsarrangementen"),
        on=datetime.date(2025, 1, 1),
    )
    keys = {(c["type"], c["key"]) for c in feed_after(client, since)["results"]}
    assert ("commitment", "oekraine-veiligheidsarrangementen") in keys
    # The document it was made in shows its status.
    assert ("document", "kst-28676-446") in keys


def test_changes_feed_triggers_exist_after_all_migrations():
    """A later SQLite migration that rebuilds a table drops its triggers silently, and the
    feed would then miss every write to it."""
    import importlib

    from django.db import connection

    feed = importlib.import_module("commitments.migrations.0012_changes_feed")
    expected = {f"{table}_pending_{e}" for table in feed.TOUCHES for e in ("ins", "upd", "del")}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert expected <= {row[0] for row in cursor.fetchall()}
