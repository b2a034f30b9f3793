"""``find_themes``: contact logs in, a :class:`ThemeReport` out (behind ``podcast themes``).

Steps: read → redact (before anything else) → normalise → spelling repair → de-duplicate →
vectors (lexical, or semantic = e5 + lexical) → cluster → label → per-theme figures → coverage.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from podcast.contactlog import ContactLog, read_logs
from podcast.errors import InputError
from podcast.fsutil import user_cache_dir
from podcast.privacy.redact import redact_text
from podcast.progress import Progress, ensure
from podcast.themes.areas import Area, load_areas, match_by_vectors, match_by_words
from podcast.themes.cluster import cluster
from podcast.themes.coverage import EpisodeText, covered_by
from podcast.themes.embed import CACHE_FILE, MODEL_NAME, VectorCache, semantic_available
from podcast.themes.label import WordRoles, make_label, personal_stems, phrase_for, theme_terms
from podcast.themes.lexical import lexical_vectors
from podcast.themes.months import change_months, partial_months
from podcast.themes.normalize import Normaliser, guess_language, init_worker, tokens_chunk
from podcast.themes.spelling import spelling_corrections

log = logging.getLogger(__name__)

METHODS = ("auto", "semantic", "lexical")
NOISE_LABEL = "övrigt"
LANGUAGE_NAMES = {"sv": "Swedish", "en": "English"}
#: A theme's month-on-month change is only reported when its last two months hold at least
#: this many contacts together ("+478 %" from 1 to 6 contacts says nothing).
MIN_CHANGE_COUNT = 10


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
    #: service areas: "default" (the shipped list), "off", or a TOML file (:mod:`.areas`)
    areas: str = "default"
    #: weigh down the parts the log uses as frames (:mod:`.frames`); off only to measure
    learned_frames: bool = True
    #: weigh each part by how likely it carries the note's theme (:mod:`.content`); off only
    #: to measure
    learned_content: bool = True
    workers: int = field(default_factory=lambda: min(4, os.cpu_count() or 1))


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
    #: the service area this theme is (its id), or None for a new theme found in the log
    area: str | None = None

    @property
    def new(self) -> bool:
        return self.area is None

    def to_json(self) -> dict:
        return {
            "id": self.id, "label": self.label, "area": self.area, "new": self.new,
            "terms": self.terms, "count": self.count,
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
    timings: dict[str, float] = field(default_factory=dict)
    #: first/last month the log only partly covers (marked; not used for ``change``)
    partial_months: list[str] = field(default_factory=list)
    #: the two whole months a theme's ``change`` compares (None: no change figures)
    change_months: tuple[str, str] | None = None

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
            "months": self.months, "partial_months": self.partial_months,
            "themes": [t.to_json() for t in self.shown],
        }


def resolve_method(method: str) -> str:
    if method not in METHODS:
        raise InputError(f"unknown method {method!r} (choose {', '.join(METHODS)})")
    if method == "auto":
        return "semantic" if semantic_available() else "lexical"
    return method


def _month(d: dt.date | None) -> str | None:
    return None if d is None else f"{d.year:04d}-{d.month:02d}"


def _normalise_all(texts: list[str], normaliser: Normaliser, progress: Progress,
                   workers: int) -> list[str]:
    """Space-joined stems per text (parallel when the log is big)."""
    progress.start(len(texts), "Normalising")
    out: list[str] = []
    try:
        if workers > 1 and len(texts) >= 100000:
            import multiprocessing as mp

            step = 20000
            chunks = [texts[i:i + step] for i in range(0, len(texts), step)]
            # spawn, not fork: a forked worker would carry (and touch) the whole log in memory
            with mp.get_context("spawn").Pool(workers, init_worker,
                                              (normaliser.language,)) as pool:
                for stems, surface in pool.imap(tokens_chunk, chunks):
                    out.extend(stems)
                    for stem, forms in surface.items():
                        normaliser.surface[stem].update(forms)
                    progress.advance(len(stems))
        else:
            for i, t in enumerate(texts):
                out.append(" ".join(normaliser.tokens(t, record_surface=True)))
                if i % 10000 == 9999:
                    progress.advance(10000)
    finally:
        progress.finish()
    return out


def find_themes(paths: list[Path], options: ThemeOptions | None = None, *,
                episodes: list[EpisodeText] | None = None, progress: Progress | None = None,
                embedder_factory=None) -> ThemeReport:
    """Mine themes from contact logs. ``episodes`` (from :func:`episode_texts`) fill covered_by.

    Personal data: the normaliser drops every token that could be personal data (digits,
    e-mail addresses, first names, "-sson" surnames), so stems, terms and labels never hold
    any; every text that is embedded, cached or shown (semantic parts, examples) is passed
    through :func:`~podcast.privacy.redact.redact_text` first.
    """
    opts = options or ThemeOptions()
    progress = ensure(progress)
    started = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str) -> None:
        timings[name] = time.perf_counter() - started - sum(timings.values())

    method = resolve_method(opts.method)
    area_list = load_areas(opts.areas, opts.language)  # a bad area file fails before any work
    contact_log: ContactLog = read_logs(paths, columns=opts.columns, since=opts.since,
                                        until=opts.until)
    n = len(contact_log)  # ≥ 1: read_logs raises when no row is usable
    lap("read")

    # 1. distinct raw texts → stems (a million rows share many texts)
    distinct: dict[str, int] = {}
    text_id = np.fromiter((distinct.setdefault(t, len(distinct)) for t in contact_log.texts),
                          dtype=np.int64, count=n)
    normaliser = Normaliser(opts.language)
    n_distinct = len(distinct)
    distinct_texts = list(distinct)
    guessed = guess_language(distinct_texts)
    if guessed is not None and guessed != opts.language:
        log.warning("the notes look %s, but the language is '%s': run with --language %s "
                    "(or [contacts] language = \"%s\") for its stemming and stop words",
                    LANGUAGE_NAMES[guessed], opts.language, guessed, guessed)
    del distinct
    stems = _normalise_all(distinct_texts, normaliser, progress, opts.workers)
    del distinct_texts
    counts: Counter = Counter()
    for s in stems:
        counts.update(s.split())
    fixes = spelling_corrections(counts)
    for stem, target in fixes.items():  # keep surface words so labels show the right spelling
        normaliser.surface[target].update(normaliser.surface.get(stem, {}))
    if fixes:
        for i, s in enumerate(stems):
            if s:
                stems[i] = " ".join(fixes.get(w, w) for w in s.split())
    lap("normalise")

    # 2. clustering units: distinct (stems, channel); rows without content words are noise
    channel_names = sorted(set(contact_log.channels))
    ch_index = {c: i for i, c in enumerate(channel_names)}
    row_channel = np.fromiter((ch_index[c] for c in contact_log.channels), dtype=np.int64,
                              count=n)
    unit_of: dict[tuple[str, int], int] = {}
    row_unit = np.full(n, -1, dtype=np.int64)
    unit_rows: list[int] = []  # first row of each unit (its text represents the unit)
    for i in range(n):
        clean = stems[text_id[i]]
        if not clean:
            continue
        key = (clean, int(row_channel[i]))
        u = unit_of.get(key)
        if u is None:
            u = len(unit_rows)
            unit_of[key] = u
            unit_rows.append(i)
        row_unit[i] = u
    docs = [k[0] for k in unit_of]
    if not docs:
        raise InputError("no row has any content words after removing boilerplate",
                         path=", ".join(str(p) for p in paths))
    weights = np.bincount(row_unit[row_unit >= 0], minlength=len(docs)).astype(np.float64)
    log.info("%d rows → %d distinct texts → %d distinct notes (%d spelling fixes)", n,
             n_distinct, len(docs), len(fixes))
    lap("units")

    lex, vocab, B = lexical_vectors(docs, weights, seed=opts.seed)
    lap("lexical vectors")
    embedded = 0
    model = None
    note_area = np.full(len(docs), -1, dtype=np.int64)
    if method == "semantic":
        from podcast.themes.embed import E5Embedder, embed_cached
        from podcast.themes.semantic import semantic_vectors

        unit_texts = [redact_text(contact_log.texts[r]) for r in unit_rows]
        cache = VectorCache(opts.cache_path) if opts.cache_path else None
        factory = embedder_factory or E5Embedder
        try:
            X, plain, embedded = semantic_vectors(
                unit_texts, [contact_log.channels[r] for r in unit_rows], weights, lex,
                normaliser, cache, embedder_factory=factory, progress=progress,
                learned_frames=opts.learned_frames, learned_content=opts.learned_content)
            if area_list:
                area_vecs, _ = embed_cached([a.text() for a in area_list], cache, factory)
                note_area = match_by_vectors(plain, _unit_rows(area_vecs), weights)
        finally:
            if cache is not None:
                cache.close()
        del plain
        model = MODEL_NAME
        lap("semantic vectors")
    else:
        X = lex
        if area_list:
            note_area = match_by_words(B, vocab, area_list, normaliser.tokens, weights)
    clustering = cluster(X, weights, k=opts.k, seed=opts.seed, min_share=opts.min_share)
    if opts.k is not None and clustering.k < opts.k:
        why = (f"the log has only {len(docs)} distinct notes" if opts.k > len(docs) else
               f"only {clustering.k} groups of its {len(docs)} distinct notes differ")
        log.warning("%d themes asked for, but %s: %d themes", opts.k, why, clustering.k)
    labels, theme_area = apply_areas(clustering.labels, note_area, weights,
                                     merge=opts.k is None)
    centers = _centres(X, labels, weights)
    lap("cluster")

    n_raw = int(labels.max()) + 1 if labels.size and labels.max() >= 0 else 0
    terms = _terms_without_personal_data(B, vocab, labels, weights, n_raw, unit_rows,
                                         contact_log.texts, normaliser, fixes)
    row_label = np.where(row_unit >= 0, labels[np.maximum(row_unit, 0)], -1)
    sizes = np.bincount(row_label[row_label >= 0], minlength=n_raw)
    order = [c for c in sorted(range(n_raw), key=lambda c: (-sizes[c], c)) if sizes[c] > 0]
    new_id = {c: i + 1 for i, c in enumerate(order)}

    # 3. per-theme figures, vectorised over rows
    month_of: dict[dt.date | None, int] = {}
    month_names: list[str] = []
    month_key: dict[str, int] = {}
    row_month = np.empty(n, dtype=np.int64)
    for i, d in enumerate(contact_log.dates):
        m = month_of.get(d)
        if m is None:
            name = _month(d)
            if name is None:
                m = -1
            else:
                m = month_key.setdefault(name, len(month_key))
                if m == len(month_names):
                    month_names.append(name)
            month_of[d] = m
        row_month[i] = m
    months = sorted(month_names)
    month_pos = np.array([months.index(mn) for mn in month_names] + [len(months)],
                         dtype=np.int64)  # last slot: no date
    row_mpos = month_pos[row_month]
    lab_idx = np.where(row_label >= 0, row_label, n_raw)
    by_month = np.zeros((n_raw + 1, len(months) + 1), dtype=np.int64)
    np.add.at(by_month, (lab_idx, row_mpos), 1)
    by_channel = np.zeros((n_raw + 1, len(channel_names)), dtype=np.int64)
    np.add.at(by_channel, (lab_idx, row_channel), 1)
    resolved = np.fromiter((-1 if r is None else int(r) for r in contact_log.resolved),
                           dtype=np.int64, count=n)
    has_res = resolved >= 0
    res_n = np.bincount(lab_idx[has_res], minlength=n_raw + 1)
    res_yes = np.bincount(lab_idx[has_res], weights=resolved[has_res], minlength=n_raw + 1)
    month_totals = by_month.sum(axis=0)
    partial = partial_months(contact_log.dates)
    compare = change_months(months, partial)  # the last two whole months

    roles = WordRoles(opts.language)
    roles.learn((contact_log.texts[r] for r in unit_rows[:5000]),
                _stemmer(normaliser, fixes))
    named: set[str] = set()
    themes: list[Theme] = []
    for c in order:
        trend = {m: int(by_month[c, j]) for j, m in enumerate(months)}
        change = None
        if (compare and month_totals[compare[0]] and month_totals[compare[1]]
                and by_month[c, compare[0]] + by_month[c, compare[1]] >= MIN_CHANGE_COUNT):
            a = by_month[c, compare[0]] / month_totals[compare[0]]
            b = by_month[c, compare[1]] / month_totals[compare[1]]
            change = float((b - a) / a) if a > 0 else None
        channels = {channel_names[j]: int(v) for j, v in enumerate(by_channel[c]) if v}
        rate = float(res_yes[c] / res_n[c]) if res_n[c] else None
        examples = _examples(c, X, centers, labels, unit_rows, weights,
                             contact_log.texts, opts.examples)
        area = area_list[theme_area[c]] if theme_area.get(c, -1) >= 0 else None
        themes.append(Theme(
            id=new_id[c], label=_label(c, area, terms[c], named, labels, unit_rows,
                                       contact_log.texts, normaliser, roles, fixes),
            area=area.id if area else None,
            terms=[normaliser.display(s) for s in terms[c][:8]],
            count=int(sizes[c]), share=float(sizes[c]) / n, trend=trend, change=change,
            channels=dict(sorted(channels.items(), key=lambda kv: (-kv[1], kv[0]))),
            resolved_rate=rate, examples=examples,
            covered_by=covered_by(terms[c], episodes) if episodes else [],
        ))
    assignments = [(row, new_id.get(c)) for row, c in zip(contact_log.rows, row_label.tolist(),
                                                          strict=True)]
    lap("report")
    return ThemeReport(
        rows=n, skipped=contact_log.skipped, method=method, model=model, k=len(themes),
        themes=themes, noise=int((row_label < 0).sum()), months=months,
        partial_months=partial,
        change_months=None if compare is None else (months[compare[0]], months[compare[1]]),
        assignments=assignments, skip_reasons=dict(contact_log.skip_reasons),
        embedded=embedded, seconds=time.perf_counter() - started, top=opts.top,
        show_found=episodes is not None, timings=timings)


def _stemmer(normaliser: Normaliser, fixes: dict[str, str]):  # noqa: ANN202
    def stem_of(word: str) -> str | None:
        stem = normaliser.word(word)
        return fixes.get(stem, stem) if stem is not None else None
    return stem_of


def _label(c: int, area: Area | None, terms: list[str], named: set[str], labels: np.ndarray,
           unit_rows: list[int], texts: list[str], normaliser: Normaliser, roles: WordRoles,
           fixes: dict[str, str], sample: int = 80) -> str:
    """The area's name, or a noun phrase from the theme's c-TF-IDF words; never twice."""
    idx = np.nonzero(labels == c)[0][:sample]
    notes = [redact_text(texts[unit_rows[j]]) for j in idx]
    stem_of = _stemmer(normaliser, fixes)

    def phrase(stem: str) -> str | None:
        return phrase_for(stem, notes, stem_of, roles)

    words = make_label(terms, normaliser, roles=roles, phrase=phrase)
    label = area.name if area is not None else words
    if label in named:  # a second theme of the same area, or the same word: tell them apart
        others = [t for t in terms if normaliser.display(t).lower() not in label.lower()]
        extra = make_label(others, normaliser, roles=roles) if others else str(len(named))
        label = f"{label}: {extra.lower()}" if area is not None else f"{label} ({extra.lower()})"
    named.add(label)
    return label


def _unit_rows(M: np.ndarray) -> np.ndarray:
    return M / np.maximum(np.linalg.norm(M, axis=1, keepdims=True), 1e-12)


def _centres(X: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    k = int(labels.max()) + 1 if labels.size and labels.max() >= 0 else 0
    out = np.zeros((k, X.shape[1]), dtype=np.float64)
    keep = labels >= 0
    np.add.at(out, labels[keep], X[keep] * weights[keep, None])
    return out / np.maximum(np.bincount(labels[keep], weights=weights[keep], minlength=k),
                            1e-12)[:, None]


#: A theme takes an area's name when at least this share of its rows clearly belong to it.
AREA_MAJORITY = 0.5


def apply_areas(labels: np.ndarray, note_area: np.ndarray, weights: np.ndarray, *,
                merge: bool) -> tuple[np.ndarray, dict[int, int]]:
    """Themes named by service areas: (new labels 0…K-1 / -1, theme → area index or -1).

    A cluster most of whose rows clearly belong to one area (``AREA_MAJORITY``) is that
    area's theme; with ``merge`` (automatic number of themes) clusters of the same area
    become one. Then every note that clearly belongs to an area with a theme moves to it
    (also from noise; not from another cluster of the same area), so "Hur lång tid tar det
    att få p-tillstånd" lands in Parkering even when k-means put it elsewhere. Other
    clusters are new themes.
    """
    labels = labels.copy()
    k = int(labels.max()) + 1 if labels.size and labels.max() >= 0 else 0
    if k == 0 or not (note_area >= 0).any():
        return labels, dict.fromkeys(range(k), -1)
    w = np.asarray(weights, dtype=np.float64)
    size = np.bincount(labels[labels >= 0], weights=w[labels >= 0], minlength=k)
    theme_area: dict[int, int] = {}
    for c in range(k):
        mask = (labels == c) & (note_area >= 0)
        if not mask.any():
            theme_area[c] = -1
            continue
        by_area = np.bincount(note_area[mask], weights=w[mask])
        a = int(np.argmax(by_area))
        theme_area[c] = a if by_area[a] >= AREA_MAJORITY * size[c] else -1
    home: dict[int, int] = {}  # area → its (largest) theme
    for c in sorted(range(k), key=lambda c: (-size[c], c)):
        a = theme_area[c]
        if a >= 0 and a not in home:
            home[a] = c
    if merge:
        for c in range(k):
            a = theme_area[c]
            if a >= 0 and home[a] != c:
                labels[labels == c] = home[a]
                theme_area[c] = -2  # merged away
    home_of = np.full(int(note_area.max()) + 2, -1, dtype=np.int64)  # area → theme; [-1] = -1
    for a, c in home.items():
        home_of[a] = c
    move = home_of[note_area]
    # a note stays in a cluster that is itself named by the note's area: with --themes K
    # two clusters of one area are two themes the user asked for (moving every note of the
    # area into the larger one left the other with only the notes that matched no area;
    # Banking77 at k = 77 lost 0.013-0.014 NMI that way). With merge they are one already.
    current = np.array([theme_area[c] for c in range(k)] + [-1], dtype=np.int64)
    has_home = (move >= 0) & (current[np.where(labels >= 0, labels, k)] != note_area)
    labels[has_home] = move[has_home]
    # compact ids
    used = np.unique(labels[labels >= 0])
    new_id = np.full(k, -1, dtype=np.int64)
    new_id[used] = np.arange(len(used))
    out = np.where(labels >= 0, new_id[np.maximum(labels, 0)], -1).astype(np.int64)
    return out, {int(new_id[c]): theme_area[int(c)] for c in used}


def _terms_without_personal_data(B, vocab: list[str], labels: np.ndarray,  # noqa: ANN001
                                 weights: np.ndarray, n_themes: int, unit_rows: list[int],
                                 texts: list[str], normaliser: Normaliser,
                                 fixes: dict[str, str], *, top: int = 8,
                                 sample: int = 20) -> list[list[str]]:
    """Each theme's top stems, leaving out any that is personal data where it occurs.

    The normaliser already drops first names, "-sson" names and digits; a surname after a
    first name, a postal town or a name under "Mvh" can still be an ordinary-looking word, so
    every candidate is checked against the redactor on (up to ``sample``) notes containing it.
    """
    if not n_themes:
        return []
    candidates = theme_terms(B, vocab, labels, weights, n_themes, top=2 * top)
    by_stem = B.tocsc()
    column = {v: i for i, v in enumerate(vocab)}

    def texts_with(stem: str) -> list[str]:
        units = by_stem[:, column[stem]].indices[:sample]
        return [texts[unit_rows[u]] for u in units]

    def stem_of(word: str) -> str | None:
        stem = normaliser.word(word)
        return fixes.get(stem, stem) if stem is not None else None

    personal = personal_stems({t for ts in candidates for t in ts}, texts_with, stem_of)
    if personal:
        log.info("left out of theme words as personal data: %d word(s)", len(personal))
    return [[t for t in ts if t not in personal][:top] for ts in candidates]


def _examples(c: int, X: np.ndarray, centers: np.ndarray, labels: np.ndarray,
              unit_rows: list[int], weights: np.ndarray, texts: list[str], k: int) -> list[str]:
    """Up to k distinct notes closest to the theme's centre, redacted before they are shown."""
    idx = np.nonzero(labels == c)[0]
    if idx.size == 0:
        return []
    center = centers[c] / (np.linalg.norm(centers[c]) or 1.0)
    score = X[idx] @ center + 0.02 * np.log1p(weights[idx])
    top = idx[np.argsort(-score, kind="stable")[: max(50, 10 * k)]]
    picked: list[str] = []
    seen: set[str] = set()
    for j in top:
        text = " ".join(redact_text(texts[unit_rows[j]]).split())
        key = text.lower()
        if key in seen:
            continue
        seen.add(key)
        picked.append(text if len(text) <= 240 else text[:237].rstrip() + "…")
        if len(picked) >= k:
            break
    return picked


def default_cache_path(workspace=None) -> Path:
    """build/cache/themes-vectors.sqlite in a show, else the user's cache folder."""
    if workspace is not None:
        return workspace.cache_dir / CACHE_FILE
    return user_cache_dir(CACHE_FILE)
