from django.dispatch import Signal

# Sent exactly once per participant and workshop, after the participation record is committed: the
# attendance rule (and the post-test rule, when the workshop asks for it) is met.
# Keyword arguments: user, workshop (WorkshopPage), participation (with completed_at), date_start,
# date_end (datetime.date, Asia/Jakarta) and hours (Decimal JP).
participation_completed = Signal()
