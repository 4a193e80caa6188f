"""The digest command: per kind of target, public changes only, once, in bounded queries."""

import datetime
import io
import zoneinfo

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import CommandError, call_command

from commitments import services
from commitments.follow import digest
from commitments.follow.models import Subscription
from commitments.models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    Document,
    Ministry,
)

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
T0 = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=AMSTERDAM)  # subscriptions confirmed
T1 = datetime.datetime(2026, 11, 10, 12, 0, tzinfo=AMSTERDAM)  # the register changes
T2 = datetime.datetime(2026, 11, 23, 7, 0, tzinfo=AMSTERDAM)  # the cron run


def at(moment):
    return time_machine.travel(moment, tick=False)


def run_digest(*args, moment=T2):
    out = io.StringIO()
    with at(moment):
        call_command("send_follow_digest", *args, stdout=out)
    return out.getvalue()


def follow(email, confirmed=T0, **target):
    (kind,) = [k for k in target if k != "query"] or ["search"]
    return Subscription.objects.create(
        email=email,
        kind=kind,
        requested_at=confirmed,
        confirmed_at=confirmed,
        **target,
    )


def commitment(key, **fields):
    defaults = {
        "text": f"Tekst van {key}.",
        "is_published": True,
        "made_on": datetime.date(2026, 1, 5),
    }
    return Commitment.objects.create(key=key, **{**defaults, **fields})


@pytest.fixture
def register(db):
    """Two ministries, a committee, and commitments created before anyone followed."""
    with at(T0 - datetime.timedelta(days=30)):
        bz = Ministry.objects.create(name="Buitenlandse Zaken", slug="bz")
        defensie = Ministry.objects.create(name="Defensie", slug="defensie")
        cie = Committee.objects.create(name="Vaste commissie voor Defensie", slug="cie-def")
        debate = Debate.objects.create(
            kind="commissiedebat", date=datetime.date(2026, 1, 5), subject="NAVO", committee=cie
        )
        letter = Document.objects.create(identifier="brief-1", title="Brief over Japan")
        secret = Document.objects.create(
            identifier="geheim-1", title="Geheime notitie", is_confidential=True
        )
        data = {
            "bz": bz,
            "defensie": defensie,
            "cie": cie,
            "letter": letter,
            "secret": secret,
            "japan": commitment("japan", ministry=bz, number="TZ202601-001"),
            "termijn": commitment("termijn", ministry=bz, due_date=datetime.date(2026, 11, 15)),
            "oud": commitment("oud", ministry=bz, due_date=datetime.date(2026, 10, 1)),
            "verborgen": commitment(
                "verborgen",
                text="Geheime toezegging die niemand mag zien.",
                ministry=bz,
                is_published=False,
                due_date=datetime.date(2026, 11, 12),
            ),
            "tank": commitment("tank", ministry=defensie, debate=debate),
        }
    return data


def test_commitment_digest_reports_its_status_change_with_public_evidence(register):
    follow("lezer@example.org", commitment=register["japan"])
    with at(T1):
        services.fulfil(
            register["japan"], documents=[register["letter"]], on=datetime.date(2026, 11, 9)
        )
        services.lapse(register["tank"], on=datetime.date(2026, 11, 9))
    run_digest()

    (message,) = mail.outbox
    assert message.to == ["lezer@example.org"]
    assert "1 wijziging" in message.subject
    body = message.body
    assert "Statuswijzigingen:" in body
    assert "Toezegging TZ202601-001" in body
    assert "Openstaand → Voldaan op 9 november 2026, met Brief over Japan" in body
    assert "http://127.0.0.1:8000/toezeggingen/japan/" in body
    assert "tank" not in body
    html = message.alternatives[0][0]
    assert "Brief over Japan" in html and 'href="http://127.0.0.1:8000/toezeggingen/japan/"' in html


def test_ministry_digest_new_commitments_changes_and_passed_deadlines(register):
    follow("lezer@example.org", ministry=register["bz"])
    with at(T1):
        commitment("nieuw", ministry=register["bz"], due_date=datetime.date(2027, 3, 1))
        commitment("elders", ministry=register["defensie"])
        services.set_due_date(register["japan"], due_date=datetime.date(2027, 1, 31))
    run_digest()

    body = mail.outbox[0].body
    assert "== Ministerie: Buitenlandse Zaken ==" in body
    assert "Nieuwe toezeggingen:\n- Toezegging nieuw" in body
    assert "Openstaand, termijn 1 maart 2027" in body
    assert "Nieuwe termijnen:\n- Toezegging TZ202601-001" in body
    assert "nieuwe termijn 31 januari 2027" in body
    # Due on 15 November, between the last digest and today, and still open.
    assert "Termijn verstreken:\n- Toezegging termijn" in body
    assert "termijn 15 november 2026 verstreken; openstaand" in body
    # Overdue before the reader followed: old news.
    assert "Toezegging oud" not in body
    assert "elders" not in body


