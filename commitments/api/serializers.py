"""Read serializers of API v1 and the bodies of the clerks' write actions.

Nested documents and commitments come from querysets that the viewsets already restrict with
``public()`` (see ``views.py``); serializers never query on their own.
"""

import re
from urllib.parse import quote

from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse
from rest_framework.settings import api_settings

from ..models import (
    Commitment,
    CommitmentEvent,
    CommitmentLink,
    Committee,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    MeetingDocument,
    MeetingSession,
    Ministry,
    Person,
    ResourceKind,
)


def dossier_key(dossier: Dossier) -> str:
    """The dossier's lookup in URLs: "28676", or "21501-02" with a toevoeging."""
    return f"{dossier.number}-{dossier.toevoeging}" if dossier.toevoeging else str(dossier.number)


# Matches every lookup pattern of the API (slugs, dossier keys, debate ids).
URL_PLACEHOLDER = "1234567"
# What ``quote(value, safe="")`` leaves as it is (RFC 3986's unreserved characters): most
# slugs and keys, which then skip quoting.
UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


_URL_TEMPLATES: dict = {}
MAX_URL_TEMPLATES = 1024


def templated_url(request, view_name: str, kwarg: str, value) -> str:
    """``reverse(view_name, kwargs={kwarg: value}, request=request)`` from one ``reverse()``
    per request and view: the URL is reversed once with a placeholder, then the (quoted)
    lookup value is put in its place, the same string ``reverse()`` gives."""
    templates = request.__dict__.setdefault("_url_templates", {})
    template = templates.get(view_name)
    if template is None:
        # What the reversed URL depends on besides the view: the scheme and host it is made
        # absolute with, the script prefix, the URLconf, and the ``?format=`` DRF's reverse
        # carries over. Five reverses were a fifth of the representation of an uncached list.
        override = api_settings.URL_FORMAT_OVERRIDE
        key = (
            view_name,
            kwarg,
            request._current_scheme_host,
            get_script_prefix(),
            get_urlconf(),
            request.GET.get(override) if override else None,
        )
        template = _URL_TEMPLATES.get(key)
        if template is None:
            url = reverse(view_name, kwargs={kwarg: URL_PLACEHOLDER}, request=request)
            template = url.rpartition(URL_PLACEHOLDER)
            if len(_URL_TEMPLATES) >= MAX_URL_TEMPLATES:
                # The host comes from the request (one of ALLOWED_HOSTS): bounded anyway.
                _URL_TEMPLATES.clear()
            _URL_TEMPLATES[key] = template
        templates[view_name] = template
    before, _placeholder, after = template
    value = str(value)
    if not UNRESERVED.fullmatch(value):
        value = quote(value, safe="")
    return f"{before}{value}{after}"


class TemplatedUrlMixin:
    """Hyperlinks from one ``reverse()`` per request and view instead of one per object.

    A list of 20 commitments has about 80 links; resolving each one was a sixth of the
    response time.
    """

    def lookup_value(self, obj):
        return getattr(obj, self.lookup_field)

    def get_url(self, obj, view_name, request, format):
        value = self.lookup_value(obj)
        if value in (None, ""):
            return None
        if format or request is None:
            return self.reverse(
                view_name, kwargs={self.lookup_url_kwarg: value}, request=request, format=format
            )
        return templated_url(request, view_name, self.lookup_url_kwarg, value)


def _detail_url(request, view_name, kwarg, value):
    if request is None:
        return reverse(view_name, kwargs={kwarg: value})
    return templated_url(request, view_name, kwarg, value)


class IdentityUrl(TemplatedUrlMixin, serializers.HyperlinkedIdentityField):
    pass


class RelatedUrl(TemplatedUrlMixin, serializers.HyperlinkedRelatedField):
    pass


class DossierHyperlink(IdentityUrl):
    def __init__(self, **kwargs):
        super().__init__(view_name="api:dossier-detail", lookup_field="key", **kwargs)

    def lookup_value(self, obj):
        return dossier_key(obj)


def _link(view_name, lookup_field, **kwargs):
    return RelatedUrl(
        view_name=f"api:{view_name}-detail", lookup_field=lookup_field, read_only=True, **kwargs
    )


def _identity(view_name, lookup_field="slug"):
    return IdentityUrl(view_name=f"api:{view_name}-detail", lookup_field=lookup_field)


# --- sparse answers ---------------------------------------------------------------------------


