"""Demo workshops: the meeting of 3 November 2025 at Hotel Smart (past, with attendance, pre/post-test
results and certificates) and one upcoming workshop open for registration.

Like the rest of the demo, a workshop that exists (found by the ledger, then by slug) is left exactly as it
is; its attendees are only created together with it, so a second run changes nothing.
"""

import datetime
import random

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from curriculum.course import COURSE
from people.choices import InstitutionKind, Occupation, Role
from people.demo import DEMO_PASSWORD
from people.models import ConsentRecord, Institution, Profile
from people.services import add_to_role, current_policy_version
from quizzes import services as quiz_services
from quizzes.models import Quiz
from workshops import services
from workshops.models import WorkshopIndexPage, WorkshopPage, WorkshopSession, venue_timezone

from . import ledger
from .curriculum import DemoError, find_page, publish_new

PAST_SLUG = "lokakarya-hotel-smart-2025"
UPCOMING_SLUG = "lokakarya-pendampingan-korban"
MEETING_DAY = datetime.date(2025, 11, 3)
OCCUPATIONS = {
    InstitutionKind.SCHOOL: Occupation.TEACHER,
    InstitutionKind.KECAMATAN_OFFICE: Occupation.SUBDISTRICT_STAFF,
    InstitutionKind.AGENCY: Occupation.AGENCY_STAFF,
}

# (e-mail, full name, institution, attended, right answers in the pre-test and the post-test, out of 10)
ATTENDEES = [
    ("peserta@sinergi.test", None, None, True, 5, 9),
    ("rahmawati@sinergi.test", "Rahmawati, S.Pd.", "SMA Negeri 1 Lubuklinggau", True, 4, 8),
    ("hendra.saputra@sinergi.test", "Hendra Saputra, S.Pd.", "SMP Negeri 1 Lubuklinggau", True, 6, 9),
    ("yuliana@sinergi.test", "Yuliana, S.Pd.SD.", "SD Negeri 1 Lubuklinggau", True, 3, 7),
    ("agus.salim@sinergi.test", "Agus Salim, S.Kom.", "SMK Negeri 1 Lubuklinggau", True, 5, 8),
    ("dewi.lestari@sinergi.test", "Dewi Lestari, S.Sos.", "Dinas Sosial Kota Lubuk Linggau", True, 7, 10),
    ("fitriani@sinergi.test", "Fitriani, S.E.", "Kantor Camat Lubuklinggau Barat I", True, 4, 6),
    ("m.iqbal@sinergi.test", "Muhammad Iqbal, S.Pd.", "Dinas Pendidikan Kota Lubuk Linggau", False, 0, 0),
]


def _workshop_quiz() -> Quiz | None:
    """The first module's quiz serves as the pre-test and post-test (same questions before and after)."""
    return ledger.find(f"quiz:{COURSE.modules[0].slug}", Quiz)


def _attendee(email: str, full_name: str | None, institution_name: str | None):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is not None:
        return user
    institution = Institution.objects.get(name=institution_name)
    user = User.objects.create_user(email=email, password=DEMO_PASSWORD)
    add_to_role(user, Role.PARTICIPANT)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Profile.objects.create(
        user=user,
        full_name=full_name,
        occupation=OCCUPATIONS.get(institution.kind, Occupation.OTHER),
        institution=institution,
        kecamatan=institution.kecamatan
        or Institution.objects.filter(kecamatan__isnull=False).first().kecamatan,
    )
    ConsentRecord.objects.create(user=user, policy_version=current_policy_version())
    return user


def _take(user, quiz: Quiz, *, context: str, right: int, when: datetime.datetime, seed: int) -> None:
    """Answer the first `right` questions correctly and the rest wrongly, at `when`."""
    attempt = quiz_services.start_attempt(
        user=user,
        quiz=quiz,
        context=context,
        rng=random.Random(seed),  # noqa: S311 (a repeatable draw, not security), now=when
    )
    for position, answer in enumerate(attempt.answers.select_related("question").order_by("position")):
        choices = list(answer.question.choices.values_list("pk", "is_correct"))
        good = [pk for pk, correct in choices if correct]
        bad = [pk for pk, correct in choices if not correct][:1]
        picks = good if position < right else bad
        quiz_services.save_answer(attempt=attempt, question_id=answer.question_id, choice_ids=picks, now=when)
    quiz_services.submit_attempt(attempt=attempt, now=when + datetime.timedelta(minutes=12))


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=venue_timezone())


