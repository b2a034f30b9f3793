"""The review state beside a transcript, saving cues through the hand-edit path, and how
``podcast transcribe`` keeps or drops a review."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from reviewkit import CLOCK, make_mp3

from podcast.config import merge_flags, with_section
from podcast.errors import InputError
from podcast.review import cues as review_cues
from podcast.review import status as review_status
from podcast.review.status import REVIEW_FILE
from podcast.search import search
from podcast.transcribe import transcribe_episode
from podcast.transcript import Word, load_transcript
from podcast.transcript.edits import read_state
from podcast.workspace import Workspace


def _plain_cues(doc: review_cues.ReviewDocument) -> list[dict]:
    return [{"start": s.start, "end": s.end, "speaker": s.speaker, "text": s.text}
            for s in doc.transcript.segments]


def test_a_new_transcript_is_machine_made(review_show: Workspace) -> None:
    ep = review_show.episode("snorojning")
    assert review_status.read_review(ep.dir) == review_status.ReviewStatus()
    doc = review_cues.load_document(review_show, ep)
    assert doc.review.state == "machine"
    words = [w for s in doc.transcript.segments for w in s.words]
    assert [w.text for w in words if w.doubtful] == ["Bertil", "plogar", "plogvallen",
                                                    "lyssnat."]
    assert words[0].probability == pytest.approx(0.95)
    assert doc.speakers == ["Anna Andersson", "Bertil Berg"]
    assert doc.duration == 20.0


def test_saving_is_a_hand_edit_kept_on_reruns_and_searchable(review_show: Workspace) -> None:
    ws, ep = review_show, review_show.episode("snorojning")
    doc = review_cues.load_document(ws, ep)
    cues = _plain_cues(doc)
    cues[2]["text"] = "Vi plogar huvudgatorna först. Sedan kommer plogvallen vid tomten."
    cues[2]["speaker"] = "Bertil Berg"
    result = review_cues.save_review(ws, ep, cues, version=doc.version, reviewed=True,
                                     editor="Sara Lind", now=CLOCK)
    assert result.changed
    folder = ep.dir
    saved = json.loads((folder / "transcript.json").read_text(encoding="utf-8"))
    third = saved["segments"][2]
    assert third["body"].endswith("vid tomten.") and third["speaker"] == "Bertil Berg"
    kept = {w["word"]: w for w in third["words"]}
    assert kept["plogar"]["probability"] == 0.12 and kept["plogar"]["doubtful"] is True
    assert "probability" not in kept["tomten."]  # typed by the editor
    assert "<v Bertil Berg>Vi plogar" in (folder / "transcript.vtt").read_text(encoding="utf-8")
    assert "tomten" in (folder / "transcript.txt").read_text(encoding="utf-8")
    state = read_state(folder)
    assert state is not None and state.edited and state.edited_from == "json"
    review = json.loads((folder / REVIEW_FILE).read_text(encoding="utf-8"))
    assert review["state"] == "reviewed" and review["by"] == "Sara Lind"
    assert review["at"] == "2026-03-02T09:15:30Z"
    hits = search(ws.search_db_path, "tomten")
    assert [(h.episode, h.start) for h in hits] == [("snorojning", 9.0)]
    # a re-run of 'podcast transcribe' keeps the edit and the review (no model is loaded)
    again = transcribe_episode(ws, ep)
    assert again.status == "kept-edit"
    assert review_status.read_review(folder).by == "Sara Lind"
    assert load_transcript(folder).segments[2].text.endswith("vid tomten.")


def test_a_stale_page_cannot_overwrite_a_newer_save(review_show: Workspace) -> None:
    ws, ep = review_show, review_show.episode("snorojning")
    doc = review_cues.load_document(ws, ep)
    cues = _plain_cues(doc)
    cues[0]["text"] = "Hej och välkommen."
    review_cues.save_review(ws, ep, cues, version=doc.version, reviewed=False, editor=None,
                            now=CLOCK)
    assert not review_status.is_reviewed(ep.dir)
    with pytest.raises(review_cues.ReviewConflict, match="changed on disk"):
        review_cues.save_review(ws, ep, _plain_cues(doc), version=doc.version,
                                reviewed=False, editor=None, now=CLOCK)
    assert load_transcript(ep.dir).segments[0].text == "Hej och välkommen."


@pytest.mark.parametrize(("cues", "message"), [
    ([], "non-empty list"),
    ([{"start": 3.0, "end": 1.0, "text": "x"}], "end after it starts"),
    ([{"start": "0", "end": 1.0, "text": "x"}], "number of seconds"),
    ([{"start": 0.0, "end": 1.0, "text": 5}], "text must be a string"),
    ([{"start": 5.0, "end": 6.0, "text": "a"}, {"start": 1.0, "end": 2.0, "text": "b"}],
     "time order"),
    ([{"start": 90.0, "end": 91.0, "text": "x"}], "after the end of the audio"),
    ([{"start": 0.0, "end": 1.0, "text": "  "}], "every cue is empty"),
    ([{"start": 0.0, "end": 1.0, "text": "x", "speaker": ["a"]}], "speaker must be a name"),
])
def test_bad_cues_are_refused_with_their_place(review_show: Workspace, cues, message) -> None:
    ws, ep = review_show, review_show.episode("snorojning")
    doc = review_cues.load_document(ws, ep)
    before = (ep.dir / "transcript.json").read_bytes()
    with pytest.raises(InputError, match=message):
        review_cues.save_review(ws, ep, cues, version=doc.version, reviewed=True,
                                editor="Sara", now=CLOCK)
    assert (ep.dir / "transcript.json").read_bytes() == before
    assert not (ep.dir / REVIEW_FILE).exists()


def test_marking_reviewed_needs_a_name(review_show: Workspace) -> None:
    ws, ep = review_show, review_show.episode("snorojning")
    doc = review_cues.load_document(ws, ep)
    with pytest.raises(InputError, match="--editor"):
        review_cues.save_review(ws, ep, _plain_cues(doc), version=doc.version, reviewed=True,
                                editor=" ", now=CLOCK)


def test_changed_audio_drops_the_review(review_show: Workspace) -> None:
    ws, ep = review_show, review_show.episode("snorojning")
    doc = review_cues.load_document(ws, ep)
    cues = _plain_cues(doc)
    cues[3]["text"] = "Tack för att ni lyssnade."
    review_cues.save_review(ws, ep, cues, version=doc.version, reviewed=True, editor="Sara",
                            now=CLOCK)
    make_mp3(ws.processed_audio_path(ep.slug), 21.0)  # processed again: other audio
    result = transcribe_episode(ws, ep)
    assert result.status == "kept-edit"  # the hand edit stays (as before)…
    assert any("no longer" in w or "not reviewed" in w for w in result.warnings)
    assert not review_status.is_reviewed(ep.dir)  # …but it is no longer reviewed


def test_a_broken_review_record_is_one_line_naming_the_file(review_show: Workspace) -> None:
    folder = review_show.episode("snorojning").dir
    (folder / REVIEW_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.transcript\.review\.json: unreadable"):
        review_status.read_review(folder)
    (folder / REVIEW_FILE).write_text('{"state": "done"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a review record"):
        review_status.read_review(folder)


def test_words_keep_their_details_only_where_the_text_is_unchanged() -> None:
    known = [Word(0.0, 1.0, "plogar", 0.1, True), Word(1.0, 2.0, "gatan", 0.9),
             Word(2.0, 3.0, "i", 0.9), Word(3.0, 4.0, "dag.", 0.9)]
    words = review_cues.attach_words(["Plogar", "vägen", "i", "dag."], 0.0, 4.0, known)
    assert [(w.text, w.probability, w.doubtful) for w in words] == [
        ("Plogar", 0.1, True), ("vägen", None, False), ("i", 0.9, False), ("dag.", 0.9, False)]
    assert words[1].start == 1.0 and words[1].end == 2.0  # between its kept neighbours


def test_episode_to_review_is_the_newest_unreviewed(review_show: Workspace) -> None:
    ws = review_show
    assert review_cues.episode_to_review(ws, None).slug == "snorojning"
    review_status.mark_reviewed(ws.episode("snorojning").dir, by="Sara", at=CLOCK,
                                audio_sha256=None)
    with pytest.raises(InputError, match="every transcript is reviewed"):
        review_cues.episode_to_review(ws, None)
    assert review_cues.episode_to_review(ws, "snorojning").slug == "snorojning"


@pytest.mark.slow
def test_review_survives_reruns_until_transcribed_again(tmp_path: Path, speech_dir) -> None:
    """With the real model: a reviewed (unedited) transcript is not transcribed again when
    the settings change; --force makes a new machine transcript, no longer reviewed."""
    root = tmp_path / "show"
    (root / "episodes" / "vinter").mkdir(parents=True)
    (root / "podcast.toml").write_text(textwrap.dedent("""\
        [show]
        title = "Vinterpodden"
        description = "Test show"
        author = "Kommunen"
        owner_email = "podd@kommunen.test"
        base_url = "https://podd.kommunen.test/"
        language = "en"
        """), encoding="utf-8")
    (root / "episodes" / "vinter" / "episode.md").write_text(
        "---\ntitle: Snow clearing\ndate: 2026-01-10T08:00:00\n---\n\nNotes.\n",
        encoding="utf-8")
    audio = root / "build" / "audio" / "vinter.mp3"
    audio.parent.mkdir(parents=True)
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg
    subprocess.run([ffmpeg, "-v", "error", "-i", str(speech_dir / "en_30s.wav"),
                    "-codec:a", "libmp3lame", "-b:a", "64k", str(audio)], check=True)
    ws = Workspace.load(root)
    ep = ws.episode("vinter")
    assert transcribe_episode(ws, ep).status == "transcribed"
    doc = review_cues.load_document(ws, ep)
    result = review_cues.save_review(ws, ep, _plain_cues(doc), version=doc.version,
                                     reviewed=True, editor="Sara", now=CLOCK)
    assert not result.changed  # nothing corrected: the transcript stays the tool's own
    beam2 = dataclasses.replace(ws, config=with_section(
        ws.config, transcription=merge_flags(ws.config.transcription, beam_size=2)))
    again = transcribe_episode(beam2, ep)
    assert again.status == "kept-reviewed" and review_status.is_reviewed(ep.dir)
    forced = transcribe_episode(ws, ep, force=True)
    assert forced.status == "transcribed"
    assert not review_status.is_reviewed(ep.dir)
    assert any("no longer reviewed" in w for w in forced.warnings)
