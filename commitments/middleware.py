"""Language: in the URL for the public pages, negotiated for the API and the admin."""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation

# Prefixes outside ``i18n_patterns``: an API client or a clerk gets the language of the
# cookie or Accept-Language header, as before the public pages had /en/.
NEGOTIATED_PREFIXES = ("/api/", "/admin/", "/i18n/")


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except where the language is not part of the URL.

    With ``prefix_default_language=False`` Django serves every unprefixed URL in the
    default language, which is right for the public pages (``/toezeggingen/`` is Dutch,
    ``/en/toezeggingen/`` English, whoever opens the link) but would silence the
    Accept-Language of API clients and the language a clerk chose for the admin.
    """

    def process_request(self, request):
        if request.path_info.startswith(NEGOTIATED_PREFIXES):
            language = translation.get_language_from_request(request)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
            return
        super().process_request(request)
