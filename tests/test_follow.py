"""Follow by e-mail: sign-up, double opt-in, signed links, unsubscribe, limits, privacy."""

import datetime
import json
import os
import re
import smtplib
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone, translation

from commitments import response_cache
from commitments.follow.models import Subscription
from commitments.models import Commitment, Committee, Ministry

JAPAN = "navo-contactambassade-japan"
FOLLOW_JAPAN = f"/volgen/toezegging/{JAPAN}/"
SENT = "/volgen/verstuurd/"
LINK_RE = re.compile(r"http://testserver(/volgen/(?:bevestigen|afmelden)/[^/\s]+/)")


@pytest.fixture(autouse=True)
def fresh_throttle():
    # The sign-up limits count in the cache; every test starts with a clean slate.
    cache.clear()


def links(message):
    """(confirm, unsubscribe) paths in a confirmation mail."""
    found = LINK_RE.findall(message.body)
    confirm = next((p for p in found if "/bevestigen/" in p), None)
    unsubscribe = next(p for p in found if "/afmelden/" in p)
    return confirm, unsubscribe


def sign_up(client, url=FOLLOW_JAPAN, email="lezer@example.org", **extra):
    return client.post(url, {"email": email}, **extra)


def test_public_pages_offer_to_follow(client, seed):
    ministry = Ministry.objects.get(slug="buitenlandse-zaken")
    Committee.objects.create(name="Defensie", slug="defensie")
    pages = {
        f"/toezeggingen/{JAPAN}/": FOLLOW_JAPAN,
        "/ministeries/buitenlandse-zaken/": f"/volgen/ministerie/{ministry.slug}/",
        "/commissies/defensie/": "/volgen/commissie/defensie/",
        "/dossiers/28676/": "/volgen/zoekopdracht/?dossier=28676",
        "/toezeggingen/?status=open&page=1&ordering=due_date": "/volgen/zoekopdracht/?status=open",
    }
    for page, follow in pages.items():
        response = client.get(page)
        assert response.status_code == 200
        assert f'href="{follow}"' in response.content.decode(), page
        assert client.get(follow).status_code == 200, follow


def test_pages_with_the_follow_link_stay_cacheable(client, seed):
    """The pages only link to the form: no CSRF cookie, so the response cache keeps them."""
    for page in [f"/toezeggingen/{JAPAN}/", "/ministeries/buitenlandse-zaken/", "/toezeggingen/"]:
        response = client.get(page)
        assert response_cache.is_cacheable_response(response), page
        assert "csrfmiddlewaretoken" not in response.content.decode()


def test_follow_page_is_a_csrf_protected_form_that_never_caches(seed):
    client = Client(enforce_csrf_checks=True)
    page = client.get(FOLLOW_JAPAN)
    assert 'name="csrfmiddlewaretoken"' in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert sign_up(client).status_code == 403
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_only_public_things_can_be_followed(client, seed):
    Commitment.objects.filter(key=JAPAN).update(is_published=False)
    for url in [FOLLOW_JAPAN, "/volgen/ministerie/geen-ministerie/", "/volgen/commissie/x/"]:
        assert client.get(url).status_code == 404
        assert sign_up(client, url).status_code == 404
    assert not Subscription.objects.exists()
    assert mail.outbox == []


def test_double_opt_in(client, seed):
    response = sign_up(client, email="  Lezer@Example.ORG ")
    assert response.status_code == 302
    assert response["Location"] == SENT
    subscription = Subscription.objects.get()
    assert subscription.email == "lezer@example.org"
    assert subscription.commitment.key == JAPAN
    assert not subscription.is_confirmed

    (message,) = mail.outbox
    assert message.to == ["lezer@example.org"]
    assert "Bevestig" in message.subject
    confirm, unsubscribe = links(message)
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The address never travels in a link.
    assert "lezer" not in confirm and "lezer" not in unsubscribe

    # Opening the link (as a mail filter does) confirms nothing; the button does.
    page = client.get(confirm)
    assert page.status_code == 200
    assert "Ja, stuur mij berichten" in page.content.decode()
    subscription.refresh_from_db()
    assert not subscription.is_confirmed
    done = client.post(confirm)
    assert done.status_code == 200
    assert "U volgt dit nu" in done.content.decode()
    subscription.refresh_from_db()
    assert subscription.is_confirmed
    # Confirming again changes nothing.
    confirmed_at = subscription.confirmed_at
    assert client.post(confirm).status_code == 200
    subscription.refresh_from_db()
    assert subscription.confirmed_at == confirmed_at


