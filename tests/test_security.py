"""Security settings that hold on every page."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db
LOGIN_URL = reverse("admin:login")


def test_login_is_locked_after_repeated_failures(client, clerk):
    statuses = [
        client.post(LOGIN_URL, {"username": "griffier", "password": "wrong"}).status_code
        for _ in range(5)
    ]
    assert statuses == [200, 200, 200, 200, 429]
    response = client.post(LOGIN_URL, {"username": "griffier", "password": "x-secret-pw"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works_before_the_limit(client, clerk):
    client.post(LOGIN_URL, {"username": "griffier", "password": "wrong"})
    response = client.post(LOGIN_URL, {"username": "griffier", "password": "x-secret-pw"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(clerk.pk)


def test_content_security_policy_forbids_inline_scripts(client):
    policy = client.get(LOGIN_URL).headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"


@pytest.mark.parametrize(
    ("language", "heading", "advice"),
    [
        ("nl", "Te veel mislukte aanmeldpogingen", "Probeer het over 1 uur opnieuw."),
        ("en", "Too many failed login attempts", "Try again in 1 hour."),
    ],
)
def test_lockout_page_speaks_the_admins_language(client, clerk, language, heading, advice):
    # The admin negotiates and leaves that language active: restore it for the next test.
    with translation.override(None):
        for _ in range(5):
            response = client.post(
                LOGIN_URL,
                {"username": "griffier", "password": "wrong"},
                HTTP_ACCEPT_LANGUAGE=language,
            )
    assert response.status_code == 429
    assert f'<html lang="{language}">' in response.text
    assert f"<h1>{heading}</h1>" in response.text
    assert advice in response.text
    assert "Account locked" not in response.text  # axes' default English sentence
