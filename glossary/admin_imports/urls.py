from django.urls import path

from . import views

app_name = "glossary_import"
urlpatterns = [
    path("", views.ImportIndexView.as_view(), name="index"),
    path("<int:pk>/", views.StatusView.as_view(), name="status"),
    path("<int:pk>/dry-run/", views.DryRunView.as_view(), name="dry_run"),
    path("<int:pk>/approve/", views.ApproveAllView.as_view(), name="approve_all"),
    path("export/<str:file_format>/", views.ExportView.as_view(), name="export"),
]
