"""Errors of code generation and running, printed by the CLI as one line."""

from femba_edge.errors import UserError


class CodegenError(UserError):
    """The graph uses something the C back end does not support (names the layer)."""


class PlanError(CodegenError):
    """The model does not fit the platform's memories (names the layer, needed and available)."""


class ToolError(UserError):
    """A tool (compiler, make, QEMU, simulator) is missing or failed."""


class RunError(UserError):
    """A run could not be carried out (bad project directory, vectors, or a crashed binary)."""
