"""``podcast process`` (audio production, issue #4)."""

from __future__ import annotations

from pathlib import Path

import click

from podcast.cli.common import command, echo, get_options, progress_for
from podcast.cli.flags import config_option
from podcast.cli.steps import run_and_report
from podcast.errors import InputError, WorkspaceError

EPILOG = """\b
Examples:
  podcast process                      # every episode whose inputs changed
  podcast process snorojning --force   # one episode, even if unchanged
  podcast process --input rå.wav --output klar.mp3
  podcast process --input del1.flac --input del2.flac --output klar.mp3 --target -19
"""


def _line(result, name: str) -> str:
    tp = "?" if result.true_peak_dbtp is None else f"{result.true_peak_dbtp:.1f}"
    return (f"{name}: {result.output} — {result.duration_seconds / 60:.1f} min, "
            f"{result.size_bytes / 1e6:.1f} MB, {result.integrated_lufs:.1f} LUFS, "
            f"LRA {result.loudness_range_lu:.1f} LU, true peak {tp} dBTP, "
            f"ID3 {result.id3_size_bytes} B, trimmed {result.trimmed_start_seconds:.1f} s + "
            f"{result.trimmed_end_seconds:.1f} s, {len(result.chapters)} chapters")


@command("process", epilog=EPILOG)
@click.argument("slugs", nargs=-1)
@click.option("--input", "input_paths", type=click.Path(dir_okay=False, path_type=Path),
              multiple=True, help="A raw recording (repeat to join several in order).")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path),
              help="MP3 to write (with --input).")
@config_option("--target", key="audio.target_lufs")
@click.option("--force", is_flag=True, help="Process even when nothing changed.")
def process_cmd(slugs: tuple[str, ...], input_paths: tuple[Path, ...],
                output_path: Path | None, target: float | None, force: bool) -> None:
    """Make publishable MP3s from raw recordings.

    Trims silence, evens out levels, normalises loudness (default -16 LUFS, true peak
    -1 dBTP), adds intro/outro, encodes MP3 and writes ID3 tags, cover and chapters.
    Results go to build/audio/<slug>.mp3 and build/audio/<slug>.json.
    """
    from dataclasses import replace

    from podcast.audio import AudioSettings, TagInfo
    from podcast.config import AudioSection, merge_flags

    opts = get_options()
    progress = progress_for(opts)
    if input_paths or output_path:
        if slugs:
            raise click.UsageError("give episode names or --input/--output, not both")
        if not input_paths or not output_path:
            raise click.UsageError("--input and --output go together")
        if output_path.suffix.lower() != ".mp3":
            raise InputError("the output must be an .mp3 file", path=output_path)
        try:
            ws = opts.workspace()
            section, root = ws.config.audio, ws.root
            show, author = ws.config.show.title, ws.config.show.author
        except WorkspaceError:  # outside a show: the defaults
            section, root, show, author = AudioSection(), None, None, None
        section = merge_flags(section, target_lufs=target)
        if target is not None:  # a target given on the command line also wins over a preset
            section = replace(section, preset=None)
        settings = AudioSettings.from_section(section, root=root)
        from podcast.audio.process import process_file

        tags = TagInfo(title=input_paths[0].stem, show=show, author=author)
        result = process_file(list(input_paths), output_path, settings, tags,
                              progress=progress)
        progress.finish()
        echo(_line(result, input_paths[0].name))
        return
    if target is not None:
        raise click.UsageError("--target works with --input; set [audio] target_lufs "
                               "in podcast.toml for a show")
    run_and_report(opts.workspace(), slugs=list(slugs) or None, stages=["process"],
                   force=force, one_stage=True)


COMMANDS = [process_cmd]
