from django.apps import AppConfig


class TestAppConfig(AppConfig):
    name = "glossary.tests.testapp"
    label = "testapp"
