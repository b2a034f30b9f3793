"""A feedgen extension for what feedgen 1.0 lacks.

- ``itunes:explicit`` as ``true``/``false`` (feedgen writes yes/no, which validators reject);
- the Podcasting 2.0 ``podcast:`` namespace: ``guid``, ``locked``, ``person`` (channel), and
  ``transcript``, ``chapters``, ``person``, ``season``, ``episode`` (item).

Register with ``fg.register_extension("podcastindex", PodcastIndexExtension,
PodcastIndexEntryExtension)``; it can be combined with feedgen's own ``podcast`` extension
(whose ``itunes_explicit`` must then be left unset).
"""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"


@dataclass(frozen=True)
class FeedPerson:
    name: str
    role: str = "host"
    group: str = "cast"
    href: str | None = None
    img: str | None = None


@dataclass(frozen=True)
class FeedTranscript:
    url: str
    type: str
    language: str | None = None
    rel: str | None = None


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _add_person(parent, person: FeedPerson) -> None:
    el = xml_elem(f"{{{PODCAST_NS}}}person", parent)
    el.text = person.name
    el.attrib["role"] = person.role
    el.attrib["group"] = person.group
    if person.href:
        el.attrib["href"] = person.href
    if person.img:
        el.attrib["img"] = person.img


class PodcastIndexExtension(BaseExtension):
    """Channel level: itunes:explicit, podcast:guid, podcast:locked, podcast:person."""

    def __init__(self) -> None:
        self.__explicit: bool | None = None
        self.__guid: str | None = None
        self.__locked: tuple[bool, str | None] | None = None
        self.__persons: list[FeedPerson] = []

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES_NS, "podcast": PODCAST_NS}

    def extend_rss(self, rss_feed):
        channel = rss_feed[0]
        if self.__explicit is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = _bool(self.__explicit)
        if self.__guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.__guid
        if self.__locked is not None:
            locked, owner = self.__locked
            el = xml_elem(f"{{{PODCAST_NS}}}locked", channel)
            el.text = "yes" if locked else "no"
            if owner:
                el.attrib["owner"] = owner
        for person in self.__persons:
            _add_person(channel, person)
        return rss_feed

    def extend_atom(self, feed):
        return feed

    def explicit(self, value: bool | None = None) -> bool | None:
        if value is not None:
            self.__explicit = bool(value)
        return self.__explicit

    def guid(self, value: str | None = None) -> str | None:
        if value is not None:
            self.__guid = value
        return self.__guid

    def locked(self, value: bool | None = None, owner: str | None = None):
        if value is not None:
            self.__locked = (bool(value), owner)
        return self.__locked

    def person(self, person: FeedPerson | None = None) -> list[FeedPerson]:
        if person is not None:
            self.__persons.append(person)
        return list(self.__persons)


class PodcastIndexEntryExtension(BaseEntryExtension):
    """Item level: itunes:explicit, podcast:season/episode/transcript/chapters/person."""

    def __init__(self) -> None:
        self.__explicit: bool | None = None
        self.__season: int | None = None
        self.__episode: int | None = None
        self.__transcripts: list[FeedTranscript] = []
        self.__chapters: str | None = None
        self.__persons: list[FeedPerson] = []

    def extend_ns(self) -> dict[str, str]:
        return {"itunes": ITUNES_NS, "podcast": PODCAST_NS}

    def extend_rss(self, entry):
        if self.__explicit is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", entry).text = _bool(self.__explicit)
        if self.__season is not None:
            xml_elem(f"{{{PODCAST_NS}}}season", entry).text = str(self.__season)
        if self.__episode is not None:
            xml_elem(f"{{{PODCAST_NS}}}episode", entry).text = str(self.__episode)
        for tr in self.__transcripts:
            el = xml_elem(f"{{{PODCAST_NS}}}transcript", entry)
            el.attrib["url"] = tr.url
            el.attrib["type"] = tr.type
            if tr.language:
                el.attrib["language"] = tr.language
            if tr.rel:
                el.attrib["rel"] = tr.rel
        if self.__chapters:
            el = xml_elem(f"{{{PODCAST_NS}}}chapters", entry)
            el.attrib["url"] = self.__chapters
            el.attrib["type"] = "application/json+chapters"
        for person in self.__persons:
            _add_person(entry, person)
        return entry

    def extend_atom(self, entry):
        return entry

    def explicit(self, value: bool | None = None) -> bool | None:
        if value is not None:
            self.__explicit = bool(value)
        return self.__explicit

    def season(self, value: int | None = None) -> int | None:
        if value is not None:
            self.__season = int(value)
        return self.__season

    def episode(self, value: int | None = None) -> int | None:
        if value is not None:
            self.__episode = int(value)
        return self.__episode

    def transcript(self, value: FeedTranscript | None = None) -> list[FeedTranscript]:
        if value is not None:
            self.__transcripts.append(value)
        return list(self.__transcripts)

    def chapters(self, url: str | None = None) -> str | None:
        if url is not None:
            self.__chapters = url
        return self.__chapters

    def person(self, person: FeedPerson | None = None) -> list[FeedPerson]:
        if person is not None:
            self.__persons.append(person)
        return list(self.__persons)
