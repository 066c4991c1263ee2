from django.dispatch import Signal

# Sent once when an attempt is submitted (by the participant or by its deadline), after scoring.
# Keyword arguments: attempt, user, quiz, passed (bool), score_percent (Decimal, 0–100).
attempt_submitted = Signal()

# Asked before a participant opens, starts, answers or submits a quiz: may `user` take `quiz` in `context`?
# Keyword arguments: user, quiz, context, request. The apps that embed quizzes answer: True (open to this user
# here), a `quizzes.services.Refusal` (used here, but not open to this user: why, and where to go instead),
# or None (not used in anything the receiver owns). A quiz nobody claims is open only to staff checking it.
take_allowed = Signal()
