"""``podcast stats ingest|report|agents`` (issue #8): listen counts from access logs."""

from __future__ import annotations

from pathlib import Path

import click

from podcast.cli.common import (
    PodcastGroup,
    command,
    common_options,
    echo,
    get_options,
    progress_for,
)
from podcast.config import StatsSection, merge_flags
from podcast.errors import InputError, PodcastError, StatsError, WorkspaceError
from podcast.fsutil import user_cache_dir
from podcast.workspace import Workspace

GROUP_EPILOG = """\b
Examples:
  podcast stats ingest logs/access.log.gz          # inside a show: sizes from build/audio
  podcast stats ingest --media media/ --db stats.sqlite edge.log s3-2026-10-*.log
  podcast stats report --by month
  podcast stats report --format html --output statistik.html
  podcast stats agents --check "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)"
"""

INGEST_EPILOG = """\b
Examples:
  podcast stats ingest access.log access.log.1.gz
  podcast stats ingest --format s3 --media build/audio --db stats.sqlite logs/*
  podcast stats ingest --from-s3 s3://kommun-loggar/podd/ --endpoint-url https://s3.example.se
\b
Ingesting a file again, or files that overlap, never counts a request twice. IP addresses
are replaced by a keyed hash; the key is kept in <db>.key next to the database.
"""

REPORT_EPILOG = """\b
Examples:
  podcast stats report                             # downloads and listeners per episode
  podcast stats report --by day --since 2026-10-01 --until 2026-10-31
  podcast stats report --by app --format csv > apps.csv
  podcast stats report --format json
  podcast stats report --format html --output statistik.html
  podcast stats report --window first-touch        # rolling 24 h instead of calendar days
"""

AGENTS_EPILOG = """\b
Examples:
  podcast stats agents                             # user agents seen, with their class
  podcast stats agents --check "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X)"
  podcast stats agents --agents ../user-agents-v2/src --reclassify
  podcast stats agents --update                    # fetch the OPAWG list (needs internet)
"""


@click.group("stats", cls=PodcastGroup, epilog=GROUP_EPILOG)
@common_options
def stats_group() -> None:
    """Count listens from media-server access logs (IAB rules)."""


# --- shared resolution of paths ---------------------------------------------------------------


def _workspace() -> Workspace | None:
    opts = get_options()
    if opts.show is not None:
        return opts.workspace()
    try:
        return opts.workspace()
    except WorkspaceError:
        return None


def _db_path(db: Path | None, ws: Workspace | None) -> Path:
    if db is not None:
        return db
    if ws is not None:
        return ws.stats_db_path
    raise InputError("no show here; pass --db PATH (or --show DIR)")


def _agents_cache(ws: Workspace | None) -> Path:
    if ws is not None:
        return ws.cache_dir / "user-agents-v2"
    return user_cache_dir("user-agents-v2")


def _classifier(agents: str | None, ws: Workspace | None):
    from podcast.stats.agents import Classifier, load_opawg

    location: str | Path | None = agents
    if location is None and ws is not None and ws.config.stats.agents_file:
        location = str(ws.resolve(ws.config.stats.agents_file))
    if location is None and (_agents_cache(ws) / "bots.json").is_file():
        location = _agents_cache(ws)
    # Verdicts are kept in the user cache folder between runs (keyed by the rules in use).
    return Classifier(load_opawg(location) if location is not None else None,
                      cache_dir=user_cache_dir("agent-verdicts"))


# --- ingest -----------------------------------------------------------------------------------


@stats_group.command("ingest", epilog=INGEST_EPILOG)
@common_options
@click.argument("logs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["auto", "s3", "cloudfront", "combined"]),
              default="auto", show_default=True, help="Log format (auto: detected per file).")
@click.option("--media", type=click.Path(file_okay=False, path_type=Path),
              help="Folder with the published media files (sizes and durations for the "
                   "byte threshold). Default inside a show: build/audio.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Statistics database (default inside a show: build/stats.sqlite).")
