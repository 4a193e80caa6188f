from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Toezeggingenregister"
admin.site.site_title = "Toezeggingenregister"
admin.site.index_title = "Beheer"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("commitments.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("commitments.urls")),
]
