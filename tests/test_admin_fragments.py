"""The changelists' filters drawn once per distinct choices (``commitments/admin/fragments.py``)
are Django's ``admin_list_filter``, for every filter, page and language, and follow the
data and the request as Django's do."""

import re

import pytest
from django.contrib import admin
from django.contrib.admin.templatetags.admin_list import admin_list_filter
from django.urls import reverse

from commitments.admin import fragments
from commitments.models import Ministry

from .test_admin_rows import superuser_client, varied  # noqa: F401  (fixtures)

CHANGELISTS = [
    reverse("admin:commitments_commitment_changelist"),
    reverse("admin:commitments_commitment_changelist")
    + "?status__exact=open&overdue=yes&made_by_name=%3Cb%3E&q=a&o=-4",
    reverse("admin:commitments_commitment_changelist")
    + "?made_on__year=2020&is_published__exact=1",
    reverse("admin:commitments_document_changelist"),
    reverse("admin:commitments_person_changelist") + "?ministry__id__exact=1",
    reverse("admin:commitments_commitmentevent_changelist"),
]


def djangos_filters(response):
    cl = response.context["cl"]
    return [str(admin_list_filter(cl, spec)) for spec in cl.filter_specs]


@pytest.mark.parametrize("url", CHANGELISTS)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_filters_are_djangos_for_each_page_and_language(
    superuser_client,  # noqa: F811
    varied,  # noqa: F811
    url,
    language,
):
    fragments._filters.clear()
    for _ in range(2):  # drawn, then from memory
        response = superuser_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        expected = djangos_filters(response)
        assert expected
        for html in expected:
            assert html in response.text
    assert len(fragments._filters) == len(expected)


def test_the_filters_follow_the_data_and_the_language(superuser_client, varied):  # noqa: F811
    url = reverse("admin:commitments_commitment_changelist")
    superuser_client.get(url)
    Ministry.objects.create(name="Ministerie van Nieuwe Zaken", slug="nieuw")
    page = superuser_client.get(url).text
    assert "Ministerie van Nieuwe Zaken" in page
    assert "Ministerie van &lt;Zaken&gt; &amp; Co" in page
    english = superuser_client.get(url, HTTP_ACCEPT_LANGUAGE="en").text
    assert "By status" in english
    assert "By status" not in page


def test_a_selected_choice_is_marked_on_its_own_page(superuser_client, varied):  # noqa: F811
    url = reverse("admin:commitments_commitment_changelist")
    superuser_client.get(url)
    page = superuser_client.get(url + "?status__exact=lapsed").text
    assert '<li class="selected">\n    <a href="?status__exact=lapsed">' in page


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("a", ("text", "a")),
        (True, ("bool", True)),
        (1, ("int", 1)),
        (None, ("NoneType", None)),
        ([("q", "x")], ("list", (("list", (("text", "q"), ("text", "x"))),))),
    ],
)
def test_values_that_render_differently_have_different_keys(value, key):
    from django.utils.safestring import mark_safe

    assert fragments.frozen(value) == key
    assert fragments.frozen(mark_safe("a")) != fragments.frozen("a")


def test_a_choice_the_key_cannot_stand_for_is_drawn_by_django(superuser_client, varied):  # noqa: F811
    """A display that is an object (its text could change) is never remembered."""
    from commitments.admin.changelists import OverdueFilter

    class Shown:
        def __str__(self):
            return "Te laat"

    response = superuser_client.get(reverse("admin:commitments_commitment_changelist"))
    cl = response.context["cl"]
    spec = next(s for s in cl.filter_specs if isinstance(s, OverdueFilter))
    spec.lookup_choices = [("yes", Shown())]
    fragments._filters.clear()
    assert fragments.list_filter_html(cl, spec) == admin_list_filter(cl, spec)
    assert "Te laat" in fragments.list_filter_html(cl, spec)
    assert len(fragments._filters) == 0


# Whole pages: the app's changelist template against Django's own admin/change_list.html.


