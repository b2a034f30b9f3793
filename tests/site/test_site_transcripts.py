"""Published transcript files are the transcriber's own: the site renders them with the one
renderer (podcast.transcript.render), so VTT, SRT, JSON and TXT on the site equal, byte for
byte, what ``podcast transcribe`` writes into the episode folder, and every caption line fits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import webvtt
from site_showkit import NOW, add_bygglov_transcript

from podcast.site import build_site
from podcast.transcribe.run import write_outputs
from podcast.transcript import Segment, Transcript, Word, edits
from podcast.transcript.render import rendering_id
from podcast.workspace import Workspace

SLUG = "snorojning"
LONG = ("När det har snöat mer än fem centimeter börjar vi med snöröjning på huvudgatorna, "
        "bussgatorna och gång- och cykelvägarna, och sedan tar vi bostadsgatorna i tur och "
        "ordning tills allt är klart. Plogvallen vid infarten är fastighetsägarens ansvar; "
        "ring kontaktcenter på 0123-45 67 89 om något är oklart.")


def _timed(text: str, start: float, step: float = 0.37) -> list[Word]:
    return [Word(start=start + i * step, end=start + i * step + 0.3, text=" " + w,
                 probability=0.9) for i, w in enumerate(text.split())]


def _transcript() -> Transcript:
    words = _timed(LONG, 12.0)
    return Transcript(segments=[
        Segment(start=0.0, end=5.5, text="Välkommen till Kommuncenterpodden & snöröjning!",
                speaker="Anna"),
        Segment(start=6.0, end=11.5, text="Svara <b>nu</b> eller --> sen.\x01",
                speaker="Bertil <gäst>"),
        Segment(start=12.0, end=words[-1].end, text=LONG, words=words, speaker="Bertil"),
        Segment(start=60.0, end=75.0, text="En lång mening utan ordtider som ändå måste "
                "delas upp i flera textrutor eftersom den inte får plats på två rader."),
    ], language="sv")


def _transcribed_show(site_show: Path, *, rendering: str | None = None
                      ) -> tuple[Workspace, Path]:
    """The test show with a transcript written the way ``podcast transcribe`` writes it.
    Without ``rendering`` in its state the site cannot trust the files and renders them."""
    ws = Workspace.load(site_show)
    folder = ws.episode(SLUG).dir
    written = write_outputs(_transcript(), folder, "transcript",
                            max_line_chars=ws.config.transcription.max_line_chars)
    edits.write_state(folder, edits.TranscriptState(
        files={f: edits.file_sha256(p) for f, p in written.items()}, rendering=rendering))
    return ws, folder


def _current_rendering(ws: Workspace) -> str:
    return rendering_id(ws.config.transcription.max_line_chars)


def _no_rendering(monkeypatch) -> list[str]:
    """Spy on the site's renderer: the list fills with the first line of every transcript
    it renders."""
    import podcast.site.build as site_build

    real, rendered = site_build.render_all, []

    def spy(transcript, formats, **kw):
        rendered.append(transcript.segments[0].text if transcript.segments else "")
        return real(transcript, formats, **kw)

    monkeypatch.setattr(site_build, "render_all", spy)
    return rendered


def test_the_site_publishes_the_transcribers_files_byte_for_byte(site_show: Path) -> None:
    ws, folder = _transcribed_show(site_show)
    build_site(ws, now=NOW)
    published = ws.site_dir / "avsnitt" / SLUG
    for fmt in ("vtt", "srt", "json", "txt"):
        assert (published / f"transcript.{fmt}").read_bytes() == \
            (folder / f"transcript.{fmt}").read_bytes(), fmt


def _display_lines(path: Path) -> list[list[str]]:
    """Each cue's lines as a viewer sees them (webvtt-py parses both VTT and SRT)."""
    captions = (webvtt.read(str(path)) if path.suffix == ".vtt"
                else webvtt.from_srt(str(path))).captions
    return [[re.sub(r"<[^>]*>", "", line) for line in c.text.splitlines()] for c in captions]


@pytest.mark.parametrize("fmt", ["vtt", "srt"])
def test_no_published_cue_has_more_than_two_lines_of_42_characters(site_show: Path,
                                                                    fmt: str) -> None:
    ws, _ = _transcribed_show(site_show)
    add_bygglov_transcript(site_show)  # a Podcasting 2.0 JSON from elsewhere, no word times
    build_site(ws, now=NOW)
    cues = [lines for slug in (SLUG, "bygglov")
            for lines in _display_lines(ws.site_dir / "avsnitt" / slug / f"transcript.{fmt}")]
    assert len(cues) >= 8  # the long segments became several cues
    assert all(1 <= len(lines) <= 2 for lines in cues)
    longest = max(len(line) for lines in cues for line in lines)
    assert longest <= 42
    assert longest >= 35  # lines are filled, not cut short


