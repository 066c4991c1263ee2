from django.dispatch import Signal

# Sent after commit when a participant's H5P result is stored: user, activity, result.
result_recorded = Signal()
