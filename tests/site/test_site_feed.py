"""feed.xml: golden file, parsers (podcastparser, feedparser), XPath rules, publishing rules."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import shutil
import uuid
from pathlib import Path

import feedparser
import podcastparser
import pytest
from lxml import etree
from site_showkit import NOW, add_bygglov_transcript, check_golden, make_show

from podcast.errors import InputError
from podcast.site import build_site
from podcast.site.htmltext import feed_html
from podcast.workspace import Workspace

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0",
      "atom": "http://www.w3.org/2005/Atom"}


def _build(show: Path, now: dt.datetime = NOW, **kw):
    ws = Workspace.load(show)
    return ws, build_site(ws, now=now, search=False, **kw)


def _xml(ws: Workspace):
    return etree.fromstring((ws.site_dir / "feed.xml").read_bytes())


def test_feed_matches_golden_file(site_show: Path) -> None:
    ws, _ = _build(site_show)
    check_golden("feed.xml", (ws.site_dir / "feed.xml").read_text(encoding="utf-8"))


def test_feed_is_deterministic_across_builds_and_folders(site_show: Path, tmp_path: Path) -> None:
    ws, _ = _build(site_show)
    first = (ws.site_dir / "feed.xml").read_bytes()
    (ws.site_dir / "feed.xml").unlink()
    _build(site_show)
    assert (ws.site_dir / "feed.xml").read_bytes() == first
    other = make_show(tmp_path / "elsewhere")
    ws2, _ = _build(other, now=NOW + dt.timedelta(days=30))  # a later build time, same due set
    assert (ws2.site_dir / "feed.xml").read_bytes() == first


def test_podcastparser_reads_episodes_enclosures_and_chapters(site_show: Path) -> None:
    ws, _ = _build(site_show)
    with open(ws.site_dir / "feed.xml", "rb") as fh:
        parsed = podcastparser.parse(ws.feed_url, fh)
    assert parsed["title"] == "Kommuncenterpodden"
    assert parsed["type"] == "episodic"
    titles = [e["title"] for e in parsed["episodes"]]
    assert titles == ["Bygglov för altan & staket", "Snöröjning på vintern"]
    snow = parsed["episodes"][1]
    size = ws.processed_audio_path("snorojning").stat().st_size
    assert snow["enclosures"] == [{"url": "https://podd.exempelby.se/media/snorojning.mp3",
                                   "file_size": size, "mime_type": "audio/mpeg"}]
    assert snow["total_time"] == 118
    assert snow["number"] == 1
    assert snow["published"] == int(dt.datetime(2026, 1, 15, 7, tzinfo=dt.UTC).timestamp())
    assert snow["link"] == "https://podd.exempelby.se/avsnitt/snorojning/"
    assert "plogvallen" in snow["description"]


def test_feedparser_is_happy(site_show: Path) -> None:
    ws, _ = _build(site_show)
    parsed = feedparser.parse((ws.site_dir / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.language == "sv"
    # feedparser maps only yes/explicit/true to True; "false" is not explicit
    assert not parsed.feed.itunes_explicit
    assert parsed.feed.publisher_detail.email == "podd@exempelby.se"
    assert parsed.feed.podcast_guid == "0e067b36-523c-5177-82a8-d496dae383ed"
    assert [t["term"] for t in parsed.feed.tags] == ["Government"]
    self_links = [ln for ln in parsed.feed.links if ln.rel == "self"]
    assert self_links[0].href == "https://podd.exempelby.se/feed.xml"
    assert parsed.feed.image.href == "https://podd.exempelby.se/cover.jpg"
    entry = parsed.entries[1]
    assert entry.itunes_episodetype == "full"
    assert entry.itunes_duration == "118"
    assert entry.guidislink is False


def test_w3c_style_rules(site_show: Path) -> None:
    ws, _ = _build(site_show)
    root = _xml(ws)
    channel = root.find("channel")
    # itunes:explicit is true/false (never yes/no/clean), on the channel and where set on items
    explicit = root.xpath("//itunes:explicit/text()", namespaces=NS)
    assert explicit and set(explicit) <= {"true", "false"}
    assert channel.find("itunes:explicit", NS).text == "false"
    # required channel elements
    for tag in ("title", "link", "description", "language"):
        assert channel.find(tag) is not None and channel.find(tag).text, tag
    assert len(channel.find("description").text.encode()) <= 4000
    assert root.xpath("count(/rss/channel/atom:link[@rel='self'])", namespaces=NS) == 1
    assert channel.find("itunes:category", NS).get("text") == "Government"
    assert channel.find("itunes:image", NS).get("href").endswith(".jpg")
    guids = []
    for item in channel.findall("item"):
        # duration: whole seconds or [HH:]MM:SS
        duration = item.find("itunes:duration", NS).text
        assert re.fullmatch(r"\d+|(\d+:)?[0-5]?\d:[0-5]\d", duration), duration
        # pubDate is RFC 2822 and its weekday matches its date
        pub = item.find("pubDate").text
        parsed = email.utils.parsedate_to_datetime(pub)
        assert pub.startswith(parsed.strftime("%a, ")), pub
        assert re.fullmatch(r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}",
                            pub)
        # enclosure length is the exact byte size of the published file
        enc = item.find("enclosure")
        slug = enc.get("url").rsplit("/", 1)[1].removesuffix(".mp3")
        assert int(enc.get("length")) == (ws.site_dir / "media" / f"{slug}.mp3").stat().st_size
        assert enc.get("type") == "audio/mpeg"
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false"
        guids.append(guid.text)
        assert item.find("itunes:episodeType", NS).text in ("full", "trailer", "bonus")
    assert len(guids) == len(set(guids)) == 2


def test_podcasting20_elements(site_show: Path) -> None:
    ws, _ = _build(site_show)
    root = _xml(ws)
    expected_guid = str(uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"),
                                   "podd.exempelby.se/feed.xml"))
    assert root.xpath("string(//channel/podcast:guid)", namespaces=NS) == expected_guid
    locked = root.find("channel/podcast:locked", NS)
    assert locked.text == "yes" and locked.get("owner") == "podd@exempelby.se"
    item = root.xpath("//item[title='Snöröjning på vintern']")[0]
    transcripts = {t.get("type"): t for t in item.findall("podcast:transcript", NS)}
    assert set(transcripts) == {"text/vtt", "application/x-subrip", "application/json"}
    assert transcripts["text/vtt"].get("rel") == "captions"
    assert transcripts["text/vtt"].get("language") == "sv"
    assert transcripts["application/json"].get("rel") is None
    for t in transcripts.values():
        rel = t.get("url").removeprefix(ws.site_url)
        assert (ws.site_dir / rel).is_file(), rel
    chapters = item.find("podcast:chapters", NS)
    assert chapters.get("type") == "application/json+chapters"
    data = json.loads((ws.site_dir / "avsnitt/snorojning/chapters.json").read_text())
    assert data["version"] == "1.2.0"
    assert [(c["startTime"], c["title"]) for c in data["chapters"]] == [
        (0, "Inledning"), (60, "Plogordning"), (90, "Plogvallen vid infarten")]
    people = [(p.get("role"), p.text) for p in item.findall("podcast:person", NS)]
    assert people == [("host", "Anna Andersson"), ("guest", "Bertil Berg")]
    assert item.find("podcast:season", NS).text == "1"
    assert item.find("podcast:episode", NS).text == "1"
    # the JSON transcript is the Podcasting 2.0 shape
    tr = json.loads((ws.site_dir / "avsnitt/snorojning/transcript.json").read_text())
    assert tr["version"] == "1.0.0" and tr["segments"][5]["startTime"] == 90.0
    vtt = (ws.site_dir / "avsnitt/snorojning/transcript.vtt").read_text()
    assert vtt.startswith("WEBVTT\n") and "00:01:30.000 --> 00:01:44.000" in vtt


def test_chapters_from_media_info_win_and_intro_offset_shifts_notes_chapters(
        site_show: Path) -> None:
    info_path = site_show / "build/audio/snorojning.json"
    info = json.loads(info_path.read_text())
    info["intro_offset_seconds"] = 5.0
    info_path.write_text(json.dumps(info))
    ws, _ = _build(site_show)
    data = json.loads((ws.site_dir / "avsnitt/snorojning/chapters.json").read_text())
    assert [c["startTime"] for c in data["chapters"]] == [5.0, 65.0, 95.0]
    info["chapters"] = [{"start": 0.0, "title": "Intro"}, {"start": 12.5, "title": "Början"}]
    info_path.write_text(json.dumps(info))
    _build(site_show)
    data = json.loads((ws.site_dir / "avsnitt/snorojning/chapters.json").read_text())
    assert [(c["startTime"], c["title"]) for c in data["chapters"]] == [(0, "Intro"),
                                                                        (12.5, "Början")]


def test_scheduled_episode_appears_only_when_due(site_show: Path) -> None:
    from site_showkit import write_processed

    write_processed(site_show, "sophamtning", 30.0, "fixed")
    ws, result = _build(site_show)
    assert "sophamtning" in result.scheduled
    assert "Sophämtning" not in (ws.site_dir / "feed.xml").read_text()
    assert not (ws.site_dir / "avsnitt/sophamtning").exists()
    later = dt.datetime(2099, 6, 2, tzinfo=dt.UTC)
    ws, result = _build(site_show, now=later)
    assert result.published[0] == "sophamtning"
    assert "Sophämtning i sommar" in (ws.site_dir / "feed.xml").read_text()
    # the scheduled date passes the other way again (e.g. editor moved it): page is removed
    ws, result = _build(site_show)
    assert not (ws.site_dir / "avsnitt/sophamtning").exists()
    assert "avsnitt/sophamtning/index.html" in result.removed


def test_unprocessed_and_draft_episodes_are_left_out(site_show: Path) -> None:
    ws, result = _build(site_show)
    assert result.unprocessed == ["forskoleko"]
    assert any("forskoleko" in w and "podcast process" in w for w in result.warnings)
    assert result.drafts == ["parkering"]
    feed = (ws.site_dir / "feed.xml").read_text()
    assert "Förskolekö" not in feed and "parkering" not in feed


def test_missing_transcript_warns_and_strict_fails(site_show: Path, caplog) -> None:
    with caplog.at_level("WARNING", logger="podcast.site"):
        ws, result = _build(site_show)
    assert result.missing_transcripts == ["bygglov"]
    assert any("bygglov" in r.getMessage() and "transcript" in r.getMessage()
               for r in caplog.records)
    shutil.rmtree(ws.site_dir)
    with pytest.raises(InputError) as err:
        _build(site_show, strict=True)
    assert "bygglov" in str(err.value) and "transcript.json" in str(err.value)
    assert not (ws.site_dir / "feed.xml").exists()  # nothing half-written
    add_bygglov_transcript(site_show)
    ws, result = _build(site_show, strict=True)
    assert result.missing_transcripts == []


def test_broken_transcript_names_the_file(site_show: Path) -> None:
    (site_show / "episodes/snorojning/transcript.json").write_text('{"segments": [{"body": 1}]}')
    with pytest.raises(InputError) as err:
        _build(site_show)
    assert "snorojning/transcript.json" in str(err.value) and "segments[0]" in str(err.value)


def test_duplicate_guid_is_an_error_naming_the_episode(site_show: Path) -> None:
    for slug in ("snorojning", "bygglov"):
        path = site_show / "episodes" / slug / "episode.md"
        path.write_text(path.read_text().replace("---\n", "---\nguid: fast-id\n", 1))
    with pytest.raises(InputError) as err:
        _build(site_show)
    assert "fast-id" in str(err.value) and "episode.md" in str(err.value)


def test_episode_guid_is_stable_and_can_be_pinned(site_show: Path) -> None:
    ws, _ = _build(site_show)
    before = _xml(ws).xpath("//item[title='Bygglov för altan & staket']/guid/text()")[0]
    path = site_show / "episodes/bygglov/episode.md"
    path.write_text(path.read_text().replace("title: Bygglov för altan & staket",
                                             "title: Bygglov för altan och staket"))
    _build(site_show)
    after = _xml(ws).xpath("//item[title='Bygglov för altan och staket']/guid/text()")[0]
    assert before == after  # a title change keeps the guid
    path.write_text(path.read_text().replace("---\n", "---\nguid: urn:exempelby:2\n", 1))
    _build(site_show)
    assert _xml(ws).xpath("//item[title='Bygglov för altan och staket']/guid/text()") == [
        "urn:exempelby:2"]


def test_feed_description_html_is_limited_to_apple_tags() -> None:
    html = ('<h2>Rubrik</h2><p>Text med <strong>fet</strong> och <a href="https://x.se">länk</a>'
            '<a href="javascript:alert(1)">dålig</a></p><script>alert(1)</script>'
            '<ul><li>ett</li></ul><img src="https://x.se/a.png">]]>')
    out = feed_html(html)
    assert set(re.findall(r"</?([a-z0-9]+)", out)) <= {"p", "ul", "ol", "li", "a"}
    assert "alert" not in out and "javascript" not in out and "]]>" not in out
    assert '<a href="https://x.se">länk</a>' in out and "dålig" in out


def test_explicit_true_and_english_show(tmp_path: Path) -> None:
    show = make_show(tmp_path / "en", language="en")
    cfg = show / "podcast.toml"
    cfg.write_text(cfg.read_text().replace("explicit = false", "explicit = true"))
    ws, _ = _build(show)
    root = _xml(ws)
    assert root.findtext("channel/language") == "en"
    assert root.find("channel/itunes:explicit", NS).text == "true"
    with open(ws.site_dir / "feed.xml", "rb") as fh:
        assert podcastparser.parse(ws.feed_url, fh)["explicit"] is True
    assert 'lang="en"' in (ws.site_dir / "index.html").read_text()


def test_channel_description_is_plain_text_and_items_keep_html(site_show: Path) -> None:
    ws, _ = _build(site_show)
    channel = _xml(ws).find("channel")
    text = channel.find("description").text
    assert "<" not in text and text.startswith("Kommunens kontaktcenter svarar")
    assert "\n\nEtt nytt avsnitt" in text
    parsed = podcastparser.parse(ws.feed_url, (ws.site_dir / "feed.xml").open("rb"))
    assert "<p>" not in parsed["description"]
    content = "{http://purl.org/rss/1.0/modules/content/}encoded"
    snow = [i for i in channel.findall("item") if i.find("link").text.endswith("/snorojning/")][0]
    assert snow.find(content).text == snow.find("description").text
    assert '<a href="https://exempelby.se/snorojning">' in snow.find(content).text
