"""A live site seeded with an earlier edition takes the new one: unedited pages go to review, edits stay.

The real first edition's text is no longer in the repository; what a site seeded with it holds is kept as
fingerprints (demo/editions/edition1.json). The tests build an "earlier edition" from the current one by
changing its text, seed it the way a live site was seeded, and update to the current edition.
"""

import dataclasses
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from courses.models import CourseCompletion, CoursePage, Enrollment, ModulePage
from curriculum import data
from curriculum.course import COURSE
from demo import update
from demo.curriculum import load_curriculum
from demo.fingerprints import fingerprint
from demo.models import SeededObject
from demo.update import CURRENT, EDITED, UPDATED, update_starter_course
from quizzes.models import Quiz

pytestmark = pytest.mark.django_db


def earlier_edition() -> data.Course:
    """The current course with older text: a different summary, first paragraph and first question."""
    modules = []
    for module in COURSE.modules:
        blocks = list(module.blocks)
        first_paragraph = next(i for i, b in enumerate(blocks) if isinstance(b, data.Paragraph))
        blocks[first_paragraph] = data.Paragraph("<p>Teks edisi pertama.</p>")
        questions = list(module.quiz.questions)
        questions[0] = dataclasses.replace(questions[0], text="Pertanyaan edisi pertama?")
        modules.append(
            dataclasses.replace(
                module,
                summary=f"Ringkasan edisi pertama. {module.summary}",
                blocks=tuple(blocks),
                quiz=dataclasses.replace(module.quiz, questions=tuple(questions)),
            )
        )
    return dataclasses.replace(COURSE, edition=1, summary="Kursus edisi pertama.", modules=tuple(modules))


def module_page(slug: str) -> ModulePage:
    return ModulePage.objects.get(slug=slug)


def in_review(page: Page) -> bool:
    state = Page.objects.get(pk=page.pk).current_workflow_state
    return state is not None and state.status == "in_progress"


def officer_edits(page: ModulePage, officer) -> None:
    """What an officer does in the admin: change the text and publish it."""
    draft = page.get_latest_revision_as_object()
    draft.summary = "Ringkasan yang ditulis ulang oleh petugas untuk peserta di kecamatan kami."
    draft.save_revision(user=officer).publish(user=officer)


@pytest.fixture
def first_edition_site(officer):
    load_curriculum(edition=earlier_edition())
    return officer


def test_a_first_edition_site_takes_the_second_edition_and_keeps_the_officers_edit(first_edition_site):
    officer = first_edition_site
    edited_slug = COURSE.modules[1].slug
    officer_edits(module_page(edited_slug), officer)
    course = CoursePage.objects.get(slug=COURSE.slug)
    participant_completion = CourseCompletion.objects.create(
        enrollment=Enrollment.objects.create(user=officer, course=course),
        user=officer,
        course=course,
        completed_at=timezone.now(),
        course_version=course.version,
    )
    old_quizzes = {m.slug: module_page(m.slug).body[-1].value["quiz"].pk for m in COURSE.modules}

    report = update_starter_course(user=officer)

    statuses = {(o.kind, o.key): o for o in report.outcomes}
    edited = statuses[("module page", f"page:module:{edited_slug}")]
    assert edited.status == EDITED and edited.fields == ["summary"]
    assert statuses[("quiz", f"quiz:{edited_slug}")].status == EDITED  # stays with its edited module
    # The edited page is untouched: no new revision, no review, the officer's text live.
    page = module_page(edited_slug)
    assert page.summary.startswith("Ringkasan yang ditulis ulang") and not page.has_unpublished_changes
    assert not in_review(page)
    assert page.body[-1].value["quiz"].pk == old_quizzes[edited_slug]

    for module in COURSE.modules:
        if module.slug == edited_slug:
            continue
        assert statuses[("module page", f"page:module:{module.slug}")].status == UPDATED
        page = module_page(module.slug)
        # Nothing published behind the officers' back: the live page still has the first edition...
        assert page.summary.startswith("Ringkasan edisi pertama") and page.has_unpublished_changes
        # ...and the second waits in review, with a new quiz that goes live only with it.
        assert in_review(page)
        draft = page.get_latest_revision_as_object()
        assert draft.summary == module.summary
        new_quiz = draft.body[-1].value["quiz"]
        assert new_quiz.pk != old_quizzes[module.slug]
        assert new_quiz.fixed_questions.first().question.text == module.quiz.questions[0].text
        old_quiz = Quiz.objects.get(pk=old_quizzes[module.slug])
        assert old_quiz.fixed_questions.first().question.text == "Pertanyaan edisi pertama?"
        assert page.body[-1].value["quiz"].pk == old_quizzes[module.slug]

    course = CoursePage.objects.get(slug=COURSE.slug)
    assert in_review(course) and course.summary == "Kursus edisi pertama." and course.version == 1
    draft = course.get_latest_revision_as_object()
    assert draft.summary == COURSE.summary and draft.version == 2
    assert draft.certificate_template.name == "Sertifikat kelulusan kursus"
    participant_completion.refresh_from_db()
    assert participant_completion.course_version == 1

    # A second run finds the pages in review as already on the new edition, and the edit still edited.
    again = update_starter_course(user=officer)
    assert {o.status for o in again.outcomes if edited_slug not in o.key} == {CURRENT}
    assert [o.key for o in again.with_status(EDITED)] == [f"page:module:{edited_slug}", f"quiz:{edited_slug}"]


