"""Synthetic register data at national scale, for benchmarks and load tests.

Texts are assembled from the vocabulary of the seed Kamerstukken so that full-text search
and text sizes behave like the real thing. Rows go in with ``COPY`` on PostgreSQL
(``insert_rows``, ``bulk_create`` elsewhere) in batches; the
generated rows are marked (keys start with ``syn-``) so they are easy to tell apart.
"""

import bisect
import datetime
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from .importers.opendata import insert_rows
from .models import (
    Commitment,
    CommitmentStatus,
    Committee,
    Debate,
    DebateKind,
    Document,
    DocumentKind,
    Dossier,
    Fulfilment,
    Ministry,
    Person,
)

MINISTRIES = [
    ("Algemene Zaken", "AZ"),
    ("Binnenlandse Zaken en Koninkrijksrelaties", "BZK"),
    ("Buitenlandse Zaken", "BZ"),
    ("Defensie", "DEF"),
    ("Economische Zaken", "EZ"),
    ("Financiën", "FIN"),
    ("Infrastructuur en Waterstaat", "IenW"),
    ("Justitie en Veiligheid", "JenV"),
    ("Landbouw, Visserij, Voedselzekerheid en Natuur", "LVVN"),
    ("Onderwijs, Cultuur en Wetenschap", "OCW"),
    ("Sociale Zaken en Werkgelegenheid", "SZW"),
    ("Volksgezondheid, Welzijn en Sport", "VWS"),
]

SUBJECTS = [
    "de veiligheidssituatie in Irak",
    "de bilaterale veiligheidsarrangementen met Oekraïne",
    "een nieuwe NAVO-norm voor defensie-uitgaven",
    "de contact-ambassade van de NAVO in Japan",
    "juridische mogelijkheden op grond van het zeerecht",
    "de voortzetting van operatie Interflex",
    "de hybride dreigingen tegen bondgenoten",
    "de Russische schaduwvloot",
    "de samenwerking tussen de EU en de NAVO",
    "de Defense Investment Pledge",
    "de uitvoering van het Defence Production Action Plan",
    "de situatie op de Westelijke Balkan",
    "humanitaire hulp aan Gaza",
    "het NAVO Liaison Office in Amman",
    "de hervormingsagenda van Oekraïne",
    "sancties tegen Rusland",
    "de weerbaarheid van vitale infrastructuur",
    "de inzet van Nederlandse militairen",
]
DEADLINES = [
    "voor de zomer",
    "voor de NAVO-top",
    "voor het einde van het jaar",
    "voorafgaand aan de inzet",
    "zodra meer concreets te melden is",
    "in de volgende voortgangsrapportage",
    "",
]
SENTENCES = [
    "Het kabinet acht het van belang dat bondgenoten blijven investeren in hun eigen "
    "defensie- en industriële capaciteiten.",
    "Nederland zal tijdens deze sessie wederom benadrukken dat Rusland de belangrijkste "
    "dreiging blijft voor de NAVO-bondgenoten.",
    "De bijeenkomst biedt kans om terug te blikken op de top en de implementatie van de "
    "besluiten die daar zijn genomen te bespreken.",
    "Bondgenoten spraken over de noodzaak om de defensieproductiecapaciteit te vergroten.",
    "Het kabinet blijft oproepen tot een onmiddellijk staakt-het-vuren en de toename van "
    "humanitaire hulp.",
    "Een sterke trans-Atlantische relatie is een randvoorwaarde om deze strategische "
    "uitdagingen het hoofd te bieden.",
    "Nederland is groot voorstander van het intensiveren van de samenwerking tussen de EU "
    "en de NAVO.",
    "De Minister van Buitenlandse Zaken nam deel aan het volledige programma.",
]
FIRST_INITIALS = "ABCDEFGHJKLMNPRSTVW"
SURNAMES = [
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Veldkamp",
]  # fmt: skip


