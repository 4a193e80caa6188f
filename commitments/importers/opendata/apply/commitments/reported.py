"""Recognise a Toezegging the register already holds from the debate's report.

Input: the page's new :class:`Change` rows (records the register does not hold by ``tk_id``
or number). Output: those whose debate (Activiteit id or number) has a commitment without
``tk_id`` of similar wording (a candidate the VLOS import took from the chair's read-out, or
one a clerk entered) become a first link to that commitment instead of a new row; ``update``
then fills in the Kamer's fields. A candidate nobody has reviewed yet (unpublished, its text
still the read-out) takes the Kamer's wording and is published like any synced record; the
read-out stays in ``report_text`` and the admin shows both. A clerk's own wording stays, as
on every first link. Runs right after ``existing``; one query per page, none without new rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, Q

from commitments.importers.kamerstuk import similarity
from commitments.importers.opendata.parse import is_guid
from commitments.importers.vlos import SAME_COMMITMENT
from commitments.models import Commitment, CommitmentEvent, Debate

from .existing import Change, snapshot

if TYPE_CHECKING:
    from .page import CommitmentPage


def _refs(item) -> set[str]:
    return {ref.lower() for ref in item.activiteit_ids} | (
        {item.activiteit_number} if item.activiteit_number else set()
    )


def link_reported(page: CommitmentPage, changes: list[Change]) -> list[Change]:
    new = [c for c in changes if c.created]
    if not new:
        return changes
    refs = set().union(*(_refs(c.item) for c in new))
    if not refs:
        return changes
    # The page's debates were applied just before (``Applier.debate_refs``). Which of them
    # have a candidate at all is one index probe each (``commitment_unsynced_debate_idx``);
    # asked for the candidates of hundreds of debates at once, the planner expects thousands
    # and scans the whole commitment table, every page, to find none.
    known = page.applier.debate_refs
    debate_pks = {known[r].pk for r in refs if r in known}
    ids = [r for r in refs if r not in known and is_guid(r)]
    numbers = [r for r in refs if r not in known and not is_guid(r)]
    where = Q()
    if debate_pks:
        unlinked = Commitment.objects.filter(tk_id=None, debate_id=OuterRef("pk"))
        with_candidates = list(
            Debate.objects.filter(pk__in=debate_pks)
            .filter(Exists(unlinked))
            .order_by()
            .values_list("pk", flat=True)
        )
        if with_candidates:
            where |= Q(debate_id__in=with_candidates)
    if ids or numbers:
        where |= Q(debate__tk_id__in=ids) | Q(debate__tk_number__in=numbers)
    if not where:
        return changes
    pool = list(
        Commitment.objects.filter(where, tk_id=None, debate__isnull=False)
        .select_related("debate")
        .defer("search_vector")
        .order_by()
    )
    if not pool:
        return changes
    pairs = []
    for position, change in enumerate(changes):
        if not change.created:
            continue
        wanted = _refs(change.item)
        for c in pool:
            if not wanted & {str(c.debate.tk_id or ""), c.debate.tk_number or ""}:
                continue
            score = max(
                similarity(change.item.text, c.text),
                similarity(change.item.text, c.report_text) if c.report_text else 0.0,
            )
            if score >= SAME_COMMITMENT:
                pairs.append((score, position, c))
    # Best pairs first, each record and each commitment once.
    done_positions, done_rows = set(), set()
    for score, position, c in sorted(pairs, key=lambda p: (-p[0], p[1], p[2].pk)):
        if position in done_positions or c.pk in done_rows:
            continue
        done_positions.add(position)
        done_rows.add(c.pk)
        item = changes[position].item
        change = Change(c, item, created=False, old={}, before=snapshot(c))
        if not c.is_published and c.report_text and c.text == c.report_text:
            c.text = item.text
            c.is_published = True
        page.writes.event(
            c,
            CommitmentEvent.Kind.NOTE,
            item,
            note=(
                f"Herkend als Toezegging {item.label} van de Tweede Kamer (zelfde debat, "
                f"tekst gelijkend: {score:.2f}); gekoppeld in plaats van dubbel opgenomen."
            ),
        )
        page.stats.count("Toezegging", "matched")
        changes[position] = change
    return changes
