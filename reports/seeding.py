"""A synthetic city for measuring the reports: institutions in every kecamatan, courses of several modules
with quizzes, workshops with pre- and post-tests, and participants who enrol, progress, attend and earn
certificates over the past year. Made through the apps' own models, in bulk, and deterministic: participant
number n always gets the same story, so a second run adds only the participants it lacks.
"""

import contextlib
import datetime
import random
import secrets
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone

from certificates.choices import CertificateStatus, SubjectKind
from certificates.models import Certificate
from courses.models import (
    CourseCompletion,
    CourseIndexPage,
    CoursePage,
    Enrollment,
    ModulePage,
    ModuleProgress,
    ModuleQuiz,
)
from people.choices import InstitutionKind, Occupation, Role
from people.models import ConsentRecord, Institution, Kecamatan, Profile, User
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt, Choice, Question, QuestionBank, Quiz, QuizQuestion
from reports import summary
from workshops.choices import RegistrationStatus
from workshops.models import (
    Attendance,
    Participation,
    Registration,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopSession,
)

EMAIL = "peserta{:06d}@seed.sinergi.test"
PASSWORD = "seed-sinergi-2025"  # noqa: S105 (development data only; the command refuses to run without DEBUG)
BATCH = 2000

COURSES = [
    ("Mencegah TPPO di Sekolah", "seed-tppo", ["tppo", "rekrutmen", "pelaporan"], 5),
    ("Perlindungan Anak dari Kekerasan", "seed-kekerasan-anak", ["kekerasan", "pelaporan", "trauma"], 4),
    ("Kesetaraan Gender di Tempat Kerja", "seed-gender", ["gender", "kekerasan"], 3),
]
SCHOOL_KINDS = ["SD Negeri", "SMP Negeri", "SMA Negeri", "SMK Negeri", "MI", "MTs"]
FIRST = ["Siti", "Budi", "Dewi", "Agus", "Rina", "Dedi", "Yuli", "Hendra", "Nur", "Eka", "Fitri", "Rudi"]
LAST = ["Aminah", "Santoso", "Lestari", "Saputra", "Marlina", "Kurniawan", "Wati", "Pratama", "Hidayat"]
OCCUPATIONS = [Occupation.TEACHER] * 7 + [
    Occupation.PRINCIPAL,
    Occupation.SUBDISTRICT_STAFF,
    Occupation.AGENCY_STAFF,
]


@contextlib.contextmanager
def stored_dates(*fields):
    """Bulk rows keep the dates we give them instead of "now" (the seed spreads them over a year)."""
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def _field(model, name):
    return model._meta.get_field(name)


