"""Where the benchmarks find ``../shared``: beside the checkout, or ``$KOMMUNPODD_SHARED``
(a checkout elsewhere, e.g. a git worktree); ``$KOMMUNPODD_SHARED_DATA`` names its ``data``
folder instead (the themes harness's older variable). Tests never read it."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    if os.environ.get("KOMMUNPODD_SHARED"):
        return Path(os.environ["KOMMUNPODD_SHARED"])
    if os.environ.get("KOMMUNPODD_SHARED_DATA"):
        return Path(os.environ["KOMMUNPODD_SHARED_DATA"]).parent
    return REPO.parent / "shared"


SHARED = shared_dir()
SHARED_DATA = SHARED / "data"
