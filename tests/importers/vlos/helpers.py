"""The real VLOS reports in tests/data/vlos/ (gzipped) and their labels."""

import gzip
import json
from functools import cache
from pathlib import Path

DATA = Path(__file__).parents[2] / "data" / "vlos"
LABELS = json.loads((DATA / "labels.json").read_text())
OPENDATA = json.loads((DATA / "opendata_activities.json").read_text())["activities"]

POLITIE = next(name for name in LABELS if "1e040503" in name)  # three read out
ECONOMIE = next(name for name in LABELS if "f001a349" in name)  # six, "een zestal"
MIRT = next(name for name in LABELS if "8f376d4c" in name)  # the largest, two bewindspersonen
PLENAIR = next(name for name in LABELS if "ce0428cf" in name)  # five debates, no read-out


@cache
def report_bytes(name: str) -> bytes:
    return gzip.decompress((DATA / f"{name}.gz").read_bytes())


def vlos_xml(*turns: str, parlisid: str = "2025A99999", kind: str = "Commissiedebat") -> bytes:
    """A small VLOS report: one debate with a minister, whose turns are given as XML."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<vlosCoreDocument xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0">
<vergadering soort="Commissie" objectid="11111111-2222-4333-8444-555555555555">
<titel>Testdebat</titel><zaal>Thorbeckezaal</zaal><vergaderjaar>2024-2025</vergaderjaar>
<datum>2025-07-02T00:00:00</datum>
<activiteit soort="{kind}" objectid="66666666-7777-4888-8999-000000000000">
<titel>Testdebat</titel><onderwerp>Testdebat</onderwerp><parlisid>{parlisid}</parlisid>
<activiteithoofd><tekst><alinea><alineaitem>Aan de orde is de behandeling van:</alineaitem>
<lijst><alineaitem><nadruk>de brief (<dossiernummer>36600-V</dossiernummer>, nr.
<stuknummer>12</stuknummer>);</nadruk></alineaitem></lijst></alinea></tekst>
{"".join(turns)}
</activiteithoofd></activiteit>
<commissies><commissie type="Voortouwcommissie"><afkorting>BuZa</afkorting>
<verslagnaam>vaste commissie voor Buitenlandse Zaken</verslagnaam></commissie></commissies>
</vergadering></vlosCoreDocument>""".encode()


MINISTER = (
    '<spreker soort="Minister" objectid="aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee">'
    "<verslagnaam>Veldkamp</verslagnaam><voornaam>Caspar</voornaam>"
    "<functie>minister van Buitenlandse Zaken</functie></spreker>"
)
CHAIR = '<spreker soort="Tweede Kamerlid"><verslagnaam>Pool</verslagnaam></spreker>'


def turn(speaker: str, *paragraphs: str, chair: bool = False, items: tuple = ()) -> str:
    body = "".join(f"<alinea><alineaitem>{p}</alineaitem></alinea>" for p in paragraphs)
    if items:
        listed = "".join(f"<alineaitem>{i}</alineaitem>" for i in items)
        body += f"<alinea><lijst>{listed}</lijst></alinea>"
    return (
        f"<activiteitdeel><activiteititem><woordvoerder>{speaker}"
        f"<isvoorzitter>{'true' if chair else 'false'}</isvoorzitter>"
        f"<tekst>{body}</tekst></woordvoerder></activiteititem></activiteitdeel>"
    )