def test_cue_text_is_escaped_and_cleaned_on_the_site(site_show: Path) -> None:
    ws, _ = _transcribed_show(site_show)
    build_site(ws, now=NOW)
    published = ws.site_dir / "avsnitt" / SLUG
    vtt = (published / "transcript.vtt").read_text(encoding="utf-8")
    srt = (published / "transcript.srt").read_text(encoding="utf-8")
    assert "<v Bertil &lt;gäst&gt;>Svara &lt;b&gt;nu&lt;/b&gt; eller → sen." in vtt
    assert "Kommuncenterpodden &amp; snöröjning!" in vtt
    assert "Svara ‹b›nu‹/b› eller → sen." in srt  # SubRip has no entities: tags defused
    assert "Kommuncenterpodden & snöröjning!" in srt
    assert "\x01" not in vtt + srt
    txt = (published / "transcript.txt").read_text(encoding="utf-8")
    assert "Svara <b>nu</b> eller --> sen." in txt  # plain text stays as said


@pytest.mark.parametrize("trusted", [False, True], ids=["no-rendering-id", "rendering-id"])
def test_a_hand_edited_vtt_is_published_wrapped_like_the_transcriber_syncs_it(
        site_show: Path, trusted: bool) -> None:
    # with a rendering id the edit still makes the hashes disagree: the files are not
    # published as they are
    rendering = _current_rendering(Workspace.load(site_show)) if trusted else None
    ws, folder = _transcribed_show(site_show, rendering=rendering)
    (folder / "transcript.vtt").write_text(
        "WEBVTT\n\n00:00:00.000 --> 00:00:09.000\n<v Anna>" + "Rättad text som är mycket "
        "längre än en rad och därför måste brytas om på webbplatsen, i flera rutor.\n",
        encoding="utf-8")
    build_site(ws, now=NOW)
    published = ws.site_dir / "avsnitt" / SLUG
    lines = _display_lines(published / "transcript.vtt")
    assert len(lines) >= 2 and all(len(c) <= 2 for c in lines)
    assert all(len(line) <= 42 for c in lines for line in c)
    assert "Language: sv" in (published / "transcript.vtt").read_text(encoding="utf-8")
    # what podcast transcribe writes for the other formats from the edit is what is published
    from podcast.transcript.edits import load_transcript
    from podcast.transcript.render import render_all
    edited = load_transcript(folder)
    assert edited is not None
    expected = render_all(edited, ("srt", "json", "txt"), language="sv")
    for fmt, text in expected.items():
        assert (published / f"transcript.{fmt}").read_text(encoding="utf-8") == text


def test_untouched_transcriber_files_are_published_as_written_without_rendering(
        site_show: Path, monkeypatch) -> None:
    """State names the current renderer and width, every hash matches: the files are copied
    (no caption layout), and they are byte for byte what rendering gives (the test above)."""
    ws, folder = _transcribed_show(site_show,
                                   rendering=_current_rendering(Workspace.load(site_show)))
    rendered = _no_rendering(monkeypatch)
    build_site(ws, now=NOW)
    assert not any(text.startswith("Välkommen till Kommuncenterpodden") for text in rendered)
    published = ws.site_dir / "avsnitt" / SLUG
    for fmt in ("vtt", "srt", "json", "txt"):
        assert (published / f"transcript.{fmt}").read_bytes() == \
            (folder / f"transcript.{fmt}").read_bytes(), fmt


@pytest.mark.parametrize("change", ["other-width", "edited-flag", "txt-edited", "no-state"])
def test_transcriber_files_are_rendered_again_when_they_cannot_be_trusted(
        site_show: Path, monkeypatch, change: str) -> None:
    ws, folder = _transcribed_show(site_show,
                                   rendering=_current_rendering(Workspace.load(site_show)))
    state = edits.read_state(folder)
    assert state is not None
    if change == "other-width":
        state.rendering = rendering_id(30)
        edits.write_state(folder, state)
    elif change == "edited-flag":
        state.edited = True
        edits.write_state(folder, state)
    elif change == "txt-edited":  # a format the site may not publish still changes the text
        txt = folder / "transcript.txt"
        txt.write_text(txt.read_text(encoding="utf-8").replace("Välkommen", "Hej och välkommen"),
                       encoding="utf-8")
    else:
        (folder / edits.STATE_FILE).unlink()
    rendered = _no_rendering(monkeypatch)
    build_site(ws, now=NOW)
    assert any("älkommen till Kommuncenterpodden" in text for text in rendered)
