"""Snippet choosers that show only what their user may see.

Wagtail's snippet choosers answer anyone who can open the admin, whatever their permissions on the model: a
trainer could page through every participant's profile in the profile chooser although the profile listing
refuses them. Models holding personal data use this chooser, which asks the model's own permission policy
the same question as its listing (any of add, change, delete, view).
"""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import chooser

LISTING_ACTIONS = ["add", "change", "delete", "view"]


class ListingPermissionRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        policy = self.model.snippet_viewset.permission_policy
        if not policy.user_has_any_permission(request.user, LISTING_ACTIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ListingPermissionRequiredMixin, chooser.ChooseView):
    pass


class ChooseResultsView(ListingPermissionRequiredMixin, chooser.ChooseResultsView):
    pass


class ChosenView(ListingPermissionRequiredMixin, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ListingPermissionRequiredMixin, chooser.SnippetChosenMultipleView):
    pass


class CreateView(ListingPermissionRequiredMixin, chooser.SnippetCreateView):
    pass


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView
