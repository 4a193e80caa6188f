"""The browsable API as an accessible page."""

import re

from django.utils.translation import get_language
from rest_framework import renderers

# DRF's format drop-down buttons have only a title, which Bootstrap's tooltip script then
# removes: they end up without a name for a screen reader.
UNNAMED_BUTTON = re.compile(r'(<button class="[^"]*dropdown-toggle[^"]*"[^>]*?) title="([^"]*)"')


class BrowsableAPIRenderer(renderers.BrowsableAPIRenderer):
    """DRF's browsable API with the page language on ``<html>`` (WCAG 3.1.1) and named
    buttons (4.1.2); its colours are fixed in ``templates/rest_framework/api.html``.

    DRF's base template writes a bare ``<html>`` and the buttons outside any block we could
    override; adjusting the rendered page keeps us from copying the whole template.
    """

    def render(self, data, accepted_media_type=None, renderer_context=None):
        page = super().render(data, accepted_media_type, renderer_context)
        page = page.replace("<html>", f'<html lang="{get_language()}">', 1)
        return UNNAMED_BUTTON.sub(r'\1 aria-label="\2" title="\2"', page)
