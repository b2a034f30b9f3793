"""Feed and website (issue #6): ``feed.xml`` and an accessible static site.

Entry point: :func:`build_site`. The pieces are small modules: :mod:`.context` (what is
published), :mod:`.feed` + :mod:`.feedext` (RSS/iTunes/Podcasting 2.0), :mod:`.pages`
(Jinja2 pages), :mod:`.textfiles` (transcript and chapter files), :mod:`.seo` (JSON-LD,
sitemap), :mod:`.search` (Pagefind), :mod:`.writer` (atomic, write-if-changed) and
:mod:`.i18n` (Swedish/English UI strings).
"""

from podcast.site.build import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]
