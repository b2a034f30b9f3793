"""``covered_by``: which existing episodes already answer a theme.

Each episode becomes a bag of stems: its themes/tags (weight 5), title (3), description and
show notes (1) and transcript (1, when one exists). A theme is covered by an episode when

* one of the episode's themes/tags shares a stem with the theme's three top terms, or
  one is the head of the other as a compound ("återvinning" / "återvinningscentralen", head ≥ 4
  letters), or
* the theme's top terms, weighted by rank, are found in the episode for ≥ 30 % of their weight
  (a term counts fully when it occurs at least twice).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from podcast.errors import PodcastError
from podcast.themes.normalize import Normaliser

log = logging.getLogger(__name__)


@dataclass
class EpisodeText:
    slug: str
    tags: set[str]
    stems: Counter


def episode_texts(workspace, normaliser: Normaliser) -> list[EpisodeText]:
    """Stems of every episode in the show (errors in one episode are logged and skipped)."""
    from podcast.transcript import load_transcript

    out: list[EpisodeText] = []
    for ep in workspace.episodes():
        stems: Counter = Counter()
        tags: set[str] = set()
        for tag in ep.meta.themes:
            for s in normaliser.tokens(tag.replace("-", " ")):
                tags.add(s)
                stems[s] += 5
        for s in normaliser.tokens(ep.meta.title):
            stems[s] += 3
        for s in normaliser.tokens(f"{ep.meta.description}\n{ep.notes_markdown}"):
            stems[s] += 1
        try:
            transcript = load_transcript(ep.dir)
        except PodcastError as exc:
            log.warning("%s", exc)
            transcript = None
        if transcript is not None:
            for s in normaliser.tokens(transcript.text):
                stems[s] += 1
        out.append(EpisodeText(ep.slug, tags, stems))
    return out


def _related(a: str, b: str) -> bool:
    """Same stem, or one is the head of the other's compound ("atervinning"/"...scentral")."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 4 and long_.startswith(short)


def _count(term: str, stems: Counter) -> int:
    """Occurrences of the stem and of stems it forms a compound with."""
    return sum(c for s, c in stems.items() if _related(term, s))


def covered_by(terms: list[str], episodes: list[EpisodeText], *, threshold: float = 0.3,
               top: int = 6) -> list[str]:
    """Slugs of the episodes that answer a theme with these top terms (best first)."""
    terms = terms[:top]
    if not terms or not episodes:
        return []
    weights = [1.0 / (1 + i * 0.5) for i in range(len(terms))]
    total = sum(weights)
    scored: list[tuple[float, str]] = []
    for ep in episodes:
        tag_hit = any(_related(t, tag) for t in terms[:3] for tag in ep.tags)
        score = sum(w * min(1.0, _count(t, ep.stems) / 2.0) for t, w in zip(terms, weights,
                                                                           strict=True)) / total
        if tag_hit or score >= threshold:
            scored.append((score + (1.0 if tag_hit else 0.0), ep.slug))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [slug for _, slug in scored]
