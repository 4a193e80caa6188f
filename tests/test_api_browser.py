"""Swagger UI and Redoc in a real Chromium, under the site's own Content-Security-Policy."""

import os

import pytest

from tests.chromium import ChromiumMissing, find_chromium

# serialized_rollback: leave the database as the data migrations made it (clerk group, content
# types) for the transactional tests that run after this one.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def page(live_server, monkeypatch):
    try:
        executable = find_chromium()
    except ChromiumMissing as missing:
        if os.environ.get("CI"):
            pytest.fail(str(missing))
        pytest.skip(str(missing))
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        # No bypass_csp: the point is that the pages work under the real policy.
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.base_url = live_server.url
        page.console_errors = []
        page.on(
            "console",
            lambda message: message.type == "error" and page.console_errors.append(message.text),
        )
        yield page
        context.close()
        browser.close()


def test_swagger_ui_lists_the_operations(page):
    page.goto(page.base_url + "/api/v1/docs/")
    page.locator(".opblock-summary-path", has_text="/api/v1/commitments/").first.wait_for()
    assert page.locator(".opblock").count() >= 20
    assert not [e for e in page.console_errors if "Content Security Policy" in e]


def test_redoc_renders_the_schema(page):
    page.goto(page.base_url + "/api/v1/redoc/")
    page.get_by_text("Toezeggingen tracker API").first.wait_for()
    page.get_by_text("/api/v1/commitments/{key}/fulfil/").first.wait_for(state="attached")
    blocked = [e for e in page.console_errors if "Content Security Policy" in e]
    # Redoc's "powered by" logo comes from its CDN; the policy blocks it, as it should.
    assert [e for e in blocked if "cdn.redoc.ly" not in e] == []