@click.option("--from-s3", "from_s3", metavar="s3://BUCKET/PREFIX",
              help="Read every log object under this prefix of a logging bucket.")
@click.option("--endpoint-url", help="S3-compatible endpoint for --from-s3.")
@click.option("--region", help="Region for --from-s3.")
@click.option("--profile", help="AWS profile for --from-s3.")
@click.option("--agents", metavar="DIR|URL",
              help="OPAWG user-agents-v2 lists (folder with bots.json etc., or URL prefix).")
def ingest_cmd(logs: tuple[Path, ...], fmt: str, media: Path | None, db: Path | None,
               from_s3: str | None, endpoint_url: str | None, region: str | None,
               profile: str | None, agents: str | None) -> None:
    """Read access logs (S3, CloudFront, nginx/Apache combined; plain or gzip)."""
    from podcast.stats.ingest import ingest_logs, ingest_s3
    from podcast.stats.summary import IngestWords
    from podcast.stats.thresholds import media_from_dir, media_from_workspace

    opts = get_options()
    if not logs and not from_s3:
        raise click.UsageError("name at least one LOG file or --from-s3 s3://bucket/prefix")
    ws = _workspace()
    words = IngestWords(ws.config.show.language if ws is not None else None)
    db_path = _db_path(db, ws)
    media_map = ws.config.stats.media_map if ws is not None else {}
    if media is not None:
        sizes = media_from_dir(media, media_map)
    elif ws is not None:
        sizes = media_from_workspace(ws)
    else:
        sizes = {}
    if not sizes:
        echo(words.no_sizes(), err=True)
    classifier = _classifier(agents, ws)
    kwargs = dict(media=sizes, fmt=fmt, classifier=classifier, media_map=media_map,
                  progress=progress_for(opts), label=words.reading())
    results = []
    if logs:
        results.append(ingest_logs(list(logs), db_path, **kwargs))
    if from_s3:
        storage = ws.config.storage if ws is not None else None
        results.append(ingest_s3(
            from_s3, db_path,
            endpoint_url=endpoint_url or (storage.endpoint_url if storage else None),
            region=region or (storage.region if storage else None),
            profile=profile or (storage.profile if storage else None), **kwargs))
    for f in (f for r in results for f in r.files):
        for line in words.file_lines(f):
            echo(line)
    unknown = sorted(set().union(*(r.unknown_media for r in results)))
    if unknown:
        echo(words.unknown_media(unknown), err=True)
    echo(words.done(results, db_path))


# --- report -----------------------------------------------------------------------------------


@stats_group.command("report", epilog=REPORT_EPILOG)
@common_options
@click.option("--by", type=click.Choice(["episode", "day", "week", "month", "app", "device"]),
              default="episode", show_default=True, help="What each row is.")
@click.option("--since", metavar="YYYY-MM-DD",
              help="First day to include, YYYY-MM-DD (UTC, inclusive).")
@click.option("--until", metavar="YYYY-MM-DD",
              help="Last day to include, YYYY-MM-DD (UTC, inclusive).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "html"]),
              default="table", show_default=True,
              help="Report format; html is one self-contained page with charts.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Statistics database (default inside a show: build/stats.sqlite).")
@click.option("--window", type=click.Choice(["calendar", "first-touch", "last-touch"]),
              help="De-duplication window (stats.window; default calendar day UTC).")
