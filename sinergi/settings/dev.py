"""Local development: `make run`."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env_bool

DEBUG = env_bool("DEBUG", default=True)
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]
