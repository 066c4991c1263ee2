from django.dispatch import Signal

# Sent once per participant and module when the course's completion rule is met for that module.
# Keyword arguments: user, module (ModulePage), course (CoursePage).
module_completed = Signal()

# Sent exactly once per participant and course, after the completion is committed.
# Keyword arguments: user, course (CoursePage), completion (the completion record, with completed_at and
# course_version).
course_completed = Signal()