class SparseMixin:
    """``?fields=a,b`` keeps only those fields; ``?expand=x`` adds an optional one
    (``Meta.optional``: left out unless asked for). The viewset validates both names and
    puts them in the context; nested shapes are never cut."""

    def get_fields(self):
        fields = super().get_fields()
        expand = self.context.get("expand", ())
        for name in getattr(self.Meta, "optional", ()):
            if name not in expand:
                fields.pop(name, None)
        wanted = self.context.get("fields")
        if wanted:
            fields = {name: field for name, field in fields.items() if name in wanted}
        return fields


# --- references (the small nested shapes) ---------------------------------------------------


class MinistryRefSerializer(serializers.ModelSerializer):
    url = _identity("ministry")

    class Meta:
        model = Ministry
        fields = ["slug", "name", "url"]


class CommitteeRefSerializer(serializers.ModelSerializer):
    url = _identity("committee")

    class Meta:
        model = Committee
        fields = ["slug", "name", "url"]


class PersonRefSerializer(serializers.ModelSerializer):
    url = _identity("person")

    class Meta:
        model = Person
        fields = ["slug", "name", "function", "url"]


class DossierRefSerializer(serializers.ModelSerializer):
    key = serializers.SerializerMethodField(help_text=_("Kenmerk in URL's, bijv. 21501-02."))
    display_number = serializers.CharField(read_only=True)
    url = DossierHyperlink()

    class Meta:
        model = Dossier
        fields = ["key", "number", "toevoeging", "display_number", "title", "url"]

    @extend_schema_field(OpenApiTypes.STR)
    def get_key(self, obj):
        return dossier_key(obj)


class DocumentRefSerializer(serializers.ModelSerializer):
    url = _identity("document", "identifier")

    class Meta:
        model = Document
        fields = ["identifier", "citation", "title", "date", "url"]


class CommitmentRefSerializer(serializers.ModelSerializer):
    url = _identity("commitment", "key")

    class Meta:
        model = Commitment
        fields = ["key", "status", "url"]


# --- commitments -----------------------------------------------------------------------------


class MadeInSerializer(serializers.Serializer):
    """Where the commitment was made: a debate (by id) or a Kamerstuk (by identifier)."""

    type = serializers.ChoiceField(choices=["debate", "document"])
    id = serializers.CharField(help_text=_("Debat-id of kenmerk van het Kamerstuk."))
    title = serializers.CharField()
    url = serializers.URLField()


class LinkedDocumentSerializer(serializers.ModelSerializer):
    """A link row (fulfilment, meeting link) shown as the Kamerstuk it points to."""

    identifier = serializers.CharField(source="document.identifier")
    citation = serializers.CharField(source="document.citation")
    title = serializers.CharField(source="document.title")
    date = serializers.DateField(source="document.date", allow_null=True)
    url = _link("document", "identifier", source="document")


class FulfilmentSerializer(LinkedDocumentSerializer):
    class Meta:
        model = Fulfilment
        fields = ["identifier", "citation", "title", "date", "url", "passage"]


class CommitmentEventSerializer(serializers.ModelSerializer):
    evidence = DocumentRefSerializer(allow_null=True, read_only=True)

    class Meta:
        model = CommitmentEvent
        # ``user`` is left out on purpose: the public never learns which clerk acted.
        fields = [
            "date",
            "kind",
            "old_status",
            "new_status",
            "old_due_date",
            "new_due_date",
            "evidence",
            "note",
            "source",
            "recorded_at",
        ]


class CommitmentLinkSerializer(serializers.Serializer):
    """A link to another public commitment: this one repeats, adds to or changes it
    (``outgoing``), or the other one does so to this one (``incoming``)."""

    relation = serializers.ChoiceField(choices=CommitmentLink.Kind.values)
    direction = serializers.ChoiceField(choices=["outgoing", "incoming"])
    key = serializers.CharField()
    url = serializers.URLField()