def test_confirming_needs_the_csrf_token(seed):
    sign_up(Client())
    confirm, _unsubscribe = links(mail.outbox[0])
    client = Client(enforce_csrf_checks=True)
    assert client.post(confirm).status_code == 403
    assert not Subscription.objects.get().is_confirmed


def test_same_answer_whatever_the_address_knows(client, seed):
    """New, unconfirmed and confirmed addresses get the same response: no enumeration."""
    sign_up(client, email="bevestigd@example.org")
    Subscription.objects.update(confirmed_at=timezone.now())
    sign_up(client, email="wacht@example.org")
    mail.outbox.clear()

    answers = [
        sign_up(client, email=email)
        for email in ["nieuw@example.org", "wacht@example.org", "bevestigd@example.org"]
    ]
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, SENT)}
    assert client.get(SENT).status_code == 200
    assert Subscription.objects.count() == 3
    # The owner of a confirmed address is told, with a way out, instead of a new link.
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "Bevestig" in by_address["nieuw@example.org"].subject
    assert "Bevestig" in by_address["wacht@example.org"].subject
    already = by_address["bevestigd@example.org"]
    assert "al" in already.subject
    confirm, unsubscribe = links(already)
    assert confirm is None and unsubscribe


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"),
        lambda token: token[: len(token) // 2],
        lambda token: "x" + token,
    ],
)
def test_tampered_links_are_a_clear_400(client, seed, mangle):
    sign_up(client)
    confirm, unsubscribe = links(mail.outbox[0])
    for path in [confirm, unsubscribe]:
        prefix, token = path.rstrip("/").rsplit("/", 1)
        response = client.post(f"{prefix}/{mangle(token)}/")
        assert response.status_code == 400
        assert "ongeldig" in response.content.decode()
    assert Subscription.objects.filter(confirmed_at__isnull=True).count() == 1


def test_a_link_signed_for_one_purpose_does_not_work_for_the_other(client, seed):
    sign_up(client)
    confirm, unsubscribe = links(mail.outbox[0])
    confirm_token = confirm.rstrip("/").rsplit("/", 1)[1]
    unsubscribe_token = unsubscribe.rstrip("/").rsplit("/", 1)[1]
    assert client.post(f"/volgen/afmelden/{confirm_token}/").status_code == 400
    assert client.post(f"/volgen/bevestigen/{unsubscribe_token}/").status_code == 400
    assert Subscription.objects.filter(confirmed_at__isnull=True).count() == 1


def test_expired_confirmation_link_is_410_with_a_way_back(client, seed):
    sign_up(client)
    confirm, _unsubscribe = links(mail.outbox[0])
    with time_machine.travel(timezone.now() + datetime.timedelta(days=7, minutes=1)):
        for response in [client.get(confirm), client.post(confirm)]:
            assert response.status_code == 410
            text = response.content.decode()
            assert "verlopen" in text
            assert f'href="{FOLLOW_JAPAN}"' in text
    assert not Subscription.objects.get().is_confirmed


def test_unsubscribe_deletes_the_address(client, seed):
    sign_up(client)
    sign_up(client, "/volgen/ministerie/buitenlandse-zaken/")
    confirm, unsubscribe = links(mail.outbox[0])
    client.post(confirm)

    page = client.get(unsubscribe)
    assert page.status_code == 200
    assert "Afmelden en adres verwijderen" in page.content.decode()
    assert Subscription.objects.count() == 2  # looking is not unsubscribing

    done = client.post(unsubscribe)
    assert done.status_code == 200
    assert not Subscription.objects.filter(commitment__key=JAPAN).exists()
    # Only what the link names: the ministry stays followed.
    assert list(Subscription.objects.values_list("kind", flat=True)) == ["ministry"]
    # Again: same answer, nothing left to delete; the confirmation link is dead too.
    assert client.post(unsubscribe).status_code == 200
    assert "al afgemeld" in client.get(unsubscribe).content.decode()
    assert client.get(confirm).status_code == 410


