"""Feed and website (issue #6): ``feed.xml`` and an accessible static site.

Entry point: :func:`build_site`. The pieces are small modules: :mod:`.context` (what is
published), :mod:`.feed` + :mod:`.feedext` (RSS/iTunes/Podcasting 2.0), :mod:`.pages`
(Jinja2 pages), :mod:`.textfiles` (chapter files, transcript file names; the transcripts
themselves come from :mod:`podcast.transcript.render`), :mod:`.seo` (JSON-LD,
sitemap), :mod:`.search` (Pagefind), :mod:`.writer` (atomic, write-if-changed),
:mod:`.htmltext` (the show-notes sanitiser), :mod:`.csp` (the Content-Security-Policy) and
:mod:`.i18n` (Swedish/English UI strings).

``build_site`` is imported on first use, so that ``podcast serve`` and ``podcast search``,
which need only :mod:`.csp` or :mod:`.htmltext`, do not load the whole builder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from podcast.site.build import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from podcast.site import build

        return getattr(build, name)
    raise AttributeError(f"module 'podcast.site' has no attribute {name!r}")
