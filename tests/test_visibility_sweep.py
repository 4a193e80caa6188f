"""The visibility sweep: random document trees, every public route, every public answer.

Hypothesis builds a register per example: Kamerstukken nested at random depths (a node may
ask for a parent that is itself an attachment), confidential ones anywhere, published and
unpublished commitments, and then wires every document into everything the public sees:
made in, fulfilled by, mentioned in, event evidence, cites, parent and attachments,
meeting agendas and dossiers. Every page, API endpoint (lists, details, searches),
feed, export and sitemap is fetched; no title, identifier, key or text of a hidden row may
appear in any answer, and a hidden row's own URLs are 404. What should be visible is
checked too, so a sweep that fetched empty pages would fail.

Nesting deeper than one level must be refused by the database (that is what makes the
two-level rule of ``public_document_q()`` hold at any depth); the sweep asserts the refusal
and goes on with the tree as stored.

Fixed seed (``derandomize``) and a bounded number of examples, so CI runs the same sweep
each time in well under a minute; ``SWEEP_EXAMPLES`` raises the count for a longer run.
"""

import datetime
import os
from dataclasses import dataclass, field

import pytest
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.models import (
    Commitment,
    CommitmentEvent,
    Committee,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Meeting,
    MeetingDocument,
    Ministry,
    Person,
)
from commitments.sitemaps import SITEMAPS

pytestmark = pytest.mark.django_db
EXAMPLES = int(os.environ.get("SWEEP_EXAMPLES", "12"))
MADE = datetime.date(2024, 3, 1)
FULFILLED = datetime.date(2024, 9, 1)
# Totals over the run, for docs/reliability.md (printed with pytest -s).
TOTALS = {"trees": 0, "documents": 0, "refused": 0, "hidden": 0, "urls": 0, "requests": 0}

index = st.integers(min_value=0, max_value=63)
nodes = st.lists(
    st.tuples(st.one_of(st.none(), index), st.booleans()),  # (wanted parent, confidential)
    min_size=2,
    max_size=8,
)
commitment_specs = st.lists(
    st.fixed_dictionaries(
        {
            "published": st.booleans(),
            "made_in": st.one_of(st.none(), index),
            "mentioned": st.lists(index, max_size=3),
            "fulfilled": st.lists(index, max_size=2),
            "evidence": st.one_of(st.none(), index),
        }
    ),
    min_size=1,
    max_size=4,
)
cites = st.lists(st.tuples(index, index), max_size=6)
agenda = st.lists(index, max_size=3)


@dataclass
class Register:
    documents: list = field(default_factory=list)
    hidden_documents: list = field(default_factory=list)
    commitments: list = field(default_factory=list)
    hidden_commitments: list = field(default_factory=list)

    def secrets(self):
        for d in self.hidden_documents:
            yield from (d.identifier, d.title, d.text)
        for c in self.hidden_commitments:
            yield from (c.key, c.text, c.number)


def build(tree, specs, citations, agenda_links) -> Register:
    ministry = Ministry.objects.create(name="Ministerie van Sweep", slug="sweep")
    person = Person.objects.create(name="A. Minister", slug="minister", ministry=ministry)
    committee = Committee.objects.create(name="vaste commissie Sweep", slug="commissie")
    debate = Debate.objects.create(
        kind=Debate.Kind.COMMISSIEDEBAT, date=MADE, subject="Sweep", committee=committee
    )
    dossier = Dossier.objects.create(number=99001, title="Sweepdossier")
    meeting = Meeting.objects.create(
        name="Sweepbijeenkomst", slug="sweep-2024", start_date=MADE, end_date=MADE
    )
    register = Register()
    depth, created, hidden = {}, {}, {}
    for i, (wanted, confidential) in enumerate(tree):
        parent = wanted % i if wanted is not None and i else None
        if parent is not None and parent not in created:
            TOTALS["refused"] += 1  # its parent was refused already: deeper still
            continue
        depth[i] = 0 if parent is None else depth[parent] + 1
        label = "geheim" if confidential or (parent is not None and hidden[parent]) else "open"
        fields = {
            "identifier": f"{label}-stuk-{i}",
            "title": f"{label.upper()}TITEL{i}",
            "text": f"{label.upper()}TEKST{i}",
            "is_confidential": confidential,
            "parent": created.get(parent),
            "dossier": dossier,
            "sender": person,
            "ministry": ministry,
            "date": MADE,
        }
        if depth[i] > 1:
            # The rule that makes the visibility rule hold at any depth.
            with pytest.raises(IntegrityError), transaction.atomic():
                Document.objects.create(**fields)
            TOTALS["refused"] += 1
            continue
        document = Document.objects.create(**fields)
        created[i], hidden[i] = document, label == "geheim"
        (register.hidden_documents if hidden[i] else register.documents).append(document)
    documents = list(created.values())

    def pick(n):
        return documents[n % len(documents)]

    for source, target in citations:
        if pick(source) != pick(target):
            pick(source).cites.add(pick(target))
    for n in agenda_links:
        MeetingDocument.objects.get_or_create(
            meeting=meeting, document=pick(n), defaults={"role": MeetingDocument.Role.AGENDA}
        )
    for i, spec in enumerate(specs):
        label = "open" if spec["published"] else "geheim"
        fulfilled = [pick(n) for n in spec["fulfilled"]]
        commitment = Commitment.objects.create(
            key=f"{label}-tz-{i}",
            number=f"TZ{label.upper()}{i}",
            text=f"{label.upper()}TOEZEGGING{i}",
            is_published=spec["published"],
            made_by=person,
            ministry=ministry,
            made_on=MADE,
            due_date=MADE + datetime.timedelta(days=30),
            debate=debate if spec["made_in"] is None else None,
            document=None if spec["made_in"] is None else pick(spec["made_in"]),
            status=Commitment.Status.FULFILLED if fulfilled else Commitment.Status.OPEN,
            fulfilled_on=FULFILLED if fulfilled else None,
        )
        commitment.mentioned_in.set([pick(n) for n in spec["mentioned"]])
        for document in dict.fromkeys(fulfilled):
            # Written directly, as old rows or an import could be: the services refuse a
            # confidential fulfilment, the pages must hide one anyway.
            Fulfilment.objects.create(commitment=commitment, document=document, passage="p")
        if spec["evidence"] is not None:
            CommitmentEvent.objects.create(
                commitment=commitment,
                kind=CommitmentEvent.Kind.NOTE,
                date=FULFILLED,
                evidence=pick(spec["evidence"]),
            )
        (register.commitments if spec["published"] else register.hidden_commitments).append(
            commitment
        )
    return register


