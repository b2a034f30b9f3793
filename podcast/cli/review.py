"""``podcast review`` (issue #15): check and correct a transcript in the browser."""

from __future__ import annotations

import click

from podcast.cli.common import command, echo, get_options

REVIEW_EPILOG = """\b
Examples:
  podcast review                         # the newest transcript not reviewed yet
  podcast review snorojning --editor "Sara Lind"
  podcast review snorojning --port 8765 --no-browser
"""


@command("review", epilog=REVIEW_EPILOG)
@click.argument("episode", required=False)
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default=True,
              help="Port on 127.0.0.1 (0 = a free one).")
@click.option("--no-browser", is_flag=True, help="Print the address instead of opening it.")
@click.option("--editor", metavar="NAME",
              help="Who reviews, recorded when the transcript is marked reviewed (default: "
                   "git's user.name, else the login name).")
def review_cmd(episode: str | None, port: int, no_browser: bool, editor: str | None) -> None:
    """Review a transcript: audio and editable cues on a local page; save marks it reviewed.

    Doubtful words are highlighted; Esc plays/pauses, Alt+R replays 5 s, Alt+N jumps to the
    next doubtful word, Alt+S splits and Alt+M merges cues, Alt+P changes the speaker.
    Saving keeps the edit like a hand correction and updates the search index. Stop with
    Ctrl-C.
    """
    import webbrowser

    from podcast.review.cues import episode_to_review
    from podcast.review.server import ReviewServer
    from podcast.review.status import default_editor

    ws = get_options().workspace()
    ep = episode_to_review(ws, episode)
    server = ReviewServer(ws, ep, port=port, editor=editor or default_editor())
    try:
        # the address is what the command exists to print (also with --quiet)
        click.echo(f"Reviewing {ep.slug} at {server.url} (Ctrl-C stops)")
        if not no_browser:
            webbrowser.open(server.url)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            echo("Stopped.")
    finally:
        server.server_close()


COMMANDS = [review_cmd]
