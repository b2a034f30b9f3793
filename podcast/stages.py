"""The stages ``podcast run`` chains, in order. Each is defined once, in its own package
(:mod:`podcast.audio.stage`, :mod:`podcast.transcribe.stage`, :mod:`podcast.site.stage`);
the shape is :class:`podcast.stage.Stage`. A stage's work (and its heavy imports) is loaded
only when it runs."""

from __future__ import annotations

from podcast.audio.stage import STAGE as PROCESS
from podcast.site.stage import STAGE as BUILD
from podcast.stage import Stage
from podcast.transcribe.stage import STAGE as TRANSCRIBE

STAGES: list[Stage] = [PROCESS, TRANSCRIBE, BUILD]


def stage_names() -> list[str]:
    return [s.name for s in STAGES]
