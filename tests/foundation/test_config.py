"""podcast.toml and episode.md validation: every problem named with file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcast.config import load_config
from podcast.episode import load_episode, parse_timestamp
from podcast.errors import ConfigError, InvalidValue

MINIMAL = """
[show]
title = "T"
description = "D"
author = "A"
owner_email = "podd@kommun.se"
base_url = "https://podd.kommun.se"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "podcast.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_config_gets_defaults(tmp_path):
    config = load_config(write(tmp_path, MINIMAL))
    assert config.show.language == "sv"
    assert config.show.site_url == "https://podd.kommun.se/"
    assert config.audio.loudness_target() == (-16.0, -1.0)
    assert config.transcription.engine == "faster-whisper"


def test_demo_config_is_valid(repo_root):
    config = load_config(repo_root / "podcast.toml")
    assert config.show.title == "Kommunpodden"
    assert config.show.category == "Government"


def test_missing_key_named(tmp_path):
    path = write(tmp_path, MINIMAL.replace('title = "T"\n', ""))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "podcast.toml" in str(err.value)
    assert "show.title: required key is missing" in str(err.value)


def test_wrong_type_named(tmp_path):
    path = write(tmp_path, MINIMAL + '\n[audio]\ntarget_lufs = "loud"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "audio.target_lufs: expected a number" in str(err.value)


def test_unknown_key_named_with_suggestion(tmp_path):
    path = write(tmp_path, MINIMAL + "\n[audio]\ntarget_lfus = -16\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "audio.target_lfus: unknown key (did you mean 'target_lufs'?)" in str(err.value)


def test_unknown_section_named(tmp_path):
    path = write(tmp_path, MINIMAL + "\n[audoi]\nx = 1\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "audoi: unknown key (did you mean 'audio'?)" in str(err.value)


def test_every_problem_reported_at_once(tmp_path):
    text = MINIMAL.replace('owner_email = "podd@kommun.se"', "owner_email = 5")
    text += '\n[audio]\nbitrate_kbps = 1000\ncrossfade_seconds = "x"\n[show2]\n'
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    problems = err.value.problems
    assert any(p.startswith("show.owner_email: expected a string") for p in problems)
    assert any(p.startswith("audio.bitrate_kbps: must be at most 320") for p in problems)
    assert any(p.startswith("audio.crossfade_seconds: expected a number") for p in problems)
    assert any(p.startswith("show2: unknown key") for p in problems)


def test_choices_and_semantic_checks(tmp_path):
    text = MINIMAL.replace("https://podd.kommun.se", "podd.kommun.se")
    text += '\ncategory_x = 1\n'
    text = text.replace('author = "A"', 'author = "A"\ncategory = "Goverment"\nexplicit = "no"')
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    message = str(err.value)
    assert "show.category: must be one of" in message
    assert "show.explicit: expected true or false" in message


def test_base_url_must_be_http(tmp_path):
    text = MINIMAL.replace("https://podd.kommun.se", "podd.kommun.se")
    with pytest.raises(ConfigError, match="show.base_url: must start with https://"):
        load_config(write(tmp_path, text))


def test_toml_syntax_error(tmp_path):
    with pytest.raises(ConfigError, match="TOML syntax error"):
        load_config(write(tmp_path, "[show\ntitle = 1"))


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "podcast.toml")


EPISODE = """---
title: Snöröjning
date: 2026-01-14
number: 1
chapters:
  - start: "00:00"
    title: Början
  - start: "01:30"
    title: Plogvallen
recordings: [rå.wav]
---

Shownotes.
"""


def test_episode_loads(tmp_path):
    (tmp_path / "snorojning").mkdir()
    (tmp_path / "snorojning" / "episode.md").write_text(EPISODE, encoding="utf-8")
    ep = load_episode(tmp_path / "snorojning")
    assert ep.slug == "snorojning"
    assert ep.meta.title == "Snöröjning"
    assert [c.seconds for c in ep.meta.chapters] == [0.0, 90.0]
    assert ep.recording_paths == [tmp_path / "snorojning" / "rå.wav"]
    assert ep.notes_markdown.strip() == "Shownotes."


@pytest.mark.parametrize("change, expected", [
    (("number: 1", "number: one"), "number: expected a whole number"),
    (('"01:30"', '"1:3x"'), "chapters[1].start: not a time"),
    (('"01:30"', '"00:00"'), "chapters[1].start: chapters must be in increasing time order"),
    (("title: Snöröjning", "titel: Snöröjning"), "titel: unknown key (did you mean 'title'?)"),
    (("date: 2026-01-14", "date: 14/1"), "date: expected a date"),
    (("recordings: [rå.wav]", "recordings: [../x.wav]"), "recordings[0]: must be a file name"),
])
def test_episode_errors_name_file_and_key(tmp_path, change, expected):
    folder = tmp_path / "ep"
    folder.mkdir()
    (folder / "episode.md").write_text(EPISODE.replace(*change), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_episode(folder)
    assert str(folder / "episode.md") in str(err.value)
    assert expected in str(err.value)


def test_episode_yaml_error_has_line(tmp_path):
    folder = tmp_path / "ep"
    folder.mkdir()
    (folder / "episode.md").write_text("---\ntitle: [unclosed\ndate: 2026-01-01\n---\n")
    with pytest.raises(ConfigError, match=r"line \d+: YAML error"):
        load_episode(folder)


def test_episode_without_front_matter(tmp_path):
    folder = tmp_path / "ep"
    folder.mkdir()
    (folder / "episode.md").write_text("# Just markdown\n")
    with pytest.raises(ConfigError, match="must start with a '---' line"):
        load_episode(folder)


@pytest.mark.parametrize("text, seconds", [
    ("00:00", 0), ("01:30", 90), ("1:02:03", 3723), ("90", 90), (12.5, 12.5), ("00:05.5", 5.5),
])
def test_parse_timestamp(text, seconds):
    assert parse_timestamp(text) == seconds


@pytest.mark.parametrize("bad", ["-1", "abc", "1:2:3:4", True])
def test_parse_timestamp_rejects(bad):
    with pytest.raises(InvalidValue) as info:  # a PodcastError: one line, never a traceback
        parse_timestamp(bad)
    assert "\n" not in str(info.value)


def test_dates_with_and_without_zone_compare(tmp_path):
    from podcast.workspace import Workspace

    (tmp_path / "podcast.toml").write_text(MINIMAL, encoding="utf-8")
    for slug, date in [("a", "2026-01-14T08:00:00+01:00"), ("b", "2026-01-14T07:30:00"),
                       ("c", "2026-01-14T06:00:00Z")]:
        folder = tmp_path / "episodes" / slug
        folder.mkdir(parents=True)
        (folder / "episode.md").write_text(f"---\ntitle: {slug}\ndate: {date}\n---\n")
    episodes = Workspace.load(tmp_path).episodes()
    assert [e.slug for e in episodes] == ["c", "a", "b"]  # 06:00Z, 07:00Z, 07:30 (UTC)
    assert episodes[1].meta.date.tzinfo is None and episodes[1].meta.date.hour == 7


def test_contacts_language_and_seed_are_checked(tmp_path):
    text = MINIMAL + '\n[contacts]\nlanguage = "de"\nseed = 4294967296\n'
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert err.value.problems == ["contacts.language: must be one of sv, en; got 'de'",
                                  "contacts.seed: must be at most 2147483647, got 4294967296"]
    config = load_config(write(tmp_path, MINIMAL + '\n[contacts]\nlanguage = "en"\n'))
    assert config.contacts.language == "en"


def test_every_contacts_problem_is_reported(tmp_path):
    text = MINIMAL + '\n[contacts]\ntop = "five"\nthemes = 1\nlanguage = "de"\n'
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert err.value.problems == ["contacts.top: expected a whole number, got 'five' (str)",
                                  "contacts.themes: must be at least 2, got 1",
                                  "contacts.language: must be one of sv, en; got 'de'"]
    assert str(err.value).startswith(f"{tmp_path / 'podcast.toml'}: 3 problems: ")


def test_a_problem_in_one_table_does_not_hide_checks_of_another(tmp_path):
    # show.base_url is checked by ShowSection.validate(); a type error in [contacts] used to
    # suppress every validate() in the file
    text = MINIMAL.replace("https://podd.kommun.se", "podd.kommun.se")
    text += '\n[contacts]\ntop = "five"\n[storage]\nendpoint_url = "s3.example.se"\n'
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    problems = err.value.problems
    assert "contacts.top: expected a whole number, got 'five' (str)" in problems
    assert any(p.startswith("show.base_url: must start with https://") for p in problems)
    assert any(p.startswith("storage.endpoint_url: must start with") for p in problems)
    assert len(problems) == 3


def test_every_key_has_its_help_in_the_dataclass_field():
    from podcast.config import key_help
    from podcast.stage import config_keys

    for key in config_keys():
        assert key_help(key).strip(), key
        assert key in key_help(key, flag=True)


def test_flags_win_over_the_config_which_wins_over_the_default():
    from podcast.config import TranscriptionSection, merge_flags

    configured = TranscriptionSection(beam_size=3, vad=False)
    merged = merge_flags(configured, beam_size=None, vad=True, model="small")
    assert (merged.beam_size, merged.vad, merged.model) == (3, True, "small")
    assert merged.engine == TranscriptionSection().engine  # neither flag nor config: default
    assert merge_flags(configured, beam_size=None) is configured
    with pytest.raises(TypeError, match="beam_width"):
        merge_flags(configured, beam_width=2)
