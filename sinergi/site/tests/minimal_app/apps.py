from django.apps import AppConfig


class MinimalConfig(AppConfig):
    name = "sinergi.site.tests.minimal_app"
    label = "minimal_app"

    def ready(self) -> None:
        from sinergi.site.tests.minimal_app import contributions

        contributions.register()
