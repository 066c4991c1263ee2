"""Who sees participants' contact details."""

# Officers hold it (people migration 0003); trainers do not.
CONTACT_PERMISSION = "people.view_profile"


def sees_contact_details(user) -> bool:
    """E-mail addresses and WhatsApp numbers are for officers only. Trainers see the names, institutions and
    results of their own courses' participants (courses.access), never how to reach them."""
    return user.is_active and user.has_perm(CONTACT_PERMISSION)
