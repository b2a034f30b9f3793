"""The show-notes sanitiser (nh3 allow-list) and control characters in episode.md."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from lxml import etree

from podcast.cli import cli
from podcast.site.htmltext import feed_html, notes_html, strip_control_chars

SITE = "https://podd.exempelby.se/"


@pytest.mark.parametrize("src, kept", [
    ("bild.png", True), ("../../cover.jpg", True), ("/media/x.png", True),
    (SITE + "bild.png", True), ("https://evil.example/p.png", False),
    ("//evil.example/p.png", False), ("/\\evil.example/p.png", False),
    (" \t//evil.example/p.png", False), ("data:image/png;base64,AAAA", False),
    ("https://podd.exempelby.se.evil.example/p.png", False),
])
def test_images_only_from_the_site_itself(src: str, kept: bool) -> None:
    html = notes_html(f'<img src="{src}" alt="bild">', site_url=SITE)
    assert ("<img" in html) is kept, html
    assert "bild" in html  # a dropped image leaves its alternative text


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
    " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x"])
def test_script_and_data_links_lose_their_address(href: str) -> None:
    html = notes_html(f'<a href="{href}">klicka</a> och [md]({href})', site_url=SITE)
    assert "href" not in html and "klicka" in html


def test_external_links_get_noopener_and_own_links_do_not() -> None:
    html = notes_html("[a](https://exempelby.se/x) [b](../bygglov/) "
                      f"[c]({SITE}om/) [d](mailto:kc@exempelby.se) [e](//annan.example/)",
                      site_url=SITE)
    assert '<a href="https://exempelby.se/x" rel="noopener noreferrer">a</a>' in html
    assert '<a href="../bygglov/">b</a>' in html
    assert f'<a href="{SITE}om/">c</a>' in html
    assert '<a href="mailto:kc@exempelby.se">d</a>' in html
    assert '<a href="//annan.example/" rel="noopener noreferrer">e</a>' in html


def test_active_and_page_changing_elements_are_removed() -> None:
    html = notes_html(
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">\n'
        '<base href="//evil.example/">\n<form action="https://evil.example/"><input name="x">'
        "<button>Skicka</button></form>\n<iframe src=x>ram</iframe><object data=x></object>"
        '<p onclick="x()" style="color:red" class="c" id="i">Text</p>'
        "<style>p{}</style><script>x()</script><svg onload=x()><circle/></svg>", site_url=SITE)
    for bad in ("<meta", "<base", "<form", "<input", "<button", "<iframe", "<object",
                "onclick", "style", "class=", "id=", "<script", "<svg", "x()", "ram"):
        assert bad not in html, bad
    assert "<p>Text</p>" in html and "Skicka" in html


def test_unclosed_script_cuts_nothing_and_the_warning_names_the_file(caplog) -> None:
    md = "Före <script>alert(1)\n\nEfter texten.\n\n- punkt\n"
    with caplog.at_level(logging.WARNING):
        html = notes_html(md, site_url=SITE, source="episodes/x/episode.md")
    assert "Efter texten." in html and "<li>punkt</li>" in html
    assert "&lt;script&gt;alert(1)" in html
    assert "episodes/x/episode.md" in caplog.text
    feed = feed_html(html)
    assert "Efter texten." in feed and "&lt;script&gt;" in feed


def test_feed_html_is_the_page_html_cut_to_apples_tags() -> None:
    html = notes_html("## Rubrik\n\nText med **fet** och [länk](../om/).\n\n"
                      '> citat\n\n<img src="bild.png" alt="bild">', site_url=SITE)
    assert feed_html(html, base_url=SITE + "avsnitt/x/") == (
        '<p>Rubrik</p>\n<p>Text med fet och <a href="https://podd.exempelby.se/avsnitt/om/">'
        "länk</a>.</p>\n<p>citat</p>")


def test_control_characters_are_removed() -> None:
    assert strip_control_chars("a\x0bb\x0cc\x00d\x1be\x7ff\u0085g\tok\n") == "a b cdefg\tok\n"


def test_control_characters_in_episode_md_are_cleaned_with_a_warning(site_show: Path,
                                                                      runner) -> None:
    md = site_show / "episodes" / "bygglov" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8")
                  .replace("title: Bygglov för altan & staket", 'title: "Bygglov\\vför altan"')
                  .replace("Behöver du", "Behöver\x0b\x01 du"), encoding="utf-8")
    res = runner.invoke(cli, ["--show", str(site_show), "build", "--no-search",
                              "--now", "2026-06-01T12:00:00Z"])
    assert res.exit_code == 0, res.output
    assert f"{md}: control characters removed from title, notes" in res.output
    feed = etree.parse(str(site_show / "build" / "site" / "feed.xml"))
    assert "Bygglov för altan" in feed.xpath("//item/title/text()")
    page = (site_show / "build" / "site" / "avsnitt" / "bygglov" / "index.html").read_text()
    assert "<h1 data-pagefind-meta=\"title\">Bygglov för altan</h1>" in page


def test_control_characters_in_podcast_toml_are_cleaned_with_a_warning(site_show: Path,
                                                                        runner) -> None:
    toml = site_show / "podcast.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'title = "Kommuncenterpodden"', 'title = "Kommuncenter\\u000bpodden\\u0001"'),
        encoding="utf-8")
    res = runner.invoke(cli, ["--show", str(site_show), "build", "--no-search",
                              "--now", "2026-06-01T12:00:00Z"])
    assert res.exit_code == 0, res.output
    assert f"{toml}: control characters removed from show.title" in res.output
    feed = etree.parse(str(site_show / "build" / "site" / "feed.xml"))
    assert feed.xpath("/rss/channel/title/text()") == ["Kommuncenter podden"]
