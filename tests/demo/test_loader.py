"""The loader turns the curriculum into pages and quizzes; a re-run respects what officers changed."""

import pytest
from django.utils.html import escape
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from certificates.models import CertificateTemplate
from courses.choices import Requirement
from courses.models import CourseIndexPage, CoursePage, ModulePage
from curriculum import data
from curriculum.course import COURSE
from demo.curriculum import DemoError, load_curriculum
from quizzes.models import Question, QuestionBank, Quiz

from .conftest import module_quiz

pytestmark = pytest.mark.django_db


def demo_course() -> CoursePage:
    return CoursePage.objects.get(slug=COURSE.slug)


def demo_modules() -> list[ModulePage]:
    return list(ModulePage.objects.child_of(demo_course()).order_by("path"))


def test_the_course_follows_the_curriculum(demo_content):
    course = demo_course()
    assert course.get_parent().specific_class is CourseIndexPage
    assert course.title == COURSE.title and course.summary == COURSE.summary
    assert course.duration_jp == COURSE.duration_jp and course.sequential
    assert course.requirements == {Requirement.QUIZ}
    assert course.certificate_template == CertificateTemplate.objects.get(name="Sertifikat kelulusan kursus")
    for outcome in COURSE.outcomes:
        assert outcome in course.learning_outcomes
    assert course.live and not course.has_unpublished_changes
    assert [m.slug for m in demo_modules()] == [m.slug for m in COURSE.modules]
    # Officers see where the pages came from in the admin history.
    actions = sorted(PageLogEntry.objects.filter(page=course).values_list("action", flat=True))
    assert actions == ["wagtail.create", "wagtail.publish"]


def test_officers_can_open_every_demo_page_in_the_admin(demo_content, client, officer):
    client.force_login(officer)
    for page in [demo_course(), *demo_modules()]:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.slug
        assert page.title in response.content.decode()


@pytest.mark.parametrize("number", range(5))
def test_each_module_holds_its_lesson_blocks_and_a_full_quiz(demo_content, number):
    module, page = COURSE.modules[number], demo_modules()[number]
    assert page.title == module.title and page.live and page.duration_minutes == module.reading_minutes
    assert page.revisions.count() == 1 and page.live_revision_id == page.latest_revision_id
    stream = list(page.body)
    interactive = ["h5p"] if number == 0 else []  # the first module practises with an H5P check
    assert [b.block_type for b in stream] == [b.block_type for b in module.blocks] + interactive + ["quiz"]
    callouts = {b.value["kind"] for b in stream if b.block_type == "callout"}
    assert {"warning_signs", "legal_basis"} <= callouts
    assert any(b.block_type == "case_scenario" for b in stream)
    first_case = next(b for b in module.blocks if isinstance(b, data.CaseScenario))
    stored_case = next(b.value for b in stream if b.block_type == "case_scenario")
    assert stored_case["title"] == first_case.title and list(stored_case["questions"]) == list(
        first_case.questions
    )

    quiz = module_quiz(page)
    assert quiz.title == module.quiz.title and quiz.pass_mark == module.quiz.pass_mark
    questions = [link.question for link in quiz.fixed_questions.order_by("sort_order")]
    assert 8 <= len(questions) <= 12
    # Loaded quizzes are published, so participants take them (and they are scored) as loaded.
    assert quiz.live and not quiz.has_unpublished_changes
    assert all(q.live and not q.has_unpublished_changes for q in questions)
    assert [q.text for q in questions] == [q.text for q in module.quiz.questions]
    assert {q.kind for q in questions} == {"single", "multiple", "true_false", "scenario"}
    for stored, source in zip(questions, module.quiz.questions, strict=True):
        assert stored.explanation.startswith("<p>") and len(stored.explanation) > 20
        assert list(stored.tags.names()) == [source.topic]
        assert [(c.text, c.is_correct) for c in stored.choices.all()] == [
            (c.text, c.is_correct) for c in source.choices
        ]
        if source.kind == "scenario":
            assert stored.scenario == f"<p>{escape(source.case)}</p>"
        if source.scoring:
            assert stored.multiple_scoring == source.scoring
    # The admin knows where each quiz is used.
    assert ReferenceIndex.get_references_to(quiz).filter(object_id=str(page.pk)).exists()


def test_a_second_run_creates_nothing_and_saves_no_revision(demo_content):
    revisions, pages, questions = Revision.objects.count(), Page.objects.count(), Question.objects.count()
    report = load_curriculum()
    assert not report.created and not report.new_objects
    assert report.skipped == {"course page": 1, "module page": 5}
    assert (Revision.objects.count(), Page.objects.count(), Question.objects.count()) == (
        revisions,
        pages,
        questions,
    )