def institutions(participants: int) -> list[Institution]:
    """About one school per 40 participants in every kecamatan, plus each kecamatan office."""
    per_kecamatan = max(1, participants // 40 // 8)
    made = []
    for kecamatan in Kecamatan.objects.order_by("pk"):
        office, _ = Institution.objects.get_or_create(
            name=f"Kantor Camat {kecamatan.name}",
            kecamatan=kecamatan,
            defaults={"kind": InstitutionKind.KECAMATAN_OFFICE, "target_headcount": 15},
        )
        made.append(office)
        wanted = [
            f"{SCHOOL_KINDS[n % len(SCHOOL_KINDS)]} {n // len(SCHOOL_KINDS) + 1} {kecamatan.name}"
            for n in range(per_kecamatan)
        ]
        existing = {i.name: i for i in Institution.objects.filter(kecamatan=kecamatan, name__in=wanted)}
        rng = random.Random(kecamatan.pk)  # noqa: S311 (reproducible data, not secrets)
        missing = [
            Institution(
                name=name,
                kecamatan=kecamatan,
                kind=InstitutionKind.SCHOOL,
                target_headcount=rng.randrange(20, 60),
            )
            for name in wanted
            if name not in existing
        ]
        Institution.objects.bulk_create(missing)
        made.extend(Institution.objects.filter(kecamatan=kecamatan, name__in=wanted).order_by("name"))
    return made


def _quiz(title: str, tags: list[str]) -> Quiz:
    quiz = Quiz.objects.filter(title=title).first()
    if quiz:
        return quiz
    bank, _ = QuestionBank.objects.get_or_create(name="Bank soal (data uji)")
    quiz = Quiz.objects.create(title=title, pass_mark=70)
    for order, tag in enumerate(tags):
        question = Question.objects.create(bank=bank, text=f"{title}: pertanyaan tentang {tag}?")
        question.tags.add(tag)
        question.save()  # modelcluster keeps the tag in memory until the question is saved
        Choice.objects.create(question=question, text="Benar", is_correct=True, sort_order=0)
        Choice.objects.create(question=question, text="Salah", is_correct=False, sort_order=1)
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    return quiz


def courses() -> list[tuple[CoursePage, list[ModulePage], dict[int, Quiz]]]:
    index = CourseIndexPage.objects.get()
    made = []
    for title, slug, tags, module_count in COURSES:
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            course = CoursePage(
                title=title,
                slug=slug,
                summary=f"{title}: kursus daring untuk guru dan staf.",
                learning_outcomes="<ul><li>Mengenali tanda bahaya</li></ul>",
                audience="Guru dan staf kecamatan",
                duration_jp=4,
            )
            index.add_child(instance=course)
        modules = list(ModulePage.objects.child_of(course).live().order_by("path").specific())
        quizzes = {}
        for number in range(len(modules) + 1, module_count + 1):
            quiz = _quiz(f"Kuis {title} {number}", tags[number % len(tags) :][:2] or tags[:1])
            module = ModulePage(
                title=f"Modul {number}",
                slug=f"modul-{number}",
                body=[
                    {"type": "paragraph", "value": f"<p>Isi modul {number}.</p>"},
                    {"type": "quiz", "value": {"quiz": quiz.pk}},
                ],
            )
            course.add_child(instance=module)
            ModuleQuiz.sync(module)
            modules.append(module)
        for module in modules:
            use = ModuleQuiz.objects.filter(module=module).select_related("quiz").first()
            if use:
                quizzes[module.pk] = use.quiz
        made.append((course, modules, quizzes))
    return made


def workshops(course_list, today: datetime.date) -> list[WorkshopPage]:
    index = WorkshopIndexPage.objects.get()
    made = []
    for number in range(12):
        slug = f"seed-lokakarya-{number + 1}"
        workshop = WorkshopPage.objects.filter(slug=slug).first()
        if workshop is None:
            course, _modules, _quizzes = course_list[number % len(course_list)]
            tags = COURSES[number % len(COURSES)][2]
            day = today - datetime.timedelta(days=15 + 30 * number)
            workshop = WorkshopPage(
                title=f"Lokakarya {course.title} #{number + 1}",
                slug=slug,
                description="<p>Pelatihan tatap muka.</p>",
                venue="Aula DPPPAPM",
                capacity=400,
                hours_jp=8,
                course=course,
                pre_test=_quiz(f"Pre-test lokakarya {number + 1}", tags),
                post_test=_quiz(f"Post-test lokakarya {number + 1}", tags),
            )
            workshop.sessions = [
                WorkshopSession(
                    date=day + datetime.timedelta(days=offset),
                    start_time=datetime.time(9),
                    end_time=datetime.time(15),
                    sort_order=offset,
                )
                for offset in range(2)
            ]
            index.add_child(instance=workshop)
        made.append(workshop)
    return made


class City:
    """The shared parts (institutions, courses, workshops) and the rows for one batch of participants."""

    def __init__(self, participants: int):
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.institutions = institutions(participants)
        self.courses = courses()
        self.workshops = workshops(self.courses, self.today)
        self.sessions = {w.pk: list(w.sessions.order_by("date", "start_time")) for w in self.workshops}
        self.participant_group = Group.objects.get(name=Role.PARTICIPANT)
        self.password = make_password(PASSWORD)
        self.course_type = ContentType.objects.get_for_model(CoursePage)
        self.workshop_type = ContentType.objects.get_for_model(WorkshopPage)
        self.policy = settings.PRIVACY_POLICY_VERSION

    def when(self, rng: random.Random, *, after: datetime.datetime | None = None, within: int = 365):
        """A moment before now: in the past year, or within `within` days after `after`."""
        start = after or self.now - datetime.timedelta(days=within)
        end = min(self.now, start + datetime.timedelta(days=within))
        span = max(1, int((end - start).total_seconds()))
        return start + datetime.timedelta(seconds=rng.randrange(span))


def seed(participants: int, *, stdout=None) -> int:
    """Create participants 1..`participants` that do not exist yet; return how many were created."""
    city = City(participants)
    existing = set(User.objects.filter(email__endswith="@seed.sinergi.test").values_list("email", flat=True))
    wanted = [n for n in range(1, participants + 1) if EMAIL.format(n) not in existing]
    for start in range(0, len(wanted), BATCH):
        with transaction.atomic():
            _batch(city, wanted[start : start + BATCH])
        if stdout:
            stdout.write(f"{min(start + BATCH, len(wanted))}/{len(wanted)}")
    if wanted:
        # The rows went in with bulk_create, which sends no signals: the reports' summary is rebuilt, as
        # after any bulk import.
        summary.rebuild()
        # Fresh statistics after a bulk load, as autovacuum would gather later: without them PostgreSQL
        # planned the dashboard's joins for a tenth of the rows and took twice as long.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return len(wanted)


def _batch(city: City, numbers: list[int]) -> None:
    batch = Batch(city, numbers)
    batch.people()
    batch.learning()
    batch.workshops()
    Attempt.objects.bulk_create(batch.attempts, batch_size=1000)
    Certificate.objects.bulk_create(batch.certificates, batch_size=1000)


class Batch:
    """The rows of one batch of participants, built step by step and saved in bulk."""

    def __init__(self, city: City, numbers: list[int]):
        self.city = city
        self.rngs = {n: random.Random(n) for n in numbers}  # noqa: S311 (reproducible data, not secrets)
        self.joined = {n: city.when(self.rngs[n]) for n in numbers}
        self.attempts: list[Attempt] = []
        self.certificates: list[Certificate] = []

    def people(self) -> None:
        city, rngs = self.city, self.rngs
        with stored_dates(_field(User, "date_joined")):
            users = User.objects.bulk_create(
                [
                    User(
                        email=EMAIL.format(n),
                        password=city.password,
                        date_joined=self.joined[n],
                        first_name=rngs[n].choice(FIRST),
                        last_name=rngs[n].choice(LAST),
                    )
                    for n in rngs
                ]
            )
        if users and users[0].pk is None:  # backends without RETURNING
            by_email = dict(
                User.objects.filter(email__in=[u.email for u in users]).values_list("email", "pk")
            )
            for user in users:
                user.pk = by_email[user.email]
        self.users = dict(zip(rngs, users, strict=True))
        User.groups.through.objects.bulk_create(
            [User.groups.through(user_id=u.pk, group_id=city.participant_group.pk) for u in users]
        )
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
        )
        ConsentRecord.objects.bulk_create([ConsentRecord(user=u, policy_version=city.policy) for u in users])
        profiles = [self._profile(n, user) for n, user in self.users.items()]
        Profile.objects.bulk_create(profiles)
        self.institution_of = {p.user_id: p.institution for p in profiles}

    def _profile(self, n: int, user) -> Profile:
        rng = self.rngs[n]
        institution = rng.choice(self.city.institutions)
        occupation = (
            Occupation.SUBDISTRICT_STAFF
            if institution.kind == InstitutionKind.KECAMATAN_OFFICE
            else rng.choice(OCCUPATIONS)
        )
        return Profile(
            user=user,
            full_name=f"{user.first_name} {user.last_name} {n}",
            occupation=occupation,
            institution=institution,
            kecamatan_id=institution.kecamatan_id,
        )

    def learning(self) -> None:
        # Enrolments: each participant takes one to three courses, at some point after signing up.
        enrollments, plans = [], []
        for n, user in self.users.items():
            rng = self.rngs[n]
            for course, modules, quizzes in rng.sample(self.city.courses, rng.choice([1, 1, 2, 2, 3])):
                enrolled_at = self.city.when(rng, after=self.joined[n], within=120)
                enrollments.append(Enrollment(user=user, course=course, enrolled_at=enrolled_at))
                # How far they got: most finish, some stall part way.
                done = len(modules) if rng.random() < 0.55 else rng.randrange(0, len(modules))
                plans.append((n, course, modules, quizzes, done))
        with stored_dates(_field(Enrollment, "enrolled_at")):
            enrollments = Enrollment.objects.bulk_create(enrollments)
        if enrollments and enrollments[0].pk is None:
            keys = {(e.user_id, e.course_id): e for e in enrollments}
            for pk, user_id, course_id in Enrollment.objects.filter(
                user_id__in=[u.pk for u in self.users.values()]
            ).values_list("pk", "user_id", "course_id"):
                keys[(user_id, course_id)].pk = pk

        progress, completions = [], []
        for enrollment, (n, course, modules, quizzes, done) in zip(enrollments, plans, strict=True):
            rng = self.rngs[n]
            moment = enrollment.enrolled_at
            for module in modules[:done] + modules[done : done + 1]:
                moment = self.city.when(rng, after=moment, within=14)
                completed = module in modules[:done]
                quiz = quizzes.get(module.pk)
                if quiz is not None:
                    passed = completed or rng.random() < 0.3
                    score = Decimal(rng.randrange(70, 101) if passed else rng.randrange(20, 70))
                    self.attempts.append(
                        Attempt(
                            quiz=quiz,
                            user_id=enrollment.user_id,
                            number=1,
                            status=AttemptStatus.SUBMITTED,
                            started_at=moment - datetime.timedelta(minutes=10),
                            submitted_at=moment,
                            score=score / 100,
                            max_score=Decimal(1),
                            score_percent=score,
                            passed=passed,
                        )
                    )
                progress.append(
                    ModuleProgress(
                        enrollment=enrollment,
                        module=module,
                        read_at=moment,
                        quiz_passed_at=moment if completed and quiz else None,
                        completed_at=moment if completed else None,
                    )
                )
            enrollment.last_activity_at = moment
            if done == len(modules):
                completions.append(
                    CourseCompletion(
                        enrollment=enrollment,
                        user_id=enrollment.user_id,
                        course=course,
                        completed_at=moment,
                        course_version=1,
                    )
                )
                self.certificates.append(
                    _certificate(
                        self.city, self.users[n], course, self.city.course_type, moment, self.institution_of
                    )
                )
        Enrollment.objects.bulk_update(enrollments, ["last_activity_at"], batch_size=1000)
        ModuleProgress.objects.bulk_create(progress, batch_size=1000)
        CourseCompletion.objects.bulk_create(completions, batch_size=1000)

    def workshops(self) -> None:
        # Workshops: about one participant in five attends one, with a pre-test and a post-test.
        registrations, attendances, participations = [], [], []
        for n, user in self.users.items():
            rng = self.rngs[n]
            if rng.random() >= 0.2:
                continue
            workshop = rng.choice(self.city.workshops)
            sessions = self.city.sessions[workshop.pk]
            first = timezone.make_aware(datetime.datetime.combine(sessions[0].date, datetime.time(9)))
            if first > self.city.now:
                continue
            registrations.append(
                Registration(
                    workshop=workshop,
                    user=user,
                    status=RegistrationStatus.REGISTERED,
                    registered_at=first - datetime.timedelta(days=7),
                    updated_at=first - datetime.timedelta(days=7),
                )
            )
            attended = sessions if rng.random() < 0.85 else sessions[:1]
            for session in attended:
                marked = timezone.make_aware(datetime.datetime.combine(session.date, datetime.time(9, 5)))
                attendances.append(
                    Attendance(
                        session=session, workshop=workshop, user=user, method="roster", marked_at=marked
                    )
                )
            pre = Decimal(rng.randrange(30, 75))
            post = min(Decimal(100), pre + rng.randrange(0, 40))
            for quiz, kind, score, moment in (
                (workshop.pre_test, "pre", pre, first),
                (workshop.post_test, "post", post, first + datetime.timedelta(days=1, hours=5)),
            ):
                self.attempts.append(
                    Attempt(
                        quiz=quiz,
                        user=user,
                        context=f"workshop:{workshop.pk}:{kind}",
                        number=1,
                        status=AttemptStatus.SUBMITTED,
                        started_at=moment,
                        submitted_at=moment + datetime.timedelta(minutes=15),
                        score=score / 100,
                        max_score=Decimal(1),
                        score_percent=score,
                        passed=score >= 70,
                    )
                )
            if len(attended) == len(sessions):
                completed_at = first + datetime.timedelta(days=1, hours=6)
                participations.append(
                    Participation(
                        workshop=workshop,
                        user=user,
                        sessions_attended=len(attended),
                        completed_at=completed_at,
                    )
                )
                self.certificates.append(
                    _certificate(
                        self.city, user, workshop, self.city.workshop_type, completed_at, self.institution_of
                    )
                )
        with stored_dates(_field(Registration, "registered_at"), _field(Registration, "updated_at")):
            Registration.objects.bulk_create(registrations, batch_size=1000)
        Attendance.objects.bulk_create(attendances, batch_size=1000)
        Participation.objects.bulk_create(participations, batch_size=1000)


def _certificate(city: City, user, subject, subject_type, when, institution_of) -> Certificate:
    institution = institution_of.get(user.pk)
    code = secrets.token_hex(8)
    kind = SubjectKind.COURSE if subject_type == city.course_type else SubjectKind.WORKSHOP
    return Certificate(
        user=user,
        subject_type=subject_type,
        subject_id=subject.pk,
        subject_kind=kind,
        recipient_name=f"{user.first_name} {user.last_name}",
        subject_title=subject.title,
        date_start=timezone.localdate(when),
        hours=Decimal(4),
        institution_name=institution.name if institution else "",
        institution=institution,
        kecamatan_id=institution.kecamatan_id if institution else None,
        issuer_name="DPPPAPM Kota Lubuklinggau",
        number=f"SEED/{code}",
        code=code,
        verification_url=f"https://sinergi.example/v/{code}/",
        status=CertificateStatus.VALID,
        issued_at=when,
    )
