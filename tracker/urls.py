from django.contrib import admin
from django.urls import path

admin.site.site_header = "Toezeggingenregister"
admin.site.site_title = "Toezeggingenregister"
admin.site.index_title = "Beheer"

urlpatterns = [
    path("admin/", admin.site.urls),
]
