"""The WSGI app `bench_weak_signal.py` runs under gunicorn: Sinergi with the production settings, and its
uploaded images served from MEDIA_ROOT as nginx serves them in production (deploy/nginx/sinergi-app.conf:
only /media/images and /media/original_images, cached for 30 days). Renditions are made while a page
renders, after the server started, so the media folder is looked at on every request (autorefresh)."""

import os

from django.core.wsgi import get_wsgi_application
from whitenoise import WhiteNoise

application = WhiteNoise(get_wsgi_application(), autorefresh=True, max_age=30 * 24 * 60 * 60)
for folder in ("images", "original_images"):
    application.add_files(os.path.join(os.environ["MEDIA_ROOT"], folder), prefix=f"media/{folder}/")
