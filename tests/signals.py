"""For tests that interrupt a child with Ctrl-C (SIGINT).

A shell without job control starts its background jobs with SIGINT ignored, and a child
inherits that: run from such a job, the suite's SIGINT would be lost and its Ctrl-C tests
would fail for a reason that is not tqa's. Each such child starts with the default handling.
"""

from __future__ import annotations

import signal


def default_sigint() -> None:
    """A `preexec_fn`: the child's Python then installs its own Ctrl-C handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
