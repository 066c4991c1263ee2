"""Question banks, questions and quizzes in the Wagtail admin."""

import django_filters
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_forms import QuestionAdminForm, QuizAdminForm
from .admin_views import REPORT_PERMISSION, ItemAnalysisView, QuizAttemptsView
from .models import Question, QuestionBank, Quiz


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = gettext_lazy("Question banks")
    list_display = ["name"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("description")]


class QuestionFilterSet(WagtailFilterSet):
    # django-filter cannot build a filter for the tag manager by itself: the listing answered 500.
    tags = django_filters.ModelChoiceFilter(
        queryset=Tag.objects.filter(quizzes_questiontag_items__isnull=False).distinct().order_by("name"),
        label=gettext_lazy("topic tags"),
        distinct=True,
    )

    class Meta:
        model = Question
        fields = ["bank", "kind"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = gettext_lazy("Questions")
    list_display = ["__str__", "kind", "bank", "updated_at"]
    filterset_class = QuestionFilterSet
    search_fields = ["text"]
    edit_handler = ObjectList(
        [
            FieldPanel("bank"),
            FieldPanel("kind"),
            MultiFieldPanel(
                [FieldPanel("scenario"), FieldPanel("scenario_image")],
                heading=gettext_lazy("Case (scenario questions)"),
            ),
            FieldPanel("text"),
            InlinePanel("choices", label=gettext_lazy("Choices"), min_num=2),
            FieldRowPanel([FieldPanel("multiple_scoring"), FieldPanel("points")]),
            FieldPanel("explanation"),
            FieldPanel("tags"),
        ],
        base_form_class=QuestionAdminForm,
    )

    def get_queryset(self, request):
        return Question.objects.select_related("bank")


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = gettext_lazy("Quizzes")
    list_display = ["title", "pass_mark", "max_attempts", "grading_method", "updated_at"]
    search_fields = ["title"]
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("instructions"),
            InlinePanel("fixed_questions", label=gettext_lazy("Fixed questions")),
            InlinePanel("draw_rules", label=gettext_lazy("Random questions from a topic tag")),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                    FieldRowPanel([FieldPanel("grading_method"), FieldPanel("time_limit_minutes")]),
                    FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                ],
                heading=gettext_lazy("Rules"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("review_show_score"),
                    FieldPanel("review_show_correctness"),
                    FieldPanel("review_show_feedback"),
                    FieldPanel("review_show_correct_answers"),
                ],
                heading=gettext_lazy("What the review shows after submission"),
            ),
        ],
        base_form_class=QuizAdminForm,
    )


class QuizzesViewSetGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionViewSet, QuestionBankViewSet)
    menu_icon = "tasks"
    menu_label = gettext_lazy("Quizzes")
    menu_name = "quizzes"


register_snippet(QuizzesViewSetGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("percobaan/", QuizAttemptsView.as_view(), name="attempts"),
        path("percobaan/hasil/", QuizAttemptsView.as_view(results_only=True), name="attempts_results"),
        path("analisis-butir/", ItemAnalysisView.as_view(), name="item_analysis"),
    ]
    return [path("kuis/<int:quiz_id>/", include((urls, "quizzes_admin"), namespace="quizzes_admin"))]


@hooks.register("register_snippet_listing_buttons")
def report_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Quiz) and user.has_perm(REPORT_PERMISSION):
        yield Button(
            gettext_lazy("Attempts"),
            reverse("quizzes_admin:attempts", args=[snippet.pk]),
            icon_name="list-ul",
            priority=30,
        )
        yield Button(
            gettext_lazy("Item analysis"),
            reverse("quizzes_admin:item_analysis", args=[snippet.pk]),
            icon_name="table",
            priority=31,
        )
