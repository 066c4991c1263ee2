from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content for development (`seed_demo`): the top floor; it may import every app, none imports it."""

    name = "demo"
    verbose_name = "Demo"
