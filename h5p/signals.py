from django.dispatch import Signal

# Sent after commit when a participant's H5P result is stored: user, activity, result.
result_recorded = Signal()

# Asked before a result is stored: may `user` record results for `activity`? A receiver (courses: enrolled
# in a course whose live module uses it) answers True; anything else means no.
play_allowed = Signal()