class CommitmentSerializer(SparseMixin, serializers.ModelSerializer):
    url = _identity("commitment", "key")
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    overdue = serializers.BooleanField(
        read_only=True, help_text=_("Open of deels voldaan en de termijn is verstreken.")
    )
    ministry = MinistryRefSerializer(allow_null=True, read_only=True)
    made_by = PersonRefSerializer(allow_null=True, read_only=True)
    made_in = serializers.SerializerMethodField()
    fulfilled_by = FulfilmentSerializer(source="fulfilments", many=True, read_only=True)
    mentioned_in = DocumentRefSerializer(many=True, read_only=True)
    activity_number = serializers.CharField(
        source="debate.tk_number",
        allow_null=True,
        read_only=True,
        default=None,
        help_text=_(
            "ActiviteitNummer van het debat waarin de toezegging is gedaan, bijv. 2024A05766."
        ),
    )
    links = serializers.SerializerMethodField(
        help_text=_("Met ?expand=links: verbanden met andere openbare toezeggingen.")
    )
    events = CommitmentEventSerializer(
        many=True, read_only=True, help_text=_("In de lijst met ?expand=events.")
    )

    class Meta:
        model = Commitment
        fields = [
            "url",
            "key",
            "number",
            "tk_id",
            "activity_number",
            "text",
            "status",
            "status_label",
            "tk_status",
            "overdue",
            "made_on",
            "due_date",
            "due_description",
            "fulfilled_on",
            "ministry",
            "made_by",
            "made_in",
            "fulfilled_by",
            "mentioned_in",
            "created_at",
            "updated_at",
            "version",
            "links",
            "events",
        ]
        optional = ("links", "events")
        # What the fields that are not model fields read (``fast.columns``, which loads
        # only the columns a shape shows): ``overdue`` is the queryset's annotation,
        # ``links`` the view's ``public_links``, ``made_in`` the debate (its ``__str__``)
        # or the document.
        reads = {
            "overdue": (),
            "links": (),
            "made_in": ("debate", "debate__kind", "debate__subject", "debate__date", "document"),
        }

    @extend_schema_field(CommitmentLinkSerializer(many=True))
    def get_links(self, obj):
        # ``public_links`` is set by the viewset from one query, public counterparts only.
        request = self.context.get("request")
        return [
            {
                "relation": relation,
                "direction": direction,
                "key": key,
                "url": _detail_url(request, "api:commitment-detail", "key", key),
            }
            for relation, direction, key in getattr(obj, "public_links", [])
        ]

    @extend_schema_field(MadeInSerializer(allow_null=True))
    def get_made_in(self, obj):
        request = self.context.get("request")
        if obj.debate is not None:
            return {
                "type": "debate",
                "id": str(obj.debate.pk),
                "title": str(obj.debate),
                "url": _detail_url(request, "api:debate-detail", "pk", obj.debate.pk),
            }
        # ``document`` is prefetched through Document.objects.public(): None when confidential.
        if obj.document is not None:
            return {
                "type": "document",
                "id": obj.document.identifier,
                "title": str(obj.document),
                "url": _detail_url(
                    request, "api:document-detail", "identifier", obj.document.identifier
                ),
            }
        return None


class CommitmentDetailSerializer(CommitmentSerializer):
    class Meta(CommitmentSerializer.Meta):
        optional = ("links",)


# --- documents -------------------------------------------------------------------------------


class MeetingLinkSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(source="meeting.slug")
    name = serializers.CharField(source="meeting.name")
    start_date = serializers.DateField(source="meeting.start_date")
    url = _link("meeting", "slug", source="meeting")

    class Meta:
        model = MeetingDocument
        fields = ["slug", "name", "start_date", "role", "url"]


class DocumentFulfilmentSerializer(serializers.ModelSerializer):
    key = serializers.CharField(source="commitment.key")
    status = serializers.CharField(source="commitment.status")
    url = _link("commitment", "key", source="commitment")

    class Meta:
        model = Fulfilment
        fields = ["key", "status", "url", "passage"]


class DocumentSerializer(SparseMixin, serializers.ModelSerializer):
    url = _identity("document", "identifier")
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    dossier = DossierRefSerializer(allow_null=True, read_only=True)
    sender = PersonRefSerializer(allow_null=True, read_only=True)
    ministry = MinistryRefSerializer(allow_null=True, read_only=True)
    parent = serializers.SerializerMethodField()
    attachments = DocumentRefSerializer(many=True, read_only=True)
    cites = DocumentRefSerializer(many=True, read_only=True)
    meetings = MeetingLinkSerializer(source="meeting_links", many=True, read_only=True)
    # Lists set by the viewset from one query (``attach_made_and_mentioned``), public only.
    commitments_made = CommitmentRefSerializer(
        source="public_commitments_made", many=True, read_only=True
    )
    commitments_fulfilled = DocumentFulfilmentSerializer(
        source="fulfilments", many=True, read_only=True
    )
    commitments_mentioned = CommitmentRefSerializer(
        source="public_commitments_mentioned", many=True, read_only=True
    )

    class Meta:
        model = Document
        fields = [
            "url",
            "identifier",
            "kst_id",
            "citation",
            "tk_number",
            "tk_id",
            "title",
            "vergaderjaar",
            "kind",
            "kind_label",
            "date",
            "dossier",
            "ondernummer",
            "sender",
            "ministry",
            "parent",
            "attachments",
            "cites",
            "meetings",
            "commitments_made",
            "commitments_fulfilled",
            "commitments_mentioned",
            "created_at",
            "updated_at",
            "text",
        ]
        optional = ("text",)

    @extend_schema_field(DocumentRefSerializer(allow_null=True))
    def get_parent(self, document):
        # The parent comes from the same query; ``parent_public`` is the visibility rule
        # (``public_document_q``) evaluated for it there.
        if document.parent is None or not document.parent_public:
            return None
        return DocumentRefSerializer(document.parent, context=self.context).data


