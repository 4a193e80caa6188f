import bisect
import json
import time
import uuid

import httpx
from django.core.management.base import BaseCommand
from django.db import connection

from commitments.importers.opendata import FeedClient, OpenDataSync
from commitments.importers.opendata.sync import stamp_key
from commitments.models import Document

BASE = "http://bench.invalid"
STATUSES = ["Openstaand", "Afgedaan", "Deels Afgedaan", "Vervallen", "Openstaand"]
MINISTRIES = [
    "Buitenlandse Zaken",
    "Ministerie van Defensie",
    "Financiën",
    "Justitie en Veiligheid",
]


def synthetic_records(count: int, run: uuid.UUID, activities: int = 500) -> list[dict]:
    """Toezeggingen shaped like the OData feed: expanded Activiteit, letters, links, blanks."""

    def guid(kind: int, n: int) -> str:
        return str(uuid.uuid5(run, f"{kind}-{n}"))

    records = []
    for n in range(count):
        act = n % activities
        day = 1 + n % 28
        record = {
            "Id": guid(1, n),
            "Nummer": f"TZB{run.hex[:6]}-{n:06d}",
            "Aanmaakdatum": f"2024-03-{day:02d}T10:00:00+01:00",
            "ActiviteitNummer": f"2024B{act:05d}",
            "Naam": f"Minister{n % 40}, A.B.",
            "Achternaam": f"Minister{n % 40}",
            "Initialen": "A.B.",
            "Functie": "Minister",
            "Ministerie": MINISTRIES[n % len(MINISTRIES)],
            "Status": STATUSES[n % len(STATUSES)],
            "DatumNakoming": "0001-01-01T00:00:00Z" if n % 2 else "2025-06-30T00:00:00+02:00",
            "KamerbriefNakoming": f"2024D{n % 1000:05d}" if n % 3 == 0 else None,
            "Tekst": f"De minister informeert de Kamer over onderwerp {n} voor de zomer.",
            "GewijzigdOp": "2024-04-01T10:00:00+02:00",
            "ApiGewijzigdOp": f"2024-04-01T08:{n // 60000 % 60:02d}:{n // 1000 % 60:02d}Z",
            "Verwijderd": False,
            "Activiteit": {
                "Id": guid(2, act),
                "Soort": "Commissiedebat",
                "Nummer": f"2024B{act:05d}",
                "Onderwerp": f"Commissiedebat {act} ({run.hex[:6]})",
                "Datum": f"2024-03-{day:02d}T00:00:00+01:00",
                "Voortouwafkorting": "BuZa",
                "Voortouwnaam": "vaste commissie voor Buitenlandse Zaken",
            },
        }
        # Same-day activities must agree on their date; keep one date per activity.
        record["Activiteit"]["Datum"] = f"2024-03-{1 + act % 28:02d}T00:00:00+01:00"
        record["Aanmaakdatum"] = record["Activiteit"]["Datum"]
        if n % 10 == 9:
            record["IsHerhalingVan"] = [{"Id": guid(1, n - 1)}]
        records.append(record)
    return records


class Command(BaseCommand):
    help = (
        "Throughput benchmark: sync a synthetic OData feed of --records Toezeggingen in pages "
        "of --page-size (served in memory) into the configured database and print records per "
        "second, for a first run (all new) and a second run (all unchanged). Use a scratch "
        "database: it writes --records commitments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--records", type=int, default=100_000)
        parser.add_argument("--page-size", type=int, default=1000)
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="One JSON line at the end."
        )

    def handle(self, *args, records, page_size, as_json=False, **options):
        run = uuid.uuid4()
        data = synthetic_records(records, run)
        # Served as the portal does: ``$filter=ApiGewijzigdOp ge``, (ApiGewijzigdOp, Id) order,
        # ``page_size`` a page and a nextLink while more follow (the sync pages by keyset).
        data.sort(key=lambda r: (stamp_key(r["ApiGewijzigdOp"]), r["Id"]))
        keys = [stamp_key(r["ApiGewijzigdOp"]) for r in data]
        rows = [json.dumps(r) for r in data]
        pages = -(-records // page_size)
        del data

        def handler(request: httpx.Request) -> httpx.Response:
            since = request.url.params.get("$filter", "").rpartition(" ge ")[2]
            first = bisect.bisect_left(keys, stamp_key(since)) if since else 0
            first += int(request.url.params.get("$skip", 0))
            chunk = rows[first : first + page_size]
            more = first + page_size < len(rows)
            link = f',"@odata.nextLink":"{request.url}&$skip=x"' if more else ""
            context = f"{BASE}/$metadata#Toezegging(Activiteit())"
            body = f'{{"@odata.context":"{context}","value":[{",".join(chunk)}]{link}}}'
            return httpx.Response(200, text=body)

        # Half of the fulfilling letters are in the register, as in real data.
        Document.objects.bulk_create(
            [
                Document(identifier=f"{run.hex[:6]}-{n}", tk_number=f"2024D{n:05d}", title="Brief")
                for n in range(500)
            ],
            ignore_conflicts=True,
        )
        self.stdout.write(
            f"{records} records in {pages} pages on {connection.vendor} "
            f"({connection.settings_dict['NAME']})"
        )
        rates = []
        for label in ("first run (new)", "second run (unchanged)"):
            client = FeedClient(transport=httpx.MockTransport(handler))
            sync = OpenDataSync(client=client, base_url=BASE, fmt="odata", page_size=page_size)
            started = time.perf_counter()
            # --since keeps both runs on the whole feed whatever position earlier runs stored.
            sync.run_feed("Toezegging", since="2000-01-01")
            elapsed = time.perf_counter() - started
            rates.append(round(records / elapsed))
            self.stdout.write(
                f"{label}: {records / elapsed:,.0f} records/s ({elapsed:.1f} s); "
                f"{sync.stats.summary()}"
            )
        if as_json:
            first, second = rates
            self.stdout.write(
                json.dumps({"records": records, "first_load_per_s": first, "resync_per_s": second})
            )
