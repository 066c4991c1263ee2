"""The rescue's first name, kept for timers and cron entries that call it: it runs `rescue_tasks`, which
rescues every kind of background task (certificates among them)."""

from .rescue_tasks import Command as RescueTasks


class Command(RescueTasks):
    help = f"Same as rescue_tasks. {RescueTasks.help}"
