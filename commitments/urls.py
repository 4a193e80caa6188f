"""Public, read-only pages."""

app_name = "commitments"

urlpatterns: list = []
