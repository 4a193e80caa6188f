"""Request parsers: DRF's, with deeply nested JSON refused as the client's mistake."""

from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class SafeJSONParser(JSONParser):
    """``[[[[…]]]]`` nested deeper than Python's recursion limit makes ``json`` raise
    RecursionError, which DRF does not catch (a 500); it is a bad request like any other
    malformed JSON."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_("JSON is te diep genest.")) from None
