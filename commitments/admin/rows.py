"""A changelist's rows rendered in Python, the same HTML as Django's ``items_for_result``.

Django works out every cell of every row from scratch: which field or method the column
is, its empty value, the choices' labels (a dict built per cell, translating each label),
the change URL (``reverse``) and the preserved filters (parsed and encoded again per row),
the boolean icons (a static-file lookup per cell), each through ``format_html``: about 0.4 ms
a row, half the CPU of a 50-row page. Here a column is worked out once per page, and a row
is a handful of string joins. The public site does the same for its table
(``commitments/tables.py``).

Only what the changelists here use is built this way: model fields (choices, booleans,
dates, numbers, text, foreign keys), admin methods and callables, the action checkbox and
the link to the change form. Anything else (``list_editable`` forms, popups, ``to_field``,
related lookups like ``ministry__name``, model methods or properties in ``list_display``)
renders with Django's own code. ``tests/test_admin_rows.py`` compares both outputs.
"""

import datetime
from functools import lru_cache

from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.templatetags.admin_list import (
    _boolean_icon,
    _coerce_field_name,
    items_for_result,
)
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import display_for_value
from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist
from django.core.signals import setting_changed
from django.db import models
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils.formats import localize, number_format
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

# Stands for the primary key while the change URL is built once for the whole page.
PK_MARK = "0pk0mark0"


class Unsupported(Exception):
    """A column this module does not render: the page's rows fall back to Django's."""


def rows_html(cl) -> SafeString:
    """Every row of ``cl.result_list`` as ``<tr>`` elements."""
    return SafeString("".join(f"\n<tr>{cells}</tr>\n" for cells in row_cells(cl)))


def row_cells(cl) -> list[str]:
    """The cells of each row of the page, as one string per row."""
    try:
        columns = _columns(cl)
    except Unsupported:
        return ["".join(items_for_result(cl, result, None)) for result in cl.result_list]
    return ["".join([column(result) for column in columns]) for result in cl.result_list]


def supported(cl) -> bool:
    try:
        _columns(cl)
    except Unsupported:
        return False
    return True


def _columns(cl) -> list:
    if cl.formset is not None or cl.is_popup or cl.to_field:
        raise Unsupported("forms, popups and to_field")
    model_admin = cl.model_admin
    site_empty = model_admin.get_empty_value_display()
    link = _linker(cl)
    columns = []
    first = True
    for index, name in enumerate(cl.list_display):
        linked = _links(cl, name, first)
        tag = "td"
        if linked:
            tag = "th" if first else "td"
            first = False
        columns.append(_column(cl, name, index, site_empty, tag, link if linked else None))
    return columns


def _links(cl, name, first) -> bool:
    # As items_for_result's link_in_col.
    if cl.list_display_links is None:
        return False
    if first and not cl.list_display_links:
        return True
    return name in cl.list_display_links


def _linker(cl):
    """The change URL of a row with the preserved filters, built once with a placeholder."""
    opts = cl.opts
    try:
        template = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_change",
            args=(PK_MARK,),
            current_app=cl.model_admin.admin_site.name,
        )
    except NoReverseMatch:
        return None
    template = add_preserved_filters(
        {"preserved_filters": cl.preserved_filters, "opts": opts}, template
    )
    if template.count(PK_MARK) != 1:
        raise Unsupported("the placeholder also stands in the filters")
    before, after = (conditional_escape(part) for part in template.split(PK_MARK))
    pk_attname = cl.lookup_opts.pk.attname

    def link(result, shown) -> str:
        pk = getattr(result, pk_attname)
        if type(pk) is not int:  # reverse() would percent-encode what quote() leaves
            url = add_preserved_filters(
                {"preserved_filters": cl.preserved_filters, "opts": opts},
                cl.url_for_result(result),
            )
            return f'<a href="{conditional_escape(url)}">{shown}</a>'
        return f'<a href="{before}{pk}{after}">{shown}</a>'

    return link


def _column(cl, name, index, site_empty, tag, link):
    """A function of one row giving this column's cell."""
    model_admin = cl.model_admin
    field = None
    if not callable(name) and name != "action_checkbox":
        try:
            field = cl.opts.get_field(name)
        except FieldDoesNotExist:
            field = None
    if field is None:
        if name == "action_checkbox" and _is_cheap_checkbox(model_admin):
            return _checkbox_column(tag, link)
        if callable(name):
            attr = name
        elif name != "__str__" and hasattr(model_admin, name):
            attr = getattr(model_admin, name)
        else:
            raise Unsupported(f"{name}: a model attribute, method or related lookup")
        return _value_column(name, index, attr, site_empty, tag, link)
    if field.name != name:
        # ``ministry_id``: Django shows the column's raw value, not the related row.
        raise Unsupported(f"{name}: a foreign key's column")
    if field.is_relation and not isinstance(field, models.ForeignKey):
        raise Unsupported(f"{name}: reverse or many-to-many relation")
    if field.auto_created:
        # Django shows an automatic primary key as a value, not as a field.
        attname = field.attname
        return _value_column(
            name, index, lambda result: getattr(result, attname), site_empty, tag, link
        )
    return _field_column(field, index, site_empty, tag, link)