@click.option("--title", help="Title of the HTML report (default: the show's title).")
def report_cmd(by: str, since: str | None, until: str | None, fmt: str, output: Path | None,
               db: Path | None, window: str | None, title: str | None) -> None:
    """Downloads and listeners by episode, period, app or device."""
    from podcast.fsutil import write_output
    from podcast.stats.render import default_title, render
    from podcast.stats.report import build_report

    ws = _workspace()
    db_path = _db_path(db, ws)
    window = merge_flags(ws.config.stats if ws is not None else StatsSection(),
                         window=window).window
    report = build_report(db_path, by=by, since=since, until=until, window=window)
    language = ws.config.show.language if ws is not None else "en"
    if title is None:
        title = default_title(ws.config.show.title if ws is not None else None, language)
    text = render(report, fmt, title, language=language, titles=_episode_titles(ws))
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        write_output(output, text)
    except PodcastError as exc:
        raise StatsError(f"cannot write the report: {exc.message}", path=output) from None
    echo(f"Wrote {output} ({report.total_downloads} downloads, window {report.window}).")


def _episode_titles(ws: Workspace | None) -> dict[str, str]:
    """Episode slug → title, when run inside a show (an unreadable episode is left out)."""
    if ws is None or not ws.episodes_dir.is_dir():
        return {}
    from podcast.episode import EPISODE_FILE, load_episode

    titles = {}
    for child in sorted(ws.episodes_dir.iterdir()):
        if (child / EPISODE_FILE).is_file():
            try:
                ep = load_episode(child)
            except PodcastError:
                continue
            titles[ep.slug] = ep.meta.title
    return titles


# --- agents -----------------------------------------------------------------------------------


@stats_group.command("agents", epilog=AGENTS_EPILOG)
@common_options
@click.option("--check", "check", metavar="USER-AGENT", multiple=True,
              help="Classify this user agent string and print the result.")
@click.option("--agents", metavar="DIR|URL",
              help="OPAWG user-agents-v2 lists to use (folder or URL prefix).")
@click.option("--update", is_flag=True,
              help="Fetch the OPAWG lists (from --agents URL or GitHub) into the local cache "
                   "and reclassify the database.")
@click.option("--reclassify", is_flag=True,
              help="Classify every stored user agent again with the current lists.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              help="Statistics database (default inside a show: build/stats.sqlite).")
@click.option("--top", type=click.IntRange(1, 100000), default=30, show_default=True,
              help="How many user agents to list.")
def agents_cmd(check: tuple[str, ...], agents: str | None, update: bool, reclassify: bool,
               db: Path | None, top: int) -> None:
    """User agents: how each is classified (app, device, bot) and how often it was seen."""
    from podcast.stats.agents import OPAWG_URL, download_opawg
    from podcast.stats.store import StatsStore

    ws = _workspace()
    if update:
        source = agents if agents and agents.startswith(("http://", "https://")) else OPAWG_URL
        written = download_opawg(_agents_cache(ws), source)
        echo(f"Updated {len(written)} list(s) in {_agents_cache(ws)}.")
        agents = str(_agents_cache(ws))
        reclassify = True
    classifier = _classifier(agents, ws)
    if check:
        for ua in check:
            info = classifier.classify(ua)
            verdict = f"excluded ({info.excluded})" if info.excluded else "counts"
            click.echo(f"{info.app} | {info.device} | {verdict} | source: {info.source or '-'}")
        classifier.save()
        return
    db_path = _db_path(db, ws)
    if not db_path.is_file():
        raise InputError("no statistics database yet; run 'podcast stats ingest' first",
                         path=db_path)
    with StatsStore(db_path) as store:
        if reclassify:
            changed = store.reclassify(classifier.classify)
            classifier.save()
            echo(f"Reclassified user agents with {', '.join(classifier.sources)}: "
                 f"{changed} changed.")
        rows = list(store.agent_strings())
    for ua, info, n in rows[:top]:
        verdict = f"excluded: {info.excluded}" if info.excluded else "counts"
        click.echo(f"{n:>8}  {info.app:<24.24}  {info.device:<18.18}  {verdict:<30.30}  "
                   f"{ua or '(empty)'}")
    if len(rows) > top:
        echo(f"... and {len(rows) - top} more (use --top).")


COMMANDS = [stats_group]
__all__ = ["command"]
