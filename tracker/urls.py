from django.contrib import admin
from django.urls import include, path, re_path

from commitments.api.views import not_found

admin.site.site_header = "Toezeggingenregister"
admin.site.site_title = "Toezeggingenregister"
admin.site.index_title = "Beheer"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("commitments.api.urls")),
    # Anything else under /api/ answers in JSON too.
    re_path(r"^api/", not_found),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("commitments.urls")),
]

# JSON under /api/, Django's normal page elsewhere.
handler500 = "commitments.api.views.server_error"