@lru_cache(maxsize=8192)
def _localized_date(language, day) -> str:
    return localize(day)


@receiver(setting_changed)
def _forget_dates_on_settings_change(*, setting, **kwargs):
    if setting.endswith("_FORMAT") or setting in {"FORMAT_MODULE_PATH", "LANGUAGES"}:
        _localized_date.cache_clear()


def _date_text(day) -> str:
    """``localize(day)``, remembered per language and day: Django's date format builds a
    formatter and translates the month name for every date (80 µs each)."""
    if type(day) is not datetime.date:
        return localize(day)
    return _localized_date(get_language(), day)


def _open(tag, classes):
    return f'<{tag} class="{" ".join(classes)}">'


def _cell(tag, classes, shown, link, site_empty, field_class):
    """One cell of a row: ``shown(result)`` as ``(html, nowrap)``, linked or not. A related
    object that is gone shows the empty value in a plain cell, as in Django."""
    plain, nowrap = _open(tag, classes), _open(tag, [*classes, "nowrap"])
    missing, failed = conditional_escape(site_empty), _open(tag, [field_class])
    close = f"</{tag}>"

    def cell(result):
        try:
            html, wrapless = shown(result)
            start = nowrap if wrapless else plain
        except ObjectDoesNotExist:
            html, start = missing, failed
        if link is not None:
            html = link(result, html)
        return f"{start}{html}{close}"

    return cell


def _value_column(name, index, attr, site_empty, tag, link):
    empty = getattr(attr, "empty_value_display", site_empty)
    boolean = getattr(attr, "boolean", False)
    icons = _icons()
    field_class = f"field-{_coerce_field_name(name, index)}"
    classes = ["action-checkbox"] if name == "action_checkbox" else [field_class]

    def shown(result):
        value = attr(result)
        if isinstance(value, str) and value.strip() == "":
            value = ""
        html = icons[value] if boolean else conditional_escape(display_for_value(value, empty))
        # As Django: a date or time never wraps, whatever the column.
        return html, isinstance(value, (datetime.date, datetime.time))

    return _cell(tag, classes, shown, link, site_empty, field_class)


def _is_cheap_checkbox(model_admin) -> bool:
    from .changelists import LargeChangelistMixin

    return type(model_admin).action_checkbox is LargeChangelistMixin.action_checkbox


def _checkbox_column(tag, link):
    """``LargeChangelistMixin.action_checkbox`` with its label translated once per page
    rather than once per row."""
    label = str(_("Select this object for an action - {}"))
    start = f'<{tag} class="action-checkbox">'
    before = f'<input type="checkbox" name="{ACTION_CHECKBOX_NAME}" value="'
    close = f"</{tag}>"

    def cell(result):
        # As format_html: the translated text is not escaped, the object's name is.
        aria = label.format(conditional_escape(str(result)))
        html = (
            f'{before}{conditional_escape(result.pk)}" class="action-select" aria-label="{aria}">'
        )
        if link is not None:
            html = link(result, html)
        return f"{start}{html}{close}"

    return cell


def _icons():
    return {value: conditional_escape(_boolean_icon(value)) for value in (True, False, None)}


def _field_column(field, index, site_empty, tag, link):
    classes = [f"field-{_coerce_field_name(field.name, index)}"]
    nowrap = isinstance(field, (models.DateField, models.TimeField, models.ForeignKey))
    empty = conditional_escape(site_empty)
    attname = field.attname
    format_value = None
    if isinstance(field, models.ForeignKey):
        name = field.name

        def text(result):
            related = getattr(result, name)
            return empty if related is None else conditional_escape(related)

    elif field.flatchoices:
        labels = {value: conditional_escape(label) for value, label in field.flatchoices}

        def text(result):
            value = getattr(result, attname)
            if isinstance(value, str) and value.strip() == "":
                value = ""
            return labels.get(value, empty)

    elif isinstance(field, models.BooleanField):
        icons = _icons()

        def text(result):
            return icons[getattr(result, attname)]

    elif isinstance(field, models.DateTimeField):
        raise Unsupported(f"{field.name}: date and time (shown in the current time zone)")
    elif isinstance(field, (models.FileField, models.URLField, models.JSONField)):
        raise Unsupported(f"{field.name}: a field shown as a link or JSON")
    elif isinstance(field, models.DateField):
        format_value = _date_text
    elif isinstance(field, models.TimeField):
        format_value = localize
    elif isinstance(field, models.DecimalField):
        places = field.decimal_places

        def format_value(value):
            return number_format(value, places)

    elif isinstance(field, (models.IntegerField, models.FloatField)):
        format_value = number_format
    else:
        format_value = str
    if format_value is not None:
        empty_values = field.empty_values

        def text(result):
            value = getattr(result, attname)
            if isinstance(value, str) and value.strip() == "":
                value = ""
            if value in empty_values:
                return empty
            return conditional_escape(format_value(value))

    return _cell(tag, classes, lambda result: (text(result), nowrap), link, site_empty, classes[0])