FULFIL_WITHIN = datetime.timedelta(days=500)


@dataclass
class Counts:
    documents: int = 0
    commitments: int = 0
    fulfilments: int = 0


def _date_between(rng: random.Random, start: datetime.date, end: datetime.date):
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


def _vergaderjaar(day: datetime.date) -> str:
    # The parliamentary year starts in September; close enough for synthetic data.
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}-{first + 1}"


def _batches(total: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(size, total - start)


def _reference_rows(rng: random.Random):
    ministries = []
    for name, abbreviation in MINISTRIES:
        ministry, _ = Ministry.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "abbreviation": abbreviation}
        )
        ministries.append(ministry)
    people = []
    for i in range(120):
        ministry = ministries[i % len(ministries)]
        initials = ".".join(rng.sample(FIRST_INITIALS, 2)) + "."
        name = f"{initials} {rng.choice(SURNAMES)}"
        person, _ = Person.objects.get_or_create(
            slug=f"syn-persoon-{i}",
            defaults={
                "name": name,
                "function": f"Minister van {ministry.name}",
                "ministry": ministry,
            },
        )
        people.append(person)
    committees = []
    for name, abbreviation in MINISTRIES:
        committee, _ = Committee.objects.get_or_create(
            slug=f"vaste-commissie-{slugify(name)}",
            defaults={"name": f"vaste commissie voor {name}", "abbreviation": abbreviation},
        )
        committees.append(committee)
    dossiers = [
        Dossier.objects.get_or_create(number=40000 + i, toevoeging="", defaults={"title": title})[0]
        for i, title in enumerate(SUBJECTS)
    ]
    return ministries, people, committees, dossiers


