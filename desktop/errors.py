"""Expected problems that the window and the CLI show plainly to the user."""


class UserError(Exception):
    """A problem the user can understand and act on (bad file, locked database...)."""


class ImportFailure(UserError):
    """One input file could not become an article."""


class StorageError(UserError):
    """The database is locked, read-only, corrupted, full or unreachable."""


class WriteConflict(StorageError):
    """Another writer saved conflicting data at the same moment (a shared database)."""


class ExportError(UserError):
    """A report could not be written."""


class NotFoundError(UserError):
    """A story or article named by the user does not exist."""


class Cancelled(Exception):
    """Raised inside a service when the user pressed Cancel."""
