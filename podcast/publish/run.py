"""``publish_site``: scan, compare, then upload in a safe order and optionally delete.

Order: media → transcripts/chapters → assets → pages → ``feed.xml`` → deletes → CDN
invalidation. Each group finishes before the next starts, so if a publish stops anywhere
(network, Ctrl-C, a refused file) the old feed is still in place and names only files that
exist; running it again uploads what is missing and skips the rest.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import PublishError
from podcast.placeholders import check_placeholders
from podcast.progress import Progress, ensure
from podcast.publish.cloudfront import (
    clear_pending,
    invalidate,
    invalidation_paths,
    load_pending,
    merge_paths,
    pending_file,
    save_pending,
)
from podcast.publish.kinds import FEED_NAME
from podcast.publish.local import scan_site
from podcast.publish.plan import Action, Plan, make_plan
from podcast.publish.store import S3Store
from podcast.publish.target import PublishTarget
from podcast.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass
class PublishResult:
    target: PublishTarget
    plan: Plan
    dry_run: bool
    uploaded: list[Action] = field(default_factory=list)
    deleted: list[Action] = field(default_factory=list)
    invalidation_id: str | None = None
    invalidated_paths: list[str] = field(default_factory=list)
    #: The bucket's CORS rule: "present", "set", "missing" (dry run) or "refused".
    cors: str = "present"

    @property
    def bytes_uploaded(self) -> int:
        return sum(a.size for a in self.uploaded)

    @property
    def upload_order(self) -> list[str]:
        """Keys in the order their uploads were confirmed."""
        return [a.key for a in self.uploaded]


def publish_site(site_dir: Path, target: PublishTarget, *, delete: bool = False,
                 dry_run: bool = False, force: bool = False, progress: Progress | None = None,
                 store: S3Store | None = None, now: dt.datetime | None = None,
                 state_dir: Path | None = None) -> PublishResult:
    """Make ``target`` hold the built site in ``site_dir``; see the module docstring.

    ``state_dir`` (``build/cache/publish`` of the workspace) keeps file hashes between runs
    (files with unchanged size and mtime are not read again; not with ``force``) and the
    CloudFront paths still to be invalidated when a publish stopped before its invalidation
    was accepted.
    """
    progress = ensure(progress)
    cache_path = state_dir / "hashes.json" if state_dir and not force else None
    local = scan_site(site_dir, policy=target.cache,
                      multipart_threshold=target.multipart_threshold,
                      multipart_chunk=target.multipart_chunk, cache_path=cache_path)
    store = store or S3Store(target)
    store.check_bucket()
    remote = store.list()
    plan = make_plan(local, remote, target, delete=delete, force=force,
                     stored_sha256=store.stored_sha256, workers=target.max_workers)
    result = PublishResult(target=target, plan=plan, dry_run=dry_run)
    result.cors = store.ensure_cors(dry_run=dry_run)
    if dry_run:
        return result

    distribution = target.cloudfront_distribution_id
    owed_file = pending_file(state_dir, distribution) if state_dir and distribution else None
    owed: list[str] = []
    if distribution:
        owed = merge_paths(load_pending(owed_file, target.site_path),
                           invalidation_paths(plan, target, replaced=set(remote)),
                           target.site_path)
        if owed:
            save_pending(owed_file, owed)

    by_key = {a.key: a for a in plan.uploads}
    lock = threading.Lock()

    def report(amount: int, key: str) -> None:
        with lock:  # progress bars are not thread-safe
            progress.advance(amount, info=key)

    def confirmed(f, key: str) -> None:
        result.uploaded.append(by_key[key])

    if plan.upload_bytes:  # (a bar of length 0 is refused by click)
        progress.start(plan.upload_bytes, f"Uploading to {target.where}")
    try:
        for kind, batch in plan.phases():
            log.info("uploading %d %s file(s)", len(batch), kind.label)
            store.upload_many([(a.file, a.key) for a in batch], report, confirmed)
        progress.finish()
        if plan.deletes:
            deleted = {a.key: a for a in plan.deletes}
            store.delete([a.key for a in plan.deletes],
                         lambda key: result.deleted.append(deleted[key]))
    except (PublishError, KeyboardInterrupt) as exc:
        progress.finish()
        done = len(result.uploaded)
        feed_done = any(a.rel == FEED_NAME for a in result.uploaded)
        state = (f"{done} of {len(plan.uploads)} upload(s) finished"
                 + ("" if feed_done or not any(a.rel == FEED_NAME for a in plan.uploads)
                    else f", {FEED_NAME} not updated"))
        if isinstance(exc, KeyboardInterrupt):
            log.error("publish interrupted: %s; run 'podcast publish' again to finish", state)
            raise
        raise PublishError(f"{exc.message}; {state}; run 'podcast publish' again to finish",
                           path=exc.path, where=exc.where) from None

    if distribution and owed:
        stamp = (now or dt.datetime.now(dt.UTC)).isoformat()
        try:
            result.invalidation_id = invalidate(store.session, distribution, owed,
                                                reference_seed=stamp)
        except PublishError as exc:
            later = ("the next 'podcast publish' retries it" if owed_file else
                     "invalidate by hand: " + " ".join(owed))
            raise PublishError(f"{exc.message}; every upload finished; {later}",
                               where=exc.where) from None
        result.invalidated_paths = owed
        clear_pending(owed_file)
    return result


def publish(ws: Workspace, target: PublishTarget, **kwargs) -> PublishResult:
    """:func:`publish_site` for the workspace's built site (``build/site``), refusing (outside a
    dry run) a show that still holds scaffold placeholders in its config or built episodes."""
    built = [e for e in ws.episodes() if (ws.site_dir / "avsnitt" / e.slug).is_dir()]
    check_placeholders(ws, built, preview=bool(kwargs.get("dry_run")))
    kwargs.setdefault("state_dir", ws.cache_dir / "publish")
    return publish_site(ws.site_dir, target, **kwargs)
