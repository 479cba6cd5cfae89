"""Progress is plain data shared between a worker and the GUI thread."""

from __future__ import annotations

import pytest

from caseapp.errors import Cancelled
from caseapp.tasks import Progress


def test_progress_counts_and_cancels() -> None:
    progress = Progress()
    assert progress.fraction == 0.0
    progress.start(4)
    progress.advance()
    progress.check()
    assert (progress.done, progress.total, progress.fraction) == (1, 4, 0.25)
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled, match="Nothing was changed"):
        progress.check()