def test_committee_digest_follows_the_debates_of_the_committee(register):
    follow("lezer@example.org", committee=register["cie"])
    with at(T1):
        services.lapse(register["tank"], on=datetime.date(2026, 11, 9))
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    run_digest()
    body = mail.outbox[0].body
    assert "== Commissie: Vaste commissie voor Defensie ==" in body
    assert "Toezegging tank" in body and "Openstaand → Vervallen" in body
    assert "TZ202601-001" not in body


def test_search_digest_uses_the_lists_filters(register):
    follow("lezer@example.org", query="ministry=bz&status=fulfilled")
    with at(T1):
        services.fulfil(
            register["japan"], documents=[register["letter"]], on=datetime.date(2026, 11, 9)
        )
        services.lapse(register["termijn"], on=datetime.date(2026, 11, 9))
    run_digest()
    body = mail.outbox[0].body
    assert "== Zoekopdracht: Status: Voldaan; Ministerie: Buitenlandse Zaken ==" in body
    assert "http://127.0.0.1:8000/toezeggingen/?ministry=bz&status=fulfilled" in body
    assert "TZ202601-001" in body
    # Lapsed, so no longer in the search: neither its change nor its passed deadline.
    assert "Toezegging termijn" not in body


def test_hidden_items_never_reach_a_digest(register):
    follow("lezer@example.org", ministry=register["bz"])
    follow("alles@example.org", query="")
    # Followed while it was public (say), withdrawn since: its news is not mailed.
    follow("volger@example.org", commitment=register["verborgen"])
    with at(T1):
        hidden = register["verborgen"]
        services.lapse(hidden, on=datetime.date(2026, 11, 9))
        commitment("ook-verborgen", ministry=register["bz"], is_published=False)
        # Published, changed, then withdrawn again before the digest.
        withdrawn = commitment("ingetrokken", ministry=register["bz"])
        services.lapse(withdrawn, on=datetime.date(2026, 11, 9))
        withdrawn.refresh_from_db()
        withdrawn.is_published = False
        withdrawn.save()
        # A status change whose evidence is confidential: the change, not the document.
        CommitmentEvent.objects.create(
            commitment=register["japan"],
            kind="status",
            date=datetime.date(2026, 11, 9),
            old_status="open",
            new_status="partly_fulfilled",
            evidence=register["secret"],
        )
        Commitment.objects.filter(pk=register["japan"].pk).update(status="partly_fulfilled")
    run_digest()

    assert sorted(m.to[0] for m in mail.outbox) == ["alles@example.org", "lezer@example.org"]
    for message in mail.outbox:
        text = message.body + message.alternatives[0][0]
        assert "Openstaand → Deels voldaan" in text
        for secret in ["verborgen", "Geheime", "ingetrokken", "geheim-1"]:
            assert secret not in text, secret


def test_commitment_published_after_following_is_new(register):
    follow("lezer@example.org", ministry=register["bz"])
    with at(T1):
        hidden = register["verborgen"]
        hidden.is_published = True
        hidden.save()
    run_digest()
    assert "Nieuwe toezeggingen:\n- Toezegging verborgen" in mail.outbox[0].body


def test_a_second_run_sends_nothing_new(register):
    follow("lezer@example.org", ministry=register["bz"])
    quiet = follow("stil@example.org", ministry=register["defensie"])
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    output = run_digest()
    assert len(mail.outbox) == 1
    assert "1 digest(s) were sent for 2 confirmed subscription(s)" in output
    quiet.refresh_from_db()
    assert quiet.notified_until == T2  # quiet ones move on too

    assert "0 digest(s) were sent" in run_digest(moment=T2 + datetime.timedelta(minutes=5))
    assert len(mail.outbox) == 1
    # Something new afterwards is sent, and only that.
    with at(T2 + datetime.timedelta(hours=1)):
        services.reopen(register["japan"], on=datetime.date(2026, 11, 23))
    run_digest(moment=T2 + datetime.timedelta(days=1))
    assert len(mail.outbox) == 2
    assert "Vervallen → Openstaand" in mail.outbox[1].body
    assert "Openstaand → Vervallen" not in mail.outbox[1].body
    assert "Termijn verstreken" not in mail.outbox[1].body


def test_one_message_per_address_and_its_header_unsubscribes_all(client, register):
    follow("lezer@example.org", ministry=register["bz"])
    follow("lezer@example.org", commitment=register["japan"])
    follow("lezer@example.org", ministry=register["defensie"])  # quiet, still covered
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    run_digest()
    (message,) = mail.outbox
    assert message.body.count("Openstaand → Vervallen") == 2
    assert "Stoppen met volgen hiervan:" in message.body
    path = (
        message.extra_headers["List-Unsubscribe"].strip("<>").removeprefix("http://127.0.0.1:8000")
    )
    assert client.post(path).status_code == 200
    assert not Subscription.objects.exists()


