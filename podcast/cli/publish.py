"""``podcast publish`` (issue #7): upload the built site and media to S3-compatible storage."""

from __future__ import annotations

import click

from podcast.cli.common import command, echo, get_options, progress_for

EPILOG = """\b
Examples:
  podcast publish --dry-run                 # what would change, nothing uploaded
  podcast publish                           # upload new and changed files, feed.xml last
  podcast publish --delete                  # also remove files no longer built
  podcast publish --bucket podd --endpoint-url https://s3.example.se --region se-sto-1
\b
Credentials come from the usual AWS chain: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,
--profile (or storage.profile) in ~/.aws/credentials, or an instance role.
"""


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} B"  # pragma: no cover


@command("publish", epilog=EPILOG)
@click.option("--dry-run", is_flag=True, help="Print the plan (uploads, skips, deletes) only.")
@click.option("--delete", is_flag=True,
              help="Delete remote files under the prefix that the build no longer has.")
@click.option("--force", is_flag=True, help="Upload every file, changed or not.")
@click.option("--bucket", help="Bucket name (storage.bucket).")
@click.option("--prefix", help="Folder inside the bucket (storage.prefix).")
@click.option("--region", help="Region (storage.region).")
@click.option("--endpoint-url", help="S3-compatible endpoint URL (storage.endpoint_url).")
@click.option("--profile", help="AWS profile for credentials (storage.profile).")
@click.option("--public-read/--no-public-read", default=None,
              help="Upload with the public-read ACL (storage.public_read).")
@click.option("--cloudfront-distribution-id",
              help="Invalidate changed paths in this CloudFront distribution.")
@click.option("--workers", type=click.IntRange(1, 64),
              help="Parallel uploads (storage.max_workers).")
def publish_cmd(dry_run: bool, delete: bool, force: bool, bucket: str | None,
                prefix: str | None, region: str | None, endpoint_url: str | None,
                profile: str | None, public_read: bool | None,
                cloudfront_distribution_id: str | None, workers: int | None) -> None:
    """Upload the built site and media to S3-compatible storage.

    Only new or changed files are uploaded; media and transcripts go first, pages next
    and feed.xml last, so the feed never points at a missing file.
    """
    from podcast.publish import publish, resolve_target

    opts = get_options()
    ws = opts.workspace()
    target = resolve_target(
        ws.config, config_path=ws.config_path, bucket=bucket, prefix=prefix, region=region,
        endpoint_url=endpoint_url, profile=profile, public_read=public_read,
        cloudfront_distribution_id=cloudfront_distribution_id, max_workers=workers)
    result = publish(ws, target, delete=delete, dry_run=dry_run, force=force,
                     progress=progress_for(opts))
    plan = result.plan
    if dry_run:
        for action in plan.uploads + plan.deletes:
            click.echo(f"{action.op:<7} {action.key}  ({action.reason}, {_size(action.size)})")
        if opts.verbosity >= 1:
            for action in plan.skips:
                click.echo(f"skip    {action.key}")
        if result.cors == "missing":
            click.echo("cors    add a rule: GET/HEAD from any origin")
        click.echo(f"Dry run for {target.where}: upload {len(plan.uploads)} "
                   f"({_size(plan.upload_bytes)}), skip {len(plan.skips)} "
                   f"({_size(plan.skip_bytes)}), delete {len(plan.deletes)} "
                   f"({_size(plan.delete_bytes)}); nothing was changed.")
    else:
        echo(f"Published to {target.where}: uploaded {len(result.uploaded)} "
             f"({_size(result.bytes_uploaded)}), skipped {len(plan.skips)}, "
             f"deleted {len(result.deleted)}.")
        if result.cors == "set":
            echo(f"CORS rule added to bucket {target.bucket}: GET/HEAD from any origin.")
        if result.invalidation_id:
            echo(f"CloudFront invalidation {result.invalidation_id}: "
                 f"{len(result.invalidated_paths)} path(s).")
    if plan.stale:
        echo(f"{len(plan.stale)} remote file(s) are no longer built "
             "(run with --delete to remove them).")


COMMANDS = [publish_cmd]
