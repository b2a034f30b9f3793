"""ID3v2.3 tags with mutagen: text frames, cover (APIC), chapters (CHAP/CTOC), identifier.

ID3v2.3 rather than 2.4 because Apple's and many older players' chapter support expects it;
ffprobe ``-show_chapters`` reads the CHAP frames back. Padding is fixed so that the same
input always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    PCST,
    TALB,
    TCON,
    TDES,
    TDRC,
    TGID,
    TIT2,
    TIT3,
    TLAN,
    TPE1,
    TPOS,
    TRCK,
    UFID,
    WOAR,
    WXXX,
    CTOCFlags,
    Encoding,
    PictureType,
)
from mutagen.id3._tags import save_frame  # serialises one frame (used by ChapterOrderedID3)

from podcast.audio.settings import TagInfo
from podcast.errors import InputError, PodcastError

log = logging.getLogger(__name__)

#: Owner of the UFID frame that carries the episode's stable identifier.
UFID_OWNER = "https://github.com/kommunpodd/guid"
PADDING = 1024

_LANGS = {"sv": "swe", "en": "eng", "fi": "fin", "no": "nor", "nb": "nob", "da": "dan",
          "de": "deu", "fr": "fra", "es": "spa", "ar": "ara", "so": "som", "fa": "fas"}


@dataclass(frozen=True)
class TimedChapter:
    start: float  # seconds in the final file
    end: float
    title: str
    url: str | None = None


class ChapterOrderedID3(ID3):
    """An ID3 tag that writes its CHAP frames in time order.

    mutagen orders frames by size when saving, so chapters with shorter titles came first
    (ffprobe listed 0, 54.68, 34.68) and players that read frames in file order showed them
    shuffled. Here every frame but the chapters is written as mutagen does, then the chapters
    follow, ordered by start time.
    """

    def _write(self, config):  # mutagen's internal signature
        chapters = sorted(self.getall("CHAP"), key=lambda c: (c.start_time, c.element_id))
        self.delall("CHAP")
        try:
            data = super()._write(config)
        finally:
            for chapter in chapters:
                self.add(chapter)
        return data + b"".join(save_frame(chapter, config=config) for chapter in chapters)


def _cover_mime(path: Path, data: bytes) -> str:
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    raise InputError("cover art must be a JPEG or PNG image", path=path)


def _date_text(value: dt.datetime | dt.date) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M") if (value.hour or value.minute) \
            else value.strftime("%Y-%m-%d")
    return value.isoformat()


def build_tag(info: TagInfo, chapters: list[TimedChapter]) -> ID3:
    tag = ChapterOrderedID3()
    enc = Encoding.UTF8  # mutagen converts to UTF-16 for v2.3
    lang = _LANGS.get(info.language.split("-")[0].lower(), "und")
    tag.add(TIT2(encoding=enc, text=info.title))
    if info.show:
        tag.add(TALB(encoding=enc, text=info.show))
    if info.author:
        tag.add(TPE1(encoding=enc, text=info.author))
    tag.add(TCON(encoding=enc, text="Podcast"))
    tag.add(TLAN(encoding=enc, text=lang))
    if info.date is not None:
        tag.add(TDRC(encoding=enc, text=_date_text(info.date)))
    if info.description:
        tag.add(COMM(encoding=enc, lang=lang, desc="", text=info.description))
        tag.add(TDES(encoding=enc, text=info.description))
        tag.add(TIT3(encoding=enc, text=info.description[:250]))
    if info.number is not None:
        tag.add(TRCK(encoding=enc, text=str(info.number)))
    if info.season is not None:
        tag.add(TPOS(encoding=enc, text=str(info.season)))
    if info.identifier:
        tag.add(UFID(owner=UFID_OWNER, data=info.identifier.encode("utf-8")))
        tag.add(TGID(encoding=enc, text=info.identifier))
    tag.add(PCST(value=1))
    if info.url:
        tag.add(WOAR(url=info.url))
    if info.cover is not None:
        try:
            data = info.cover.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read cover art ({exc.strerror})", path=info.cover) from None
        tag.add(APIC(encoding=Encoding.LATIN1, mime=_cover_mime(info.cover, data),
                     type=PictureType.COVER_FRONT, desc="Cover", data=data))
    if chapters:
        ids = [f"chp{i}" for i in range(len(chapters))]
        tag.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                     child_element_ids=ids, sub_frames=[TIT2(encoding=enc, text="Kapitel")]))
        for cid, ch in zip(ids, chapters, strict=True):
            subs = [TIT2(encoding=enc, text=ch.title)]
            if ch.url:
                subs.append(WXXX(encoding=enc, desc="", url=ch.url))
            tag.add(CHAP(element_id=cid, start_time=int(round(ch.start * 1000)),
                         end_time=int(round(ch.end * 1000)),
                         start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF, sub_frames=subs))
    return tag


def write_tags(path: Path, info: TagInfo, chapters: list[TimedChapter]) -> int:
    """Replace the ID3 tag of ``path``; returns the tag's size in bytes (header included)."""
    tag = build_tag(info, chapters)
    try:
        tag.save(str(path), v2_version=3, v1=0, padding=lambda _info: PADDING)
    except MutagenError as exc:  # mutagen wraps OSError (a full disk, no permission)
        cause = exc.__cause__ or exc.__context__ or exc
        reason = getattr(cause, "strerror", None) or str(cause)
        raise PodcastError(f"cannot write the ID3 tag: {reason}", path=path) from None
    except OSError as exc:
        raise PodcastError(f"cannot write the ID3 tag: {exc.strerror or exc}",
                           path=path) from None
    return id3_size(path)


def id3_size(path: Path) -> int:
    """Bytes taken by the ID3v2 tag at the start of ``path`` (0 when there is none)."""
    with open(path, "rb") as fh:
        header = fh.read(10)
    if len(header) < 10 or header[:3] != b"ID3":
        return 0
    size = 0
    for b in header[6:10]:
        size = (size << 7) | (b & 0x7F)
    footer = 10 if header[5] & 0x10 else 0
    return 10 + size + footer
