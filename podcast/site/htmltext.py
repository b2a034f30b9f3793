"""Show notes: Markdown → HTML for pages, and the subset of HTML Apple allows in feeds."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown

#: Tags Apple Podcasts accepts inside a feed description (everything else is unwrapped).
FEED_TAGS = {"p", "ol", "ul", "li", "a"}
_BLOCKS_AS_P = {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
_DROP_WITH_CONTENT = {"script", "style", "iframe", "object", "template"}
#: Active content in hand-written notes is dropped from pages too (no third-party requests).
_ACTIVE = re.compile(r"<(script|style|iframe|object|embed|template)\b.*?(?:</\1\s*>|$)",
                     re.I | re.S)


def notes_html(markdown_text: str, *, top_level: int = 3) -> str:
    """Markdown → HTML for the site; the notes' highest heading becomes ``<h{top_level}>``
    (they sit below the page's h1 and the section's h2). Active content is dropped."""
    body = markdown.markdown(markdown_text or "", extensions=["sane_lists"],
                             output_format="html")
    levels = [int(m) for m in re.findall(r"<h([1-6])\b", body)]
    if levels:
        offset = top_level - min(levels)

        def shift(m: re.Match) -> str:
            level = max(1, min(int(m.group(2)) + offset, 6))
            return f"<{m.group(1)}h{level}"
        body = re.sub(r"<(/?)h([1-6])(?=[\s>])", shift, body)
    return _ACTIVE.sub("", body).strip()


class _FeedCleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.drop_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.drop_depth += 1
            return
        if self.drop_depth:
            return
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(("http://", "https://", "mailto:")):
                self.out.append(f'<a href="{html.escape(href, quote=True)}">')
            else:
                self.out.append("<a>")
        elif tag in FEED_TAGS:
            self.out.append(f"<{tag}>")
        elif tag in _BLOCKS_AS_P:
            self.out.append("<p>")
        elif tag == "br":
            self.out.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self.drop_depth = max(0, self.drop_depth - 1)
            return
        if self.drop_depth:
            return
        if tag in FEED_TAGS:
            self.out.append(f"</{tag}>")
        elif tag in _BLOCKS_AS_P:
            self.out.append("</p>")

    def handle_data(self, data: str) -> None:
        if not self.drop_depth:
            self.out.append(html.escape(data, quote=False))


def feed_html(fragment: str) -> str:
    """Keep only <p>, <ol>, <ul>, <li> and <a href> (Apple's list); unwrap everything else."""
    cleaner = _FeedCleaner()
    cleaner.feed(fragment)
    cleaner.close()
    text = "".join(cleaner.out)
    text = text.replace("<a>", "").replace("]]>", "]]&gt;")
    # An <a> without a usable href was unwrapped: drop its orphan closing tag.
    opened = text.count("<a href=")
    if text.count("</a>") != opened:
        text = _balance_anchors(text)
    return re.sub(r"\n{2,}", "\n", text).strip()


def _balance_anchors(text: str) -> str:
    out, depth = [], 0
    for part in re.split(r"(<a href=\"[^\"]*\">|</a>)", text):
        if part.startswith("<a href="):
            depth += 1
            out.append(part)
        elif part == "</a>":
            if depth:
                depth -= 1
                out.append(part)
        else:
            out.append(part)
    return "".join(out)


_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|br|blockquote|pre|tr|td|th)\b[^>]*>", re.I)


def plain_text(fragment: str) -> str:
    """HTML → one line of text (for meta descriptions)."""
    text = re.sub(r"<[^>]+>", "", _BLOCK_TAG.sub(" ", fragment))
    return " ".join(html.unescape(text).split())