def test_an_edited_question_keeps_its_quiz_but_the_module_still_takes_the_new_text(first_edition_site):
    module = COURSE.modules[0]
    quiz = module_page(module.slug).body[-1].value["quiz"]
    question = quiz.fixed_questions.first().question
    question.explanation = "<p>Penjelasan yang ditambah petugas.</p>"
    question.save()

    report = update_starter_course(user=first_edition_site)

    quiz_outcome = next(o for o in report.outcomes if o.key == f"quiz:{module.slug}")
    assert quiz_outcome.status == EDITED and quiz_outcome.fields == ["question 1: explanation"]
    draft = module_page(module.slug).get_latest_revision_as_object()
    assert draft.summary == module.summary and draft.body[-1].value["quiz"].pk == quiz.pk


def test_a_quiz_draft_waiting_for_review_counts_as_an_edit(first_edition_site, trainer):
    """A trainer's change to a seeded quiz is a draft until an officer approves it; the update leaves the
    quiz to that review instead of replacing it behind the trainer's back."""
    module = COURSE.modules[0]
    quiz = module_page(module.slug).body[-1].value["quiz"]
    draft = quiz.get_latest_revision_as_object()
    draft.pass_mark = 80
    draft.save_revision(user=trainer)

    report = update_starter_course(user=first_edition_site)

    quiz_outcome = next(o for o in report.outcomes if o.key == f"quiz:{module.slug}")
    assert quiz_outcome.status == EDITED and quiz_outcome.fields == ["pass_mark"]
    assert Quiz.objects.get(pk=quiz.pk).pass_mark == module.quiz.pass_mark  # the live quiz is untouched


def test_a_site_seeded_before_fingerprints_were_recorded_uses_the_frozen_edition(
    first_edition_site, monkeypatch
):
    recorded = {entry.key: entry.fingerprint for entry in SeededObject.objects.all()}
    SeededObject.objects.update(fingerprint={}, edition=1)
    monkeypatch.setattr(update, "frozen", lambda edition: recorded if edition == 1 else {})
    officer_edits(module_page(COURSE.modules[2].slug), first_edition_site)

    report = update_starter_course(user=first_edition_site, apply=False)

    assert [o.key for o in report.with_status(EDITED)] == [
        f"page:module:{COURSE.modules[2].slug}",
        f"quiz:{COURSE.modules[2].slug}",
    ]
    assert len(report.with_status(UPDATED)) == 1 + 2 * 4
    assert not any(in_review(page) for page in ModulePage.objects.all())  # a preview writes nothing


def test_without_any_record_a_page_counts_as_edited(first_edition_site, monkeypatch):
    SeededObject.objects.update(fingerprint={}, edition=1)
    monkeypatch.setattr(update, "frozen", lambda edition: {})
    report = update_starter_course(user=first_edition_site, apply=False)
    assert report.with_status(UPDATED) == []


def test_the_frozen_first_edition_matches_what_the_loader_fingerprints(first_edition_site):
    """Every object the loader seeds has a frozen first-edition fingerprint with the same fields."""
    frozen = json.loads((update.EDITIONS / "edition1.json").read_text())
    assert frozen["edition"] == 1
    # Question banks and the H5P activity are not written by an edition: no update ever rewrites them.
    seeded = {
        e.key: e
        for e in SeededObject.objects.exclude(key__startswith="bank:").exclude(key__startswith="h5p:")
    }
    assert set(frozen["fingerprints"]) == set(seeded)
    for key, entry in seeded.items():
        instance = entry.content_type.get_object_for_this_type(pk=entry.object_id)
        assert set(frozen["fingerprints"][key]) == set(fingerprint(instance)), key


def test_the_command_previews_and_applies(first_edition_site, capsys):
    call_command("update_starter_course", "--dry-run", "--user", first_edition_site.email)
    assert "11 would be submitted" in capsys.readouterr().out
    assert not in_review(CoursePage.objects.get(slug=COURSE.slug))
    call_command("update_starter_course", "--user", first_edition_site.email)
    assert "11 submitted for review" in capsys.readouterr().out
    assert in_review(CoursePage.objects.get(slug=COURSE.slug))


def test_officers_preview_then_submit_in_the_admin(first_edition_site, client):
    officer = first_edition_site
    officer_edits(module_page(COURSE.modules[4].slug), officer)
    client.force_login(officer)
    url = reverse("demo_update_starter_course")

    preview = client.get(url).content.decode()
    assert "Dibiarkan karena sudah diubah petugas" in preview and "Yang diubah: ringkasan" in preview
    assert "Ajukan edisi baru untuk ditinjau" in preview
    assert not in_review(CoursePage.objects.get(slug=COURSE.slug))

    done = client.post(url, follow=True).content.decode()
    assert "diajukan untuk ditinjau" in done
    assert in_review(CoursePage.objects.get(slug=COURSE.slug))
    assert not in_review(module_page(COURSE.modules[4].slug))


def test_participants_and_trainers_cannot_start_an_update(first_edition_site, client, participant, trainer):
    for user in (participant, trainer):
        client.force_login(user)
        response = client.get(reverse("demo_update_starter_course"))
        assert response.status_code in (302, 403)
    client.force_login(trainer)
    assert client.post(reverse("demo_update_starter_course")).status_code in (302, 403)
    assert not in_review(CoursePage.objects.get(slug=COURSE.slug))
