from django.dispatch import Signal

# Sent after commit when a participant's H5P result is stored: user, activity, result.
result_recorded = Signal()

# Asked before a result is stored: may `user` record results for `activity`? A receiver (courses: enrolled
# in a course whose live module uses it) answers True; anything else means no.
play_allowed = Signal()

# Asked by the results listing: which results may `user` see? A receiver answers a Q on H5PResult (courses:
# results of activities in the user's courses; everything for an officer); no answer means none.
results_visible = Signal()
