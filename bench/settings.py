"""Production settings plus the benchmark's own URLs; used only by `bench.run`, never deployed."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
