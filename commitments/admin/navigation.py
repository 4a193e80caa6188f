"""The admin's navigation sidebar, rendered once per distinct content.

Every admin page draws ``admin/app_list.html`` in the sidebar: a row per model with its
links, three ``in request.path`` tests each, through the template engine: about a fifth
of the CPU of a changelist page. Its output depends only on the models the user may see
with their links and permissions (``available_apps``, computed per request as before, so
every permission check still runs), which of them the current path is in, and the
language; for the same values the HTML is the same, so it is kept per process under
exactly those values (a bounded number of entries) instead of being rendered again
(``fragments.Rendered``, which the changelist's filters use too).
"""

from django.template import Context
from django.template.defaultfilters import urlencode
from django.template.loader import get_template
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from .fragments import Rendered

_rendered = Rendered(256)


def _within(url, here) -> bool:
    """The template's ``url in request.path|urlencode`` (an error is false there)."""
    try:
        return url in here
    except TypeError:
        return False


def _key(app_list, path) -> tuple:
    here = urlencode(path)
    return (
        get_language(),
        tuple(
            (
                str(app["name"]),
                app["app_label"],
                app["app_url"],
                _within(app["app_url"], here),
                tuple(
                    (
                        str(model["name"]),
                        model["object_name"],
                        model.get("admin_url"),
                        model.get("add_url"),
                        bool(model.get("view_only")),
                        _within(model.get("admin_url"), here),
                    )
                    for model in app["models"]
                ),
            )
            for app in app_list
        ),
    )


def app_list_html(app_list, request, *, autoescape=True) -> SafeString:
    """``{% include 'admin/app_list.html' with app_list=... show_changelinks=False %}``."""
    key = (_key(app_list, request.path), autoescape)

    def render():
        template = get_template("admin/app_list.html").template
        context = {"app_list": app_list, "show_changelinks": False, "request": request}
        return template.render(Context(context, autoescape=autoescape))

    return _rendered.get(key, render)