def test_an_edited_module_page_is_left_as_the_officer_published_it(demo_content):
    page = demo_modules()[1]
    page.title = "Judul yang diubah petugas"
    page.body = [{"type": "paragraph", "value": "<p>Isi baru dari petugas.</p>"}]
    page.save_revision().publish()
    revisions = Revision.objects.count()

    load_curriculum()

    page = ModulePage.objects.get(pk=page.pk)
    assert page.title == "Judul yang diubah petugas"
    assert page.body.raw_data[0]["value"] == "<p>Isi baru dari petugas.</p>" and len(page.body) == 1
    assert Revision.objects.count() == revisions
    assert ModulePage.objects.child_of(demo_course()).count() == 5


def test_an_edited_question_and_a_renamed_quiz_are_left_alone(demo_content):
    quiz = module_quiz(demo_modules()[0])
    quiz.title = "Kuis TPPO (versi petugas)"
    quiz.save()
    question = quiz.fixed_questions.order_by("sort_order").first().question
    question.text = "Pertanyaan yang ditulis ulang petugas?"
    question.save()
    choice = question.choices.first()
    choice.text, choice.is_correct = "Pilihan baru", True
    choice.save()
    quizzes, questions = Quiz.objects.count(), Question.objects.count()

    load_curriculum()

    question.refresh_from_db()
    choice.refresh_from_db()
    assert question.text == "Pertanyaan yang ditulis ulang petugas?"
    assert (choice.text, choice.is_correct) == ("Pilihan baru", True)
    assert Quiz.objects.get(pk=quiz.pk).title == "Kuis TPPO (versi petugas)"
    assert (Quiz.objects.count(), Question.objects.count()) == (quizzes, questions)


def test_a_course_whose_slug_an_officer_changed_is_not_duplicated(demo_content):
    course = demo_course()
    course.slug = "kursus-pencegahan"
    course.save_revision().publish()
    load_curriculum()
    assert CoursePage.objects.count() == 1
    assert CoursePage.objects.get().slug == "kursus-pencegahan"


def test_a_deleted_module_comes_back_in_its_place_with_its_own_quiz(demo_content):
    pages = demo_modules()
    quiz = module_quiz(pages[2])
    pages[2].delete()
    quizzes, questions, banks = Quiz.objects.count(), Question.objects.count(), QuestionBank.objects.count()

    report = load_curriculum()

    assert report.created == {"module page": 1}
    assert [m.slug for m in demo_modules()] == [m.slug for m in COURSE.modules]
    restored = demo_modules()[2]
    assert restored.live and module_quiz(restored) == quiz
    assert (Quiz.objects.count(), Question.objects.count(), QuestionBank.objects.count()) == (
        quizzes,
        questions,
        banks,
    )


def test_a_deleted_quiz_is_rebuilt_from_the_questions_already_in_the_bank(demo_content):
    pages = demo_modules()
    quiz = module_quiz(pages[4])
    pages[4].delete()
    quiz.delete()  # its questions stay in the bank
    questions = Question.objects.count()

    report = load_curriculum()

    assert report.created == {"module page": 1, "quiz": 1}
    new_quiz = module_quiz(demo_modules()[4])
    assert new_quiz.pk != quiz.pk and new_quiz.fixed_questions.count() == 10
    assert Question.objects.count() == questions


def test_without_a_catalogue_the_loader_explains_what_to_do(db):
    CourseIndexPage.objects.all().delete()
    with pytest.raises(DemoError) as error:
        load_curriculum()
    assert error.value.code == "no_catalogue"


def test_the_first_module_has_a_ready_interactive_check_that_counts_for_nothing(demo_content):
    from h5p import services
    from h5p.choices import PackageState
    from h5p.models import H5PActivity

    block = next(b for b in demo_modules()[0].body if b.block_type == "h5p")
    activity = block.value["activity"]
    # The h5p app's task checks and unpacks the upload after commit; this fixture never commits, so run it.
    assert services.process_upload(activity_id=activity.pk, package_name=activity.package.name) == "ready"
    activity = H5PActivity.objects.get(pk=activity.pk)
    assert activity.state == PackageState.READY and activity.is_playable
    assert activity.title == "Kenali tanda lowongan kerja palsu"
    assert activity.main_library.startswith("H5P.SinergiSignals")
    assert block.value["requirement"] == "none"  # the module is completed by its quiz, a server score
    assert H5PActivity.objects.count() == 1
    load_curriculum()
    assert H5PActivity.objects.count() == 1  # a second run keeps it
