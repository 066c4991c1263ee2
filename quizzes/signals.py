from django.dispatch import Signal

# Sent once when an attempt is submitted (by the participant or by its deadline), after scoring.
# Keyword arguments: attempt, user, quiz, passed (bool), score_percent (Decimal, 0–100).
attempt_submitted = Signal()