def public_urls(register):
    """Every public page, API endpoint, feed, export and sitemap of this register."""
    pages = [
        reverse("commitments:home"),
        reverse("commitments:commitment-list"),
        reverse("commitments:commitment-list") + "?status=open&overdue=true",
        reverse("commitments:commitment-list") + "?meeting=sweep-2024",
        reverse("commitments:commitment-list") + "?dossier=99001",
        reverse("commitments:meeting-list"),
        reverse("commitments:meeting-detail", args=["sweep-2024"]),
        reverse("commitments:dossier-detail", args=["99001"]),
        reverse("commitments:person-detail", args=["minister"]),
        reverse("commitments:ministry-detail", args=["sweep"]),
        reverse("commitments:committee-detail", args=["commissie"]),
        reverse("commitments:statistics"),
        reverse("commitments:feed"),
        reverse("commitments:feed-ministry", args=["sweep"]),
        reverse("commitments:feed-committee", args=["commissie"]),
        reverse("commitments:export-csv"),
        reverse("commitments:export-json"),
        reverse("commitments:export-ics"),
        reverse("sitemap-index"),
        "/robots.txt",
        *(reverse("sitemap-section", args=[section]) for section in SITEMAPS),
    ]
    debate = Debate.objects.get()
    api = [
        f"/api/v1/{endpoint}/"
        for endpoint in ("commitments", "documents", "dossiers", "meetings", "debates",
                         "persons", "ministries", "committees", "summary")
    ]  # fmt: skip
    api += [
        "/api/v1/dossiers/99001/",
        "/api/v1/meetings/sweep-2024/",
        f"/api/v1/debates/{debate.pk}/",
        "/api/v1/persons/minister/",
        "/api/v1/commitments/?meeting=sweep-2024",
        "/api/v1/commitments/?dossier=99001",
    ]
    for document in register.documents:
        pages.append(document.get_absolute_url())
        pages.append(reverse("commitments:commitment-list") + f"?document={document.identifier}")
        api.append(f"/api/v1/documents/{document.identifier}/")
    for commitment in register.commitments:
        pages.append(commitment.get_absolute_url())
        api.append(f"/api/v1/commitments/{commitment.key}/")
    return pages + api


def searches(register):
    """Searches for a hidden row's own words: the query is echoed, nothing else may be."""
    for document in register.hidden_documents:
        yield document.title, f"/api/v1/documents/?q={document.title}"
    for commitment in register.hidden_commitments:
        yield commitment.text, reverse("commitments:commitment-list") + f"?q={commitment.text}"
        yield commitment.text, f"/api/v1/commitments/?q={commitment.text}"


def hidden_urls(register):
    for document in register.hidden_documents:
        yield document.get_absolute_url()
        yield f"/api/v1/documents/{document.identifier}/"
    for commitment in register.hidden_commitments:
        yield commitment.get_absolute_url()
        yield f"/api/v1/commitments/{commitment.key}/"


@pytest.fixture(scope="module", autouse=True)
def report_totals():
    """The numbers quoted in docs/reliability.md (shown with ``pytest -s``)."""
    yield
    print(f"\nvisibility sweep: {TOTALS}")


def fetch(client, url):
    cache.clear()  # the throttles: a sweep is many requests from one address
    TOTALS["requests"] += 1
    return client.get(url)


def assert_nothing_hidden(body, secrets, url):
    for secret in secrets:
        assert secret not in body, f"{secret!r} leaks through {url}"


@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(tree=nodes, specs=commitment_specs, citations=cites, agenda_links=agenda)
def test_no_hidden_row_appears_in_any_public_answer(client, tree, specs, citations, agenda_links):
    with transaction.atomic():
        register = build(tree, specs, citations, agenda_links)
        secrets = list(register.secrets())
        urls = public_urls(register)
        TOTALS["trees"] += 1
        TOTALS["documents"] += len(register.documents) + len(register.hidden_documents)
        TOTALS["hidden"] += len(register.hidden_documents) + len(register.hidden_commitments)
        TOTALS["urls"] += len(urls)
        seen = ""
        for url in urls:
            response = fetch(client, url)
            assert response.status_code == 200, url
            body = response.content.decode()
            assert_nothing_hidden(body, secrets, url)
            seen += body
        for echoed, url in searches(register):
            response = fetch(client, url)
            assert response.status_code == 200, url
            assert_nothing_hidden(response.content.decode().replace(echoed, ""), secrets, url)
        for url in hidden_urls(register):
            assert fetch(client, url).status_code == 404, url
        # The sweep looked at real answers: everything public is somewhere in them.
        for document in register.documents:
            assert document.title in seen
        for commitment in register.commitments:
            assert commitment.text in seen
        transaction.set_rollback(True)