def test_one_click_unsubscribe_from_the_mail_program(seed):
    """RFC 8058: the mail provider POSTs to the List-Unsubscribe URL, without our cookies."""
    sign_up(Client())
    header = mail.outbox[0].extra_headers["List-Unsubscribe"]
    path = header.strip("<>").removeprefix("http://testserver")
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_sign_ups_per_client_are_limited(client, seed, settings):
    settings.FOLLOW_RATE_PER_CLIENT = "2/hour"
    for n in range(2):
        assert sign_up(client, email=f"lezer{n}@example.org").status_code == 302
    refused = sign_up(client, email="lezer9@example.org")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert "Even geduld" in refused.content.decode()
    assert len(mail.outbox) == 2
    # Another client is not held back by the first.
    other = sign_up(client, email="ander@example.org", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302


def test_mails_per_address_are_limited_without_telling(client, seed, settings):
    settings.FOLLOW_RATE_PER_ADDRESS = "2/day"
    targets = [FOLLOW_JAPAN, "/volgen/ministerie/buitenlandse-zaken/", "/volgen/zoekopdracht/"]
    answers = [
        sign_up(client, url, email="doelwit@example.org", REMOTE_ADDR=f"192.0.2.{n}")
        for n, url in enumerate(targets)
    ]
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, SENT)}
    assert len(mail.outbox) == 2
    # Nothing is kept for the request that got no mail.
    assert Subscription.objects.count() == 2


def test_robot_filling_the_trap_gets_the_same_answer_and_nothing_happens(client, seed):
    response = client.post(FOLLOW_JAPAN, {"email": "robot@example.org", "website": "http://x"})
    assert (response.status_code, response["Location"]) == (302, SENT)
    assert not Subscription.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("email", ["", "geen-adres", "a@b@c", "x" * 250 + "@example.org"])
def test_a_bad_address_is_a_form_error(client, seed, email):
    response = sign_up(client, email=email)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'aria-invalid="true"' in page
    assert 'aria-describedby="id_email_error"' in page and 'id="id_email_error"' in page
    assert not Subscription.objects.exists()


def test_a_search_is_stored_as_the_lists_filters(client, seed):
    url = (
        "/volgen/zoekopdracht/?status=open&q=+navo+&page=3&ordering=due_date&onbekend=1&status=open"
    )
    page = client.get(url)
    assert page.status_code == 200
    assert "Zoeken: navo" in page.content.decode()
    assert sign_up(client, url).status_code == 302
    subscription = Subscription.objects.get()
    assert (subscription.kind, subscription.query) == ("search", "q=navo&status=open")
    # The same search in another order is the same subscription.
    sign_up(client, "/volgen/zoekopdracht/?q=navo&status=open")
    assert Subscription.objects.count() == 1


@pytest.mark.parametrize("query", ["status=bogus", "ministry=geen-ministerie", "q=" + "x" * 1200])
def test_a_search_the_list_refuses_cannot_be_followed(client, seed, query):
    assert client.get(f"/volgen/zoekopdracht/?{query}").status_code == 400
    assert sign_up(client, f"/volgen/zoekopdracht/?{query}").status_code == 400
    assert not Subscription.objects.exists()


def test_a_failing_mail_server_is_a_503_and_keeps_nothing(client, seed):
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPServerDisconnected("down")
    ):
        response = sign_up(client)
    assert response.status_code == 503
    assert not Subscription.objects.exists()


def test_subscriptions_do_not_empty_the_response_cache(
    client, seed, settings, django_capture_on_commit_callbacks
):
    """Anonymous sign-ups must not be a way to invalidate everybody's cached pages."""
    settings.RESPONSE_CACHE_SECONDS = 60
    version = response_cache.register_state()
    with django_capture_on_commit_callbacks(execute=True):
        sign_up(client)
        confirm, unsubscribe = links(mail.outbox[0])
        client.post(confirm)
        client.post(unsubscribe)
    assert response_cache.register_state() == version


def test_english_reader_gets_english_mail(client, seed):
    # The English site is under /en/ (the language is in the URL, not the header).
    sign_up(client, url="/en" + FOLLOW_JAPAN)
    subscription = Subscription.objects.get()
    assert subscription.language == "en"
    message = mail.outbox[0]
    assert message.subject.startswith("Confirm")
    assert "Toezegging" not in message.subject