def test_long_sections_are_cut_with_a_link(register):
    follow("lezer@example.org", ministry=register["bz"])
    with at(T1):
        for n in range(digest.MAX_LINES + 3):
            commitment(f"veel-{n:02d}", ministry=register["bz"])
    run_digest()
    body = mail.outbox[0].body
    assert body.count("- Toezegging veel-") == digest.MAX_LINES
    assert "... en nog 3: http://127.0.0.1:8000/ministeries/bz/" in body


def test_unconfirmed_requests_get_nothing_and_expire(register):
    stale = Subscription.objects.create(
        email="oud@example.org", kind="ministry", ministry=register["bz"], requested_at=T0
    )
    fresh = Subscription.objects.create(
        email="nieuw@example.org",
        kind="ministry",
        ministry=register["bz"],
        requested_at=T2 - datetime.timedelta(days=1),
    )
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    output = run_digest()
    assert "1 expired request(s) were deleted" in output
    assert mail.outbox == []
    assert not Subscription.objects.filter(pk=stale.pk).exists()
    assert Subscription.objects.filter(pk=fresh.pk).exists()


def test_dry_run_sends_changes_and_deletes_nothing(register):
    subscription = follow("lezer@example.org", ministry=register["bz"])
    Subscription.objects.create(
        email="oud@example.org", kind="ministry", ministry=register["bz"], requested_at=T0
    )
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    output = run_digest("--dry-run")
    assert "l***@example.org: 2 change(s) in 1 of 1 subscription(s)" in output
    assert "lezer@" not in output
    assert "1 digest(s) would be sent" in output
    assert "1 expired request(s) would be deleted" in output
    assert mail.outbox == []
    subscription.refresh_from_db()
    assert subscription.notified_until is None
    assert Subscription.objects.count() == 2


def test_digest_in_the_readers_language(register):
    subscription = follow("reader@example.org", ministry=register["bz"])
    Subscription.objects.filter(pk=subscription.pk).update(language="en")
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    run_digest()
    message = mail.outbox[0]
    assert "2 changes in what you follow" in message.subject
    assert "Status changes:" in message.body
    assert "Open → Lapsed on 9 November 2026" in message.body


def test_without_site_url_the_command_says_what_to_set(register, settings):
    settings.SITE_URL = ""
    follow("lezer@example.org", ministry=register["bz"])
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    with pytest.raises(CommandError, match="SITE_URL"):
        run_digest()
    assert Subscription.objects.get().notified_until is None


class FailsForSome(EmailBackend):
    """The locmem backend, refusing addresses that start with "stuk"."""

    def send_messages(self, messages):
        if any(m.to[0].startswith("stuk") for m in messages):
            raise ConnectionError("mail server gone")
        return super().send_messages(messages)


def test_a_failed_send_marks_what_went_out_and_retries_the_rest(register, settings):
    settings.EMAIL_BACKEND = f"{__name__}.FailsForSome"
    follow("a@example.org", ministry=register["bz"])
    follow("stuk@example.org", ministry=register["bz"])
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    with pytest.raises(ConnectionError):
        run_digest()
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    done = dict(Subscription.objects.values_list("email", "notified_until"))
    assert done == {"a@example.org": T2, "stuk@example.org": None}

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_digest(moment=T2 + datetime.timedelta(hours=1))
    assert [m.to for m in mail.outbox] == [["a@example.org"], ["stuk@example.org"]]


@pytest.mark.parametrize("addresses", [6, 60])
def test_queries_do_not_grow_with_addresses_or_changes(
    register, addresses, django_assert_max_num_queries
):
    """Targets cost a query each; addresses and changes cost none (but one update per
    batch of sent messages)."""
    targets = [
        {"ministry": register["bz"]},
        {"ministry": register["defensie"]},
        {"committee": register["cie"]},
        {"commitment": register["japan"]},
        {"commitment": register["tank"]},
        {"query": "status=lapsed"},
    ]
    for n in range(addresses):
        follow(f"lezer{n}@example.org", **targets[n % len(targets)])
    with at(T1):
        for n in range(addresses):
            commitment(f"extra-{n}", ministry=register["bz"])
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
        services.lapse(register["tank"], on=datetime.date(2026, 11, 9))
    batches = -(-addresses // digest.SEND_BATCH)
    # expired delete, subscriptions, 3 x changes, 1 per scope target (search: + validation),
    # one update per batch and one for the quiet ones.
    with django_assert_max_num_queries(12 + batches):
        run_digest()
    assert len(mail.outbox) == addresses


class Unreachable(EmailBackend):
    def open(self):
        raise ConnectionRefusedError("no mail server")

    def send_messages(self, messages):
        self.open()


def test_a_quiet_day_needs_no_mail_server(register, settings):
    settings.EMAIL_BACKEND = f"{__name__}.Unreachable"
    quiet = follow("stil@example.org", ministry=register["defensie"])
    with at(T1):
        services.lapse(register["japan"], on=datetime.date(2026, 11, 9))
    assert "0 digest(s) were sent for 1 confirmed subscription(s)" in run_digest()
    quiet.refresh_from_db()
    assert quiet.notified_until == T2
