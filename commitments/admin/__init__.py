"""The clerk's workplace: register commitments, record what happens to them.

One module per job; importing them here runs their ``admin.register`` calls. The list
filters and the large-changelist machinery they share are in ``changelists``, the
Kamerstuk upload in ``importing``, the worklist and rappel pages in ``worklist``.
"""

# Follow by e-mail keeps its admin with its model.
from ..follow import admin as follow_admin  # noqa: F401
from . import commitment, documents, meetings, organisations, sync  # noqa: F401
