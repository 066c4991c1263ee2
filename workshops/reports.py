"""The per-workshop report for officers: who registered and attended (by institution and kecamatan), pre- and
post-test scores with the gain per participant and per topic tag, and certificates issued. Read only."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count

from quizzes import analysis
from quizzes import services as quiz_services
from quizzes.choices import AttemptStatus
from quizzes.models import Attempt, QuestionTag

from .choices import RegistrationStatus
from .models import Attendance, Participation, Registration, WorkshopPage


@dataclass
class ParticipantRow:
    """One line of the report and of its export (the attribute names are the export's columns)."""

    user_id: int
    participant_name: str
    email: str
    institution_name: str
    kecamatan_name: str
    status: str
    status_label: str
    sessions_attended: int = 0
    pre_score: Decimal | None = None
    post_score: Decimal | None = None
    completed: bool = False
    certificate_number: str = ""

    @property
    def gain(self) -> Decimal | None:
        if self.pre_score is None or self.post_score is None:
            return None
        return self.post_score - self.pre_score


@dataclass
class GroupCount:
    name: str
    registered: int = 0
    attended: int = 0
    completed: int = 0


@dataclass
class TagGain:
    tag: str
    participants: int
    pre: float
    post: float

    @property
    def gain(self) -> float:
        return self.post - self.pre


@dataclass
class WorkshopReport:
    rows: list[ParticipantRow]
    by_institution: list[GroupCount] = field(default_factory=list)
    by_kecamatan: list[GroupCount] = field(default_factory=list)
    tags: list[TagGain] = field(default_factory=list)
    certificates: int = 0

    @property
    def registered(self) -> int:
        return sum(row.status == RegistrationStatus.REGISTERED for row in self.rows)

    @property
    def waitlisted(self) -> int:
        return sum(row.status == RegistrationStatus.WAITLISTED for row in self.rows)

    @property
    def attended(self) -> int:
        return sum(row.sessions_attended > 0 for row in self.rows)

    @property
    def completed(self) -> int:
        return sum(row.completed for row in self.rows)

    @property
    def mean_gain(self) -> Decimal | None:
        gains = [row.gain for row in self.rows if row.gain is not None]
        return sum(gains) / len(gains) if gains else None


def participant_rows(workshop: WorkshopPage) -> list[ParticipantRow]:
    registrations = (
        Registration.objects.filter(workshop=workshop)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("user__profile__institution", "user__profile__kecamatan")
    )
    attended = dict(
        Attendance.objects.filter(workshop=workshop)
        .values_list("user_id")
        .annotate(n=Count("session_id", distinct=True))
    )
    completed = set(Participation.objects.filter(workshop=workshop).values_list("user_id", flat=True))
    pre = _grades(workshop.pre_test, workshop, "pre")
    post = _grades(workshop.post_test, workshop, "post")
    numbers = _certificate_numbers(workshop)
    labels = dict(RegistrationStatus.choices)
    rows = []
    for registration in registrations:
        profile = getattr(registration.user, "profile", None)
        rows.append(
            ParticipantRow(
                user_id=registration.user_id,
                participant_name=profile.full_name if profile else registration.user.email,
                email=registration.user.email,
                institution_name=profile.institution.name if profile and profile.institution_id else "",
                kecamatan_name=profile.kecamatan.name if profile and profile.kecamatan_id else "",
                status=registration.status,
                status_label=str(labels[registration.status]),
                sessions_attended=attended.get(registration.user_id, 0),
                pre_score=pre.get(registration.user_id),
                post_score=post.get(registration.user_id),
                completed=registration.user_id in completed,
                certificate_number=numbers.get(registration.user_id, ""),
            )
        )
    return sorted(rows, key=lambda row: row.participant_name.lower())


def _attempt_rows(quiz, workshop, which):
    from .services import test_context

    if quiz is None:
        return Attempt.objects.none()  # a workshop without this test: no rows (the callers chain queries)
    return Attempt.objects.filter(
        quiz=quiz, context=test_context(workshop, which), status=AttemptStatus.SUBMITTED
    ).order_by("user_id", "number")


def _grades(quiz, workshop, which) -> dict[int, Decimal]:
    """Each participant's grade on the test, by the quiz's own grading method."""
    by_user = defaultdict(list)
    for row in _attempt_rows(quiz, workshop, which).values(*quiz_services.ROW_FIELDS, "user_id"):
        by_user[row["user_id"]].append(row)
    grades = {}
    for user_id, user_rows in by_user.items():
        result = quiz_services.summarize(
            user_rows, grading_method=quiz.grading_method, pass_mark=quiz.pass_mark
        )
        if result.grade is not None:
            grades[user_id] = result.grade
    return grades


def _certificate_numbers(workshop: WorkshopPage) -> dict[int, str]:
    """Certificates issued for this workshop. The certificates app is above: read by name, not imported."""
    try:
        Certificate = apps.get_model("certificates", "Certificate")
    except LookupError:
        return {}
    content_type = ContentType.objects.get_for_model(WorkshopPage)
    return dict(
        Certificate.objects.filter(
            subject_type=content_type, subject_id=workshop.pk, status="valid"
        ).values_list("user_id", "number")
    )


def _groups(rows: list[ParticipantRow], key) -> list[GroupCount]:
    groups: dict[str, GroupCount] = {}
    for row in rows:
        name = key(row) or "—"
        group = groups.setdefault(name, GroupCount(name=name))
        group.registered += row.status == RegistrationStatus.REGISTERED
        group.attended += row.sessions_attended > 0
        group.completed += row.completed
    return sorted(groups.values(), key=lambda group: (-group.registered, group.name))


def _latest_records(quiz, workshop, which) -> dict[int, list[analysis.AnswerRecord]]:
    """Per participant, the answers of their latest submitted attempt, as item-analysis records."""
    latest = {}
    for attempt_id, user_id, results in _attempt_rows(quiz, workshop, which).values_list(
        "id", "user_id", "results"
    ):
        latest[user_id] = (attempt_id, results or {})
    records = {}
    for user_id, (attempt_id, results) in latest.items():
        records[user_id] = [
            analysis.AnswerRecord(
                attempt=attempt_id,
                question=int(question_id),
                selected=(),
                fraction=analysis.fraction(Decimal(score), Decimal(maximum)),
            )
            for question_id, (score, maximum) in results.items()
        ]
    return records


def tag_gains(workshop: WorkshopPage) -> list[TagGain]:
    """Mastery per topic tag before and after, over the participants who took both tests (paired), each on
    their latest attempt; the weakest gain first, which is what the agency reports upward."""
    if workshop.pre_test is None or workshop.post_test is None:
        return []
    pre = _latest_records(workshop.pre_test, workshop, "pre")
    post = _latest_records(workshop.post_test, workshop, "post")
    paired = sorted(set(pre) & set(post))
    if not paired:
        return []
    questions = {r.question for user in paired for r in pre[user] + post[user]}
    tags = defaultdict(list)
    for question_id, name in QuestionTag.objects.filter(content_object_id__in=questions).values_list(
        "content_object_id", "tag__name"
    ):
        tags[question_id].append(name)
    before = {m.tag: m for m in analysis.tag_mastery([r for user in paired for r in pre[user]], tags)}
    after = {m.tag: m for m in analysis.tag_mastery([r for user in paired for r in post[user]], tags)}
    result = [
        TagGain(tag=tag, participants=len(paired), pre=before[tag].mastery, post=after[tag].mastery)
        for tag in sorted(set(before) & set(after))
    ]
    return sorted(result, key=lambda row: (row.gain, row.tag))


def workshop_report(workshop: WorkshopPage) -> WorkshopReport:
    rows = participant_rows(workshop)
    return WorkshopReport(
        rows=rows,
        by_institution=_groups(rows, lambda row: row.institution_name),
        by_kecamatan=_groups(rows, lambda row: row.kecamatan_name),
        tags=tag_gains(workshop),
        certificates=sum(bool(row.certificate_number) for row in rows),
    )
