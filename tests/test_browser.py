"""The public pages in a real Chromium: search, filter, open, switch language, axe-core.

Uses the Chromium that ``tests/chromium.py`` finds (``CHROMIUM_PATH``, else Debian's
``/usr/bin/chromium``; never a browser that Playwright downloads). Without one the tests skip
on a laptop and fail in CI (``CI`` set), so a CI machine cannot silently skip them.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.chromium import ChromiumMissing, find_chromium

AXE_JS = Path(__file__).parent / "browser" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _missing(message):
    """Skip on a developer's machine; fail in CI, where a skipped browser test hides a gap."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _chromium_or_skip() -> str:
    try:
        return find_chromium()
    except ChromiumMissing as missing:
        _missing(str(missing))


@pytest.fixture
def browser_page(live_server, monkeypatch):
    chromium = _chromium_or_skip()
    try:
        from playwright import sync_api
    except ImportError:
        _missing("Playwright is missing: pip install -e '.[dev]'")
    call_command("loaddata", "fixtures/seed.json", verbosity=0)
    # Playwright's sync API runs an event loop in this thread; the test itself only reads
    # the database through the live server, so Django's async guard is a false alarm here.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        # The site's CSP forbids injected scripts; axe is injected by the test, not the site.
        context = browser.new_context(locale="nl-NL", bypass_csp=True)
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.base_url = live_server.url
        yield page
        context.close()
        browser.close()


def test_search_filter_and_open_a_commitment(browser_page):
    page = browser_page
    page.goto(page.base_url + "/")
    page.get_by_label("Zoek in toezeggingen").fill("Japan")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**/toezeggingen/?q=Japan")
    assert page.locator("table.commitments tbody tr").count() == 1

    page.goto(page.base_url + "/toezeggingen/")
    page.get_by_label("Voldaan", exact=True).check()
    page.get_by_label("Bijeenkomst").select_option("navo-fmm-2024-12")
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url("**status=fulfilled**")
    assert "meeting=navo-fmm-2024-12" in page.url
    rows = page.locator("table.commitments tbody tr")
    assert rows.count() == 2

    page.get_by_role("link", name="welke NAVO-lidstaat met diens ambassade in Japan").click()
    page.wait_for_url("**/toezeggingen/navo-contactambassade-japan/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Uw Kamer nader informeren")
    assert page.get_by_text("Tot en met 31 december 2024 is Denemarken").is_visible()


def test_invalid_filter_is_announced_next_to_the_field(browser_page):
    page = browser_page
    page.goto(page.base_url + "/toezeggingen/?dossier=abc")
    assert page.get_by_role("alert").is_visible()
    field = page.get_by_label("Dossier")
    assert field.get_attribute("aria-invalid") == "true"


def test_switching_to_english(browser_page):
    page = browser_page
    page.goto(page.base_url + "/toezeggingen/navo-norm-standpunt/")
    page.get_by_label("Taal").select_option("en")
    page.get_by_role("button", name="Wijzig taal").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    # The same page, now with its language in the address.
    assert page.url.endswith("/en/toezeggingen/navo-norm-standpunt/")
    assert page.get_by_role("heading", name="History").is_visible()
    assert page.get_by_text("Made by").is_visible()


def axe_violations(page):
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return result["violations"]


def test_axe_harness_reports_a_missing_label(browser_page):
    # Guards the check below against passing because axe never ran.
    page = browser_page
    page.goto(page.base_url + "/")
    page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    assert "label" in {violation["id"] for violation in axe_violations(page)}


# Every kind of public page, with the seed's data. The accessibility and reflow checks
# run over all of them.
PUBLIC_PAGES = [
    "/",
    "/toezeggingen/",
    "/toezeggingen/?status=fulfilled&ministry=buitenlandse-zaken",
    "/toezeggingen/?dossier=abc",
    "/toezeggingen/navo-contactambassade-japan/",
    "/toezeggingen/navo-norm-standpunt/",
    "/kamerstukken/kst-28676-474/",
    "/kamerstukken/2024D50159/",
    "/bijeenkomsten/",
    "/bijeenkomsten/navo-fmm-2024-12/",
    "/dossiers/28676/",
    "/personen/veldkamp/",
    "/ministeries/buitenlandse-zaken/",
    "/statistieken/",
    "/over/",
    "/toegankelijkheid/",
    "/privacy/",
    "/contact/",
    "/open-data/",
    "/bestaat-niet/",
]

