"""Snippet choosers that show only what their user may see.

Wagtail's snippet choosers answer anyone who can open the admin, whatever their permissions on the model: a
trainer could page through every participant's profile in the profile chooser although the profile listing
refuses them. Models holding personal data use this chooser, which asks the model's own permission policy
the same question as its listing (any of add, change, delete, view), and offers only the rows its listing
shows (the snippet viewset's `get_queryset`, e.g. a trainer's own courses' H5P results).
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

    def listing_rows(self):
        rows = self.model.snippet_viewset.get_queryset(self.request)
        return self.model_class.objects.all() if rows is None else rows


class ChooseView(ListingPermissionRequiredMixin, chooser.ChooseView):
    def get_object_list(self):
        return self.listing_rows()


class ChooseResultsView(ListingPermissionRequiredMixin, chooser.ChooseResultsView):
    def get_object_list(self):
        return self.listing_rows()


class ChosenView(ListingPermissionRequiredMixin, chooser.SnippetChosenView):
    def get_object(self, pk):
        return self.listing_rows().get(pk=pk)


class ChosenMultipleView(ListingPermissionRequiredMixin, chooser.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self.listing_rows().filter(pk__in=pks)


class CreateView(ListingPermissionRequiredMixin, chooser.SnippetCreateView):
    pass


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView
