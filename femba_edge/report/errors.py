"""Errors of the report command (one line, printed by the CLI, exit status 2)."""

from femba_edge.errors import UserError


class ReportError(UserError):
    """The directory is not a run result or a C project, or its files do not belong together."""
