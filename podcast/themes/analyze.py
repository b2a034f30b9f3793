"""``find_themes``: contact logs in, a :class:`ThemeReport` out (behind ``podcast themes``).

Steps: read → redact (before anything else) → normalise → spelling repair → de-duplicate →
vectors (lexical, or semantic = e5 + lexical) → cluster → label → per-theme figures → coverage.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from podcast.errors import InputError
from podcast.progress import Progress, ensure
from podcast.themes.cluster import cluster
from podcast.themes.coverage import EpisodeText, covered_by
from podcast.themes.embed import CACHE_FILE, MODEL_NAME, VectorCache, semantic_available
from podcast.themes.label import make_label, theme_terms
from podcast.themes.lexical import lexical_vectors
from podcast.themes.normalize import Normaliser
from podcast.themes.readers import ContactLog, read_logs
from podcast.themes.redact import redact_text
from podcast.themes.spelling import spelling_corrections

log = logging.getLogger(__name__)

METHODS = ("auto", "semantic", "lexical")
NOISE_LABEL = "övrigt"


@dataclass
class ThemeOptions:
    method: str = "auto"
    k: int | None = None
    top: int = 12
    language: str = "sv"
    seed: int = 0
    examples: int = 5
    columns: dict[str, str | None] = field(default_factory=dict)
    since: dt.date | None = None
    until: dt.date | None = None
    cache_path: Path | None = None
    min_share: float = 0.005


@dataclass
class Theme:
    id: int
    label: str
    terms: list[str]
    count: int
    share: float
    trend: dict[str, int]
    change: float | None
    channels: dict[str, int]
    resolved_rate: float | None
    examples: list[str]
    covered_by: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "id": self.id, "label": self.label, "terms": self.terms, "count": self.count,
            "share": round(self.share, 4), "trend": self.trend,
            "change": None if self.change is None else round(self.change, 4),
            "channels": self.channels,
            "resolved_rate": None if self.resolved_rate is None else round(self.resolved_rate, 4),
            "examples": self.examples, "covered_by": self.covered_by,
        }


@dataclass
class ThemeReport:
    rows: int
    skipped: int
    method: str
    model: str | None
    k: int
    themes: list[Theme]  # all themes, largest first (``top`` limits what is shown)
    noise: int
    months: list[str]
    assignments: list[tuple[int, int | None]]  # (1-based data row, theme id or None)
    skip_reasons: dict[str, int] = field(default_factory=dict)
    embedded: int = 0
    seconds: float = 0.0
    top: int = 12
    show_found: bool = False

    @property
    def shown(self) -> list[Theme]:
        return self.themes[: self.top]

    @property
    def uncovered(self) -> list[Theme]:
        return [t for t in self.shown if not t.covered_by]

    def to_json(self) -> dict:
        return {
            "rows": self.rows, "skipped": self.skipped, "method": self.method,
            "model": self.model, "k": self.k, "noise": self.noise,
            "noise_share": round(self.noise / self.rows, 4) if self.rows else 0.0,
            "months": self.months, "themes": [t.to_json() for t in self.shown],
        }


def resolve_method(method: str) -> str:
    if method not in METHODS:
        raise InputError(f"unknown method {method!r} (choose {', '.join(METHODS)})")
    if method == "auto":
        return "semantic" if semantic_available() else "lexical"
    return method


def _month(d: dt.date | None) -> str | None:
    return None if d is None else f"{d.year:04d}-{d.month:02d}"


def _redact_all(texts: list[str], progress: Progress) -> list[str]:
    memo: dict[str, str] = {}
    out = []
    progress.start(len(texts), "Redacting personal data")
    for i, text in enumerate(texts):
        red = memo.get(text)
        if red is None:
            red = redact_text(text)
            memo[text] = red
        out.append(red)
        if i % 5000 == 4999:
            progress.advance(5000)
    progress.finish()
    return out


def find_themes(paths: list[Path], options: ThemeOptions | None = None, *,
                episodes: list[EpisodeText] | None = None, progress: Progress | None = None,
                embedder_factory=None) -> ThemeReport:  # noqa: ANN001
    """Mine themes from contact logs. ``episodes`` (from :func:`episode_texts`) fill covered_by."""
    opts = options or ThemeOptions()
    progress = ensure(progress)
    started = time.perf_counter()
    method = resolve_method(opts.method)
    contact_log: ContactLog = read_logs(paths, columns=opts.columns, since=opts.since,
                                        until=opts.until)
    n = len(contact_log)
    if n == 0:
        raise InputError(f"no usable rows ({contact_log.skipped} skipped: "
                         f"{dict(contact_log.skip_reasons) or 'empty'})",
                         path=", ".join(str(p) for p in paths))
    redacted = _redact_all(contact_log.texts, progress)

    normaliser = Normaliser(opts.language)
    memo: dict[str, list[str]] = {}
    tokens: list[list[str]] = []
    for text in redacted:
        t = memo.get(text)
        if t is None:
            t = normaliser.tokens(text, record_surface=True)
            memo[text] = t
        tokens.append(t)
    counts: Counter = Counter()
    for t in memo.values():
        counts.update(t)
    fixes = spelling_corrections(counts)
    for stem, target in fixes.items():  # keep surface words so labels show the right spelling
        normaliser.surface[target].update(normaliser.surface.get(stem, {}))

    # Clustering units: distinct (cleaned note, channel); rows with no content are noise.
    unit_of: dict[tuple[str, str], int] = {}
    unit_rows: list[int] = []  # first row of each unit (its text represents it)
    row_unit = np.full(n, -1, dtype=np.int64)
    for i, (t, ch) in enumerate(zip(tokens, contact_log.channels, strict=True)):
        clean = " ".join(fixes.get(s, s) for s in t)
        if not clean:
            continue
        key = (clean, ch)
        u = unit_of.get(key)
        if u is None:
            u = len(unit_rows)
            unit_of[key] = u
            unit_rows.append(i)
        row_unit[i] = u
    docs = [k[0] for k in unit_of]
    weights = np.bincount(row_unit[row_unit >= 0], minlength=len(docs)).astype(np.float64)
    log.info("%d rows → %d distinct notes (%d spelling fixes)", n, len(docs), len(fixes))
    if not docs:
        raise InputError("no row has any content words after removing boilerplate",
                         path=", ".join(str(p) for p in paths))

    lex, vocab, B = lexical_vectors(docs, weights, seed=opts.seed)
    embedded = 0
    model = None
    if method == "semantic":
        from podcast.themes.embed import E5Embedder
        from podcast.themes.semantic import semantic_vectors

        cache = VectorCache(opts.cache_path) if opts.cache_path else None
        try:
            X, embedded = semantic_vectors(
                [redacted[r] for r in unit_rows], [contact_log.channels[r] for r in unit_rows],
                weights, lex, normaliser, cache, embedder_factory=embedder_factory or E5Embedder,
                progress=progress)
        finally:
            if cache is not None:
                cache.close()
        model = MODEL_NAME
    else:
        X = lex
    clustering = cluster(X, weights, k=opts.k, seed=opts.seed, min_share=opts.min_share)
    labels = clustering.labels
    n_raw = int(labels.max()) + 1 if labels.size and labels.max() >= 0 else 0
    terms = theme_terms(B, vocab, labels, weights, n_raw) if n_raw else []

    row_label = np.where(row_unit >= 0, labels[np.maximum(row_unit, 0)], -1)
    sizes = np.bincount(row_label[row_label >= 0], minlength=n_raw)
    order = sorted(range(n_raw), key=lambda c: (-sizes[c], c))
    order = [c for c in order if sizes[c] > 0]
    new_id = {c: i + 1 for i, c in enumerate(order)}

    months = sorted({m for m in (_month(d) for d in contact_log.dates) if m})
    themes: list[Theme] = []
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(row_label.tolist()):
        if c >= 0:
            members[c].append(i)
    for c in order:
        rows = members[c]
        trend = Counter(_month(contact_log.dates[i]) for i in rows)
        trend_full = {m: int(trend.get(m, 0)) for m in months}
        change = None
        if len(months) >= 2:
            month_totals = Counter(_month(d) for d in contact_log.dates)
            a = trend.get(months[-2], 0) / max(1, month_totals[months[-2]])
            b = trend.get(months[-1], 0) / max(1, month_totals[months[-1]])
            change = (b - a) / a if a > 0 else None
        channels = Counter(contact_log.channels[i] for i in rows)
        resolved = [contact_log.resolved[i] for i in rows if contact_log.resolved[i] is not None]
        rate = (sum(resolved) / len(resolved)) if resolved else None
        themes.append(Theme(
            id=new_id[c], label=make_label(terms[c], normaliser) if terms else NOISE_LABEL,
            terms=[normaliser.display(s) for s in terms[c][:8]] if terms else [],
            count=len(rows), share=len(rows) / n, trend=trend_full, change=change,
            channels=dict(sorted(channels.items(), key=lambda kv: (-kv[1], kv[0]))),
            resolved_rate=rate,
            examples=_examples(c, X, clustering.centers, labels, unit_rows, weights, redacted,
                               opts.examples),
            covered_by=covered_by(terms[c], episodes) if (episodes and terms) else [],
        ))
    assignments = [(contact_log.rows[i], new_id.get(int(c)) if c >= 0 else None)
                   for i, c in enumerate(row_label.tolist())]
    return ThemeReport(
        rows=n, skipped=contact_log.skipped, method=method, model=model, k=len(themes),
        themes=themes, noise=int((row_label < 0).sum()), months=months,
        assignments=assignments, skip_reasons=dict(contact_log.skip_reasons),
        embedded=embedded, seconds=time.perf_counter() - started, top=opts.top,
        show_found=episodes is not None)


def _examples(c: int, X: np.ndarray, centers: np.ndarray, labels: np.ndarray,
              unit_rows: list[int], weights: np.ndarray, redacted: list[str], k: int) -> list[str]:
    """Up to k distinct redacted notes closest to the theme's centre (frequent ones first)."""
    idx = np.nonzero(labels == c)[0]
    if idx.size == 0:
        return []
    center = centers[c] / (np.linalg.norm(centers[c]) or 1.0)
    sim = X[idx] @ center
    score = sim + 0.02 * np.log1p(weights[idx])
    picked: list[str] = []
    seen: set[str] = set()
    for j in idx[np.argsort(-score, kind="stable")]:
        text = " ".join(redacted[unit_rows[j]].split())
        key = text.lower()
        if key in seen:
            continue
        seen.add(key)
        picked.append(text if len(text) <= 240 else text[:237].rstrip() + "…")
        if len(picked) >= k:
            break
    return picked


def default_cache_path(workspace=None) -> Path:  # noqa: ANN001
    """build/cache/themes-vectors.sqlite in a show, else the user's cache folder."""
    if workspace is not None:
        return workspace.cache_dir / CACHE_FILE
    import os

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kommunpodd" / CACHE_FILE
