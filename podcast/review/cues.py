"""The transcript as editable cues for the review page, and saving the cues back.

Loading takes the transcript as the editor left it (:func:`podcast.transcript.edits.
current_transcript`: a hand-corrected VTT/SRT/TXT wins) and puts back the word times,
probabilities and doubtful marks that ``transcript.json`` keeps, so the page can highlight
doubtful words.

Saving writes ``transcript.json`` — exactly what an editor correcting the file by hand does —
and then runs the hand-edit path of ``podcast transcribe`` (the other formats are made from
the edited file, the edit is kept on re-runs, the search index is updated). Words the editor
did not change keep their times and marks; new words get times spread between their
neighbours.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

from podcast.episode import Episode
from podcast.errors import InputError
from podcast.review import status as review_status
from podcast.state import hash_json
from podcast.transcript import Segment, Transcript, Word, edits
from podcast.workspace import Workspace

log = logging.getLogger(__name__)

#: A cue may end this much after the audio (rounding of times, a padded last segment).
END_SLACK = 5.0
MAX_CUES = 50_000
MAX_CUE_CHARS = 5_000
MAX_SPEAKER_CHARS = 100


class ReviewConflict(InputError):
    """The transcript changed on disk since the page loaded it."""


@dataclass
class ReviewDocument:
    """What the review page edits: the episode's transcript as cues, with word details."""

    slug: str
    title: str
    language: str | None
    transcript: Transcript  # segments with words
    version: str  # changes whenever a transcript file or the review state changes
    review: review_status.ReviewStatus
    speakers: list[str] = field(default_factory=list)
    corrections: list[dict] = field(default_factory=list)
    duration: float | None = None

    def to_json(self) -> dict:
        cues = []
        for seg in self.transcript.segments:
            cues.append({
                "start": round(seg.start, 3), "end": round(seg.end, 3), "speaker": seg.speaker,
                "doubtful": seg.doubtful,
                "words": [{"text": w.text, "start": round(w.start, 3), "end": round(w.end, 3),
                           "probability": w.probability, "doubtful": w.doubtful}
                          for w in seg.words]})
        return {"slug": self.slug, "title": self.title, "language": self.language,
                "version": self.version, "review": self.review.to_plain(),
                "speakers": self.speakers, "duration": self.duration, "cues": cues}


# --- loading -------------------------------------------------------------------------------
def _json_words(path: Path) -> tuple[list[Word], list[tuple[float, float, bool]], list[dict]]:
    """(every word of transcript.json, (start, end, doubtful) of each segment, corrections);
    empty when the file is missing or has no word details."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], [], []
    words: list[Word] = []
    spans: list[tuple[float, float, bool]] = []
    segments = data.get("segments") if isinstance(data, dict) else None
    for item in segments if isinstance(segments, list) else []:
        if not isinstance(item, dict):
            continue
        try:
            spans.append((float(item["startTime"]), float(item["endTime"]),
                          bool(item.get("doubtful"))))
        except (KeyError, TypeError, ValueError):
            continue
        for w in item.get("words") or []:
            try:
                prob = w.get("probability")
                words.append(Word(start=float(w["start"]), end=float(w["end"]),
                                  text=str(w["word"]).strip(),
                                  probability=float(prob) if prob is not None else None,
                                  doubtful=bool(w.get("doubtful"))))
            except (AttributeError, KeyError, TypeError, ValueError):
                continue
    corrections = data.get("corrections") if isinstance(data, dict) else None
    return words, spans, corrections if isinstance(corrections, list) else []


def _spread(tokens: list[str], start: float, end: float) -> list[Word]:
    """Words without their own times, spread over ``start``–``end`` by length."""
    total = sum(len(t) + 1 for t in tokens) or 1
    span = max(end - start, 0.0)
    out, pos = [], 0
    for t in tokens:
        a = start + span * pos / total
        pos += len(t) + 1
        out.append(Word(start=round(a, 3), end=round(start + span * pos / total, 3), text=t))
    return out


def attach_words(tokens: list[str], start: float, end: float, known: list[Word]) -> list[Word]:
    """Words for the text ``tokens`` of a cue from ``start`` to ``end``.

    ``known`` are the recognised words in that time span; a token equal to one of them (in
    order, by difflib) keeps its times, probability and doubtful mark. Other tokens (typed by
    the editor) get times spread between their kept neighbours and no mark.
    """
    matcher = difflib.SequenceMatcher(a=[w.text.casefold() for w in known],
                                      b=[t.casefold() for t in tokens], autojunk=False)
    kept: dict[int, Word] = {}
    for tag, a0, _a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(b1 - b0):
                w = known[a0 + k]
                kept[b0 + k] = Word(start=w.start, end=w.end, text=tokens[b0 + k],
                                    probability=w.probability, doubtful=w.doubtful)
    out: list[Word] = []
    i = 0
    while i < len(tokens):
        if i in kept:
            out.append(kept[i])
            i += 1
            continue
        j = i
        while j < len(tokens) and j not in kept:
            j += 1
        left = out[-1].end if out else start
        right = kept[j].start if j in kept else end
        out.extend(_spread(tokens[i:j], left, max(left, right)))
        i = j
    return out


def doubtful_segment(words: list[Word]) -> bool:
    """The transcription stage's rule: the mean word probability is below the threshold."""
    from podcast.transcribe.clean import CleanOptions

    probs = [w.probability for w in words if w.probability is not None]
    return bool(probs) and sum(probs) / len(probs) < CleanOptions().doubtful_segment


