"""Following a commitment in a real Chromium, start to finish, and axe on the follow pages."""

import re

import pytest
from django.core import mail
from django.core.cache import cache

from .test_browser import axe_violations, browser_page  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def wcag_violations(page):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in axe_violations(page)
    ]


def test_follow_a_commitment_from_its_page_to_the_confirmation(browser_page):  # noqa: F811
    cache.clear()
    page = browser_page
    page.goto(page.base_url + "/toezeggingen/navo-contactambassade-japan/")
    page.get_by_role("link", name="Volg per e-mail").click()
    page.wait_for_url("**/volgen/toezegging/navo-contactambassade-japan/")
    assert wcag_violations(page) == []
    # The robot trap is out of sight and out of the tab order.
    trap = page.locator("#id_website")
    assert trap.bounding_box()["x"] < 0
    assert trap.get_attribute("tabindex") == "-1"

    page.get_by_role("button", name="Volgen").click()
    page.wait_for_load_state()
    assert page.locator("#id_email_error").is_visible()  # an empty address is an error
    assert wcag_violations(page) == []

    page.get_by_role("textbox", name="E-mailadres").fill("lezer@example.org")
    page.get_by_role("button", name="Volgen").click()
    page.wait_for_url("**/volgen/verstuurd/")
    assert page.get_by_role("heading", name="Kijk in uw e-mail").is_visible()

    (message,) = mail.outbox
    confirm = re.search(r"https?://[^\s]+/volgen/bevestigen/[^\s]+/", message.body)[0]
    page.goto(confirm)
    assert wcag_violations(page) == []
    page.get_by_role("button", name="Ja, stuur mij berichten").click()
    page.wait_for_load_state()
    # (The database is checked in test_follow.py: an ORM call inside Playwright's context
    # opens a connection of its own that outlives the test and blocks the test database's
    # teardown on PostgreSQL.)
    assert page.get_by_role("heading", name="U volgt dit nu").is_visible()
