"""Foundation pages: the home page for a visitor and the profile page for a logged-in participant."""

import common
from django.test import Client

from people.demo import seed_accounts, seed_institutions
from people.models import User


def main() -> None:
    seed_institutions()
    seed_accounts()
    visitor = Client()
    median, queries = common.measure(visitor, "/")
    common.report("home_page_median", median, "ms")
    common.report("home_page_queries", queries, "queries")

    member = Client()
    member.force_login(User.objects.get(email="peserta@sinergi.test"))
    median, queries = common.measure(member, "/profil/")
    common.report("profile_page_median", median, "ms")
    common.report("profile_page_queries", queries, "queries")


if __name__ == "__main__":
    main()
