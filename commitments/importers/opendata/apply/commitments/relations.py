"""Resolve what a page's commitments refer to: letters, debates and other commitments.

Input: the ``tk_data`` of the page's changed rows (the letters, activities and linked
commitments the feed names); output: those rows found in the register with a few queries,
new ``Fulfilment`` and ``CommitmentLink`` rows queued in the page's ``PageWrites``, and
``tk_unresolved`` set to what is not in the register yet. ``create`` and ``update`` use the
lookups; ``resolve`` retries the unresolved after the run's last page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q

from commitments.importers.opendata.items import CommitmentItem
from commitments.importers.opendata.parse import is_guid
from commitments.importers.opendata.stats import SyncStats
from commitments.models import Commitment, CommitmentLink, Debate, Document, Fulfilment

from .events import PageWrites

if TYPE_CHECKING:
    from commitments.importers.opendata.apply.applier import Applier

    from .existing import Change


class Relations:
    """The rows a page's commitments name, and the fulfilments and links they already have."""

    def __init__(self, applier: Applier, writes: PageWrites, stats: SyncStats):
        self.applier = applier
        self.writes = writes
        self.stats = stats
        self.documents: dict[str, Document] = {}
        self.debates: dict[str, Debate] = {}
        self.by_guid: dict[str, Commitment] = {}
        self.fulfilled_pairs: set[tuple[int, int]] = set()
        self.linked: set[tuple[int, int, str]] = set()

    # prefetch

    def prefetch(self, rows_data: list[dict]) -> None:
        letters = {v for data in rows_data for v in data.get("letters", [])}
        guids = [v for v in letters if is_guid(v)]
        numbers = [v.upper() for v in letters if not is_guid(v)]
        self.documents = {}
        if letters:
            found = Document.objects.filter(Q(tk_id__any=guids) | Q(tk_number__any=numbers))
            # What linking needs; not the text or the search vector of every letter.
            for doc in found.only("pk", "tk_id", "tk_number", "date", "is_confidential"):
                if doc.tk_id:
                    self.documents[str(doc.tk_id)] = doc
                if doc.tk_number:
                    self.documents[doc.tk_number.upper()] = doc
        act_ids = {v for data in rows_data for v in data.get("activiteit", [])}
        act_numbers = {data.get("activiteit_number") for data in rows_data} - {"", None}
        # Debates this run already applied (the activities embedded in the page) are known.
        known = self.applier.debate_refs
        self.debates = {ref: known[ref] for ref in act_ids | act_numbers if ref in known}
        act_ids = {ref for ref in act_ids if ref not in known}
        act_numbers = {ref for ref in act_numbers if ref not in known}
        if act_ids or act_numbers:
            for debate in Debate.objects.filter(
                Q(tk_id__any=act_ids) | Q(tk_number__any=act_numbers)
            ):
                self.applier.remember_debate(debate)
                if debate.tk_id:
                    self.debates[str(debate.tk_id)] = debate
                if debate.tk_number:
                    self.debates[debate.tk_number] = debate
        targets = {t for data in rows_data for _, t in data.get("links", [])}
        self.by_guid = {}
        if targets:
            for c in Commitment.objects.filter(tk_id__any=targets).only("pk", "tk_id"):
                self.by_guid[str(c.tk_id)] = c

    def prefetch_links(self, pks: list[int]) -> None:
        """The fulfilments and links these commitments have, so none is added twice."""
        self.fulfilled_pairs = set()
        self.linked = set()
        if not pks:
            return
        self.fulfilled_pairs = set(
            Fulfilment.objects.filter(commitment__pk__any=pks).values_list(
                "commitment_id", "document_id"
            )
        )
        self.linked = set(
            CommitmentLink.objects.filter(from_commitment__pk__any=pks).values_list(
                "from_commitment_id", "to_commitment_id", "kind"
            )
        )

    # lookups

    def letter(self, value: str) -> Document | None:
        return self.documents.get(value.lower() if is_guid(value) else value.upper())

    def debate(self, data: dict) -> Debate | None:
        for ref in data.get("activiteit", []):
            if ref in self.debates:
                return self.debates[ref]
        return self.debates.get(data.get("activiteit_number") or "")

    def evidence(self, item: CommitmentItem) -> Document | None:
        """The first letter the item names that the register holds and may show."""
        for value in item.letters:
            doc = self.letter(value)
            if doc is not None and not doc.is_confidential:
                return doc
        return None

    def links_something(self, data: dict) -> bool:
        """Whether the row names a letter or commitment the register holds (so may link it)."""
        return any(self.letter(v) is not None for v in data.get("letters", [])) or any(
            guid in self.by_guid for _, guid in data.get("links", [])
        )

    # children

    def link_letters(self, c: Commitment, data: dict, change: Change) -> None:
        for value in data.get("letters", []):
            doc = self.letter(value)
            if doc is None or (c.pk, doc.pk) in self.fulfilled_pairs:
                continue
            if doc.is_confidential:
                self.stats.warn(
                    "Toezegging", c.number or c.key, f"{value} is vertrouwelijk; niet gekoppeld"
                )
                continue
            self.fulfilled_pairs.add((c.pk, doc.pk))
            self.writes.fulfilments.append(Fulfilment(commitment=c, document=doc))
            change.children = True

    def link_commitments(self, c: Commitment, data: dict, change: Change) -> None:
        for kind, target_guid in data.get("links", []):
            target = self.by_guid.get(target_guid)
            if target is None or target.pk == c.pk or (c.pk, target.pk, kind) in self.linked:
                continue
            self.linked.add((c.pk, target.pk, kind))
            self.writes.links.append(
                CommitmentLink(from_commitment=c, to_commitment=target, kind=kind)
            )
            change.children = True

    def set_unresolved(self, c: Commitment, data: dict) -> None:
        missing = [v for v in data.get("letters", []) if self.letter(v) is None]
        missing += [
            f"{kind}:{guid}" for kind, guid in data.get("links", []) if guid not in self.by_guid
        ]
        if c.debate_id is None and c.document_id is None:
            act = data.get("activiteit_number") or next(iter(data.get("activiteit", [])), "")
            if act:
                missing.append(f"activiteit:{act}")
        c.tk_unresolved = " ".join(missing)
