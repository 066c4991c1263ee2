"""The quiz block for module lessons: a card that sends participants to the quiz and back."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from sinergi.blocks import PersonalBlockMixin

from . import services


class QuizChooserBlock(SnippetChooserBlock):
    """Picks a quiz; a page full of quiz cards loads them, with their question counts, in one query."""

    def __init__(self, **kwargs):
        super().__init__("quizzes.Quiz", **kwargs)

    def bulk_to_python(self, values):
        found = self.target_model.objects.with_question_count().in_bulk([v for v in values if v is not None])
        return [found.get(value) if value is not None else None for value in values]


def _attempt_rows(request) -> dict:
    """The participant's attempt rows for every quiz, fetched once per request however many cards."""
    rows = getattr(request, "_quizzes_attempt_rows", None)
    if rows is None:
        rows = services.results_for_user(user=request.user)
        request._quizzes_attempt_rows = rows
    return rows


class QuizBlock(PersonalBlockMixin, blocks.StructBlock):
    """Shows the participant's own result, so it is personal: never cached with the shared lesson HTML."""

    quiz = QuizChooserBlock(label=_("Quiz"))

    class Meta:
        icon = "tasks"
        template = "quizzes/blocks/quiz_block.html"
        label = _("Quiz")
        # Replaced at preview time by the first quiz in the bank, if there is one (see get_preview_value).
        preview_value = {"quiz": None}
        description = _("A card that sends participants to a quiz and brings them back here afterwards.")

    def get_preview_value(self):
        from .models import Quiz

        return self.normalize({"quiz": Quiz.objects.with_question_count().first()})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        quiz = value.get("quiz")
        request = (parent_context or {}).get("request")
        if quiz is None:
            return context
        context["question_count"] = services.question_count(quiz)
        next_url = request.get_full_path() if request is not None else ""
        context["quiz_url"] = services.quiz_url(quiz=quiz, next_url=next_url)
        if request is not None and request.user.is_authenticated:
            context["result"] = services.summarize(
                _attempt_rows(request).get(quiz.pk, []),
                grading_method=quiz.grading_method,
                pass_mark=quiz.pass_mark,
            )
        return context