class TestConstraints:
    """Rules a hand-made row could break are the database's to refuse."""

    @pytest.fixture
    def japan(self, seed):
        return Commitment.objects.get(key=JAPAN)

    def refused(self, **fields):
        with pytest.raises(IntegrityError), transaction.atomic():
            Subscription.objects.create(**{"email": "a@example.org", **fields})

    def test_kind_and_target_agree(self, japan):
        ministry = japan.ministry
        self.refused(kind="ministry", commitment=japan)
        self.refused(kind="commitment")
        self.refused(kind="commitment", commitment=japan, ministry=ministry)
        self.refused(kind="commitment", commitment=japan, query="q=x")
        self.refused(kind="search", ministry=ministry)
        self.refused(kind="elsewhere", query="q=x")

    def test_one_row_per_address_and_target(self, japan):
        Subscription.objects.create(email="a@example.org", kind="commitment", commitment=japan)
        Subscription.objects.create(email="a@example.org", kind="search", query="")
        self.refused(kind="commitment", commitment=japan)
        self.refused(kind="search", query="")

    def test_address_in_lower_case_and_mail_only_when_confirmed(self, japan):
        self.refused(email="A@example.org", kind="commitment", commitment=japan)
        self.refused(kind="commitment", commitment=japan, notified_until=timezone.now())


def mail_settings(**env):
    """The mail settings a fresh process reads from ``env``."""
    names = [
        "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS", "DEFAULT_FROM_EMAIL", "SITE_URL",
    ]  # fmt: skip
    code = (
        "import json, tracker.settings as s; "
        f"print(json.dumps({{n: getattr(s, n) for n in {names}}}))"
    )
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith("EMAIL_") and k != "DATABASE_URL"
    }
    run = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )
    return run, (json.loads(run.stdout) if run.returncode == 0 else None)


def test_mail_goes_to_the_console_in_development():
    _run, values = mail_settings(TRACKER_ENV="development")
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert values["SITE_URL"] == "http://127.0.0.1:8000"


def test_mail_goes_over_smtp_from_the_environment_in_production():
    run, values = mail_settings(
        TRACKER_ENV="production",
        SECRET_KEY="s" * 50,
        ALLOWED_HOSTS="toezeggingen.example.org",
        DATABASE_URL="sqlite:////tmp/h.sqlite3",
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="2525",
        EMAIL_HOST_USER="register",
        EMAIL_HOST_PASSWORD="geheim",
        DEFAULT_FROM_EMAIL="Register <noreply@example.org>",
        SITE_URL="https://toezeggingen.example.org/",
    )
    assert run.returncode == 0, run.stderr
    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": 2525,
        "EMAIL_HOST_USER": "register",
        "EMAIL_HOST_PASSWORD": "geheim",
        "EMAIL_USE_TLS": True,
        "DEFAULT_FROM_EMAIL": "Register <noreply@example.org>",
        "SITE_URL": "https://toezeggingen.example.org",
    }


@pytest.mark.parametrize(
    ("env", "error"),
    [
        ({"EMAIL_USE_TLS": "true", "EMAIL_USE_SSL": "true"}, "not both"),
        ({"EMAIL_PORT": "smtp"}, "EMAIL_PORT must be an integer"),
        ({"EMAIL_USE_TLS": "misschien"}, "EMAIL_USE_TLS must be a boolean"),
    ],
)
def test_bad_mail_settings_are_a_clear_error(env, error):
    run, _values = mail_settings(TRACKER_ENV="development", **env)
    assert run.returncode != 0
    assert "ImproperlyConfigured" in run.stderr and error in run.stderr


def test_privacy_text_stands_alone_for_the_privacy_page():
    """The privacy page includes the same text the follow page shows, in either language."""
    dutch = render_to_string("commitments/follow/_privacy.html")
    assert "binnen 7 dagen" in dutch and "afmelden verwijdert het adres" in dutch
    with translation.override("en"):
        english = render_to_string("commitments/follow/_privacy.html")
    assert "within 7 days" in english and "unsubscribing deletes the address" in english


def test_only_a_superuser_finds_and_deletes_an_address_in_the_admin(
    client, clerk_client, seed, django_user_model
):
    """A reader who writes in to be forgotten: found by address, deleted; clerks see none."""
    sign_up(client)
    sign_up(client, email="ander@example.org")
    changelist = "/admin/commitments/subscription/"
    assert clerk_client.get(changelist).status_code == 403
    admin = django_user_model.objects.create_superuser("beheer", password="x-secret-pw")
    client.force_login(admin)
    found = client.get(changelist, {"q": "lezer@example.org"})
    assert found.status_code == 200
    assert "lezer@example.org" in found.content.decode()
    assert "ander@example.org" not in found.content.decode()
    subscription = Subscription.objects.get(email="lezer@example.org")
    delete = f"{changelist}{subscription.pk}/delete/"
    assert client.post(delete, {"post": "yes"}).status_code == 302
    assert list(Subscription.objects.values_list("email", flat=True)) == ["ander@example.org"]
