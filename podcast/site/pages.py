"""Page contexts and rendering with Jinja2.

Templates come from the show's ``templates/`` folder first and the built-in ones
(``podcast/templates``) second, so a show overrides a page by adding a file with the same
name. Every link inside the site is relative (``root`` = ``../`` per folder level), so the
site works from any folder and under ``podcast serve``; canonical/OG URLs are absolute.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from podcast.episode import format_timestamp
from podcast.errors import InputError
from podcast.site import i18n
from podcast.site.context import EpisodeView, ShowContext, ThemeView
from podcast.site.csp import CONTENT_SECURITY_POLICY
from podcast.site.feed import artwork_name, artwork_url
from podcast.site.htmltext import strip_control_chars
from podcast.site.images import SHOW_THUMBS, Thumbs, episode_thumbs
from podcast.site.seo import episode_jsonld, script_json, series_jsonld
from podcast.transcript import Transcript

log = logging.getLogger(__name__)

NAV = [("", "home"), ("avsnitt/", "all_episodes"), ("amnen/", "themes"), ("sok/", "search"),
       ("om/", "about")]


def builtin_templates_dir() -> Path:
    return Path(str(resources.files("podcast") / "templates"))


def builtin_static_dir() -> Path:
    return Path(str(resources.files("podcast") / "static"))


def make_environment(show_templates: Path | None,
                     cache_dir: Path | None = None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if show_templates is not None and show_templates.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(show_templates)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_templates_dir())))
    bytecode_cache = None
    if cache_dir is not None:
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            bytecode_cache = jinja2.FileSystemBytecodeCache(str(cache_dir))
        except OSError:
            bytecode_cache = None
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, keep_trailing_newline=True,
                             bytecode_cache=bytecode_cache)
    env.filters["css_string"] = css_string
    return env


def css_string(text: str) -> Markup:
    """``text`` for inside a double-quoted CSS string (feed.css)."""
    out = []
    for ch in str(text):
        out.append(f"\\{ord(ch):x} " if ch in '"\\<>&\n' or ord(ch) < 32 else ch)
    return Markup("".join(out))


def _template_frame(exc: BaseException, dirs: list[Path]) -> tuple[str | None, int | None]:
    """(template file, line) of the innermost template frame in the traceback (Jinja maps
    compiled template code back to the template's file and line)."""
    found: tuple[str | None, int | None] = (None, None)
    roots = [str(d.resolve()) for d in dirs]
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if any(str(Path(name).resolve()).startswith(r) for r in roots) and name.endswith(
                (".html", ".xml", ".txt", ".j2", ".jinja")):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def render_template(env: jinja2.Environment, template: str, context: dict,
                    dirs: list[Path]) -> str:
    """Render ``template``; a mistake in a template (a show's override, usually) becomes a
    one-line :class:`InputError` naming the template file and line."""
    try:
        return env.get_template(template).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(f"template syntax error: {exc.message}",
                         path=exc.filename or exc.name or template,
                         where=f"line {exc.lineno}") from None
    except jinja2.TemplateNotFound as exc:
        raise InputError(f"template not found: {exc.name}", path=template) from None
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError,
            IndexError, ZeroDivisionError) as exc:
        path, line = _template_frame(exc, dirs)
        if path is None:
            raise
        message = exc.message if isinstance(exc, jinja2.TemplateError) else str(exc)
        raise InputError(f"template error: {message or type(exc).__name__}", path=path,
                         where=f"line {line}") from None


def clock_label(seconds: float) -> str:
    """A time as the site shows it: whole seconds cut off, never rounded up (as the
    browser's player and the search page show times), e.g. 72.9 → '01:12'."""
    return format_timestamp(int(seconds))


_INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*\btype=\"application/(?:ld\+)?json\")[^>]*>", re.I)
_EVENT_ATTR = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)


def policy_problems(html: str) -> list[str]:
    """What in a rendered page conflicts with the site's Content-Security-Policy (a show's
    template override, usually): a missing policy tag, inline script, inline event handlers."""
    problems = []
    if CONTENT_SECURITY_POLICY not in html:
        problems.append("no Content-Security-Policy meta tag (keep base.html's "
                        '<meta http-equiv="Content-Security-Policy" content="{{ csp }}">)')
    if _INLINE_SCRIPT.search(html):
        problems.append("inline <script> (browsers block it under the site's policy; "
                        "put the code in a file and load it with src=)")
    if _EVENT_ATTR.search(html):
        problems.append("inline event handler (on...= attribute; blocked by the site's policy)")
    return problems


