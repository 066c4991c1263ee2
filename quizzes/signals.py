from django.dispatch import Signal

# Sent once when an attempt is submitted (by the participant or by its deadline), after scoring.
# Keyword arguments: attempt, user, quiz, passed (bool), score_percent (Decimal, 0–100).
attempt_submitted = Signal()

# Asked by the attempt reports (list, export, item analysis): which attempts may `user` see? Each receiver
# answers a Q on Attempt, or None when it has nothing to say; a report shows the attempts matching any
# answer, and none when nobody answers (courses: its modules' quizzes; workshops: their pre/post-tests).
attempts_visible = Signal()

# Asked before a participant opens, starts, answers or submits a quiz: may `user` take `quiz` in `context`?
# Keyword arguments: user, quiz, context, request. The apps that embed quizzes answer: True (open to this user
# here), a `quizzes.services.Refusal` (used here, but not open to this user: why, and where to go instead),
# or None (not used in anything the receiver owns). A quiz nobody claims is open only to staff checking it.
take_allowed = Signal()

# Sent by the result page of a submitted attempt with attempt, user and request: the apps that embed quizzes
# answer with a `sinergi.models.NextStep` (where the participant goes on: the next module, the certificate) or
# None; the first answer wins. Nobody answering leaves the page's own actions (back, try again).
result_next_step_requested = Signal()
