"""Signals people sends to the apps above, so that they take part in personal-data rights without people
importing them (UU 27/2022: a copy of one's data, and its erasure)."""

from django.dispatch import Signal

# Sent with `user`; each receiver answers `(section_name, data)` with what its app holds about that user,
# as plain JSON-ready values (strings, numbers, lists, dicts). The export joins the answers.
personal_data_requested = Signal()

# Sent with `user` and `pseudonym` inside the erasure's transaction, before the account row loses its
# identity. Each receiver removes or pseudonymises what its app holds that identifies the person, keeps
# the rows that report figures count, and deletes stored files on commit. An exception undoes it all.
account_erasing = Signal()
