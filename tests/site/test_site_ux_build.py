"""What the build makes for the player, subscribing and errors (#18.6-8), without a browser:
thumbnails and icons, episode art, previous/next links, 404.html, feed.xsl (applied with
lxml's XSLT 1.0), subscribe links in podcast.toml and their scaffold."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree
from site_showkit import NOW, make_show, write_processed

from podcast.cli import cli
from podcast.config import load_config
from podcast.errors import ConfigError, InputError
from podcast.ffmpeg import run_ffmpeg
from podcast.scaffold import init_show
from podcast.site import build_site
from podcast.site.build import image_size
from podcast.workspace import Workspace

GENERATED = ["feed.xml", "feed.xsl", "404.html", "cover-160.jpg", "cover-320.jpg",
             "favicon.png", "favicon.ico", "apple-touch-icon.png", "index.html",
             "avsnitt/snorojning/index.html", "avsnitt/snorojning/bild.jpg",
             "avsnitt/snorojning/bild-160.jpg", "avsnitt/snorojning/bild-320.jpg"]


def _build(show: Path, **kw):
    ws = Workspace.load(show)
    kw.setdefault("now", NOW)
    kw.setdefault("search", False)
    return ws, build_site(ws, **kw)


def _give_image(show: Path, name: str = "bild.jpg", size: str = "1400x1400") -> None:
    run_ffmpeg(["-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc=s={size}", "-frames:v", "1",
                str(show / "episodes" / "snorojning" / name)])
    md = show / "episodes" / "snorojning" / "episode.md"
    lines = [ln for ln in md.read_text(encoding="utf-8").splitlines(keepends=True)
             if not ln.startswith("image:")]
    text = "".join(lines).replace("number: 1\n", f"number: 1\nimage: {name}\n")
    md.write_text(text, encoding="utf-8")


def test_thumbnails_icons_and_episode_art_are_made_once_and_deterministic(tmp_path: Path) -> None:
    first = make_show(tmp_path / "a")
    _give_image(first)
    ws, result = _build(first)
    site = ws.site_dir
    assert image_size(site / "cover-160.jpg") == (160, 160)
    assert image_size(site / "cover-320.jpg") == (320, 320)
    assert image_size(site / "favicon.png") == (32, 32)
    assert image_size(site / "apple-touch-icon.png") == (180, 180)
    assert (site / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert image_size(site / "avsnitt/snorojning/bild-160.jpg") == (160, 160)
    assert image_size(site / "avsnitt/snorojning/bild.jpg") == (1400, 1400)
    assert (site / "cover-320.jpg").stat().st_size < (site / "cover.jpg").stat().st_size
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="cover-160.jpg" srcset="cover-160.jpg 160w, cover-320.jpg 320w"' in home
    assert '<link rel="icon" href="favicon.png" sizes="32x32" type="image/png">' in home
    page = (site / "avsnitt/snorojning/index.html").read_text(encoding="utf-8")
    assert 'src="../../avsnitt/snorojning/bild-160.jpg"' in page
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert '<itunes:image href="https://podd.exempelby.se/avsnitt/snorojning/bild.jpg"/>' in feed

    # a rebuild with nothing changed writes nothing
    _, again = _build(first)
    assert again.written == [] and again.removed == []

    # the same show elsewhere (cold cache) gives the same bytes
    second = tmp_path / "b"
    shutil.copytree(first, second, ignore=shutil.ignore_patterns("build"))
    shutil.copytree(first / "build" / "audio", second / "build" / "audio")
    ws2, _ = _build(second)
    for name in GENERATED:
        assert (ws2.site_dir / name).read_bytes() == (site / name).read_bytes(), name

    assert not [w for w in result.warnings + again.warnings if "px" in w]
    _give_image(first, "bred.png", "1600x900")  # not square: a warning, thumbnails cropped
    _, wide = _build(first)
    assert [w for w in wide.warnings if "px" in w] == [
        "snorojning/bred.png: artwork is 1600x900 px; podcast apps require a square image of "
        "1400-3000 px"]
    assert image_size(site / "avsnitt/snorojning/bild-160.jpg") == (160, 160)
    assert (site / "avsnitt/snorojning/bild.png").is_file()
    assert "avsnitt/snorojning/bild.jpg" in wide.removed

    # the episode loses its image: its copies go too
    md = first / "episodes" / "snorojning" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8").replace("image: bred.png\n", ""),
                  encoding="utf-8")
    _, later = _build(first)
    assert "avsnitt/snorojning/bild-160.jpg" in later.removed
    assert "<itunes:image" not in (site / "feed.xml").read_text().split("<item>", 1)[1]


@pytest.mark.parametrize("value, message", [
    ("bild.gif", "image: must be a .jpg or .png file"),
    ("../omslag.jpg", "image: must be a file in the episode folder"),
    ("https://exempelby.se/bild.jpg", "image: must be a file in the episode folder"),
])
def test_episode_image_must_be_a_local_jpeg_or_png(tmp_path: Path, value: str,
                                                   message: str) -> None:
    show = make_show(tmp_path / "show")
    md = show / "episodes" / "snorojning" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8").replace("number: 1\n",
                                                         f"number: 1\nimage: {value}\n"))
    with pytest.raises(ConfigError) as err:
        _build(show)
    assert "episode.md" in str(err.value) and message in str(err.value)


def test_missing_episode_image_is_a_one_line_error(tmp_path: Path, runner, monkeypatch) -> None:
    show = make_show(tmp_path / "show")
    _give_image(show)
    (show / "episodes" / "snorojning" / "bild.jpg").unlink()
    with pytest.raises(InputError, match=r"episode\.md: image: file not found: bild\.jpg"):
        _build(show)
    monkeypatch.chdir(show)
    result = runner.invoke(cli, ["build", "--now", "2026-06-01", "--no-search"])
    assert result.exit_code not in (0, 70), result.output
    assert "Traceback" not in result.output
    assert "image: file not found: bild.jpg" in result.output.strip().splitlines()[-1]


def test_a_new_episode_gets_linked_from_the_previous_newest(tmp_path: Path) -> None:
    show = make_show(tmp_path / "show")
    ws, _ = _build(show)
    bygglov = ws.site_dir / "avsnitt/bygglov/index.html"
    html = bygglov.read_text(encoding="utf-8")
    assert 'rel="prev"' in html and 'rel="next"' not in html
    md = show / "episodes" / "sophamtning" / "episode.md"
    md.write_text(md.read_text(encoding="utf-8").replace("2099-06-01", "2026-04-01"))
    write_processed(show, "sophamtning", 30.0, "fixed")
    _, result = _build(show)
    assert "avsnitt/bygglov/index.html" in result.written
    assert "avsnitt/snorojning/index.html" not in result.written  # its neighbours are the same
    html = bygglov.read_text(encoding="utf-8")
    assert ('<a href="../sophamtning/" rel="next"><span class="episode-nav-label">Nästa avsnitt'
            '</span> Sophämtning i sommar</a>') in html


@pytest.mark.parametrize("base_url, root", [("https://podd.exempelby.se/", "/"),
                                            ("https://exempelby.se/podd", "/podd/")])
def test_404_page_links_from_the_site_root(tmp_path: Path, base_url: str, root: str) -> None:
    show = make_show(tmp_path / "show")
    cfg = show / "podcast.toml"
    cfg.write_text(cfg.read_text().replace('base_url = "https://podd.exempelby.se/"',
                                           f'base_url = "{base_url}"'))
    ws, _ = _build(show)
    html = (ws.site_dir / "404.html").read_text(encoding="utf-8")
    assert "<h1>Sidan finns inte</h1>" in html
    assert f'<a href="{root}avsnitt/">Alla avsnitt</a>' in html
    assert f'href="{root}static/site.css"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="canonical"' not in html
    sitemap = (ws.site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert "404" not in sitemap


@pytest.mark.parametrize("language, heading, month", [("sv", "Alla avsnitt", "12 februari 2026"),
                                                      ("en", "All episodes", "12 February 2026")])
def test_feed_stylesheet_turns_the_feed_into_a_page(tmp_path: Path, language: str,
                                                    heading: str, month: str) -> None:
    ws, _ = _build(make_show(tmp_path / "show", language=language))
    feed_bytes = (ws.site_dir / "feed.xml").read_bytes()
    assert feed_bytes.splitlines()[1] == b'<?xml-stylesheet type="text/xsl" href="feed.xsl"?>'
    transform = etree.XSLT(etree.parse(str(ws.site_dir / "feed.xsl")))
    page = str(transform(etree.fromstring(feed_bytes)))
    doc = etree.HTML(page)
    assert doc.get("lang") == language
    assert doc.findtext(".//h1") == "Kommuncenterpodden"
    assert doc.findtext(".//h2") == heading
    assert [a.text for a in doc.iterfind(".//article/h3/a")] == [
        "Bygglov för altan & staket", "Snöröjning på vintern"]
    assert doc.find(".//article/h3/a").get("href") == "https://podd.exempelby.se/avsnitt/bygglov/"
    assert doc.findtext(".//article/p") == month
    assert doc.findtext(".//code") == "https://podd.exempelby.se/feed.xml"


def test_subscribe_links_are_checked_and_scaffolded(tmp_path: Path) -> None:
    show = make_show(tmp_path / "show")
    cfg = show / "podcast.toml"
    cfg.write_text(cfg.read_text().replace('"https://open.spotify.com/show/000"',
                                           '"open.spotify.com/show/000"'))
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert ("site.subscribe_links.Spotify: must be a web address starting with https://"
            in str(err.value))

    new = tmp_path / "ny"
    init_show(new)
    text = (new / "podcast.toml").read_text(encoding="utf-8")
    assert "[site.subscribe_links]" in text
    assert '# "Apple Podcasts" = "https://podcasts.apple.com/' in text
    assert load_config(new / "podcast.toml").site.subscribe_links == {}
    filled = text.replace('# "Spotify" = "https://open.spotify.com/show/..."',
                          '"Spotify" = "https://open.spotify.com/show/abc"')
    (new / "podcast.toml").write_text(filled, encoding="utf-8")
    assert load_config(new / "podcast.toml").site.subscribe_links == {
        "Spotify": "https://open.spotify.com/show/abc"}


def test_copy_feed_button_carries_the_absolute_feed_address(tmp_path: Path) -> None:
    ws, _ = _build(make_show(tmp_path / "show"))
    for page in ("index.html", "avsnitt/bygglov/index.html", "om/index.html"):
        html = (ws.site_dir / page).read_text(encoding="utf-8")
        assert 'data-copy="https://podd.exempelby.se/feed.xml"' in html, page
        assert "static/subscribe.js" in html and "onclick" not in html, page


def test_feed_css_fallback_holds_the_intro_as_a_safe_css_string(tmp_path: Path) -> None:
    from podcast.site.pages import css_string

    assert css_string('Säg "hej" \\ </style>') == "Säg \\22 hej\\22  \\5c  \\3c /style\\3e "
    ws, _ = _build(make_show(tmp_path / "show"))
    feed = (ws.site_dir / "feed.xml").read_bytes().splitlines()
    assert feed[2] == b'<?xml-stylesheet type="text/css" href="feed.css"?>'
    css = (ws.site_dir / "feed.css").read_text(encoding="utf-8")
    assert 'content: "Det här är poddens RSS-flöde.' in css
