"""Signals the site sends; the apps above answer them."""

from django.dispatch import Signal

# Sent by `manage.py rescue_tasks` (every few minutes) with `now`. Each app that queues background tasks
# rescues the ones a dead worker left behind and returns a `sinergi.task_rescue.RescueReport`.
rescue_tasks_requested = Signal()

# Sent by the home page with `request` (a logged-in participant). An app that knows the participant's learning
# answers with a `sinergi.models.NextStep` (the page's main action) or None; the first answer wins.
home_next_step_requested = Signal()