# WCAG 1.4.10: content reflows at 320 CSS px without scrolling in two directions.
REFLOW_SCRIPT = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > width + 1)
    .filter(el => !el.closest('.table-scroll, .chart'))
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
  return {scroll: document.documentElement.scrollWidth, width, wide};
}"""


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_no_horizontal_scrolling_at_320_px(browser_page, path):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(page.base_url + path)
    result = page.evaluate(REFLOW_SCRIPT)
    assert result["scroll"] <= result["width"], result


def test_small_screen_folds_the_filters_and_shows_removable_chips(browser_page):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(page.base_url + "/toezeggingen/?status=fulfilled&ministry=buitenlandse-zaken")
    search_box = page.get_by_label("Zoeken", exact=True)
    assert not search_box.is_visible()
    page.get_by_text("Filters (2)").click()
    assert search_box.is_visible()

    chips = page.locator(".chips a.chip")
    assert chips.count() == 2
    page.get_by_role("link", name="Verwijder filter Status: Voldaan").click()
    page.wait_for_url("**/toezeggingen/?ministry=buitenlandse-zaken")
    assert page.get_by_text("Filters (1)").is_visible()
    # The rows are cards: every card fits the screen, the status is labelled in it.
    card = page.locator("table.commitments tbody tr").first
    assert card.evaluate("el => getComputedStyle(el).display") == "block"
    assert card.bounding_box()["width"] <= 320


def test_person_filter_is_searchable_by_name(browser_page):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page.base_url + "/toezeggingen/")
    select = page.get_by_label("Bewindspersoon", exact=True)
    before = select.locator("option").count()
    search = page.get_by_label("Zoek een bewindspersoon op naam")
    search.fill("veldk")
    values = select.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert values == ["", "veldkamp"]
    assert page.get_by_text("1 van ").inner_text().endswith("bewindspersonen")
    search.fill("")
    assert select.locator("option").count() == before
    search.fill("veld")
    select.select_option("veldkamp")
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url("**person=veldkamp**")
    # The name filter is not a form field: only the select's value travels.
    assert "_zoek" not in page.url
    assert page.get_by_label("Bewindspersoon", exact=True).input_value() == "veldkamp"


def test_wide_screen_shows_the_filters_without_a_toggle(browser_page):
    page = browser_page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page.base_url + "/toezeggingen/?status=fulfilled")
    assert page.get_by_label("Zoeken", exact=True).is_visible()
    assert not page.get_by_text("Filters (1)").is_visible()


def test_status_panel_states_the_verdict_under_the_promise(browser_page):
    page = browser_page
    page.goto(page.base_url + "/toezeggingen/navo-contactambassade-japan/")
    heading = page.get_by_role("heading", level=1).inner_text()
    # The promise itself, cut at a word because it is long; the title says the same.
    assert heading.startswith("Uw Kamer nader informeren over de vraag welke NAVO-lidstaat")
    assert heading.endswith("…")
    assert page.title() == f"{heading} · Toezeggingenregister"
    panel = page.get_by_role("region", name="Stand van zaken")
    assert panel.is_visible()
    verdict = panel.locator("p").first.inner_text()
    assert verdict.startswith("Voldaan op 16 december 2024 met ")
    # The letter named in the verdict is a link to it.
    panel.get_by_role("link").first.click()
    page.wait_for_url("**/kamerstukken/2024D50159/")


# Every public page in both languages, and the browsable API root (which negotiates its
# language from the browser's Accept-Language).
AXE_PAGES = [
    *[(path, "nl") for path in PUBLIC_PAGES],
    *[("/en" + path, "en") for path in PUBLIC_PAGES],
    ("/api/v1/", "nl"),
    ("/api/v1/", "en"),
]


@pytest.mark.parametrize(("path", "language"), AXE_PAGES)
def test_no_wcag_21_aa_violations(browser_page, path, language):
    page = browser_page
    if path.startswith("/api/"):
        # The API negotiates: a browser that asks for English.
        page = page.context.browser.new_context(
            locale="en-GB" if language == "en" else "nl-NL", bypass_csp=True
        ).new_page()
    page.goto(browser_page.base_url + path)
    assert page.locator("html").get_attribute("lang") == language
    violations = [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in axe_violations(page)
    ]
    assert violations == [], "\n".join(violations)