def ensure_past_workshop(index, *, certificate_template, officer, report: ledger.Report) -> WorkshopPage:
    key = f"page:workshop:{PAST_SLUG}"
    workshop = find_page(key, WorkshopPage, parent=index, slug=PAST_SLUG)
    if workshop is not None:
        report.add("workshop page", workshop, created=False)
        ledger.remember(key, workshop)
        return workshop
    quiz = _workshop_quiz()
    workshop = WorkshopPage(
        title="Lokakarya Pencegahan Kekerasan terhadap Perempuan dan Anak serta TPPO",
        slug=PAST_SLUG,
        description=(
            "<p>Pertemuan tatap muka bagi guru, staf kecamatan dan dinas Kota Lubuklinggau: mengenali tanda "
            "kekerasan dan perdagangan orang, alur rujukan ke UPTD PPA, dan peran sekolah.</p>"
        ),
        organiser="DPPPAPM Kota Lubuk Linggau",
        venue="Hotel Smart, Kota Lubuklinggau",
        venue_address="Jl. Yos Sudarso, Kota Lubuklinggau, Sumatera Selatan",
        map_url="https://www.openstreetmap.org/search?query=Hotel%20Smart%20Lubuklinggau",
        capacity=60,
        hours_jp=8,
        speakers="Dra. Hj. Nurhayati, M.Si. (DPPPAPM)\nAKP Sri Wahyuni (Unit PPA Polres Lubuklinggau)",
        pre_test=quiz,
        post_test=quiz,
        require_post_test_pass=False,
        certificate_template=certificate_template,
        registration_open=False,
    )
    workshop.sessions = [
        WorkshopSession(date=MEETING_DAY, start_time=datetime.time(8, 0), end_time=datetime.time(16, 0))
    ]
    publish_new(workshop, parent=index)
    report.add("workshop page", workshop, created=True)
    ledger.remember(key, workshop)
    _seed_attendance(workshop, quiz=quiz, officer=officer)
    return workshop


def _seed_attendance(workshop: WorkshopPage, *, quiz: Quiz | None, officer) -> None:
    session = workshop.sessions.get()
    start = _at(MEETING_DAY, 8)
    for number, (email, name, institution, attended, pre_right, post_right) in enumerate(ATTENDEES):
        user = _attendee(email, name, institution)
        services.register(workshop=workshop, user=user, by=officer)
        if not attended:
            continue
        if quiz is not None:
            _take(
                user,
                quiz,
                context=services.test_context(workshop, "pre"),
                right=pre_right,
                when=start + datetime.timedelta(minutes=10),
                seed=number,
            )
            _take(
                user,
                quiz,
                context=services.test_context(workshop, "post"),
                right=post_right,
                when=_at(MEETING_DAY, 15, 15),
                seed=100 + number,
            )
        services.mark_present(
            session=session, user=user, by=officer, now=start + datetime.timedelta(minutes=5 + number)
        )


def ensure_upcoming_workshop(index, *, certificate_template, report: ledger.Report) -> WorkshopPage:
    key = f"page:workshop:{UPCOMING_SLUG}"
    workshop = find_page(key, WorkshopPage, parent=index, slug=UPCOMING_SLUG)
    if workshop is not None:
        report.add("workshop page", workshop, created=False)
        ledger.remember(key, workshop)
        return workshop
    day = datetime.date.today() + datetime.timedelta(days=21)
    quiz = _workshop_quiz()
    workshop = WorkshopPage(
        title="Lokakarya Pendampingan Korban bagi Guru BK dan Staf Kelurahan",
        slug=UPCOMING_SLUG,
        description=(
            "<p>Dua hari praktik: mendengarkan korban tanpa menyalahkan, mencatat, dan merujuk ke layanan "
            "yang tepat. Bawa ponsel untuk presensi dan tes.</p>"
        ),
        organiser="DPPPAPM Kota Lubuk Linggau",
        venue="Aula DPPPAPM Kota Lubuk Linggau",
        venue_address="Kota Lubuklinggau, Sumatera Selatan",
        map_url="https://www.openstreetmap.org/search?query=Lubuklinggau",
        capacity=40,
        hours_jp=12,
        speakers="Tim UPTD PPA Kota Lubuklinggau",
        pre_test=quiz,
        post_test=quiz,
        require_post_test_pass=True,
        certificate_template=certificate_template,
    )
    workshop.sessions = [
        WorkshopSession(
            date=day, start_time=datetime.time(8, 30), end_time=datetime.time(15, 30), title="Hari 1"
        ),
        WorkshopSession(
            date=day + datetime.timedelta(days=1),
            start_time=datetime.time(8, 30),
            end_time=datetime.time(12, 0),
            title="Hari 2",
            sort_order=1,
        ),
    ]
    publish_new(workshop, parent=index)
    report.add("workshop page", workshop, created=True)
    ledger.remember(key, workshop)
    return workshop


def load_workshops(*, certificate_template=None, report: ledger.Report) -> list[WorkshopPage]:
    index = WorkshopIndexPage.objects.first()
    if index is None:
        raise DemoError(
            "There is no workshop list page: run `manage.py migrate` first.", code="no_workshop_index"
        )
    officer = get_user_model().objects.filter(email="petugas@sinergi.test").first()
    return [
        ensure_past_workshop(
            index, certificate_template=certificate_template, officer=officer, report=report
        ),
        ensure_upcoming_workshop(index, certificate_template=certificate_template, report=report),
    ]