def seconds_attr(value: float) -> str:
    """93.0 → '93', 93.46 → '93.5' (for data attributes and #t= links)."""
    text = f"{round(value, 1):.1f}"
    return text[:-2] if text.endswith(".0") else text


def transcript_lines(transcript: Transcript) -> list[dict]:
    """One dict per non-empty segment: id (unique anchor ``t-<seconds>``), start, end,
    label (MM:SS), speaker, text."""
    lines = []
    used: set[str] = set()
    for seg in transcript.segments:
        text = " ".join(strip_control_chars(seg.text).split())
        if not text:
            continue
        anchor = seconds_attr(seg.start)
        ident = f"t-{anchor}"
        n = 2
        while ident in used:
            ident = f"t-{anchor}-{n}"
            n += 1
        used.add(ident)
        lines.append({"id": ident, "anchor": anchor, "start": anchor,
                      "end": seconds_attr(max(seg.end, seg.start)),
                      "label": clock_label(seg.start), "speaker": seg.speaker,
                      "text": text})
    return lines


def transcript_html(lines: list[dict]) -> str:
    """The transcript list items (built in Python: a Jinja loop over thousands of lines is
    the slowest part of a full build). Every line is a link that seeks the player."""
    out = []
    for ln in lines:
        speaker = (f' <span class="speaker">{escape(ln["speaker"])}:</span>'
                   if ln["speaker"] else "")
        out.append(f'<li id="{ln["id"]}"><a class="seg" href="#t={ln["anchor"]}" '
                   f'data-start="{ln["start"]}" data-end="{ln["end"]}">'
                   f'<span class="ts" data-pagefind-ignore>{ln["label"]}</span>{speaker} '
                   f'{escape(ln["text"])}</a></li>')
    return "\n".join(out)


def _image(root: str, thumbs: Thumbs) -> dict:
    """``src``/``srcset`` of a thumbnail pair as seen from a page at ``root``."""
    return {"src": root + thumbs.small,
            "srcset": f"{root}{thumbs.small} 160w, {root}{thumbs.large} 320w"}


@dataclass
class Card:
    slug: str
    title: str
    number: int | None
    season: int | None
    summary: str
    iso_date: str
    date_label: str
    duration_label: str
    notes_html: str = ""


