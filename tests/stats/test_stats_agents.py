"""User-agent classification: built-in rules, PyPI lists, the OPAWG list from a file or URL."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from pathlib import Path

import pytest
from statshelp import ADDICT, GOOGLEBOT, IPHONE, OVERCAST

from podcast.errors import InputError, PodcastError
from podcast.stats.agents import BOT, EMPTY, WATCH, Classifier, download_opawg, load_opawg


@pytest.fixture(scope="module")
def opawg_dir(test_data: Path) -> Path:
    return test_data / "user-agents-v2"


def test_builtin_exclusions():
    c = Classifier()
    assert c.classify("").excluded == EMPTY
    assert c.classify("-").excluded == EMPTY
    assert c.classify("atc/1.0 watchOS/7.1 model/Watch5,1 hwp/t8006 build/18R590 (6; dt:201)"
                      ).excluded == WATCH
    # 'PocketCasts/' is the feed parser; 'Pocket Casts' is the app.
    assert c.classify("PocketCasts/1.0 (Pocket Casts Feed Parser; +http://pocketcasts.com/)"
                      ).excluded == BOT
    assert c.classify("Pocket Casts").excluded is None


def test_pypi_lists_without_opawg():
    c = Classifier()
    assert c.classify(GOOGLEBOT).excluded == BOT
    assert c.classify("Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)"
                      ).excluded == BOT  # crawlerdetect
    addict = c.classify(ADDICT)
    assert addict.excluded is None and addict.app == "PodcastAddict"
    assert addict.device == "Android phone"
    iphone = c.classify(IPHONE)
    assert (iphone.app, iphone.device) == ("Apple Podcasts", "iOS phone")
    chrome = c.classify("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                        "(KHTML, like Gecko) Chrome/124.0 Safari/537.36")
    assert chrome.excluded is None and chrome.device == "Windows computer"
    # an agent that names its platform is believed over a list's guess
    assert c.classify("Podcasts/1.1.0 (iPhone; iOS 17.4)").device == "iOS phone"
    assert c.classify("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                      "(KHTML, like Gecko) Version/17.4 Safari/605.1.15").device == \
        "macOS computer"
    assert c.classify("Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X)").device == "iPadOS tablet"


def test_opawg_list_from_a_folder(opawg_dir):
    c = Classifier(load_opawg(opawg_dir))
    assert c.classify(OVERCAST).app == "Overcast" and c.classify(OVERCAST).source == "opawg"
    assert c.classify(ADDICT).app == "Podcast Addict"
    gpt = c.classify("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; "
                     "GPTBot/1.2; +https://openai.com/gptbot)")
    assert gpt.excluded == BOT and gpt.source == "opawg"
    assert c.classify("python-requests/2.31.0").excluded == BOT  # libraries, category bot
    assert c.classify("Spotify/8.9.18 Android/34 (SM-S911B)").device == "Android Phone"
    # every example in the bots list is a bot, every app example is not
    bots = json.loads((opawg_dir / "bots.json").read_text())["entries"]
    apps = json.loads((opawg_dir / "apps.json").read_text())["entries"]
    for entry in bots:
        for example in entry.get("examples", [])[:2]:
            assert c.classify(example).excluded is not None, example
    wrong = [ex for entry in apps for ex in entry.get("examples", [])[:2]
             if c.classify(ex).excluded is not None]
    assert wrong == [] or all(ex.startswith(("PocketCasts/", "atc/")) for ex in wrong), wrong


def test_bad_list_locations(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_opawg(tmp_path / "nowhere")
    (tmp_path / "bots.json").write_text("{not json")
    with pytest.raises(InputError, match="bots.json"):
        load_opawg(tmp_path)


@pytest.fixture
def list_server(opawg_dir):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(opawg_dir))
    handler.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_opawg_list_from_a_url_and_download(tmp_path, list_server):
    lists = load_opawg(list_server)
    assert len(lists.bots) >= 5 and len(lists.apps) >= 5
    written = download_opawg(tmp_path / "cache", list_server + "{name}.json")
    assert {p.name for p in written} >= {"bots.json", "apps.json", "devices.json"}
    assert Classifier(load_opawg(tmp_path / "cache")).classify(OVERCAST).app == "Overcast"


def test_download_failure_is_one_clear_error(tmp_path, list_server):
    with pytest.raises(PodcastError, match="cannot fetch"):
        download_opawg(tmp_path / "cache", list_server + "missing/{name}.json")
    assert not (tmp_path / "cache" / "bots.json").exists()


# --- verdicts kept between runs (issue #19: start-up) -------------------------------------

def test_verdicts_are_kept_on_disk_and_a_known_agent_needs_no_lists(tmp_path):
    cache = tmp_path / "verdicts"
    first = Classifier(cache_dir=cache)
    infos = {ua: first.classify(ua) for ua in (IPHONE, OVERCAST, GOOGLEBOT, ADDICT, "")}
    assert first.rules_loaded
    first.save()
    (saved,) = cache.glob("*.json")
    assert saved.stem == first.rules_fingerprint()[:32]
    again = Classifier(cache_dir=cache)
    assert {ua: again.classify(ua) for ua in infos} == infos
    assert not again.rules_loaded  # every verdict came from the cache
    fresh = Classifier()  # no cache: the same verdicts, computed
    assert {ua: fresh.classify(ua) for ua in infos} == infos
    assert again.classify("Kommunappen/1.0 (Android)") == fresh.classify(
        "Kommunappen/1.0 (Android)")
    assert again.rules_loaded  # a new agent loads the lists


def test_other_rules_start_a_new_cache_and_a_broken_one_is_ignored(tmp_path, opawg_dir):
    cache = tmp_path / "verdicts"
    plain = Classifier(cache_dir=cache)
    plain.classify(IPHONE)
    plain.save()
    with_list = Classifier(load_opawg(opawg_dir), cache_dir=cache)
    assert with_list.rules_fingerprint() != plain.rules_fingerprint()
    assert with_list.classify(IPHONE) == Classifier(load_opawg(opawg_dir)).classify(IPHONE)
    with_list.save()
    (only,) = cache.glob("*.json")  # the stale file is removed
    assert only.stem == with_list.rules_fingerprint()[:32]
    only.write_text("{not json", encoding="utf-8")
    broken = Classifier(load_opawg(opawg_dir), cache_dir=cache)
    assert broken.classify(GOOGLEBOT).excluded == BOT  # computed, not read
    broken.save()
    assert GOOGLEBOT in json.loads(only.read_text(encoding="utf-8"))["agents"]


def test_an_unwritable_cache_never_stops_classifying(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    c = Classifier(cache_dir=blocker / "verdicts")  # a folder that cannot be made
    assert c.classify(GOOGLEBOT).excluded == BOT
    c.save()
