"""Rules the W3C Feed Validation Service applies to a podcast feed that the other feed
tests do not check (the validator itself is not installable here: it is on neither PyPI,
npm nor Debian, and the npm "feed-validator" package only forwards to the online service).

Each test names the validator's message it guards against. Written from the rules, not
from the validator's code.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from lxml import etree
from site_showkit import NOW

from podcast.config import load_config
from podcast.errors import ConfigError
from podcast.serve import serve_in_thread
from podcast.site import build_site
from podcast.workspace import Workspace

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0",
      "atom": "http://www.w3.org/2005/Atom",
      "content": "http://purl.org/rss/1.0/modules/content/"}
#: An absolute URI (RFC 2396): a scheme, then only the characters a URI may hold; a space,
#: "å" or "<" in an address is InvalidFullLink / InvalidUriChar.
FULL_URI = re.compile(r"[a-zA-Z][0-9a-zA-Z+.-]*:(//)?[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,#]+")
#: Elements an item's HTML may use without SecurityRisk (a subset of the validator's list,
#: the ones notes can produce).
SAFE_TAGS = {"p", "br", "a", "strong", "b", "em", "i", "ul", "ol", "li", "code", "pre",
             "blockquote", "h2", "h3", "h4", "img", "hr", "span"}
SAFE_ATTRIBUTES = {"href", "rel", "src", "alt", "title", "width", "height", "lang"}


def _build(show: Path) -> Workspace:
    ws = Workspace.load(show)
    build_site(ws, now=NOW, search=False)
    return ws


def _xml(ws: Workspace):
    return etree.fromstring((ws.site_dir / "feed.xml").read_bytes())


def test_served_as_application_xml_it_is_still_recognised_as_rss(site_show: Path) -> None:
    """NonSpecificMediaType: under application/xml the validator looks for ``<rss`` in the
    first 512 bytes (after the XML declaration and the two stylesheet instructions);
    EncodingMismatch / NotUTF8: the HTTP charset and the XML declaration say UTF-8."""
    ws = _build(site_show)
    server, base = serve_in_thread(ws.site_dir, public_url=ws.site_url)
    try:
        with urllib.request.urlopen(base + "feed.xml") as resp:
            ctype = resp.headers["Content-Type"]
            data = resp.read()
    finally:
        server.shutdown()
        server.server_close()
    media_type, _, params = ctype.partition(";")
    assert media_type == "application/xml" and params.strip().lower() == "charset=utf-8"
    assert data[:512].find(b"<rss ") > 0
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert data.count(b"<?xml-stylesheet") == 2 and data.index(b"<?xml-stylesheet") < 512


def test_every_address_in_the_feed_is_a_full_uri(site_show: Path) -> None:
    """InvalidFullLink, InvalidUriChar, ImageUrlFormat, ImageLinkDoesntMatch,
    ImageTitleDoesntMatch: every address is absolute and plain ASCII; the channel image is
    a JPEG or PNG whose title and link are the channel's."""
    ws = _build(site_show)
    root = _xml(ws)
    channel = root.find("channel")
    addresses = [e.text for e in root.iter("link", "url")]
    addresses += root.xpath("//enclosure/@url | //itunes:image/@href | //atom:link/@href"
                            " | //podcast:*/@url | //podcast:person/@href", namespaces=NS)
    assert len(addresses) > 10
    for address in addresses:
        assert FULL_URI.fullmatch(address or ""), address
    image = channel.find("image")
    assert image.findtext("title") == channel.findtext("title")
    assert image.findtext("link") == channel.findtext("link")
    assert image.findtext("url").rsplit(".", 1)[1] in ("jpg", "jpeg", "png")
    assert image.find("width") is None or 0 < int(image.findtext("width")) <= 144


@pytest.mark.parametrize("address, encoded", [
    ("https://exempelby.se/poddar/kommunpodden på svenska/",
     "https://exempelby.se/poddar/kommunpodden%20p%C3%A5%20svenska/"),
    ("https://podd.växjö.se/", "https://podd.xn--vxj-qla6g.se/"),
])
def test_a_base_url_feeds_cannot_hold_is_refused_with_the_form_they_need(
        site_show: Path, address: str, encoded: str) -> None:
    """A space or "å" in show.base_url would put it raw into every address of the feed."""
    config = site_show / "podcast.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('base_url = "https://podd.exempelby.se/"',
                                   f'base_url = "{address}"'), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    message = str(caught.value)
    assert "show.base_url" in message and repr(encoded) in message, message
    assert "\n" not in message
    config.write_text(text.replace('base_url = "https://podd.exempelby.se/"',
                                   f'base_url = "{encoded}"'), encoding="utf-8")
    assert load_config(config).show.base_url == encoded  # the encoded form is accepted


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_item_html_is_safe_and_its_links_are_absolute(site_show: Path) -> None:
    """SecurityRisk, SecurityRiskAttr, ContainsRelRef, NeedDescriptionBeforeContent: notes
    with a relative link still give only safe tags and absolute addresses in the feed."""
    md = site_show / "episodes" / "snorojning" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8") + "\nLäs mer [om podden](../../om/) och "
                  "[bygglov](/avsnitt/bygglov/).\n", encoding="utf-8")
    ws = _build(site_show)
    items = _xml(ws).findall("channel/item")
    seen = 0
    for item in items:
        names = [child.tag for child in item]
        content = f"{{{NS['content']}}}encoded"
        if content in names:
            assert "description" in names[: names.index(content)]
        for html in (item.findtext("description"), item.findtext("content:encoded",
                                                                     namespaces=NS)):
            parser = _Tags()
            parser.feed(html or "")
            for tag, attrs in parser.tags:
                assert tag in SAFE_TAGS, tag
                assert set(attrs) <= SAFE_ATTRIBUTES, attrs
                for key in ("href", "src"):
                    if key in attrs:
                        seen += 1
                        assert FULL_URI.fullmatch(attrs[key] or ""), attrs[key]
    assert seen >= 2
    text = (ws.site_dir / "feed.xml").read_text(encoding="utf-8")
    assert "https://podd.exempelby.se/om/" in text
    assert "https://podd.exempelby.se/avsnitt/bygglov/" in text


def test_texts_and_dates_keep_the_validators_limits(site_show: Path) -> None:
    """ItemMustContainTitleOrDescription, NotBlank, the iTunes length limits (author, owner
    name, subtitle 255; summary 4000) and ImplausibleDate (no date after the build) for the
    channel's dates as well as the items'."""
    ws = _build(site_show)
    root = _xml(ws)
    channel = root.find("channel")
    for path, limit in (("itunes:author", 255), ("itunes:owner/itunes:name", 255),
                        ("itunes:subtitle", 255), ("itunes:summary", 4000)):
        for node in channel.iterfind(path, NS):
            assert node.text and len(node.text) <= limit, path
    for item in channel.findall("item"):
        assert (item.findtext("title") or "").strip()
        for node in item.iterfind("itunes:subtitle", NS):
            assert len(node.text) <= 255
    dates = [channel.findtext("pubDate"), channel.findtext("lastBuildDate"),
             *[i.findtext("pubDate") for i in channel.findall("item")]]
    for value in dates:
        when = email.utils.parsedate_to_datetime(value)
        assert value.startswith(when.strftime("%a, ")), value  # IncorrectDOW
        assert dt.datetime(1990, 1, 1, tzinfo=dt.UTC) < when <= NOW + dt.timedelta(minutes=10)
