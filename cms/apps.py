from django.apps import AppConfig


class CmsConfig(AppConfig):
    verbose_name = "Site core"
    name = "cms"
