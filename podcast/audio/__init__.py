"""Audio production (issue #4)."""

from podcast.errors import StageUnavailable


def process_episode(ws, episode, *, progress=None):
    raise StageUnavailable("audio processing is not available in this version (issue #4)")
