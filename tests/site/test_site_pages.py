"""Site pages: golden episode page, structure, JSON-LD, sitemap, i18n, overrides, incremental
rebuilds, CLI."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from lxml import etree
from site_showkit import NOW, add_bygglov_transcript, check_golden, make_show

from podcast.cli import cli
from podcast.site import build_site, i18n
from podcast.workspace import Workspace

PAGES = ["index.html", "avsnitt/index.html", "avsnitt/snorojning/index.html",
         "avsnitt/bygglov/index.html", "amnen/index.html", "amnen/snorojning/index.html",
         "amnen/gator-och-vagar/index.html", "amnen/bygglov/index.html", "sok/index.html",
         "om/index.html", "tillganglighet/index.html"]


def _build(show: Path, **kw):
    ws = Workspace.load(show)
    kw.setdefault("now", NOW)
    kw.setdefault("search", False)
    return ws, build_site(ws, **kw)


class _Refs(HTMLParser):
    """Collects every URL a page loads (src, stylesheet/icon href) and every link."""

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self.links: list[str] = []
        self.jsonld: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("src"):
            self.loads.append(a["src"])
        if tag == "link" and a.get("rel") in ("stylesheet", "icon", "preload", "modulepreload"):
            self.loads.append(a["href"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        self._in_ld = tag == "script" and a.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_ld:
            self.jsonld.append(data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False


def _refs(path: Path) -> _Refs:
    p = _Refs()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_episode_page_matches_golden_file(site_show: Path) -> None:
    ws, _ = _build(site_show)
    check_golden("episode-snorojning.html",
                 (ws.site_dir / "avsnitt/snorojning/index.html").read_text(encoding="utf-8"))


def test_every_page_exists_and_only_loads_local_files(site_show: Path) -> None:
    ws, _ = _build(site_show)
    for page in PAGES:
        path = ws.site_dir / page
        assert path.is_file(), page
        html = path.read_text(encoding="utf-8")
        assert html.startswith("<!doctype html>") and '<html lang="sv">' in html
        refs = _refs(path)
        for url in refs.loads:  # no third-party requests: everything loaded is relative
            assert not re.match(r"^(https?:)?//", url), (page, url)
            target = (path.parent / url.split("#")[0].split("?")[0]).resolve()
            assert target.exists(), (page, url)
        for url in refs.links:  # internal links resolve to files of the site
            if re.match(r"^(https?:|mailto:|#)", url):
                continue
            target = (path.parent / url.split("#")[0]).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), (page, url)
        assert "set-cookie" not in html.lower() and "document.cookie" not in html
    for asset in ("static/player.js", "static/search.js"):
        assert "cookie" not in (ws.site_dir / asset).read_text().lower()


def test_episode_page_has_player_chapters_transcript_and_deep_links(site_show: Path) -> None:
    ws, _ = _build(site_show)
    html = (ws.site_dir / "avsnitt/snorojning/index.html").read_text(encoding="utf-8")
    assert '<audio id="player" controls preload="none" src="../../media/snorojning.mp3"' in html
    assert html.count('class="seg"') == 7
    assert ('<li id="t-90"><a class="seg" href="#t=90" data-start="90" data-end="104">'
            in html)
    assert "Plogvallen vid infarten är tyvärr fastighetsägarens ansvar." in html
    assert '<a href="#t=60" data-start="60"><span class="ts">01:00</span> Plogordning</a>' in html
    assert '<link rel="canonical" href="https://podd.exempelby.se/avsnitt/snorojning/">' in html
    assert 'property="og:image" content="https://podd.exempelby.se/cover.jpg"' in html
    assert "<script>alert" not in html  # active content from the notes is dropped
    assert '<h3>Länkar</h3>' in html  # notes headings sit below the section's h2
    # no transcript yet: the page says so (and the build warned)
    other = (ws.site_dir / "avsnitt/bygglov/index.html").read_text(encoding="utf-8")
    assert "Transkriberingen är inte klar ännu." in other


def test_json_ld_and_open_graph(site_show: Path) -> None:
    ws, _ = _build(site_show)
    series = json.loads(_refs(ws.site_dir / "index.html").jsonld[0])
    assert series["@type"] == "PodcastSeries"
    assert series["webFeed"] == "https://podd.exempelby.se/feed.xml"
    episode = json.loads(_refs(ws.site_dir / "avsnitt/snorojning/index.html").jsonld[0])
    assert episode["@type"] == "PodcastEpisode"
    assert episode["datePublished"] == "2026-01-15"
    assert episode["associatedMedia"]["contentUrl"] == "https://podd.exempelby.se/media/snorojning.mp3"
    assert episode["timeRequired"] == "PT1M58S"
    assert episode["partOfSeries"]["name"] == "Kommuncenterpodden"


def test_sitemap_and_robots(site_show: Path) -> None:
    ws, _ = _build(site_show)
    root = etree.fromstring((ws.site_dir / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = root.xpath("//s:loc/text()", namespaces=ns)
    assert "https://podd.exempelby.se/avsnitt/snorojning/" in locs
    assert "https://podd.exempelby.se/tillganglighet/" in locs
    assert not any("sophamtning" in u or "parkering" in u for u in locs)
    assert len(locs) == len(set(locs))
    assert "Sitemap: https://podd.exempelby.se/sitemap.xml" in (
        ws.site_dir / "robots.txt").read_text()


def test_media_is_hard_linked_and_not_copied_again(site_show: Path) -> None:
    ws, result = _build(site_show)
    src = ws.processed_audio_path("snorojning")
    dst = ws.site_dir / "media/snorojning.mp3"
    assert dst.read_bytes() == src.read_bytes()
    assert os.stat(dst).st_ino == os.stat(src).st_ino  # same file system: a hard link
    _, again = _build(site_show)
    assert "media/snorojning.mp3" not in again.written


def test_noop_rebuild_writes_nothing_and_changes_rerender_only_what_changed(
        site_show: Path) -> None:
    ws, first = _build(site_show)
    assert first.written
    stamp = {p: (ws.site_dir / p).stat().st_mtime_ns for p in PAGES}
    _, second = _build(site_show)
    assert second.written == [] and second.removed == []
    assert {p: (ws.site_dir / p).stat().st_mtime_ns for p in PAGES} == stamp
    # a transcript arrives for one episode: its page and files change, the other page does not
    add_bygglov_transcript(site_show)
    _, third = _build(site_show)
    assert "avsnitt/bygglov/index.html" in third.written
    assert "avsnitt/bygglov/transcript.vtt" in third.written
    assert "avsnitt/snorojning/index.html" not in third.written
    assert "feed.xml" in third.written  # it now lists the new transcript
    # an editor corrects the VTT by hand: page and every published format follow the edit
    vtt = site_show / "episodes/bygglov/transcript.vtt"
    vtt.write_text("WEBVTT\n\n00:00:00.000 --> 00:00:10.000\nRättad rad.\n", encoding="utf-8")
    _, fourth = _build(site_show)
    assert "avsnitt/snorojning/index.html" not in fourth.written
    for name in ("index.html", "transcript.vtt", "transcript.srt", "transcript.json",
                 "transcript.txt"):
        assert "Rättad rad." in (ws.site_dir / "avsnitt/bygglov" / name).read_text(), name
    assert "reglerna" not in (ws.site_dir / "avsnitt/bygglov/transcript.srt").read_text()


def test_search_index_is_built_with_pagefind_only_when_pages_change(site_show: Path) -> None:
    ws, first = _build(site_show, search=True)
    assert first.search_indexed
    bundle = ws.site_dir / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    meta = json.loads((bundle / "pagefind-entry.json").read_text())
    assert list(meta["languages"]) == ["sv"]
    assert meta["languages"]["sv"]["page_count"] == 2  # only episode pages are indexed
    _, second = _build(site_show, search=True)
    assert not second.search_indexed


def test_show_templates_override_builtin_ones_by_name(site_show: Path) -> None:
    (site_show / "templates/about.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>Egen om-sida för {{ show.title }}</h1>'
        "{% endblock %}", encoding="utf-8")
    ws, _ = _build(site_show)
    about = (ws.site_dir / "om/index.html").read_text(encoding="utf-8")
    assert "<h1>Egen om-sida för Kommuncenterpodden</h1>" in about
    assert "skip-link" in about  # the built-in base.html is still used


def test_english_show_gets_english_ui(tmp_path: Path) -> None:
    ws, _ = _build(make_show(tmp_path / "en", language="en"))
    html = (ws.site_dir / "avsnitt/snorojning/index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "Transcript" in html and "Chapters" in html
    assert "Transkribering" not in html
    assert "15 January 2026" in html


def test_every_ui_string_is_translated() -> None:
    missing = [f"{code}:{key}" for code, table in i18n.LANGUAGES.items()
               for key in i18n.SV if key not in table]
    assert missing == []
    assert set(i18n.SV) == set(i18n.EN)


def test_pagination_of_all_episodes(site_show: Path) -> None:
    cfg = site_show / "podcast.toml"
    cfg.write_text(cfg.read_text().replace("episodes_per_page = 10", "episodes_per_page = 1"))
    ws, _ = _build(site_show)
    assert (ws.site_dir / "avsnitt/sida/2/index.html").is_file()
    first = (ws.site_dir / "avsnitt/index.html").read_text(encoding="utf-8")
    assert 'href="../avsnitt/sida/2/" rel="next"' in first
    cfg.write_text(cfg.read_text().replace("episodes_per_page = 1", "episodes_per_page = 10"))
    _, result = _build(site_show)
    assert "avsnitt/sida/2/index.html" in result.removed


def test_cli_build(site_show: Path, runner, monkeypatch) -> None:
    monkeypatch.chdir(site_show)
    result = runner.invoke(cli, ["build", "--now", "2026-06-01", "--no-search"])
    assert result.exit_code == 0, result.output
    assert "2 episode(s) in the feed and site" in result.output
    assert (site_show / "build/site/feed.xml").is_file()
    strict = runner.invoke(cli, ["build", "--strict", "--no-search"])
    assert strict.exit_code != 0
    last = strict.output.strip().splitlines()[-1]
    assert last.startswith("Error: ") and "bygglov" in last and "Traceback" not in strict.output
    bad = runner.invoke(cli, ["build", "--now", "igår"])
    assert bad.exit_code != 0 and "--now" in bad.output


def test_parallel_build_matches_serial_and_keeps_error_locations(site_show: Path, tmp_path: Path,
                                                                 monkeypatch) -> None:
    import podcast.site.parallel as parallel
    from podcast.errors import ConfigError

    ws, _ = _build(site_show)
    serial = {p.relative_to(ws.site_dir): p.read_bytes() for p in ws.site_dir.rglob("*")
              if p.is_file()}
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    other = make_show(tmp_path / "parallel")
    ws2, _ = _build(other)
    par = {p.relative_to(ws2.site_dir): p.read_bytes() for p in ws2.site_dir.rglob("*")
           if p.is_file()}
    assert par == serial
    bad = other / "episodes/bygglov/episode.md"
    bad.write_text(bad.read_text().replace("number: 2", "number: två"), encoding="utf-8")
    try:
        _build(other)
    except ConfigError as exc:
        assert "bygglov/episode.md" in str(exc) and "number" in str(exc)
    else:
        raise AssertionError("a broken episode.md must stop the build")


def test_cli_build_with_nothing_processed_yet(demo_show: Path, runner, monkeypatch) -> None:
    monkeypatch.chdir(demo_show)
    result = runner.invoke(cli, ["build", "--no-search"])
    assert result.exit_code == 0, result.output
    assert "0 episode(s) in the feed and site" in result.output
    assert "no processed audio" in result.output  # the warnings name each episode
    feed = (demo_show / "build/site/feed.xml").read_text(encoding="utf-8")
    assert "<item>" not in feed and "<title>Kommunpodden</title>" in feed


def test_artwork_is_checked(site_show: Path) -> None:
    import struct
    import zlib

    from podcast.errors import InputError
    from podcast.ffmpeg import run_ffmpeg

    def png(w: int, h: int) -> bytes:  # a PNG header without any image data
        ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr
                + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)))

    cfg = site_show / "podcast.toml"
    cfg.write_text(cfg.read_text().replace('artwork = "cover.jpg"', 'artwork = "omslag.png"'))
    (site_show / "omslag.png").write_bytes(png(1400, 1400))
    with pytest.raises(InputError, match=r"omslag\.png: cannot read the image"):
        _build(site_show)  # the thumbnails need a readable image
    run_ffmpeg(["-v", "error", "-y", "-f", "lavfi", "-i", "color=c=navy:s=1400x1000",
                "-frames:v", "1", str(site_show / "omslag.png")])
    ws, result = _build(site_show)
    assert any("1400x1000" in w for w in result.warnings)
    assert (ws.site_dir / "cover.png").is_file()
    assert 'href="https://podd.exempelby.se/cover.png"' in (ws.site_dir / "feed.xml").read_text()
    (site_show / "omslag.png").unlink()
    try:
        _build(site_show)
    except InputError as exc:
        assert "omslag.png" in str(exc)
    else:
        raise AssertionError("missing artwork must stop the build")
