"""Keyset (cursor) pagination that stays correct for any whitelisted ordering.

DRF's ``CursorPagination`` keys on the first ordering field only and breaks on NULLs (a
``made_on`` of ``None`` becomes the cursor value ``"None"``), and ``LimitOffsetPagination``
counts rows and lets ``offset=10**20`` reach the database. Here the cursor holds the value
of the ordering field *and* the primary key, so every row has a unique position, NULLs sort
last in both directions, and no page ever needs ``COUNT(*)``.

The cursor a client sees never holds a database id: gaps between ids would tell how many
unpublished commitments exist. It holds the row's public key (its ``lookup_field``: key,
identifier, slug) and is signed (``django.core.signing``), so a tampered cursor is a 400;
the server looks the key up to find its place again, one indexed query per page.
"""

from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connection
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from ..models import estimated_rows
from . import compiled

CURSOR_SALT = "commitments.api.cursor"
# ?count=true counts exactly up to here; beyond, PostgreSQL's estimate (labelled as such).
COUNT_EXACT_UP_TO = 10_000
# A signed cursor is a few dozen characters; anything much longer is not one of ours.
MAX_CURSOR_LENGTH = 1000


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = 20
    max_page_size = 100
    ordering_query_param = "ordering"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size_value = self._page_size(request)
        self.model = queryset.model
        self.view = view
        question = self._question(request, view)
        self.field, self.descending = (None, False) if question else self._ordering(request, view)
        self.count = self._count(queryset, request.query_params.get("count"))
        self.offset_mode = False
        if question:
            # The list page's questions ("longest overdue first", "due soonest") order by
            # computed buckets that no single-column keyset can follow: the FilterSet has
            # ordered the queryset already, the cursor holds an offset into that order.
            return self._paginate_offset(queryset, request, question)
        if self._searching(request, view):
            # Ordered like the pages' search: best match first when ranked (few matches, an
            # offset is cheap), else newest first, which a keyset serves.
            if tuple(queryset.query.order_by[:1]) == ("-search_rank",):
                return self._paginate_offset(queryset, request, "rank")
            self.field, self.descending = view.search_ordering.lstrip("-"), True
        cursor = self._decode(request.query_params.get(self.cursor_query_param))
        if cursor is None:
            rows = self._rows(queryset, None, forward=True)
            page = rows[: self.page_size_value]
            self.next_position = self._position(page[-1]) if len(rows) > len(page) else None
            self.previous_position = None
        elif not cursor["back"]:
            position = (cursor["value"], cursor["pk"], cursor["key"])
            rows = self._rows(queryset, position, forward=True)
            page = rows[: self.page_size_value]
            self.next_position = self._position(page[-1]) if len(rows) > len(page) else None
            self.previous_position = self._position(page[0]) if page else position
        else:
            position = (cursor["value"], cursor["pk"], cursor["key"])
            rows = self._rows(queryset, position, forward=False)
            page = list(reversed(rows[: self.page_size_value]))
            self.previous_position = self._position(page[0]) if len(rows) > len(page) else None
            self.next_position = self._position(page[-1]) if page else position
        return page

    def _rows(self, queryset, position, *, forward):
        """One page and the row after it, from ``position`` on (or the start).

        When the view says its queryset is the same for every request of this shape
        (``page_shape``: no filters) and the position is a primary key, the SQL is compiled
        once and run with each position (``compiled.py``)."""
        pk_name = self.model._meta.pk.name

        def build(position):
            rows = queryset
            if position is not None:
                rows = rows.filter(self._beyond(position, forward=forward, pk_name=pk_name))
            return rows.order_by(*self._order(forward=forward))[: self.page_size_value + 1]

        page_shape = getattr(self.view, "page_shape", None)
        shape = page_shape() if page_shape is not None else None
        if shape is None or (position is not None and self.field != pk_name):
            return list(build(position))
        key = (shape, self._ordering_label, position is None, forward, self.page_size_value)
        placeholder = compiled.placeholders(1)[0]
        query = compiled.compiled(
            key, lambda: build(None if position is None else (None, placeholder, ""))
        )
        return query.instances([] if position is None else [position[1]])

    def _searching(self, request, view) -> bool:
        return bool(
            request.query_params.get("q")
            and not request.query_params.get(self.ordering_query_param)
            and getattr(view, "search_ordering", None)
        )

    def _question(self, request, view) -> str | None:
        """The ordering asked for when it is one of the view's ``offset_orderings``."""
        raw = (request.query_params.get(self.ordering_query_param) or "").strip()
        return raw if raw in getattr(view, "offset_orderings", ()) else None

    def _paginate_offset(self, queryset, request, label):
        """A page at an offset into the queryset's own order; the signed cursor names the
        order (``label``) it belongs to, so it is refused under another one."""
        self.offset_mode = True
        self.offset_label = label
        offset = 0
        raw = request.query_params.get(self.cursor_query_param)
        if raw:
            try:
                data = signing.loads(raw, salt=CURSOR_SALT)
            except (signing.BadSignature, ValueError, UnicodeError):
                raise self._invalid_cursor() from None
            offset = data.get("n") if isinstance(data, dict) and data.get("o") == label else None
            if not isinstance(offset, int) or isinstance(offset, bool) or not 0 <= offset < 10**7:
                raise self._invalid_cursor()
        size = self.page_size_value
        ordered = queryset.order_by(*queryset.query.order_by, "pk")
        rows = list(ordered[offset : offset + size + 1])
        page = rows[:size]
        self.next_position = offset + size if len(rows) > size else None
        self.previous_position = max(offset - size, 0) if offset > 0 else None
        return page

    # --- request parsing ---------------------------------------------------------------

    def _page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None or raw == "":
            return self.page_size
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 4) or not (
            1 <= int(raw) <= self.max_page_size
        ):
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("Geef een geheel getal van 1 tot en met %(max)d.")
                        % {"max": self.max_page_size}
                    ]
                }
            )
        return int(raw)

    def _ordering(self, request, view):
        default = getattr(view, "default_ordering", "-id")
        allowed = getattr(view, "cursor_ordering_fields", ())
        raw = request.query_params.get(self.ordering_query_param) if allowed else None
        if not raw:
            value = default
        else:
            terms = [term.strip() for term in raw.split(",") if term.strip()]
            if len(terms) != 1 or terms[0].lstrip("-") not in allowed:
                questions = getattr(view, "offset_orderings", ())
                message = _("Sorteer op één veld: %(fields)s (met '-' voor aflopend).") % {
                    "fields": ", ".join(allowed)
                }
                if questions:
                    message += " " + _("Of op: %(orders)s.") % {"orders": ", ".join(questions)}
                raise ValidationError({self.ordering_query_param: [message]})
            value = terms[0]
        return value.lstrip("-"), value.startswith("-")

    @property
    def _ordering_label(self):
        return f"-{self.field}" if self.descending else self.field

    def _invalid_cursor(self):
        return ValidationError({self.cursor_query_param: [_("Ongeldige cursor.")]})

    def _decode(self, raw):
        if not raw:  # absent or empty: the first page
            return None
        if len(raw) > MAX_CURSOR_LENGTH:
            raise self._invalid_cursor()
        try:
            data = signing.loads(raw, salt=CURSOR_SALT)
        except (signing.BadSignature, ValueError, UnicodeError):
            raise self._invalid_cursor() from None
        if (
            not isinstance(data, dict)
            or data.get("o") != self._ordering_label
            or not isinstance(data.get("k"), str)
            or not isinstance(data.get("b"), bool)
            or not (data.get("v") is None or isinstance(data.get("v"), str))
        ):
            raise self._invalid_cursor()
        value = data.get("v")
        if value is not None and self.field != self.model._meta.pk.name:
            try:
                value = self.model._meta.get_field(self.field).to_python(value)
            except (DjangoValidationError, ValueError, OverflowError):
                raise self._invalid_cursor() from None
        pk = self.view.cursor_pk(data["k"])
        if pk is None:
            # The row the cursor stood on was deleted or renamed: its place is gone.
            raise ValidationError(
                {
                    self.cursor_query_param: [
                        _("Deze cursor is verlopen; begin opnieuw zonder cursor.")
                    ]
                }
            )
        return {"value": value, "pk": pk, "key": data["k"], "back": data["b"]}

    def _count(self, queryset, raw):
        """``(total, exact)`` when asked for; never a full ``COUNT(*)`` of a big table."""
        if raw in (None, "", "false", "0"):
            return None
        if raw not in ("true", "1"):
            raise ValidationError({"count": [_("Kies true of false.")]})
        queryset = queryset.order_by()
        bounded = queryset[: COUNT_EXACT_UP_TO + 1].count()
        if bounded <= COUNT_EXACT_UP_TO:
            return bounded, True
        if connection.vendor == "postgresql":
            return max(estimated_rows(queryset), bounded), False
        return queryset.count(), True  # SQLite has no estimate; its registers are small

    # --- queries ------------------------------------------------------------------------

    def _order(self, *, forward):
        # Walking backwards flips every direction; NULLs then come first instead of last.
        descending = self.descending if forward else not self.descending
        pk_name = self.model._meta.pk.name
        pk_order = F(pk_name).desc() if descending else F(pk_name).asc()
        if self.field == pk_name:
            return [pk_order]
        field = F(self.field)
        if forward:
            field = field.desc(nulls_last=True) if descending else field.asc(nulls_last=True)
        else:
            field = field.desc(nulls_first=True) if descending else field.asc(nulls_first=True)
        return [field, pk_order]

    def _beyond(self, position, *, forward, pk_name):
        """Rows strictly after (forward) or before (backward) ``position`` in the order."""
        value, pk, _key = position
        op = "lt" if self.descending == forward else "gt"
        if self.field == pk_name:
            return Q(**{f"{pk_name}__{op}": pk})
        f = self.field
        if forward:
            if value is None:
                return Q(**{f"{f}__isnull": True, f"{pk_name}__{op}": pk})
            return (
                Q(**{f"{f}__{op}": value})
                | Q(**{f: value, f"{pk_name}__{op}": pk})
                | Q(**{f"{f}__isnull": True})
            )
        if value is None:
            return Q(**{f"{f}__isnull": False}) | Q(
                **{f"{f}__isnull": True, f"{pk_name}__{op}": pk}
            )
        return Q(**{f"{f}__{op}": value}) | Q(**{f: value, f"{pk_name}__{op}": pk})

    def _position(self, obj):
        if self.field == self.model._meta.pk.name:
            return (None, obj.pk, self.view.cursor_key(obj))
        return (getattr(obj, self.field), obj.pk, self.view.cursor_key(obj))

    # --- links and response -------------------------------------------------------------

    def _encode(self, position, *, back):
        value, _pk, key = position
        if isinstance(value, int):
            value = str(value)
        elif value is not None and not isinstance(value, str):
            value = value.isoformat()
        payload = {"o": self._ordering_label, "v": value, "k": key, "b": back}
        return signing.dumps(payload, salt=CURSOR_SALT, compress=True)

    def _link(self, position, *, back):
        url = self.request.build_absolute_uri()
        if position is None:
            return None
        if self.offset_mode:
            token = signing.dumps({"o": self.offset_label, "n": position}, salt=CURSOR_SALT)
        else:
            token = self._encode(position, back=back)
        return replace_query_param(url, self.cursor_query_param, token)

    def get_next_link(self):
        return self._link(self.next_position, back=False)

    def get_previous_link(self):
        return self._link(self.previous_position, back=True)

    def get_paginated_response(self, data):
        body = {"next": self.get_next_link(), "previous": self.get_previous_link()}
        if self.count is not None:
            body["count"], body["count_exact"] = self.count
        body["results"] = data
        return Response(body)

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": link,
                "previous": link,
                "count": {
                    "type": "integer",
                    "description": str(_("Alleen met ?count=true: het totaal.")),
                },
                "count_exact": {
                    "type": "boolean",
                    "description": str(
                        _("false: een schatting (boven %(n)d).") % {"n": COUNT_EXACT_UP_TO}
                    ),
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        parameters = [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": str(_("Cursor uit de links 'next' of 'previous'.")),
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": str(
                    _("Aantal resultaten per pagina (standaard %(default)d, hoogstens %(max)d).")
                    % {"default": self.page_size, "max": self.max_page_size}
                ),
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size},
            },
            {
                "name": "count",
                "required": False,
                "in": "query",
                "description": str(
                    _(
                        "true: ook het totaal, exact tot %(n)d, daarboven een schatting "
                        "(count_exact=false)."
                    )
                    % {"n": COUNT_EXACT_UP_TO}
                ),
                "schema": {"type": "boolean"},
            },
        ]
        return parameters