def generate(
    *,
    commitments: int,
    documents: int,
    seed: int = 1,
    batch_size: int = 5000,
    progress: Callable[[str], None] = lambda message: None,
) -> Counts:
    """Insert ``documents`` Kamerstukken and ``commitments`` toezeggingen; returns counts."""
    rng = random.Random(seed)
    counts = Counts()
    _, people, committees, dossiers = _reference_rows(rng)
    start = datetime.date(1995, 1, 1)
    end = min(datetime.date(2026, 10, 31), timezone.localdate())

    debates = []
    for i in range(max(1, commitments // 50)):
        day = _date_between(rng, start, end)
        debates.append(
            Debate(
                kind=rng.choice([DebateKind.COMMISSIEDEBAT, DebateKind.PLENAIR_DEBAT]),
                date=day,
                subject=f"{rng.choice(SUBJECTS)} (syn {seed}-{i})",
                committee=rng.choice(committees),
            )
        )
    Debate.objects.bulk_create(debates, batch_size=batch_size)
    debates = list(Debate.objects.filter(subject__contains=f"(syn {seed}-"))

    # Ondernummers continue after what exists so reruns with another seed do not collide.
    next_nr = {
        dossier.pk: (Document.objects.filter(dossier=dossier).order_by("-ondernummer")
                     .values_list("ondernummer", flat=True).first() or 0) + 1
        for dossier in dossiers
    }  # fmt: skip
    document_ids: list[tuple[int, datetime.date]] = []
    for _offset, size in _batches(documents, batch_size):
        rows = []
        for _ in range(size):
            dossier = rng.choice(dossiers)
            nr = next_nr[dossier.pk]
            next_nr[dossier.pk] += 1
            day = _date_between(rng, start, end)
            person = rng.choice(people)
            paragraphs = [" ".join(rng.sample(SENTENCES, 4)) for _ in range(rng.randint(3, 6))]
            rows.append(
                Document(
                    identifier=f"kst-{dossier.number}-{nr}",
                    dossier=dossier,
                    ondernummer=nr,
                    vergaderjaar=_vergaderjaar(day),
                    kind=rng.choice(
                        [DocumentKind.BRIEF, DocumentKind.VERSLAG, DocumentKind.GEANNOTEERDE_AGENDA]
                    ),
                    title=f"Brief over {rng.choice(SUBJECTS)}",
                    date=day,
                    sender=person,
                    ministry_id=person.ministry_id,
                    text="\n\n".join(paragraphs),
                    is_confidential=rng.random() < 0.01,
                )
            )
        with transaction.atomic():
            insert_rows(rows)
            created = rows
        document_ids.extend((d.pk, d.date) for d in created if not d.is_confidential)
        counts.documents += len(created)
        progress(f"documents {counts.documents}/{documents}")

    if not document_ids:
        raise ValueError("Generating commitments needs at least one public document.")
    # A fulfilment is a public document dated between the day the commitment was made and
    # today (at most FULFIL_WITHIN days on); fulfilled_on is that document's date. So no
    # fulfilment lies in the future or before the commitment, as the register requires.
    today = timezone.localdate()
    by_date = sorted((day, pk) for pk, day in document_ids)
    dates = [day for day, _pk in by_date]

    def fulfilling_document(made_on):
        first = bisect.bisect_left(dates, made_on)
        last = bisect.bisect_right(dates, min(today, made_on + FULFIL_WITHIN))
        return by_date[rng.randrange(first, last)] if first < last else None

    existing = Commitment.objects.filter(key__startswith=f"syn-{seed}-").count()
    for offset, size in _batches(commitments, batch_size):
        rows, fulfilled_docs = [], []
        for i in range(size):
            number = existing + offset + i
            made_on = _date_between(rng, start, end)
            person = rng.choice(people)
            roll = rng.random()
            status = (
                CommitmentStatus.OPEN if roll < 0.45
                else CommitmentStatus.FULFILLED if roll < 0.85
                else CommitmentStatus.PARTLY_FULFILLED if roll < 0.92
                else CommitmentStatus.LAPSED
            )  # fmt: skip
            due = (
                made_on + datetime.timedelta(days=rng.randint(14, 400))
                if rng.random() < 0.6
                else None
            )
            fulfilled_on, fulfilling = None, None
            if status in (CommitmentStatus.FULFILLED, CommitmentStatus.PARTLY_FULFILLED):
                fulfilling = fulfilling_document(made_on)
                if fulfilling is None:
                    status = CommitmentStatus.OPEN
                elif status == CommitmentStatus.FULFILLED:
                    fulfilled_on = fulfilling[0]
            in_debate = rng.random() < 0.6
            document_id, _ = rng.choice(document_ids)
            rows.append(
                Commitment(
                    key=f"syn-{seed}-{number}",
                    number=f"TZ{made_on:%Y%m}-S{seed}-{number}",
                    text=(
                        f"Uw Kamer {rng.choice(DEADLINES)} informeren over {rng.choice(SUBJECTS)}."
                    ),
                    made_by=person,
                    ministry_id=person.ministry_id,
                    debate=rng.choice(debates) if in_debate else None,
                    document_id=None if in_debate else document_id,
                    made_on=made_on,
                    due_date=due,
                    due_description=rng.choice(DEADLINES),
                    status=status,
                    tk_status={
                        "open": "Openstaand",
                        "fulfilled": "Afgedaan",
                        "partly_fulfilled": "Deels afgedaan",
                        "lapsed": "Vervallen",
                    }[status],
                    fulfilled_on=fulfilled_on,
                    is_published=rng.random() < 0.98,
                )
            )
            if fulfilling is not None:
                fulfilled_docs.append((len(rows) - 1, fulfilling[1]))
        with transaction.atomic():
            insert_rows(rows)
            created = rows
            insert_rows(
                [Fulfilment(commitment=created[i], document_id=doc) for i, doc in fulfilled_docs]
            )
        counts.commitments += len(created)
        counts.fulfilments += len(fulfilled_docs)
        progress(f"commitments {counts.commitments}/{commitments}")
    return counts
