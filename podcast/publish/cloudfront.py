"""CloudFront invalidation of the paths a publish replaced or deleted.

New files need none (nothing has cached them); replaced pages, the feed, replaced media and
deleted files do. Paths are URL paths of the public site (``show.base_url``), and a page
``avsnitt/x/index.html`` is also invalidated as ``avsnitt/x/``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from urllib.parse import quote

from podcast.errors import PublishError
from podcast.publish.local import write_state
from podcast.publish.plan import Plan
from podcast.publish.target import PublishTarget

log = logging.getLogger(__name__)

#: More paths than this → one wildcard for the whole site (CloudFront bills per path).
MAX_PATHS = 100


def invalidation_paths(plan: Plan, target: PublishTarget, *, replaced: set[str]) -> list[str]:
    """URL paths to invalidate: uploads that replaced an existing object, and deletes."""
    rels = [a.rel for a in plan.uploads if a.key in replaced]
    rels += [a.rel for a in plan.deletes]
    paths: set[str] = set()
    for rel in rels:
        paths.add(target.site_path + quote(rel))
        if rel == "index.html" or rel.endswith("/index.html"):
            paths.add(target.site_path + quote(rel[: -len("index.html")]))
    return merge_paths([], sorted(paths), target.site_path)


def merge_paths(old: list[str], new: list[str], site_path: str) -> list[str]:
    """Union of two path lists; one wildcard for the site when there are too many."""
    wildcard = site_path + "*"
    paths = sorted(set(old) | set(new))
    if wildcard in paths or len(paths) > MAX_PATHS:
        return [wildcard]
    return paths


# --- paths still owed to the CDN ------------------------------------------------------------
# Written before the upload starts and removed once CloudFront accepted the invalidation, so
# that a publish stopped half-way (or a failed invalidation) is made good by the next run even
# though the files it replaced now count as unchanged.

def pending_file(state_dir: Path, distribution_id: str) -> Path:
    return state_dir / f"cloudfront-pending-{distribution_id}.json"


def load_pending(path: Path | None, site_path: str) -> list[str]:
    """Paths a previous publish still owes (a corrupt file → the whole site)."""
    if path is None or not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("%s: unreadable; invalidating the whole site instead", path)
        return [site_path + "*"]
    paths = data.get("paths") if isinstance(data, dict) else None
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        log.warning("%s: unexpected content; invalidating the whole site instead", path)
        return [site_path + "*"]
    return paths


def save_pending(path: Path | None, paths: list[str]) -> None:
    """Record the paths owed to the CDN; PublishError naming the file if it cannot be
    written (before anything is uploaded, so nothing is changed and nothing is lost)."""
    if path is None:
        return
    write_state(path, json.dumps({"paths": paths}, indent=1) + "\n")


def clear_pending(path: Path | None) -> None:
    if path is None:
        return
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:  # the next publish invalidates these paths once more: harmless
        log.warning("%s: cannot remove: %s", path, exc.strerror or exc)


def invalidate(session, distribution_id: str, paths: list[str], *,
               reference_seed: str = "") -> str:
    """Create one invalidation; return its id. ``session`` is a boto3 Session."""
    if not paths:
        raise ValueError("no paths to invalidate")
    reference = hashlib.sha256(("\n".join(paths) + reference_seed).encode()).hexdigest()[:32]
    try:
        client = session.client("cloudfront")
        answer = client.create_invalidation(
            DistributionId=distribution_id,
            InvalidationBatch={"Paths": {"Quantity": len(paths), "Items": paths},
                               "CallerReference": reference})
    except Exception as exc:  # any boto failure becomes one line
        code = ""
        response = getattr(exc, "response", None)
        if isinstance(response, dict):
            code = response.get("Error", {}).get("Code", "")
        if code == "NoSuchDistribution":
            raise PublishError(f"CloudFront distribution {distribution_id!r} does not exist",
                               where="storage.cloudfront_distribution_id") from None
        if code == "AccessDenied":
            raise PublishError("access denied creating a CloudFront invalidation: the "
                               "credentials need cloudfront:CreateInvalidation",
                               where="storage.cloudfront_distribution_id") from None
        raise PublishError(f"CloudFront invalidation failed: {exc}",
                           where="storage.cloudfront_distribution_id") from None
    inval_id = answer["Invalidation"]["Id"]
    log.info("CloudFront invalidation %s for %d path(s)", inval_id, len(paths))
    return inval_id