def comparable(html):
    """A page without its CSRF tokens (new for every response) and whitespace-only lines."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return [line for line in html.splitlines() if line.strip()]


def region(html, start, end):
    begin = html.index(start)
    return html[begin : html.index(end, begin) + len(end)]


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("person", ""),
        ("person", "?ministry__id__exact=1&q=a"),
        ("commitmentevent", "?kind__exact=note"),
        ("meeting", ""),
    ],
)
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("bottom", [False, True])
def test_a_changelist_page_is_djangos(
    superuser_client,  # noqa: F811
    varied,  # noqa: F811
    monkeypatch,
    name,
    query,
    language,
    bottom,
):
    model_admin = next(
        m for model, m in admin.site._registry.items() if model._meta.model_name == name
    )
    monkeypatch.setattr(model_admin, "actions_on_bottom", bottom)
    url = reverse(f"admin:commitments_{name}_changelist") + query
    ours = [superuser_client.get(url, HTTP_ACCEPT_LANGUAGE=language).text for _ in range(2)]
    monkeypatch.setattr(model_admin, "change_list_template", "admin/change_list.html")
    djangos = superuser_client.get(url, HTTP_ACCEPT_LANGUAGE=language).text
    assert comparable(ours[0]) == comparable(djangos)
    assert comparable(ours[1]) == comparable(djangos)


@pytest.mark.parametrize("query", ["", "?status__exact=open&overdue=yes&o=-4"])
def test_the_commitment_filters_and_actions_are_djangos(
    superuser_client,  # noqa: F811
    varied,  # noqa: F811
    monkeypatch,
    query,
):
    from commitments.admin.commitment import CommitmentAdmin

    monkeypatch.setattr(CommitmentAdmin, "actions_on_bottom", True)
    url = reverse("admin:commitments_commitment_changelist") + query
    ours = superuser_client.get(url).text
    monkeypatch.setattr(CommitmentAdmin, "change_list_template", "admin/change_list.html")
    djangos = superuser_client.get(url).text
    nav = ('<nav id="changelist-filter"', "</nav>")
    assert comparable(region(ours, *nav)) == comparable(region(djangos, *nav))
    bars = re.findall(r'<div class="actions">.*?</div>', ours, re.S)
    assert len(bars) == 2
    assert bars == re.findall(r'<div class="actions">.*?</div>', djangos, re.S)
    assert 'name="index" value="1"' in bars[1]


def test_the_actions_follow_a_change_of_permissions(clerk, client, seed):
    from django.contrib.auth.models import Permission

    url = reverse("admin:commitments_commitment_changelist")
    client.force_login(clerk)
    assert 'value="mark_lapsed"' in client.get(url).text
    clerk.groups.get().permissions.remove(Permission.objects.get(codename="change_commitment"))
    client.force_login(type(clerk).objects.get(pk=clerk.pk))  # a fresh permission cache
    page = client.get(url).text
    assert 'value="mark_lapsed"' not in page
    assert 'id="result_list"' in page


def test_what_is_remembered_is_forgotten_when_a_setting_it_depends_on_changes(
    superuser_client,  # noqa: F811
    varied,  # noqa: F811
):
    from django.test import override_settings

    from commitments.admin import navigation, rows
    from tracker import admin_site

    superuser_client.get(reverse("admin:commitments_commitment_changelist") + "?o=-4")
    assert len(fragments._filters) and len(fragments._actions) and len(navigation._rendered)
    assert rows._localized_date.cache_info().currsize
    assert admin_site._reversed.cache_info().currsize
    with override_settings(LANGUAGES=[("nl", "Nederlands"), ("en", "English")]):
        assert not (len(fragments._filters) or len(fragments._actions) or len(navigation._rendered))
        assert rows._localized_date.cache_info().currsize == 0
    with override_settings(ROOT_URLCONF="tracker.urls"):
        assert admin_site._reversed.cache_info().currsize == 0
