"""Load the starter curriculum (curriculum.course.COURSE) into Wagtail: a course, five modules, their quizzes.

Respectful of edits: a page or quiz that exists is never changed; only what is missing is created, so a
second run changes nothing. Pages are found by the ledger first (an officer may have changed a slug), then by
slug under their parent. New pages are published through a revision so they show in the admin history.
"""

from django.db import transaction
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from courses.blocks import LessonStreamBlock
from courses.models import CourseIndexPage, CoursePage, ModulePage
from curriculum import data
from curriculum.course import COURSE
from sinergi.choices import CalloutKind, ReferralService

from . import ledger
from .activities import activity_block, ensure_activity
from .fingerprints import fingerprint
from .quizzes import bullet_list, ensure_quiz


class DemoError(Exception):
    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.code = code


LESSON_BLOCKS = set(LessonStreamBlock.base_blocks)
CALLOUT_KINDS = {value: CalloutKind(value) for value in data.CALLOUT_KINDS}
REFERRAL_SERVICES = {value: ReferralService(value) for value in data.REFERRAL_SERVICES}


def stream_item(block: data.Block) -> dict:
    """One curriculum block in the lesson stream's stored form."""
    if block.block_type not in LESSON_BLOCKS:
        raise DemoError(f"The lesson has no {block.block_type!r} block.", code="unknown_block")
    match block:
        case data.Heading():
            value = {"text": block.text, "level": block.level}
        case data.Paragraph():
            value = block.html
        case data.Callout():
            value = {"kind": CALLOUT_KINDS[block.kind].value, "title": block.title, "body": block.body}
        case data.CaseScenario():
            value = {
                "title": block.title,
                "story": block.story,
                "questions": list(block.questions),
                "model_answer": block.model_answer,
                "optional": block.optional,
            }
        case data.ReferralMap():
            value = {
                "intro": block.intro,
                "services": [
                    {"service": REFERRAL_SERVICES[row.service].value, "name": row.name, "role": row.role}
                    for row in block.services
                ],
            }
        case data.Help():
            value = {"intro": ""}
        case _:
            raise DemoError(f"No loader for {block.block_type!r} blocks.", code="unknown_block")
    return {"type": block.block_type, "value": value}


def lesson_stream(module: data.Module, quiz, activity=None) -> list[dict]:
    """The lesson as written, then the interactive check if any, then the quiz card, right above the module's
    completion panel."""
    interactive = [activity_block(activity)] if activity is not None else []
    return [
        *(stream_item(block) for block in module.blocks),
        *interactive,
        {"type": "quiz", "value": {"quiz": quiz.pk}},
    ]


def module_activity(module: data.Module, report: ledger.Report, edition: data.Course = COURSE):
    """The first module practises spotting a fake job offer with the starter course's H5P activity."""
    return ensure_activity(report) if module.slug == edition.modules[0].slug else None


def publish_new(page: Page, *, parent: Page, before: Page | None = None) -> Page:
    """Add a page under `parent` (to the left of `before` if given) and publish it as a first revision.

    Wagtail logs the creation itself; the revision's publication adds the "published" entry to the history.
    """
    page.live = False
    if before is not None:
        before.add_sibling(pos="left", instance=page)
    else:
        parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def find_page(key: str, model: type[Page], *, parent: Page, slug: str):
    return ledger.find(key, model) or model.objects.child_of(parent).filter(slug=slug).first()


def catalogue() -> CourseIndexPage:
    index = CourseIndexPage.objects.filter(slug="kursus").first() or CourseIndexPage.objects.first()
    if index is None:
        raise DemoError(
            "There is no course catalogue page: run `manage.py migrate` first.", code="no_catalogue"
        )
    return index


def ensure_course(
    index: CourseIndexPage, *, certificate_template, report: ledger.Report, edition: data.Course = COURSE
) -> CoursePage:
    key = f"page:course:{edition.slug}"
    course = find_page(key, CoursePage, parent=index, slug=edition.slug)
    if course is not None:
        report.add("course page", course, created=False)
    else:
        course = CoursePage(
            title=edition.title,
            slug=edition.slug,
            summary=edition.summary,
            learning_outcomes=bullet_list(edition.outcomes),
            audience=edition.audience,
            duration_jp=edition.duration_jp,
            sequential=edition.ordered,
            # Completing the course means passing every module's quiz; the certificate follows from that.
            require_read=False,
            require_quiz=True,
            certificate_template=certificate_template,
        )
        publish_new(course, parent=index)
        report.add("course page", course, created=True)
    ledger.remember(key, course)
    return course


def ensure_modules(
    course: CoursePage, *, report: ledger.Report, edition: data.Course = COURSE
) -> list[ModulePage]:
    """Every module of the course, in order. A missing one is put back in its place among those that exist."""
    modules = edition.modules
    found = [find_page(f"page:module:{m.slug}", ModulePage, parent=course, slug=m.slug) for m in modules]
    pages = []
    for position, (module, page) in enumerate(zip(modules, found, strict=True)):
        key = f"page:module:{module.slug}"
        if page is not None:
            report.add("module page", page, created=False)
        else:
            later = next(
                (p for p in found[position + 1 :] if p is not None and p.course_path == course.path), None
            )
            page = ModulePage(
                title=module.title,
                slug=module.slug,
                summary=module.summary,
                learning_outcomes=bullet_list(module.outcomes),
                duration_minutes=module.reading_minutes,
                body=lesson_stream(
                    module, ensure_quiz(module, report), module_activity(module, report, edition)
                ),
            )
            publish_new(page, parent=course, before=later)
            found[position] = page
            report.add("module page", page, created=True)
        ledger.remember(key, page)
        pages.append(page)
    return pages


@transaction.atomic
def load_curriculum(
    *, certificate_template=None, report: ledger.Report | None = None, edition: data.Course = COURSE
) -> ledger.Report:
    """Create whatever of the starter course is missing; return what was created and what was kept.

    `edition` is the curriculum to load: the current one, or in tests an older one a live site may hold.
    """
    report = report if report is not None else ledger.Report()
    # Wagtail re-indexes references (the admin's "usage" of a quiz or an image) after every save, and a
    # page is saved several times on its way to publication: index each new object once, at the end.
    with disable_reference_index_auto_update():
        course = ensure_course(
            catalogue(), certificate_template=certificate_template, report=report, edition=edition
        )
        ensure_modules(course, report=report, edition=edition)
    for instance in report.new_objects:
        if ReferenceIndex.is_indexed(type(instance)):
            ReferenceIndex.create_or_update_for_object(instance)
    # Fingerprints last: a module's fingerprint names its quiz by the ledger key remembered above.
    for instance in report.new_objects:
        ledger.record(instance, fingerprint=fingerprint(instance), edition=edition.edition)
    return report
