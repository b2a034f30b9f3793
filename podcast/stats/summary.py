"""What ``podcast stats ingest`` tells its user, in the show's language (the words are the
report's, :data:`podcast.stats.render.UI`)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from podcast.stats.ingest import FileResult, IngestResult
from podcast.stats.render import REASONS_SV, UI, ui_language


def _day(ts: int | None) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts)) if ts is not None else "?"


class IngestWords:
    """The summary lines of an ingest in ``language`` ('sv' or 'en'; any other code gets
    Swedish, see :func:`~podcast.stats.render.ui_language`)."""

    def __init__(self, language: str | None) -> None:
        self.lang = ui_language(language)
        self.ui = UI[self.lang]

    def _reason(self, reason: str) -> str:
        return REASONS_SV.get(reason, reason) if self.lang == "sv" else reason

    def _counts(self, counts: dict[str, int]) -> str:
        return ", ".join(f"{n} {self._reason(why)}" for why, n in sorted(counts.items()))

    def file_lines(self, f: FileResult) -> list[str]:
        """One line per file (and one more when lines were skipped)."""
        ui = self.ui
        line = ui["ingest_file"].format(source=f.source, format=f.format, lines=f.lines,
                                        candidates=f.candidates, new=f.new,
                                        duplicates=f.duplicates)
        if f.probes:
            line += ui["ingest_probes"].format(n=f.probes)
        if f.excluded:
            line += ui["ingest_excluded"].format(what=self._counts(f.excluded))
        if f.candidates:
            line += f"; {_day(f.first_ts)} – {_day(f.last_ts)}"
        out = [line]
        if f.unparsable:
            out.append(ui["ingest_unparsable"].format(
                n=f.unparsable, where=", ".join(map(str, f.bad_lines)),
                why=self._counts(f.rejected)))
        return out

    def done(self, results: Sequence[IngestResult], db_path: Path | str) -> str:
        files = [f for r in results for f in r.files]
        seconds = f"{sum(r.seconds for r in results):.1f}"
        if self.lang == "sv":
            seconds = seconds.replace(".", ",")
        return self.ui["ingest_done"].format(files=len(files), lines=sum(f.lines for f in files),
                                             seconds=seconds, db=db_path)

    def reading(self) -> str:
        """The progress bar's label."""
        return self.ui["ingest_reading"]

    def no_sizes(self) -> str:
        return self.ui["ingest_no_sizes"]

    def unknown_media(self, names: Sequence[str]) -> str:
        return self.ui["ingest_unknown_media"].format(names=", ".join(names))
