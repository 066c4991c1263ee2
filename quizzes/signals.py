from django.dispatch import Signal

# Sent once when an attempt is submitted (by the participant or by its deadline), after scoring.
# Keyword arguments: attempt, user, quiz, passed (bool), score_percent (Decimal, 0–100).
attempt_submitted = Signal()

# Asked by the attempt reports (list, export, item analysis): which attempts may `user` see? Each receiver
# answers a Q on Attempt, or None when it has nothing to say; a report shows the attempts matching any
# answer, and none when nobody answers (courses: its modules' quizzes; workshops: their pre/post-tests).
attempts_visible = Signal()
