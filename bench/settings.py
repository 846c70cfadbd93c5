"""Production settings plus the benchmark's URLs and dataset command; used only by `bench.run`, never deployed."""

from cms.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
