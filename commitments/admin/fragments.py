"""Parts of admin pages drawn once per distinct content: the sidebar's app list
(``navigation``), the changelist's filters and its actions bar.

Each is HTML that depends only on a few values computed for every request (the models the
user may see, the filter choices with their links), the language and the escaping. For
the same values the HTML is the same, so it is kept per process under exactly those
values, in a bounded memory, instead of going through the template engine again.
Everything the values come from (permission checks, the filters' queries and links, the
actions the user may run) still runs on every request.
"""

from collections import OrderedDict
from threading import Lock

from django.contrib.admin.helpers import ActionForm
from django.contrib.admin.templatetags.admin_list import admin_list_filter
from django.contrib.admin.templatetags.base import InclusionAdminNode
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import get_template
from django.utils.functional import Promise
from django.utils.safestring import SafeData, SafeString
from django.utils.translation import get_language

# Settings a test may change that alter what the same values draw as.
DRAWING_SETTINGS = {"TEMPLATES", "FORM_RENDERER", "INSTALLED_APPS", "LANGUAGE_CODE", "LANGUAGES"}
_every: list = []


class Rendered:
    """HTML by the exact values it was drawn from, the least recently used dropped first."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._html: OrderedDict = OrderedDict()
        self._lock = Lock()
        _every.append(self)

    def get(self, key, render) -> SafeString:
        with self._lock:
            html = self._html.get(key)
            if html is not None:
                self._html.move_to_end(key)
                return html
        html = render()
        with self._lock:
            self._html[key] = html
            while len(self._html) > self.max_entries:
                self._html.popitem(last=False)
        return html

    def clear(self):
        with self._lock:
            self._html.clear()

    def __len__(self):
        return len(self._html)


@receiver(setting_changed)
def _forget_on_settings_change(*, setting, **kwargs):
    if setting in DRAWING_SETTINGS:
        for rendered in _every:
            rendered.clear()


class Unkeyable(Exception):
    """A value the key cannot stand for exactly: drawn by Django, not remembered."""


def frozen(value):
    """``value`` as a hashable key that tells apart whatever renders differently: a text and
    the same text marked safe, ``1`` and ``True`` and ``"1"``."""
    if isinstance(value, Promise):  # lazy: its text in the current language
        value = str(value)
    if isinstance(value, str):
        return ("safe" if isinstance(value, SafeData) else "text", str(value))
    if value is None or isinstance(value, (bool, int)):
        return (type(value).__name__, value)
    if isinstance(value, dict):
        return ("dict", tuple((key, frozen(item)) for key, item in value.items()))
    if isinstance(value, (list, tuple)):
        return ("list", tuple(frozen(item) for item in value))
    raise Unkeyable(type(value).__name__)


# The filter templates known to read nothing but ``title`` and ``choices`` (not ``spec``).
FILTER_TEMPLATES = frozenset({"admin/filter.html", "admin/commitments/text_input_filter.html"})
# Nine filters on a page, a few kilobytes each: some hundred pages' worth.
_filters = Rendered(1024)


def list_filter_html(cl, spec) -> SafeString:
    """Django's ``{% admin_list_filter cl spec %}``: the choices (their queries and links)
    worked out for every request, their HTML drawn once per distinct choices."""
    if spec.template not in FILTER_TEMPLATES:
        return admin_list_filter(cl, spec)
    choices = list(spec.choices(cl))
    try:
        key = (spec.template, get_language(), frozen(spec.title), frozen(choices))
    except Unkeyable:
        return _render(spec, choices)
    return _filters.get(key, lambda: _render(spec, choices))


def _render(spec, choices):
    # admin_list_filter's own body, with the choices already worked out (a generator).
    template = get_template(spec.template)
    return template.render({"title": spec.title, "choices": choices, "spec": spec})


# The actions bar above the rows: Django's ActionForm (a select of the actions the user may
# run, through the form renderer's templates) and the selection counter.
_actions = Rendered(256)


class ActionsNode(InclusionAdminNode):
    """Django's ``{% admin_actions %}``, drawn once per distinct content when the form is
    Django's own, unbound ``ActionForm``: its HTML then depends only on the values in
    the key, which are worked out for every request (the actions the user may run)."""

    def render(self, context):
        key = self._key(context)
        if key is None:
            return super().render(context)
        html = _actions.get(key, lambda: super(ActionsNode, self).render(context))
        # What admin_actions does when it renders (the next bar gets the next index).
        context["action_index"] = key[1]
        return html

    def _key(self, context):
        form, cl, opts = context.get("action_form"), context.get("cl"), context.get("opts")
        if type(form) is not ActionForm or form.is_bound or cl is None or opts is None:
            return None
        template = context.template.engine.select_template(
            [
                f"admin/{opts.app_label.lower()}/{opts.model_name}/{self.template_name}",
                f"admin/{opts.app_label.lower()}/{self.template_name}",
                f"admin/{self.template_name}",
            ]
        )
        values = [
            form.fields["action"].choices,
            context.get("actions_selection_counter"),
            context.get("selection_note"),
            context.get("selection_note_all"),
            context.get("module_name"),
            len(cl.result_list),
            cl.result_count,
        ]
        try:
            frozen_values = frozen(values)
        except Unkeyable:
            return None
        index = context.get("action_index", -1) + 1
        return (template.origin.name, index, get_language(), context.autoescape, frozen_values)
