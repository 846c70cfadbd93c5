from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's dataset command (`generate_content`); installed by the bench and test settings only."""

    name = "bench"
    verbose_name = "Benchmark"