class DocumentDetailSerializer(DocumentSerializer):
    class Meta(DocumentSerializer.Meta):
        optional = ()


# --- the small tables ------------------------------------------------------------------------


class DossierSerializer(SparseMixin, DossierRefSerializer):
    class Meta(DossierRefSerializer.Meta):
        pass


# Nested lists show at most this many rows, then point to the filtered, paged list.
NESTED_LIMIT = 100


class BoundedList(serializers.ListSerializer):
    """The first ``NESTED_LIMIT`` rows of a prefetch sliced to ``NESTED_LIMIT + 1``."""

    def to_representation(self, data):
        rows = list(data.all() if hasattr(data, "all") else data)
        return super().to_representation(rows[:NESTED_LIMIT])


def bounded(serializer_class, **kwargs):
    return serializer_class(many=True, read_only=True, **kwargs)


class BoundedDocumentRefSerializer(DocumentRefSerializer):
    class Meta(DocumentRefSerializer.Meta):
        list_serializer_class = BoundedList


class BoundedCommitmentRefSerializer(CommitmentRefSerializer):
    class Meta(CommitmentRefSerializer.Meta):
        list_serializer_class = BoundedList


def _list_link(request, view_name, **params):
    from urllib.parse import urlencode

    return f"{reverse(view_name, request=request)}?{urlencode(params)}"


class DossierDetailSerializer(SparseMixin, DossierRefSerializer):
    documents = bounded(
        BoundedDocumentRefSerializer,
        source="first_documents",
        help_text=_("Hoogstens 100; alle stukken, gepagineerd: documents_url."),
    )
    documents_truncated = serializers.SerializerMethodField()
    documents_url = serializers.SerializerMethodField()

    class Meta(DossierRefSerializer.Meta):
        fields = [
            *DossierRefSerializer.Meta.fields,
            "documents",
            "documents_truncated",
            "documents_url",
        ]

    def get_documents_truncated(self, obj) -> bool:
        return len(obj.first_documents) > NESTED_LIMIT

    def get_documents_url(self, obj) -> str:
        return _list_link(
            self.context.get("request"), "api:document-list", dossier=dossier_key(obj)
        )


class MeetingSessionSerializer(serializers.ModelSerializer):
    guests = PersonRefSerializer(many=True, read_only=True)

    class Meta:
        model = MeetingSession
        fields = ["order", "kind", "title", "guests", "guest_note", "summary"]


class MeetingDocumentSerializer(LinkedDocumentSerializer):
    class Meta:
        model = MeetingDocument
        fields = ["identifier", "citation", "title", "date", "role", "url"]


class MeetingSerializer(SparseMixin, serializers.ModelSerializer):
    url = _identity("meeting")
    sessions = MeetingSessionSerializer(many=True, read_only=True)
    documents = MeetingDocumentSerializer(source="links", many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "url",
            "slug",
            "name",
            "abbreviation",
            "organisation",
            "place",
            "start_date",
            "end_date",
            "description",
            "sessions",
            "documents",
            "created_at",
            "updated_at",
        ]


class DebateSerializer(SparseMixin, serializers.ModelSerializer):
    url = IdentityUrl(view_name="api:debate-detail", lookup_field="pk")
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    committee = CommitteeRefSerializer(allow_null=True, read_only=True)
    commitments = bounded(
        BoundedCommitmentRefSerializer,
        source="first_commitments",
        help_text=_("Hoogstens 100; alle toezeggingen, gepagineerd: commitments_url."),
    )
    commitments_truncated = serializers.SerializerMethodField()
    commitments_url = serializers.SerializerMethodField()

    class Meta:
        model = Debate
        fields = [
            "url",
            "id",
            "kind",
            "kind_label",
            "date",
            "subject",
            "tk_number",
            "tk_id",
            "committee",
            "commitments",
            "commitments_truncated",
            "commitments_url",
        ]

    def get_commitments_truncated(self, obj) -> bool:
        return len(obj.first_commitments) > NESTED_LIMIT

    def get_commitments_url(self, obj) -> str:
        return _list_link(self.context.get("request"), "api:commitment-list", debate=obj.pk)