def _words_in(words: list[Word], start: float, end: float) -> list[Word]:
    return [w for w in words if start - 0.05 <= (w.start + w.end) / 2 <= end + 0.05]


def transcript_version(episode_dir: Path) -> str:
    files = edits.transcript_files(episode_dir)
    review = review_status.review_path(episode_dir)
    if review.is_file():
        files["review"] = review
    return hash_json({fmt: edits.file_sha256(p) for fmt, p in sorted(files.items())})


def review_audio(ws: Workspace, episode: Episode) -> tuple[Path, str]:
    """(the audio file the review page plays, its hash for the review record)."""
    from podcast.transcribe.run import episode_audio

    audio, offset, audio_hash = episode_audio(ws, episode)
    if len(audio) != 1 or offset:
        raise InputError("reviewing needs the processed audio that the transcript is timed "
                         "to; run 'podcast process' first", path=episode.path)
    return audio[0], audio_hash


def speakers(episode: Episode, transcript: Transcript, hosts: list[str]) -> list[str]:
    names = list(hosts) + [p.name for p in episode.meta.hosts + episode.meta.guests]
    names += [str(n) for n in episode.meta.speakers.values()]
    names += [s.speaker for s in transcript.segments if s.speaker]
    seen: dict[str, None] = {}
    for n in names:
        n = " ".join(n.split())
        if n:
            seen.setdefault(n, None)
    return list(seen)


def load_document(ws: Workspace, episode: Episode) -> ReviewDocument:
    """The episode's transcript as the review page shows it."""
    folder = episode.dir
    found = edits.current_transcript(folder)
    if found is None:
        raise InputError("no transcript to review; run 'podcast transcribe' first",
                         path=folder / "transcript.json")
    transcript, _source = found
    words, spans, corrections = _json_words(folder / "transcript.json")
    segments = []
    for seg in transcript.segments:
        tokens = seg.text.split()
        if not tokens:
            continue
        attached = attach_words(tokens, seg.start, seg.end,
                                _words_in(words, seg.start, seg.end))
        marks = [d for a, b, d in spans
                 if abs(a - seg.start) < 0.001 and abs(b - seg.end) < 0.001]
        doubtful = marks[0] if marks else doubtful_segment(attached)
        segments.append(Segment(start=seg.start, end=seg.end, text=" ".join(tokens),
                                speaker=seg.speaker, words=attached, doubtful=doubtful))
    from podcast.media import read_media_info

    info = read_media_info(ws.media_info_path(episode.slug))
    hosts = [p.name for p in ws.config.show.hosts]
    shaped = Transcript(segments=segments, language=transcript.language,
                        corrections=corrections)
    return ReviewDocument(
        slug=episode.slug, title=episode.meta.title,
        language=transcript.language or ws.config.transcription.language
        or ws.config.show.language,
        transcript=shaped, version=transcript_version(folder),
        review=review_status.read_review(folder), speakers=speakers(episode, shaped, hosts),
        corrections=corrections, duration=info.duration_seconds if info else None)


# --- saving --------------------------------------------------------------------------------
@dataclass
class CueEdit:
    start: float
    end: float
    text: str
    speaker: str | None = None


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InputError("expected a number of seconds", where=where)
    return float(value)


