"""Listen counts: IAB-style download counting from media-server access logs.

Library entry points (the CLI in :mod:`podcast.cli.stats` is a thin layer over these):

- :func:`podcast.stats.ingest.ingest_logs` / :func:`~podcast.stats.ingest.ingest_s3`
- :func:`podcast.stats.report.build_report` and :func:`podcast.stats.render.render`
- :class:`podcast.stats.agents.Classifier` (user agents), :func:`~podcast.stats.agents.load_opawg`
- :func:`podcast.stats.thresholds.media_from_dir` (byte thresholds from media files)
"""

from podcast.stats.agents import AgentInfo, Classifier, load_opawg
from podcast.stats.ingest import IngestResult, ingest_logs, ingest_s3
from podcast.stats.render import render
from podcast.stats.report import Report, build_report
from podcast.stats.thresholds import EpisodeMedia, media_from_dir, probe_media
from podcast.stats.windows import WINDOWS, opens_window

__all__ = [
    "AgentInfo", "Classifier", "EpisodeMedia", "IngestResult", "Report", "WINDOWS",
    "build_report", "ingest_logs", "ingest_s3", "load_opawg", "media_from_dir",
    "opens_window", "probe_media", "render",
]