class PersonSerializer(SparseMixin, serializers.ModelSerializer):
    url = _identity("person")
    ministry = MinistryRefSerializer(allow_null=True, read_only=True)

    class Meta:
        model = Person
        fields = ["url", "slug", "name", "function", "ministry", "tk_id"]


class MinistrySerializer(SparseMixin, serializers.ModelSerializer):
    url = _identity("ministry")

    class Meta:
        model = Ministry
        fields = ["url", "slug", "name", "abbreviation"]


class CommitteeSerializer(SparseMixin, serializers.ModelSerializer):
    url = _identity("committee")

    class Meta:
        model = Committee
        fields = ["url", "slug", "name", "abbreviation"]


# --- summary ---------------------------------------------------------------------------------


def _status_counts_serializer():
    return serializers.DictField(
        child=serializers.IntegerField(),
        help_text=_("Aantal per status (open, fulfilled, partly_fulfilled, lapsed)."),
    )


class MinistrySummarySerializer(serializers.Serializer):
    ministry = MinistryRefSerializer(allow_null=True, help_text=_("Leeg: zonder ministerie."))
    total = serializers.IntegerField()
    by_status = _status_counts_serializer()
    overdue = serializers.IntegerField()


class SummarySerializer(serializers.Serializer):
    total = serializers.IntegerField()
    by_status = _status_counts_serializer()
    overdue = serializers.IntegerField()
    ministries = MinistrySummarySerializer(many=True)


# --- write bodies ----------------------------------------------------------------------------

UNKNOWN_DOCUMENT = _("Onbekend Kamerstuk.")
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")


class DocumentIdentifierField(serializers.SlugRelatedField):
    """A document by identifier; anything that cannot be one never reaches the database."""

    def to_internal_value(self, data):
        if not isinstance(data, str) or not SLUG.fullmatch(data):
            self.fail("does_not_exist", slug_name=self.slug_field, value=data)
        return super().to_internal_value(data)


class VersionedInputSerializer(serializers.Serializer):
    version = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=2**31 - 1,
        help_text=_(
            "Optioneel: de versie waarop de beslissing is gebaseerd. Is de toezegging "
            "sindsdien gewijzigd, dan volgt 409 en verandert er niets."
        ),
    )


class FulfilInputSerializer(VersionedInputSerializer):
    # Only public documents resolve, so a confidential one reads as unknown, never as secret.
    document = DocumentIdentifierField(
        slug_field="identifier",
        queryset=Document.objects.public(),
        help_text=_("Kenmerk van het Kamerstuk, bijv. kst-28676-474 of 2024D50159."),
        error_messages={"does_not_exist": UNKNOWN_DOCUMENT, "invalid": UNKNOWN_DOCUMENT},
    )
    date = serializers.DateField(help_text=_("Datum van nakoming."))
    passage = serializers.CharField(required=False, allow_blank=True, max_length=10_000)
    note = serializers.CharField(required=False, allow_blank=True, max_length=5_000)


class LapseInputSerializer(VersionedInputSerializer):
    date = serializers.DateField(help_text=_("Datum waarop de toezegging verviel."))
    note = serializers.CharField(required=False, allow_blank=True, max_length=5_000)


class DueDateInputSerializer(VersionedInputSerializer):
    due_date = serializers.DateField(
        allow_null=True, help_text=_("Nieuwe termijn; null verwijdert de termijn.")
    )
    due_description = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=Commitment._meta.get_field("due_description").max_length,
    )
    date = serializers.DateField(
        required=False, help_text=_("Datum van het besluit; standaard vandaag.")
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=5_000)


# --- changes feed ----------------------------------------------------------------------------


class ChangeSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=ResourceKind.values)
    key = serializers.CharField(help_text=_("Kenmerk zoals in de URL (key, identifier, slug)."))
    action = serializers.ChoiceField(choices=["upsert", "delete"])
    changed_at = serializers.DateTimeField()
    data = serializers.DictField(
        allow_null=True,
        help_text=_(
            "Het object zoals de lijst het nu toont; null bij delete, of als het intussen "
            "uit het openbare zicht is (er volgt dan een delete)."
        ),
    )


class ChangesPageSerializer(serializers.Serializer):
    since = serializers.CharField(help_text=_("Ga hiermee verder: ?since=<deze waarde>."))
    more = serializers.BooleanField()
    next = serializers.URLField(allow_null=True)
    results = ChangeSerializer(many=True)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()
