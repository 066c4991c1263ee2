"""The one base class for errors that the apps' services raise."""


class AppError(Exception):
    """A refused action: `message` is for people, `code` for code and tests to branch on."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.code = code
