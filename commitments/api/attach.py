"""What the API's answers attach to the rows of a page: a commitment's history and links, a
document's commitments, each read once for the whole page."""

from django.db.models import CharField, F, Prefetch, Q, Value

from ..models import Commitment, CommitmentEvent, CommitmentLink, Document
from . import compiled, nested


def public_documents():
    """Nested document references: public only, with what ``citation`` needs."""
    return Document.objects.public().select_related("dossier").defer("text", "search_vector")


def ordered_events():
    """A commitment's history as the API shows it, evidence through the public documents."""
    return CommitmentEvent.objects.order_by("date", "recorded_at", "id").prefetch_related(
        Prefetch("evidence", queryset=public_documents())
    )


def attach_events(commitments) -> None:
    """What ``prefetch_related(Prefetch("events", queryset=ordered_events()))`` leaves on
    each commitment, from SQL compiled once per number of commitments (``compiled.py``)
    instead of a prefetch built and compiled per request."""
    commitments = list(commitments)
    if not commitments:
        return
    size = len(commitments)
    query = compiled.compiled(
        ("commitment-events", size),
        lambda: ordered_events().filter(commitment__in=compiled.placeholders(size)),
    )
    events = {commitment.pk: [] for commitment in commitments}
    for event in query.instances([commitment.pk for commitment in commitments]):
        events[event.commitment_id].append(event)
    relation = CommitmentEvent._meta.get_field("commitment")
    for commitment in commitments:
        for event in events[commitment.pk]:
            relation.set_cached_value(event, commitment)
        cache = commitment.__dict__.setdefault("_prefetched_objects_cache", {})
        cache["events"] = nested.evaluated(CommitmentEvent, events[commitment.pk])


def attach_links(commitments) -> None:
    """``public_links`` on each commitment: (relation, direction, other key), one query, and
    only links whose other end is public."""
    ids = [commitment.pk for commitment in commitments]
    links = {pk: [] for pk in ids}
    if ids:
        public = Commitment.objects.public()
        rows = (
            CommitmentLink.objects.filter(Q(from_commitment__in=ids) | Q(to_commitment__in=ids))
            .filter(from_commitment__in=public, to_commitment__in=public)
            .values_list(
                "from_commitment",
                "from_commitment__key",
                "to_commitment",
                "to_commitment__key",
                "kind",
            )
            .order_by("kind", "from_commitment__key", "to_commitment__key")
        )
        for from_pk, from_key, to_pk, to_key, kind in rows:
            if from_pk in links:
                links[from_pk].append((kind, "outgoing", to_key))
            if to_pk in links:
                links[to_pk].append((kind, "incoming", from_key))
    for commitment in commitments:
        commitment.public_links = links[commitment.pk]


def attach_made_and_mentioned(documents) -> None:
    """``public_commitments_made`` / ``_mentioned`` on each document, from one UNION query.

    Two prefetches would cost two queries; these references need only key, status and
    ``updated_at``, so one ``UNION ALL`` of both relations serves the whole page.
    """
    ids = [document.pk for document in documents]
    fields = ("link", "role", "key", "status", "updated_at")
    public = Commitment.objects.public().order_by()
    made = public.filter(document__in=ids).annotate(
        link=F("document_id"), role=Value("made", output_field=CharField())
    )
    mentioned = public.filter(mentioned_in__in=ids).annotate(
        link=F("mentioned_in"), role=Value("mentioned", output_field=CharField())
    )
    lists = {(pk, role): [] for pk in ids for role in ("made", "mentioned")}
    if ids:
        for row in made.values(*fields).union(mentioned.values(*fields), all=True):
            commitment = Commitment(
                key=row["key"], status=row["status"], updated_at=row["updated_at"]
            )
            lists[(row["link"], row["role"])].append(commitment)
    for document in documents:
        for role in ("made", "mentioned"):
            rows = sorted(lists[(document.pk, role)], key=lambda c: c.key)
            setattr(document, f"public_commitments_{role}", rows)