def parse_cues(data: object, duration: float | None = None) -> list[CueEdit]:
    """Check the cues the page sent: times in order, text and speaker as strings."""
    if not isinstance(data, list) or not data:
        raise InputError("expected a non-empty list of cues", where="cues")
    if len(data) > MAX_CUES:
        raise InputError(f"more than {MAX_CUES} cues", where="cues")
    out: list[CueEdit] = []
    for i, item in enumerate(data):
        where = f"cues[{i}]"
        if not isinstance(item, dict):
            raise InputError("expected an object with start, end, text", where=where)
        start = _number(item.get("start"), where + ".start")
        end = _number(item.get("end"), where + ".end")
        if start < 0 or end < start:
            raise InputError("the cue must start at 0 s or later and end after it starts",
                             where=where)
        if duration is not None and start > duration + END_SLACK:
            raise InputError(f"the cue starts after the end of the audio ({duration:.1f} s)",
                             where=where)
        text = item.get("text")
        if not isinstance(text, str) or len(text) > MAX_CUE_CHARS:
            raise InputError(f"text must be a string of at most {MAX_CUE_CHARS} characters",
                             where=where + ".text")
        speaker = item.get("speaker")
        if speaker is not None and (not isinstance(speaker, str)
                                    or len(speaker) > MAX_SPEAKER_CHARS):
            raise InputError(f"speaker must be a name of at most {MAX_SPEAKER_CHARS} "
                             "characters", where=where + ".speaker")
        speaker = " ".join(speaker.split()) if speaker else None
        if out and start < out[-1].start - 1e-6:
            raise InputError("cues must be in time order", where=where)
        out.append(CueEdit(start=start, end=end, text=" ".join(text.split()),
                           speaker=speaker or None))
    return out


def edited_transcript(doc: ReviewDocument, cues: list[CueEdit]) -> Transcript:
    """The saved transcript: the cues' text, with the known words' details kept."""
    known = [w for seg in doc.transcript.segments for w in seg.words if w.probability is not None
             or w.doubtful]
    unchanged = {(round(s.start, 3), round(s.end, 3), s.text, s.speaker): s
                 for s in doc.transcript.segments}
    segments = []
    for cue in cues:
        tokens = cue.text.split()
        if not tokens:  # an emptied cue is removed
            continue
        same = unchanged.get((round(cue.start, 3), round(cue.end, 3), " ".join(tokens),
                              cue.speaker))
        if same is not None:  # untouched: exactly as it was
            segments.append(same)
            continue
        words = attach_words(tokens, cue.start, cue.end, _words_in(known, cue.start, cue.end))
        segments.append(Segment(start=cue.start, end=cue.end, text=" ".join(tokens),
                                speaker=cue.speaker, words=words,
                                doubtful=doubtful_segment(words)))
    if not segments:
        raise InputError("every cue is empty; a transcript needs text", where="cues")
    return Transcript(segments=segments, language=doc.language, corrections=doc.corrections)


@dataclass
class SaveResult:
    document: ReviewDocument
    changed: bool  # transcript text, times or speakers changed
    warnings: list[str] = field(default_factory=list)


def save_review(ws: Workspace, episode: Episode, cues_data: object, *, version: str,
                reviewed: bool, editor: str | None, now: dt.datetime) -> SaveResult:
    """Save edited cues as a hand edit of ``transcript.json``; with ``reviewed``, record
    that ``editor`` reviewed the transcript at ``now``."""
    from podcast.fsutil import write_text_atomic
    from podcast.search import update_index
    from podcast.transcribe.run import transcribe_episode
    from podcast.transcript.render import render

    folder = episode.dir
    doc = load_document(ws, episode)
    if version != doc.version:
        raise ReviewConflict("the transcript changed on disk since this page loaded it; "
                             "reload the page (your changes are not saved)",
                             path=folder / "transcript.json")
    if reviewed and not (editor or "").strip():
        raise InputError("no reviewer name: start 'podcast review' with --editor NAME",
                         where="--editor")
    _audio, audio_hash = review_audio(ws, episode)
    cues = parse_cues(cues_data, doc.duration)
    transcript = edited_transcript(doc, cues)
    path = folder / "transcript.json"
    text = render(transcript, "json")
    old = path.read_text(encoding="utf-8") if path.is_file() else None
    warnings: list[str] = []
    changed = text != old
    if changed:
        write_text_atomic(path, text)
    if edits.edited_formats(folder):
        # The hand-edit path of 'podcast transcribe': the edited JSON is kept, the other
        # formats are made from it, the search index is updated. (An edited transcript is
        # never transcribed again, so no model is loaded here.)
        result = transcribe_episode(ws, episode)
        warnings += result.warnings
    else:
        update_index(ws)
    if reviewed:
        review_status.mark_reviewed(folder, by=str(editor), at=now, audio_sha256=audio_hash)
    log.info("%s: review saved (%s%s)", episode.slug, "changed" if changed else "no change",
             ", marked reviewed" if reviewed else "")
    return SaveResult(document=load_document(ws, episode), changed=changed, warnings=warnings)


def episode_to_review(ws: Workspace, slug: str | None) -> Episode:
    """The named episode, or the newest one whose transcript is not reviewed yet."""
    if slug:
        return ws.episode(slug)
    waiting = [ep for ep in ws.episodes() if edits.transcript_files(ep.dir)
               and not review_status.is_reviewed(ep.dir)]
    if not waiting:
        raise InputError("every transcript is reviewed (or none is made yet); name an "
                         "episode to review it again", path=ws.episodes_dir)
    return waiting[-1]
