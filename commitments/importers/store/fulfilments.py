"""Fulfilments a clerk accepted, through ``services.fulfil`` as an admin action would."""

import datetime

from django.core.exceptions import ValidationError

from ... import services
from ...models import (
    Commitment,
    CommitmentEvent,
    Document,
)
from .proposal import ImportResult, Proposal


def store_fulfilments(
    proposal: Proposal,
    document: Document,
    accepted: dict[int, str],
    on: datetime.date | None,
    user,
    result: ImportResult,
):
    for index, key in accepted.items():
        statement = proposal.parsed.fulfilments[index]
        commitment = Commitment.objects.filter(key=key).first()
        if commitment is None:
            raise ValidationError(f"Onbekende toezegging {key!r}.")
        if commitment.fulfilments.filter(document=document).exists():
            result.count("fulfilments already recorded")
            continue
        date = on or document.date
        if date is None:
            raise ValidationError(
                f"Het stuk heeft geen datum; geef de datum van nakoming op voor {key}."
            )
        services.fulfil(
            commitment,
            documents=[document],
            on=date,
            passage=statement.sentence,
            note=f"Nakoming gevonden bij import van {document.identifier}.",
            source=CommitmentEvent.Source.IMPORT,
            user=user,
        )
        result.count("fulfilments recorded")


def default_fulfilments(proposal: Proposal) -> dict[int, str]:
    """The best match of every statement that reached the threshold."""
    return {i: m.key for i, m in enumerate(proposal.matches) if m.key is not None}
