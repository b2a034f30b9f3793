"""Show notes: Markdown → safe HTML for pages, the subset of it Apple allows in feeds, and
plain text for meta descriptions.

Notes are written by people and may contain raw HTML. Everything goes through one allow-list
sanitiser (nh3): no scripts, styles, frames, forms, ``<meta>`` or ``<base>``, no event or style
attributes, links only to http(s)/mailto/tel or relative addresses, images only from the
site itself (relative, or absolute under the show's address). The feed's HTML is cut down
from the page's sanitised HTML by the same sanitiser, so page and feed carry the same text.
"""

from __future__ import annotations

import html
import logging
import re

import markdown
import nh3

log = logging.getLogger(__name__)

#: Elements kept in show notes on the site (anything else is unwrapped: its text stays).
NOTES_TAGS = frozenset({
    "p", "br", "hr", "a", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark", "small",
    "sub", "sup", "code", "kbd", "pre", "blockquote", "q", "cite", "abbr", "ul", "ol", "li",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead",
    "tbody", "tfoot", "tr", "th", "td", "img", "figure", "figcaption", "div", "span",
})
NOTES_ATTRIBUTES = {
    "*": {"lang"},
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
#: Elements removed together with their content.
DROP_WITH_CONTENT = frozenset({
    "script", "style", "iframe", "object", "embed", "template", "noscript", "textarea",
    "title", "xmp", "noembed", "noframes", "svg", "math", "select", "frameset", "frame",
})
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
#: Tags Apple Podcasts accepts inside a feed description (everything else is unwrapped).
FEED_TAGS = frozenset({"p", "ol", "ul", "li", "a"})
_BLOCKS_AS_P = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")
EXTERNAL_REL = "noopener noreferrer"

#: Elements whose content the HTML parser reads as raw text up to the closing tag (or to the
#: end of the notes when there is none: a forgotten ``</script>`` would swallow the rest).
_RAW_TEXT = ("script", "style", "iframe", "textarea", "title", "xmp", "noembed", "noframes",
             "noscript", "plaintext")
_RAW_OPEN = re.compile(r"<(" + "|".join(_RAW_TEXT) + r")(?=[\s/>]|$)", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# The sanitiser's output is regular: tags are lower case, attribute values are double-quoted
# with '"', '<' and '>' escaped, and text never holds a raw '<'.
_IMG = re.compile(r"<img((?:\s[a-z-]+=\"[^\"]*\")*)\s*/?>")
_A_OPEN = re.compile(r"<a((?:\s[a-z-]+=\"[^\"]*\")*)>")
_ATTR = re.compile(r"\s([a-z-]+)=\"([^\"]*)\"")
_EMPTY_P = re.compile(r"<p>\s*</p>")


def _normalised_url(value: str) -> str:
    # Browsers drop leading/trailing spaces and control characters and every tab/newline.
    return re.sub(r"[\t\n\r]", "", value).strip(" \x00-\x1f")


def is_external(url: str, site_url: str | None) -> bool:
    """True for a web address (http(s) or scheme-relative) outside ``site_url``."""
    url = _normalised_url(url)
    if site_url and url.startswith(site_url):
        return False
    return url.lower().startswith(("http:", "https:")) or _scheme_relative(url)


def _scheme_relative(url: str) -> bool:
    # "//host", and "/\host" or "\\host" which browsers read the same way.
    return url[:1] in ("/", "\\") and url[1:2] in ("/", "\\")


def _image_allowed(src: str, site_url: str | None) -> bool:
    src = _normalised_url(src)
    if site_url and src.startswith(site_url):
        return True
    return not (_SCHEME.match(src) or _scheme_relative(src))


def _close_or_escape_raw(fragment: str) -> tuple[str, int]:
    """Escape the ``<`` of a raw-text element that is never closed (its text stays visible
    instead of vanishing up to the end of the notes). Returns (fragment, number escaped)."""
    out, pos, escaped = [], 0, 0
    for m in _RAW_OPEN.finditer(fragment):
        if m.start() < pos:
            continue
        name = m.group(1).lower()
        close = re.compile(rf"</{name}\s*>", re.I).search(fragment, m.end())
        if name != "plaintext" and close:
            out.append(fragment[pos:close.end()])
            pos = close.end()
        else:
            out.append(fragment[pos:m.start()] + "&lt;")
            pos = m.start() + 1
            escaped += 1
    out.append(fragment[pos:])
    return "".join(out), escaped


def sanitize_html(fragment: str, *, site_url: str | None = None,
                  tags: frozenset[str] = NOTES_TAGS,
                  attributes: dict[str, set[str]] | None = None,
                  base_url: str | None = None, source: object = None) -> str:
    """The one allow-list sanitiser for HTML written by people (show notes).

    ``site_url``: images are kept only when relative or under this address (no third-party
    requests); links elsewhere get ``rel="noopener noreferrer"``. ``base_url`` makes relative
    links absolute (for feeds, which have no page to be relative to). ``source`` names the
    file in warnings.
    """
    fragment, escaped = _close_or_escape_raw(fragment)
    if escaped:
        log.warning("%s: %d unclosed <script>/<style>-like tag(s) in the notes shown as text",
                    source or "show notes", escaped)

    def keep(tag: str, attr: str, value: str) -> str | None:
        if tag == "img" and attr == "src" and not _image_allowed(value, site_url):
            return None
        return value

    clean = nh3.clean(
        fragment, tags=set(tags), clean_content_tags=set(DROP_WITH_CONTENT - tags),
        attributes=attributes if attributes is not None else NOTES_ATTRIBUTES,
        attribute_filter=keep, url_schemes=set(URL_SCHEMES), link_rel=None,
        strip_comments=True,
        url_relative=("rewrite_with_base", base_url) if base_url else "pass_through")

    def image(m: re.Match) -> str:
        attrs = dict(_ATTR.findall(m.group(1)))
        if "src" in attrs:
            return m.group(0) if "alt" in attrs else m.group(0)[:4] + ' alt=""' + m.group(0)[4:]
        alt = html.unescape(attrs.get("alt", ""))  # a third-party image: keep its text
        return html.escape(alt, quote=False)

    def anchor(m: re.Match) -> str:
        attrs = dict(_ATTR.findall(m.group(1)))
        href = html.unescape(attrs.get("href", ""))
        if href and is_external(href, site_url):
            return f'<a{m.group(1)} rel="{EXTERNAL_REL}">'
        return m.group(0)

    clean = _A_OPEN.sub(anchor, _IMG.sub(image, clean))
    return _EMPTY_P.sub("", clean).strip()


def notes_html(markdown_text: str, *, top_level: int = 3, site_url: str | None = None,
               source: object = None) -> str:
    """Markdown → sanitised HTML for the site; the notes' highest heading becomes
    ``<h{top_level}>`` (they sit below the page's h1 and the section's h2)."""
    body = markdown.markdown(markdown_text or "", extensions=["sane_lists"],
                             output_format="html")
    body = sanitize_html(body, site_url=site_url, source=source)
    levels = [int(m) for m in re.findall(r"<h([1-6])\b", body)]
    if levels:
        offset = top_level - min(levels)

        def shift(m: re.Match) -> str:
            level = max(1, min(int(m.group(2)) + offset, 6))
            return f"<{m.group(1)}h{level}"
        body = re.sub(r"<(/?)h([1-6])(?=[\s>])", shift, body)
    return body


def feed_html(fragment: str, *, base_url: str | None = None) -> str:
    """Apple's subset of sanitised notes: <p>, <ol>, <ul>, <li> and <a href> (headings,
    quotes and code become paragraphs, everything else is unwrapped). Relative links are
    made absolute against ``base_url`` (or dropped without one)."""
    blocks = re.sub(r"<(/?)(?:" + "|".join(_BLOCKS_AS_P) + r")(?=[\s>])[^>]*>", r"<\1p>",
                    fragment)
    blocks = re.sub(r"<br\s*/?>", " ", blocks)
    text = sanitize_html(blocks, tags=FEED_TAGS, attributes={"a": {"href"}},
                         site_url=None, base_url=base_url)
    # Without a base, a relative link cannot be followed from a podcast app: unwrap it.
    text = re.sub(r"<a(?: rel=\"[^\"]*\")?>(.*?)</a>", r"\1", text, flags=re.S)
    text = re.sub(r"<a href=\"(?![a-z][a-z0-9+.-]*:)[^\"]*\"(?: rel=\"[^\"]*\")?>(.*?)</a>",
                  r"\1", text, flags=re.S)
    text = re.sub(r" rel=\"[^\"]*\"", "", text)
    return re.sub(r"\n{2,}", "\n", text.replace("]]>", "]]&gt;")).strip()


#: C0 control characters other than tab, line feed and carriage return, DEL, C1 controls and
#: the non-characters XML cannot hold (a vertical tab pasted from Word is the usual one).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def strip_control_chars(text: str) -> str:
    """Vertical tab and form feed become a space; other control characters are removed."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: " " if m.group(0) in "\x0b\x0c" else "", text)


_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|blockquote|pre|tr|td|th)\b[^>]*>", re.I)


def plain_text(fragment: str) -> str:
    """HTML → one line of text (for meta descriptions)."""
    text = re.sub(r"<[^>]+>", "", _BLOCK_TAG.sub(" ", fragment))
    return " ".join(html.unescape(text).split())
