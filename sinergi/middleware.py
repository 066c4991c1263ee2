from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class SiteLanguageMiddleware(LocaleMiddleware):
    """Indonesian unless the visitor chose another language with the switch.

    Django's LocaleMiddleware follows the browser's Accept-Language, but many phones here run an English
    interface while their owners expect an Indonesian government service; so only the explicit choice (the
    language cookie set by the switch) counts.
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        code = chosen if chosen in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()
