"""The Kamerstuk text core as a package; this commit only moves the module (split follows)."""

from .text import *  # noqa: F403
from .text import (  # noqa: F401
    DUTCH_STOPWORDS,
    KNOWN_HYPHEN_COMPOUNDS,
    MONTHS,
    SLIP_REPAIRS,
    __all__,
    resolve_date,
)
