"""The document row itself, its sender and dossier, the documents it cites and its
confidential annex."""

import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils.text import slugify

from ...models import (
    Document,
    DocumentKind,
    Dossier,
    Person,
)
from ..lookups import Lookups
from .proposal import ImportResult, Proposal
from .rows import create_or_get, insert_new, link_all
from .rows_sql import cited_documents, document_by_identifier, find


def _person_and_ministry(name: str | None, function: str | None, lookups: Lookups):
    if not name:
        return None, None
    ministry = None
    if function:
        match = re.search(r"van (.+)$", function)
        if match:
            ministry = lookups.ministry(match.group(1).strip())
    person = lookups.person(name)
    if person is None:
        person = Person.objects.create(
            name=name,
            function=function or "",
            ministry=ministry,
            slug=unique_slug(Person, slugify(name) or "persoon"),
        )
        lookups.add_person(person)
    return person, person.ministry or ministry


def unique_slug(model, base: str) -> str:
    slug, n = base[:90], 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base[:90]}-{n}"
    return slug


def _dossier(metadata, lookups: Lookups) -> Dossier | None:
    if not metadata.dossier:
        return None
    number, toevoeging = int(metadata.dossier), metadata.toevoeging or ""
    dossier = lookups.dossier(number, toevoeging)
    if dossier is None:
        lookup = {"number": number, "toevoeging": toevoeging}
        dossier = find(Dossier, **lookup) or create_or_get(Dossier, lookup, {})[0]
        lookups.add_dossier(dossier)
    if metadata.dossier_title and not dossier.title:
        dossier.title = metadata.dossier_title
        dossier.save(update_fields=["title"])
    return dossier


def store_document(proposal: Proposal, overrides: dict) -> tuple[Document, bool]:
    metadata = proposal.metadata
    document = proposal.document
    created = document is None
    if created:
        document = Document(identifier=overrides.get("identifier") or proposal.identifier)
    dossier = _dossier(metadata, proposal.lookups)
    sender, ministry = _person_and_ministry(
        metadata.sender_name, metadata.sender_function, proposal.lookups
    )
    before = None if created else _field_values(document)
    values = {
        "dossier": dossier,
        "ondernummer": metadata.ondernummer,
        "vergaderjaar": metadata.vergaderjaar,
        "date": metadata.date,
        "kind": metadata.kind if metadata.kind in DocumentKind.values else DocumentKind.OTHER,
        "sender": sender,
        "ministry": ministry,
    }
    # A re-import never blanks out what a clerk (or an earlier import) already knew.
    for name, value in values.items():
        if value not in (None, ""):
            setattr(document, name, value)
    for name in ("title", "date", "kind", "ondernummer", "vergaderjaar"):
        if overrides.get(name) not in (None, ""):
            setattr(document, name, overrides[name])
    if not document.title:
        document.title = metadata.title or document.identifier
    document.text = proposal.text
    document.clean()
    if before is not None and document.kst_id:
        document.identifier = document.kst_id  # as save() would
    if before is not None and _field_values(document) == before:
        # The same text again: an UPDATE would rewrite the text, its search vector and a
        # history row for nothing.
        return document, created
    try:
        # The database checks the constraints; a full_clean() would repeat each as a query.
        # No savepoint of its own: the error leaves apply(), whose transaction rolls back.
        document.save()
    except IntegrityError as error:
        raise ValidationError(f"Het stuk kan niet worden opgeslagen: {error}") from error
    return document, created


def _field_values(document: Document) -> dict:
    # What was read (the lookups leave the trigger's search vector unread).
    unread = document.get_deferred_fields()
    return {
        f.attname: getattr(document, f.attname)
        for f in Document._meta.concrete_fields
        if f.attname not in unread
    }


def store_citations(proposal: Proposal, document: Document, user, result: ImportResult):
    citations = proposal.parsed.citations
    if not citations:
        return
    # Known dossiers and cited documents in two queries, missing ones in one batch each.
    numbers = {(int(c.dossier), c.toevoeging or "") for c in citations}
    lookups = proposal.lookups
    dossiers = {number: lookups.dossier(*number) for number in numbers}
    wanted = {number for number, dossier in dossiers.items() if dossier is None}
    if wanted:
        dossiers.update(
            {
                (d.number, d.toevoeging): d
                for d in Dossier.objects.filter(number__in={number for number, _ in wanted})
                if (d.number, d.toevoeging) in wanted
            }
        )
        missing = sorted(number for number in wanted if dossiers[number] is None)
        new, _ = insert_new(
            Dossier,
            [Dossier(number=number, toevoeging=toevoeging) for number, toevoeging in missing],
            ("number", "toevoeging"),
        )
        dossiers.update(((d.number, d.toevoeging), d) for d in new)
        for number in wanted:
            lookups.add_dossier(dossiers[number])
    # On a re-import, which of them it cites already, so an unchanged text adds no links.
    known = cited_documents(
        {d.pk for d in dossiers.values()},
        {c.ondernummer for c in citations},
        document if proposal.document is not None else None,
    )
    missing = {}
    for citation in citations:
        dossier = dossiers[int(citation.dossier), citation.toevoeging or ""]
        key = (dossier.pk, citation.ondernummer)
        if key not in known and key not in missing:
            cited = Document(
                dossier=dossier,
                ondernummer=citation.ondernummer,
                identifier=citation.kst_id,
                kind=DocumentKind.OTHER,
                title=citation.raw.strip("() ")[:500],
            )
            cited.identifier = cited.kst_id  # as save() would
            missing[key] = cited
    rows, inserted = insert_new(
        Document, list(missing.values()), ("dossier_id", "ondernummer"), user
    )
    created = set()
    for n, (key, row) in enumerate(zip(missing, rows, strict=True)):
        known[key] = row
        if n in inserted:
            created.add(key)
    cites = []
    for citation in citations:
        key = (dossiers[int(citation.dossier), citation.toevoeging or ""].pk, citation.ondernummer)
        cited = known[key]
        if cited.pk != document.pk:
            if not getattr(cited, "cited_here", False):
                cites.append(cited)
            result.count("citations")
            if key in created:
                created.discard(key)
                result.count("cited documents created")
    if cites:
        link_all(Document.cites.through, "to_document", cites, "from_document", document)


def store_confidential_annex(proposal: Proposal, document: Document, result: ImportResult):
    if not proposal.parsed.confidential_mentions:
        return
    identifier = f"{document.identifier}-vertrouwelijke-bijlage"[:100]
    if document_by_identifier(identifier) is not None:
        return
    _, created = create_or_get(
        Document,
        {"identifier": identifier},
        {
            "kind": DocumentKind.BIJLAGE,
            "parent": document,
            "is_confidential": True,
            "title": f"Vertrouwelijke bijlage bij {document.citation or document.title}"[:500],
            "notes": " ".join(proposal.parsed.confidential_mentions)[:5000],
        },
    )
    if created:
        result.count("confidential annexes")
