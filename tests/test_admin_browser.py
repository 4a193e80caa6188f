"""The clerk's admin in a real Chromium: the pieces that only JavaScript shows."""

import pytest
from django.contrib.auth.models import Group

from tests.test_browser import browser_page  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "x-secret-pw-for-the-browser"


@pytest.fixture
def clerk_page(browser_page, django_user_model):  # noqa: F811
    user = django_user_model.objects.create_user("griffier", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="clerk"))
    page = browser_page
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(page.base_url + "/admin/login/")
    page.get_by_label("Gebruikersnaam").fill("griffier")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_url("**/admin/")
    return page


def test_date_picker_opens_on_an_action_page(clerk_page):
    page = clerk_page
    page.goto(page.base_url + "/admin/commitments/commitment/")
    page.locator("input.action-select").first.check()
    page.locator("select[name=action]").select_option("set_new_due_date")
    page.get_by_role("button", name="Uitvoeren").click()
    page.get_by_label("Nieuwe termijn").wait_for()
    assert page.errors == []
    page.locator("a[id^=calendarlink]").first.click()
    calendar = page.locator(".calendarbox").first
    assert calendar.is_visible()
    # A day in the calendar fills the field in the admin's date format.
    calendar.locator("td a").first.click()
    assert page.get_by_label("Nieuwe termijn").input_value()
    assert page.errors == []


def test_date_picker_opens_on_the_import_review(clerk_page):
    page = clerk_page
    page.goto(page.base_url + "/admin/commitments/document/import/")
    page.locator("input[type=file]").set_input_files(
        "fixtures/kamerstukken/002_eafaf4e2d27f033a.txt"
    )
    page.get_by_role("button", name="Voorstel maken").click()
    page.get_by_text("Zoals toegezegd in het commissiedebat Irak").first.wait_for()
    page.locator("a[id^=calendarlink]").first.click()
    assert page.locator(".calendarbox").first.is_visible()
    assert page.errors == []


def test_changelist_shows_the_status_column_at_1280_px(clerk_page):
    page = clerk_page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page.base_url + "/admin/commitments/commitment/")
    headers = page.locator("#result_list thead th").all_inner_texts()
    assert [h.strip().lower() for h in headers if h.strip()] == [
        "kenmerk",
        "tekst",
        "ministerie",
        "termijn",
        "status",
        "over termijn",
    ]
    status = page.locator("#result_list th.column-status").bounding_box()
    assert status["x"] + status["width"] <= 1280
    table = page.locator("#result_list").bounding_box()
    assert table["x"] + table["width"] <= 1280
