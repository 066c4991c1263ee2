# ruff: noqa: E501  (Wagtail's msgids are kept whole, exactly as Wagtail writes them)
"""Messages of Wagtail (and django-taggit) that their own Indonesian catalogues lack.

These fill gaps in Wagtail's catalogue: each is a message an officer or trainer sees on our admin pages that
Wagtail's `id_ID` catalogue leaves in English. Listing them here makes `translations update` keep them in the
root catalogue (`locale/`, first in LOCALE_PATHS, so it overrides and extends the apps' catalogues). The
msgids must match Wagtail's exactly; `tests/sinergi/test_admin_indonesian.py` finds new gaps. Nothing imports
this module."""

from django.utils.translation import gettext_noop, ngettext_lazy

WAGTAIL_GAPS = [
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("More options for '%(title)s'"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Sort by '%(label)s' in ascending order."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Sort by '%(label)s' in descending order."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("What's new in Wagtail %(version)s"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(objects)s documents selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(objects)s images selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(objects)s items selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(objects)s pages selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(objects)s snippets selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(objects)s users selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("1 document selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("1 image selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("1 item selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("1 page selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("1 snippet selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("1 user selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("A network error occurred"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Actions (footer)"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Actions"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Add a concise description for search engines"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Add comment"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Add or show comments"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Aging pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All %(objects)s documents on this screen selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All %(objects)s images on this screen selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All %(objects)s items on this screen selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All %(objects)s pages on this screen selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All %(objects)s snippets on this screen selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All %(objects)s users on this screen selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All documents in listing selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All images in listing selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All items in listing selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All keyboard shortcuts"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All pages in listing selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All snippets in listing selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("All users in listing selected"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Anyone can edit this %(model_name)s"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Application"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Autosave is <span>paused</span>"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Autosave is paused"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Avoid skipping levels"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Bold"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Breadcrumb"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Bulk actions"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Button text is empty"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Checks"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Close dialog"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Close modal dialogs (like this one)"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Content metrics"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Correct the validation errors to resume preview (saving will highlight errors)"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Cut"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Delete selected snippets"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Download XLSX"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Editor Guide"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Empty frame title found"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Empty heading found"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Filter by"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Go to the first error"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Help"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("History"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("How we calculate our metrics"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Image alt text has inappropriate pattern"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Incorrect heading hierarchy"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Input button text is empty"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Insert or edit a link"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Issues found"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Italic"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        'JavaScript is required to use Wagtail, but it is currently disabled.<br /> Here are the <a href="https://www.enable-javascript.com/" target="_blank" rel="noreferrer">instructions how to enable JavaScript in your web browser</a>.'
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Keyboard shortcut"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Keyboard shortcuts are currently enabled; manage your %(account_link)s to disable them."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Keyboard shortcuts"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Link text is empty"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Loading"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Locked pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Locking: "),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Meta description is empty"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Minimap"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Misusing paragraphs as headings"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Monospace (code)"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("More actions"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop('Multi-word tags with spaces will automatically be enclosed in double quotes (").'),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("New: %(model_name)s"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("No %(model_name)s match your query."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("No publishing schedule set"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Page types usage"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Pagination"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Paste without formatting"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Paste"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Preview in desktop size"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Preview in mobile size"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Preview in new tab"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Preview in tablet size"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Preview is out of date"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Readability"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Reading time"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Save changes"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Save your changes before leaving"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Saved"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Search…"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Section"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Select all snippets in listing"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Select all"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Select row"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Select"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Shortcuts"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Show filters"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Show issue"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Show keyboard shortcuts"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Side panel width"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Side panels"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Sidebar"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Site history"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Skip to main content"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Status: "),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Strike-through"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Subscript"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Superscript"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Table header text is empty"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Text editing"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Text formatting"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("There are no %(model_name)s to display."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("There are no results."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("This data explained"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("To be created by %(user)s"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle breadcrumbs"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle checks"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle minimap"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle preview"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle section"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle side panel"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle sidebar"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle status"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. Open the editor in a separate tab to view the last saved version."
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Use a meaningful title for screen reader users"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Use meaningful text for screen reader users"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Use meaningful text"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Use proper heading tags"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("View history"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("View latest version"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        "We calculate reading time from word count, using different reading speeds for different languages."
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        "We extract the main content from the page preview, remove all formatting, and calculate the number of words."
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Words"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Workflow tasks"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Workflows"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("You have <span>unsaved edits</span>"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("live + in moderation"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("A comma-separated list of tags."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("- Select an option -"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Add Comment"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Any"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Change privacy"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Choose when this %(model_name)s should go live and/or expire"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Choose when this page should go live and/or expire"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Choose who can view the live version of this page"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Comment notifications"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Comments"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Current page status:"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Date updated"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Delete selected pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Edited by"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Exploring"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("First published"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("For search engines"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("For site menus"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Group"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Has child pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Move selected pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Not visible to the public"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Once live anyone can view"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Owner"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Page title"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Page type"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Page visibility: "),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Private. Visit the live page"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Publish selected pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Save schedule"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Set publishing schedule"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Set schedule"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Sort menu order"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Sort the order of child pages within '%(parent)s' by '%(label)s' in ascending order."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Sort the order of child pages within '%(parent)s' by '%(label)s' in descending order."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("The descriptive text displayed underneath a headline in search engine results."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("The name of the page displayed on search engine results as the clickable headline."),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop(
        'This publishing schedule will only take effect after you select the "Schedule to publish" option'
    ),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Tips"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Toggle comments"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Unpublish selected pages"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Visible to all"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Visible to all. Visit the live page"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("Visit the live page"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("meta description"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    gettext_noop("title tag"),
    # Translators: fills a gap in Wagtail's Indonesian catalogue.
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times", "count"),
]
