"""The admin's templates, cheaper: ``{% fast_result_list cl %}`` is Django's ``result_list``
with the rows rendered by ``commitments.admin.rows``, ``{% nav_app_list available_apps %}``
the sidebar's app list from ``commitments.admin.navigation``, ``{% fast_list_filter cl spec %}``
a filter and ``{% fast_admin_actions %}`` the actions bar from ``commitments.admin.fragments``
(the same HTML, a fraction of the CPU)."""

from django import template
from django.contrib.admin.templatetags.admin_list import admin_actions, result_headers, result_list
from django.contrib.admin.templatetags.base import InclusionAdminNode

from ..admin import fragments, navigation, rows

register = template.Library()


def fast_result_list(cl):
    if cl.formset is not None:  # list_editable: Django's rows, with their forms
        return {**result_list(cl), "rows": None}
    headers = list(result_headers(cl))
    return {
        "cl": cl,
        "result_hidden_fields": [],
        "result_headers": headers,
        "num_sorted_fields": sum(1 for h in headers if h["sortable"] and h["sorted"]),
        "results": bool(cl.result_list),
        "rows": rows.rows_html(cl),
    }


@register.tag(name="fast_result_list")
def fast_result_list_tag(parser, token):
    return InclusionAdminNode(
        parser,
        token,
        func=fast_result_list,
        template_name="fast_change_list_results.html",
        takes_context=False,
    )


@register.simple_tag(takes_context=True)
def nav_app_list(context, app_list):
    """The sidebar's ``admin/app_list.html``, from ``commitments.admin.navigation``."""
    return navigation.app_list_html(app_list, context["request"], autoescape=context.autoescape)


@register.simple_tag
def fast_list_filter(cl, spec):
    """Django's ``{% admin_list_filter cl spec %}``, drawn once per distinct choices."""
    return fragments.list_filter_html(cl, spec)


@register.tag(name="fast_admin_actions")
def fast_admin_actions_tag(parser, token):
    return fragments.ActionsNode(parser, token, func=admin_actions, template_name="actions.html")
