from django.apps import AppConfig


class HelderConfig(AppConfig):
    name = "helder"
    verbose_name = "Helder"
