"""Fixtures for the feed/site tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_showkit import make_show


@pytest.fixture
def site_show(tmp_path: Path) -> Path:
    """The fixed test show (placeholder audio bytes, fixed MediaInfo and transcript)."""
    return make_show(tmp_path / "show")
