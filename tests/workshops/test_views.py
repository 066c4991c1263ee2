"""The public pages, "Workshop saya", the calendar file, check-in by URL, and who may see what."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from workshops import checkin, services
from workshops.models import Attendance, Registration, WorkshopPage

from .conftest import days_from_now, make_workshop


def test_the_list_shows_upcoming_and_past_workshops_with_indonesian_dates(client, db):
    make_workshop(title="Lokakarya Hotel Smart", sessions=[days_from_now(-30)])
    make_workshop(title="Lokakarya Berikutnya", sessions=[days_from_now(10)])
    html = client.get("/lokakarya/").content.decode()
    upcoming, past = html.index("Lokakarya Berikutnya"), html.index("Lokakarya Hotel Smart")
    assert upcoming < past
    month = days_from_now(10)[0].month
    indonesian = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ][month - 1]
    assert indonesian in html


def test_registering_and_cancelling_from_the_page(client, participant):
    workshop = make_workshop(sessions=[days_from_now(5)], capacity=1)
    client.force_login(participant)
    page = client.get(workshop.url).content.decode()
    assert reverse("workshops:register", args=[workshop.pk]) in page
    response = client.post(reverse("workshops:register", args=[workshop.pk]), follow=True)
    assert Registration.objects.get(user=participant).status == "registered"
    assert reverse("workshops:cancel", args=[workshop.pk]) in response.content.decode()
    mine = client.get(reverse("workshops:mine")).content.decode()
    assert workshop.title in mine
    client.post(reverse("workshops:cancel", args=[workshop.pk]))
    assert Registration.objects.get(user=participant).status == "cancelled"


def test_registering_needs_a_complete_profile(client, db):
    from tests.conftest import make_user

    user = make_user()
    workshop = make_workshop(sessions=[days_from_now(5)])
    client.force_login(user)
    response = client.post(reverse("workshops:register", args=[workshop.pk]))
    assert response.status_code == 302 and reverse("people:profile") in response["Location"]
    assert not Registration.objects.exists()


def test_the_calendar_file_has_each_session_in_jakarta_time(client, db):
    workshop = make_workshop(
        sessions=[days_from_now(5, "08:00", "12:00"), days_from_now(6, "13:00", "16:30")]
    )
    response = client.get(reverse("workshops:calendar", args=[workshop.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    start = events[0].decoded("dtstart")
    assert str(start.tzinfo) == "Asia/Jakarta" and start.hour == 8
    assert calendar.walk("VTIMEZONE")
    assert workshop.venue in str(events[0]["location"])


def test_drafts_have_no_calendar_or_registration(client, participant):
    workshop = make_workshop(live=False, sessions=[days_from_now(5)])
    client.force_login(participant)
    assert client.get(reverse("workshops:calendar", args=[workshop.pk])).status_code == 404
    assert client.post(reverse("workshops:register", args=[workshop.pk])).status_code == 404


def test_the_page_offers_a_whatsapp_share_link(client, db):
    workshop = make_workshop(sessions=[days_from_now(5)])
    assert "https://wa.me/?text=" in client.get(workshop.url).content.decode()


def test_roster_and_qr_are_for_officers_and_trainers_only(client, participant, officer, trainer, session):
    # The trainer's own workshop (another trainer's is refused: tests/workshops/test_exports.py).
    WorkshopPage.objects.filter(pk=session.page_id).update(owner=trainer)
    urls = [
        reverse("workshops:roster", args=[session.pk]),
        reverse("workshops:qr", args=[session.pk]),
        reverse("workshops:qr_code", args=[session.pk]),
        reverse("workshops:manage", args=[session.page_id]),
    ]
    client.force_login(participant)
    for url in urls:
        assert client.get(url).status_code == 403, url
    assert (
        client.post(reverse("workshops:mark", args=[session.pk]), {"user": participant.pk}).status_code == 403
    )
    assert not Attendance.objects.exists()
    for staff in (officer, trainer):
        client.force_login(staff)
        for url in urls:
            assert client.get(url).status_code == 200, url
    client.logout()
    assert client.get(urls[0]).status_code == 302


def test_one_tap_marks_and_unmarks(client, officer, participant, session):
    services.register(workshop=session.page, user=participant)
    client.force_login(officer)
    url = reverse("workshops:mark", args=[session.pk])
    response = client.post(url, {"user": participant.pk}, HTTP_ACCEPT="application/json")
    assert response.json() == {"present": True}
    assert Attendance.objects.get(user=participant).marked_by == officer
    client.post(url, {"user": participant.pk, "present": "0"})
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("data", [{}, {"user": ""}, {"user": "abc"}])
def test_a_damaged_mark_form_finds_nobody(client, officer, session, data):
    client.force_login(officer)
    assert client.post(reverse("workshops:mark", args=[session.pk]), data).status_code == 404
    assert not Attendance.objects.exists()


def test_roster_search_and_walk_in(client, officer, participant, other_participant, session):
    services.register(workshop=session.page, user=participant)
    services.register(workshop=session.page, user=other_participant)
    client.force_login(officer)
    html = client.get(reverse("workshops:roster", args=[session.pk]), {"q": "budi"}).content.decode()
    assert "Budi Santoso" in html and "Siti Aminah" not in html
    response = client.post(
        reverse("workshops:walk_in", args=[session.pk]), {"email": "baru@contoh.id", "full_name": "Ani Baru"}
    )
    assert response.status_code == 302
    assert Attendance.objects.filter(session=session, user__email="baru@contoh.id").exists()
    response = client.post(
        reverse("workshops:walk_in", args=[session.pk]), {"email": "lain@contoh.id"}, follow=True
    )
    assert not Attendance.objects.filter(user__email="lain@contoh.id").exists()
    assert response.status_code == 200


def test_check_in_by_url_after_logging_in(client, participant, session):
    services.register(workshop=session.page, user=participant)
    url = reverse("workshops:check_in", args=[session.pk, checkin.make_code(session.pk)])
    response = client.get(url)
    assert response.status_code == 302 and "/akun/login/" in response["Location"]
    client.force_login(participant)
    response = client.get(url)
    assert response.status_code == 200
    assert Attendance.objects.filter(user=participant, method="self").exists()


def test_a_bad_code_shows_its_message_and_records_nothing(client, participant, session):
    services.register(workshop=session.page, user=participant)
    client.force_login(participant)
    response = client.get(reverse("workshops:check_in", args=[session.pk, "123.abc"]))
    assert response.status_code == 400
    assert 'data-error-code="forged"' in response.content.decode()
    assert not Attendance.objects.exists()


def test_my_workshops_shows_only_mine_with_the_next_session_first(client, participant, other_participant):
    later = make_workshop(title="Nanti", sessions=[days_from_now(20)])
    sooner = make_workshop(title="Segera", sessions=[days_from_now(2)])
    theirs = make_workshop(title="Punya orang lain", sessions=[days_from_now(1)])
    for workshop in (later, sooner):
        services.register(workshop=workshop, user=participant)
    services.register(workshop=theirs, user=other_participant)
    client.force_login(participant)
    html = client.get(reverse("workshops:mine")).content.decode()
    assert html.index("Segera") < html.index("Nanti")
    assert "Punya orang lain" not in html


@pytest.mark.parametrize("path", ["/lokakarya/", "/lokakarya-saya/"])
def test_header_links_to_my_workshops(client, participant, path):
    client.force_login(participant)
    assert reverse("workshops:mine") in client.get(path).content.decode()


def test_trainers_draft_workshops_in_the_admin_and_officers_review_them(client, trainer, officer):
    from wagtail.models import WorkflowState

    from workshops.models import WorkshopIndexPage

    index = WorkshopIndexPage.objects.get()
    assert index.get_workflow() is not None and index.get_workflow().name == "Tinjauan kursus"
    client.force_login(trainer)
    url = reverse("wagtailadmin_pages:add", args=["workshops", "workshoppage", index.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "sessions-TOTAL_FORMS" in response.content.decode()
    day, start, end = days_from_now(14)
    data = {
        "title": "Lokakarya Baru",
        "slug": "lokakarya-baru",
        "description": '{"blocks":[{"key":"a","text":"Isi.","type":"unstyled","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
        "organiser": "DPPPAPM",
        "venue": "Aula",
        "capacity": "20",
        "hours_jp": "4",
        "attendance_rule": "all",
        "registration_open": "on",
        "sessions-TOTAL_FORMS": "1",
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "1",
        "sessions-MAX_NUM_FORMS": "1000",
        "sessions-0-date": day.isoformat(),
        "sessions-0-start_time": start.strftime("%H:%M"),
        "sessions-0-end_time": end.strftime("%H:%M"),
        "sessions-0-ORDER": "1",
        "action-submit": "submit",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    page = WorkshopPage.objects.get(slug="lokakarya-baru")
    assert not page.live and page.sessions.count() == 1
    assert WorkflowState.objects.filter(base_content_type__isnull=False, object_id=str(page.pk)).exists()


def test_a_code_opened_before_logging_in_still_works_after_a_slow_login(client, participant, session):
    import datetime

    from freezegun import freeze_time

    services.register(workshop=session.page, user=participant)
    opened = session.starts_at + datetime.timedelta(minutes=30)
    with freeze_time(opened):
        url = reverse("workshops:check_in", args=[session.pk, checkin.make_code(session.pk)])
        assert client.get(url).status_code == 302  # to the login page
    with freeze_time(opened + datetime.timedelta(minutes=3)):
        client.force_login(participant)
        response = client.get(url)
    assert response.status_code == 200
    assert Attendance.objects.filter(user=participant, session=session).exists()


def test_a_screenshot_shared_minutes_later_does_not_work(client, participant, other_participant, session):
    import datetime

    from freezegun import freeze_time

    services.register(workshop=session.page, user=other_participant)
    opened = session.starts_at + datetime.timedelta(minutes=30)
    with freeze_time(opened):
        url = reverse("workshops:check_in", args=[session.pk, checkin.make_code(session.pk)])
    with freeze_time(opened + datetime.timedelta(minutes=2)):
        client.force_login(other_participant)
        response = client.get(url)
    assert response.status_code == 400
    assert 'data-error-code="stale"' in response.content.decode()
    assert not Attendance.objects.exists()


def test_the_list_shows_seats_left_for_upcoming_workshops(client, db):
    make_workshop(title="Ada kursi", capacity=12, sessions=[days_from_now(3)])
    make_workshop(title="Sudah lewat", sessions=[days_from_now(-3)])
    html = client.get("/lokakarya/").content.decode()
    assert "12 kursi tersisa" in html


def test_a_walk_in_without_an_account_becomes_a_participant_who_can_set_a_password(client, officer, session):
    client.force_login(officer)
    client.post(
        reverse("workshops:walk_in", args=[session.pk]),
        {"email": "Tamu@Contoh.id", "full_name": "Tamu  Baru"},
    )
    attendance = Attendance.objects.get(session=session)
    user = attendance.user
    assert user.email == "tamu@contoh.id" and user.profile.full_name == "Tamu Baru"
    assert user.groups.filter(name="Peserta").exists() and not user.has_usable_password()
    assert Registration.objects.get(user=user).registered_by == officer


def test_the_qr_screen_warns_when_check_in_is_not_open(client, officer):
    workshop = make_workshop(sessions=[days_from_now(2)])
    client.force_login(officer)
    html = client.get(reverse("workshops:qr", args=[workshop.sessions.get().pk])).content.decode()
    assert "message--warning" in html


def test_an_organiser_registers_someone_by_e_mail(client, officer, participant, trainer):
    workshop = make_workshop(sessions=[days_from_now(4)], owner=trainer)
    url = reverse("workshops:register_other", args=[workshop.pk])
    client.force_login(participant)
    assert client.post(url, {"email": participant.email}).status_code == 403
    client.force_login(trainer)
    client.post(url, {"email": participant.email.upper()})
    assert Registration.objects.get(workshop=workshop, user=participant).registered_by == trainer
    response = client.post(url, {"email": "tidak.ada@contoh.id"}, follow=True)
    assert Registration.objects.count() == 1
    assert "message--error" in response.content.decode()


def test_a_workshop_test_is_taken_by_its_registered_participants(client, participant, other_participant):
    from urllib.parse import parse_qs, urlsplit

    from quizzes import services as quiz_services
    from quizzes.models import Attempt
    from tests.courses.conftest import make_quiz

    quiz = make_quiz(title="Pra-tes lokakarya")
    workshop = make_workshop(sessions=[days_from_now(3)], pre_test=quiz)
    services.register(workshop=workshop, user=participant)
    url = quiz_services.quiz_url(quiz=quiz, context=services.test_context(workshop, "pre"))
    token = parse_qs(urlsplit(url).query)["konteks"][0]

    client.force_login(other_participant)
    response = client.get(url)
    assert response.status_code == 302 and response.url == workshop.url
    assert (
        "Daftar ke lokakarya ini dulu untuk mengerjakan tesnya." in client.get(workshop.url).content.decode()
    )
    client.post(reverse("quizzes:start", args=[quiz.pk]), {"konteks": token})
    assert not Attempt.objects.filter(user=other_participant).exists()

    client.force_login(participant)
    assert client.get(url).status_code == 200
    client.post(reverse("quizzes:start", args=[quiz.pk]), {"konteks": token})
    assert Attempt.objects.get(user=participant).context == f"workshop:{workshop.pk}:pre"