class Renderer:
    def __init__(self, ctx: ShowContext) -> None:
        self.ctx = ctx
        show = ctx.show
        self.env = make_environment(ctx.ws.templates_dir, ctx.ws.cache_dir / "jinja")
        self.lang = show.language
        self.t = i18n.strings(show.language)
        self.artwork = artwork_name(ctx)
        self.artwork_url = artwork_url(ctx)
        self.series_jsonld = series_jsonld(ctx, self.artwork_url)
        links = ctx.config.site.subscribe_links
        self.subscribe_links = sorted(links.items(), key=lambda kv: kv[0].casefold())
        self.cards = {v.slug: self.card(v) for v in ctx.episodes}
        self._checked: set[str] = set()
        self.position = {v.slug: i for i, v in enumerate(ctx.episodes)}

    # --- helpers ---------------------------------------------------------------------------
    def card(self, view: EpisodeView) -> Card:
        return Card(slug=view.slug, title=view.title, number=view.meta.number,
                    season=view.meta.season, summary=view.summary,
                    iso_date=view.date.date().isoformat(),
                    date_label=i18n.human_date(view.date, self.lang),
                    duration_label=clock_label(view.duration), notes_html=view.notes_html)

    def _common(self, path: str, *, title: str | None, description: str | None = None,
                nav_key: str | None = None, root: str | None = None) -> dict:
        depth = path.count("/")
        if root is None:
            root = "../" * depth
        url_path = path[: -len("index.html")] if path.endswith("index.html") else path
        og_locale = {"sv": "sv_SE", "en": "en_GB"}[i18n.ui_language(self.lang)]
        return {
            "lang": self.lang, "t": self.t, "show": self.ctx.show, "root": root,
            "csp": Markup(CONTENT_SECURITY_POLICY),  # quotes only, nothing to escape
            "canonical": self.ctx.ws.site_url + url_path, "page_title": title,
            "description": description or " ".join(self.ctx.show.description.split()),
            "feed_url": root + "feed.xml", "artwork": self.artwork,
            "artwork_url": self.artwork_url, "og_locale": og_locale, "jsonld": None,
            "subscribe_links": self.subscribe_links, "feed_address": self.ctx.ws.feed_url,
            "cover": _image(root, SHOW_THUMBS), "robots": None,
            "nav": [{"href": href, "label": self.t[key], "current": key == nav_key}
                    for href, key in NAV],
        }

    def render(self, template: str, context: dict) -> str:
        dirs = [builtin_templates_dir()]
        if self.ctx.ws.templates_dir is not None:
            dirs.insert(0, self.ctx.ws.templates_dir)
        html = render_template(self.env, template, context, dirs)
        if template.endswith(".html") and template not in self._checked:
            self._checked.add(template)  # pages only: feed.xsl/feed.css are no pages
            for problem in policy_problems(html):
                log.warning("template %s: %s", template, problem)
        return html

    def _paragraphs(self, text: str) -> list[str]:
        return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]

    # --- pages -----------------------------------------------------------------------------
    def home(self) -> str:
        per_page = self.ctx.config.site.episodes_per_page
        c = self._common("index.html", title=None, nav_key="home")
        c.update(jsonld=self.series_jsonld,
                 show_description=self._paragraphs(self.ctx.show.description),
                 episodes=[self.cards[v.slug] for v in self.ctx.episodes[:per_page]],
                 more=len(self.ctx.episodes) > per_page,
                 total_label=i18n.count_label(len(self.ctx.episodes), "episode_count",
                                              self.lang))
        return self.render("home.html", c)

    def episode_lists(self) -> list[tuple[str, str]]:
        """The 'all episodes' pages: (path, html), paginated by site.episodes_per_page."""
        per_page = self.ctx.config.site.episodes_per_page
        views = self.ctx.episodes
        chunks = [views[i:i + per_page] for i in range(0, len(views), per_page)] or [[]]
        paths = ["avsnitt/index.html"] + [f"avsnitt/sida/{n}/index.html"
                                          for n in range(2, len(chunks) + 1)]
        out = []
        for n, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
            c = self._common(path, title=self.t["all_episodes"] if n == 1 else
                             f"{self.t['all_episodes']} – {self.t['page']} {n}",
                             nav_key="all_episodes")
            root = c["root"]

            def href(i: int, root: str = root) -> str:
                return root + ("avsnitt/" if i == 1 else f"avsnitt/sida/{i}/")

            c.update(heading=self.t["all_episodes"], intro=None,
                     episodes=[self.cards[v.slug] for v in chunk],
                     pages=[{"number": i, "href": href(i), "current": i == n}
                            for i in range(1, len(chunks) + 1)],
                     prev_href=href(n - 1) if n > 1 else None,
                     next_href=href(n + 1) if n < len(chunks) else None)
            out.append((path, self.render("episodes.html", c)))
        return out

    def themes_index(self) -> str:
        c = self._common("amnen/index.html", title=self.t["themes"], nav_key="themes")
        c.update(themes=[{"name": th.name, "slug": th.slug,
                          "count_label": i18n.count_label(len(th.episodes), "episode_count",
                                                          self.lang)}
                         for th in self.ctx.themes])
        return self.render("themes.html", c)

    def theme(self, theme: ThemeView) -> str:
        path = f"amnen/{theme.slug}/index.html"
        title = f"{self.t['episodes_about']} {theme.name}"
        c = self._common(path, title=title, nav_key="themes")
        c.update(heading=title,
                 intro=i18n.count_label(len(theme.episodes), "episode_count", self.lang),
                 episodes=[self.cards[v.slug] for v in theme.episodes], pages=None,
                 prev_href=None, next_href=None)
        return self.render("episodes.html", c)

    def search(self) -> str:
        c = self._common("sok/index.html", title=self.t["search"], nav_key="search")
        strings = {"loading": self.t["search_loading"], "none": self.t["search_none"],
                   "one": self.t["search_count_one"], "many": self.t["search_count_many"],
                   "play_from": self.t["play_from"],
                   "unavailable": self.t["search_unavailable"]}
        c["search_strings"] = script_json(strings)
        return self.render("search.html", c)

    def about(self) -> str:
        c = self._common("om/index.html", title=self.t["about_title"], nav_key="about")
        c.update(show_description=self._paragraphs(self.ctx.show.description),
                 hosts=self.ctx.show.hosts)
        return self.render("about.html", c)

    def accessibility(self) -> str:
        show = self.ctx.show
        c = self._common("tillganglighet/index.html", title=self.t["a11y_title"])
        contact = self.ctx.config.site.accessibility_contact or show.owner_email
        href = contact if contact.startswith(("http://", "https://", "mailto:")) else (
            f"mailto:{contact}" if "@" in contact else None)
        c.update(a11y_intro=self.t["a11y_intro"].format(owner=show.owner_name or show.author),
                 a11y_contact=contact.removeprefix("mailto:"), a11y_contact_href=href,
                 a11y_transcripts=self.transcripts_statement())
        return self.render("accessibility.html", c)

    def transcripts_statement(self) -> str:
        """How many published transcripts an editor reviewed, for the accessibility page."""
        with_text = [v for v in self.ctx.episodes if v.has_transcript]
        if not with_text:
            return self.t["a11y_no_transcripts"]
        reviewed = sum(1 for v in with_text if v.transcript_reviewed)
        count = self.t["a11y_reviewed_count"].format(reviewed=reviewed, total=len(with_text))
        note = self.t["a11y_all_reviewed" if reviewed == len(with_text) else "a11y_unreviewed"]
        return f"{count} {note}"

    def episode(self, view: EpisodeView, transcript: Transcript | None) -> str:
        path = f"avsnitt/{view.slug}/index.html"
        c = self._common(path, title=view.title, description=view.summary)
        c["jsonld"] = episode_jsonld(self.ctx, view)
        c["og_type"] = "article"
        segments = transcript_lines(transcript) if transcript is not None else []
        chapters = [{"start": seconds_attr(ch.start), "anchor": seconds_attr(ch.start),
                     "label": clock_label(ch.start), "title": ch.title}
                    for ch in view.chapters]
        strings = {"copied": self.t["copied"], "copy_failed": self.t["copy_failed"],
                   "play": self.t["play"], "pause": self.t["pause"],
                   "time_of": self.t["time_of"],
                   "decimal": "." if self.lang.startswith("en") else ","}
        i = self.position[view.slug]
        older = self.ctx.episodes[i + 1] if i + 1 < len(self.ctx.episodes) else None
        newer = self.ctx.episodes[i - 1] if i > 0 else None
        if view.image_name:
            c["artwork_url"] = self.ctx.ws.episode_url(view.slug) + view.image_name
        c.update(ep=self.cards[view.slug],
                 older={"href": f"../{older.slug}/", "title": older.title} if older else None,
                 newer={"href": f"../{newer.slug}/", "title": newer.title} if newer else None,
                 episode_art=_image(c["root"], episode_thumbs(view.slug))
                 if view.image_name else None, audio_href=f"../../media/{view.slug}.mp3",
                 duration_seconds=int(view.duration),
                 segments=segments, transcript_html=Markup(transcript_html(segments)),
                 transcript_reviewed=view.transcript_reviewed,
                 chapters=chapters,
                 files=[f for f in view.transcript_files],
                 hosts=[p for p in view.persons if p.role == "host"],
                 guests=[p for p in view.persons if p.role != "host"],
                 themes=[{"name": th.name, "slug": th.slug} for th in view.themes],
                 player_strings=script_json(strings))
        return self.render("episode.html", c)

    def not_found(self) -> str:
        """``404.html``: served for any missing path, so its links start at the site's root
        path (``/`` or ``/podd/``) instead of being relative."""
        from urllib.parse import urlsplit

        root = urlsplit(self.ctx.ws.site_url).path or "/"
        c = self._common("404.html", title=self.t["not_found_title"], root=root)
        c.update(canonical=None, robots="noindex")
        return self.render("404.html", c)

    def feed_css(self) -> str:
        """``feed.css``: the feed's fallback look where a browser no longer applies XSLT."""
        return self.render("feed.css", {"t": self.t})

    def feed_stylesheet(self) -> str:
        """``feed.xsl``: turns feed.xml into a readable page in the show's language when a
        browser opens it (linked from the feed by an ``xml-stylesheet`` instruction)."""
        abbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"]
        names = i18n.MONTHS[i18n.ui_language(self.lang)]
        return self.render("feed.xsl", {"lang": self.lang, "t": self.t,
                                        "months": names,
                                        "month_names": list(zip(abbr, names, strict=True))})
