"""Publishing the built site and media to S3-compatible storage (issue #7).

Library API::

    target = resolve_target(ws.config, bucket="podd", endpoint_url="https://s3.example.se")
    result = publish(ws, target, delete=False, dry_run=False)

Modules: :mod:`.kinds` (upload order, Content-Type, Cache-Control), :mod:`.local` (scan and
hash the site), :mod:`.store` (the boto3 boundary), :mod:`.plan` (compare), :mod:`.run`
(ordered upload), :mod:`.cloudfront` (CDN invalidation).
"""

from __future__ import annotations

from podcast.publish.kinds import CachePolicy, Kind, classify
from podcast.publish.plan import Action, Plan, make_plan
from podcast.publish.run import PublishResult, publish, publish_site
from podcast.publish.store import RemoteObject, S3Store
from podcast.publish.target import PublishTarget, resolve_target

__all__ = [
    "Action", "CachePolicy", "Kind", "Plan", "PublishResult", "PublishTarget", "RemoteObject",
    "S3Store", "classify", "make_plan", "publish", "publish_site", "resolve_target",
]
