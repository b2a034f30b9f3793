"""Feed and site (issue #6)."""

from podcast.errors import StageUnavailable


def build_site(ws, *, now=None, progress=None):
    raise StageUnavailable("the feed and site build is not available in this version (issue #6)")
