"""Pure-Python core for importing VLOS reports (the Tweede Kamer's structured verslag XML).

Pipeline::

    parse_vlos(bytes) -> VlosReport      # meeting, debates, agenda, bewindspersonen
        toezeggingen.find_toezeggingen   # per debate: the chair's read-out, else own words

``parse`` reads the XML (defusedxml, ``iterparse``), ``toezeggingen`` finds the commitments
and reuses the Kamerstuk core's deadline reader and similarity, ``model`` holds the result
types. No Django here; ``commitments.importers.store`` turns a report into a proposal for
the register, the same way as a Kamerstuk text.
"""

from .model import AgendaItem, Bewindspersoon, Toezegging, VlosDebate, VlosError, VlosReport
from .parse import looks_like_vlos, parse_vlos
from .toezeggingen import SAME_COMMITMENT

__all__ = [
    "SAME_COMMITMENT",
    "AgendaItem",
    "Bewindspersoon",
    "Toezegging",
    "VlosDebate",
    "VlosError",
    "VlosReport",
    "looks_like_vlos",
    "parse_vlos",
]
