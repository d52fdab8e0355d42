"""User-facing errors: the CLI prints them as one line and exits non-zero."""


class UserError(Exception):
    """Bad input the user can fix (message is one line)."""


class CheckpointError(UserError):
    """A checkpoint that is missing, corrupt, foreign, or of the wrong kind."""
