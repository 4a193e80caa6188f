"""Payloads and fake feeds the open-data tests share.

The payloads in tests/data/opendata/ are constructed from the documented schema, not captured.
HTTP is served by httpx.MockTransport (and, in test_sync, once by a real http.server).
"""

import json
from pathlib import Path
from urllib.parse import parse_qs

import httpx
from django.core import serializers
from django.core.management import call_command

from commitments.importers.opendata import FeedClient, OpenDataSync
from commitments.models import (
    Commitment,
    CommitmentEvent,
    CommitmentLink,
    Debate,
    Document,
    Dossier,
    Fulfilment,
    Ministry,
    Person,
)

DATA = Path(__file__).parents[2] / "data" / "opendata"
BASE = "https://gegevensmagazijn.tweedekamer.nl"
A = "a1111111-1111-4111-8111-111111111111"
B = "a2222222-2222-4222-8222-222222222222"
C = "a3333333-3333-4333-8333-333333333333"
D = "a4444444-4444-4444-8444-444444444444"
E = "a5555555-5555-4555-8555-555555555555"
Status = Commitment.Status


def payload(name: str) -> str:
    return (DATA / name).read_text()


def odata_handler(requests: list, pages: dict[str, str] | None = None):
    """Serve the OData files by entity; ``$skip`` asks for page two."""
    pages = pages or {}

    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        path = request.url.path
        if path.endswith("/Document"):
            return httpx.Response(200, text=pages.get("Document", payload("odata_document.json")))
        if path.endswith("/Toezegging"):
            if "$skip" in parse_qs(request.url.query.decode()):
                return httpx.Response(
                    200, text=pages.get("page2", payload("odata_toezegging_page2.json"))
                )
            return httpx.Response(
                200, text=pages.get("page1", payload("odata_toezegging_page1.json"))
            )
        return httpx.Response(404)

    return handle


def run_odata(handler, entities=("Document", "Toezegging"), **kwargs) -> OpenDataSync:
    client = FeedClient(transport=httpx.MockTransport(handler), sleep=lambda s: None)
    sync = OpenDataSync(client=client, base_url=BASE, fmt="odata", **kwargs)
    for entity in entities:
        sync.run_feed(entity)
    return sync


def write(tmp_path: Path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return str(path)


def dump_register() -> str:
    models = [Commitment, Debate, Document, Dossier, Person, Ministry, Fulfilment, CommitmentLink]
    rows = [obj for model in models for obj in model.objects.order_by("pk")]
    text = serializers.serialize("json", rows)
    events = list(
        CommitmentEvent.objects.order_by("pk").values_list("pk", "commitment_id", "kind", "note")
    )
    return text + json.dumps(events)


def commitment(guid: str) -> Commitment:
    return Commitment.objects.get(tk_id=guid)


def atom_handler(requests: list):
    def handle(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        token = request.url.params.get("skiptoken")
        if token is None:
            return httpx.Response(200, text=payload("atom_page1.xml"))
        if token == "1002":
            return httpx.Response(200, text=payload("atom_page2.xml"))
        return httpx.Response(200, text=payload("atom_page2.xml").split("<entry>")[0] + "</feed>")

    return handle


def synthetic_page(count: int, offset: int = 0) -> str:
    records = [
        {
            "Id": f"00000000-0000-4000-8000-{offset + n:012d}",
            "Nummer": f"TZ209901-{offset + n:03d}",
            "Tekst": f"Synthetische toezegging {n}.",
            "Status": "Afgedaan" if n % 2 else "Openstaand",
            "Ministerie": "Buitenlandse Zaken",
            "Naam": "Veldkamp, C.C.J.",
            "KamerbriefNakoming": "2024D50159",
            "Aanmaakdatum": "2024-11-01T10:00:00+01:00",
            "GewijzigdOp": "2025-01-01T10:00:00+01:00",
            "ApiGewijzigdOp": "2025-01-01T09:00:00Z",
            "Verwijderd": False,
        }
        for n in range(count)
    ]
    return json.dumps({"@odata.context": "x/$metadata#Toezegging", "value": records})


def expanded_page(count: int, offset: int = 0, subject: str = "Commissiedebat NAVO") -> str:
    """Records as the bench sends them: each with its own expanded Activiteit, a letter that
    is in the register, one that is not, and a link to the previous record."""
    records = []
    for n in range(offset, offset + count):
        record = json.loads(synthetic_page(1, offset=n))["value"][0]
        record["ActiviteitNummer"] = f"2099A{n:05d}"
        record["Activiteit"] = {
            "Id": f"00000000-0000-4000-9000-{n:012d}",
            "Soort": "Commissiedebat",
            "Nummer": f"2099A{n:05d}",
            "Onderwerp": f"{subject} {n}",
            "Datum": "2024-11-01T00:00:00+01:00",
            "Voortouwafkorting": "BuZa",
            "Voortouwnaam": "vaste commissie voor Buitenlandse Zaken",
        }
        record["KamerbriefNakoming"] = ["2024D50159", f"2099D{n:05d}"]
        if n > offset:
            record["IsHerhalingVan"] = [{"Id": f"00000000-0000-4000-8000-{n - 1:012d}"}]
        records.append(record)
    return json.dumps({"@odata.context": "x/$metadata#Toezegging(Activiteit())", "value": records})


def call_command_output(*args, **kwargs) -> str:
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO(), **kwargs)
    return out.getvalue()
