from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import include, path, re_path, reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from commitments.api.errors import not_found
from commitments.sitemaps import SITEMAPS

admin.site.site_header = "Toezeggingenregister"
admin.site.site_title = "Toezeggingenregister"
admin.site.index_title = "Beheer"

ROBOTS_TXT = "User-agent: *\nDisallow: /admin/\nDisallow: /i18n/\nSitemap: {}\n"


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap-index"))
    return HttpResponse(ROBOTS_TXT.format(sitemap), content_type="text/plain; charset=utf-8")


urlpatterns = [
    path("robots.txt", robots_txt, name="robots-txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("admin/", admin.site.urls),
    path("api/v1/", include("commitments.api.urls")),
    # Anything else under /api/ answers in JSON too.
    re_path(r"^api/", not_found),
    # Without a CSRF token, so the language form on every page leaves the page cacheable: the
    # worst a forged request can do is switch someone's language.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
]

# The public pages carry their language in the URL: Dutch without a prefix, English under
# /en/, so an English page can be shared and cached as English. (The API and the admin keep
# following the cookie and Accept-Language: commitments.middleware.PathLocaleMiddleware.)
urlpatterns += i18n_patterns(path("", include("commitments.urls")), prefix_default_language=False)

# JSON under /api/, Django's normal page elsewhere.
handler500 = "commitments.api.errors.server_error"
