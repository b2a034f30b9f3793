"""Fixtures for the review tests: the small show of :mod:`reviewkit`."""

from __future__ import annotations

from pathlib import Path

import pytest
from reviewkit import make_review_show

from podcast.workspace import Workspace


@pytest.fixture
def review_show(tmp_path: Path) -> Workspace:
    return Workspace.load(make_review_show(tmp_path / "show"))
