"""Compare the built site with the bucket: what to upload, what to skip, what to delete."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from podcast.publish.kinds import Kind
from podcast.publish.local import LocalFile
from podcast.publish.pool import map_in_threads
from podcast.publish.store import RemoteObject
from podcast.publish.target import PublishTarget

log = logging.getLogger(__name__)

UPLOAD, SKIP, DELETE = "upload", "skip", "delete"


@dataclass(frozen=True)
class Action:
    op: str                 # upload | skip | delete
    key: str
    rel: str
    size: int
    reason: str             # new | changed | unchanged | forced | not in the build
    file: LocalFile | None = None

    @property
    def kind(self) -> Kind | None:
        return self.file.kind if self.file else None


@dataclass
class Plan:
    actions: list[Action] = field(default_factory=list)
    #: Remote objects under the prefix that the build no longer has (kept without --delete).
    stale: list[RemoteObject] = field(default_factory=list)

    def _of(self, op: str) -> list[Action]:
        return [a for a in self.actions if a.op == op]

    @property
    def uploads(self) -> list[Action]:
        return self._of(UPLOAD)

    @property
    def skips(self) -> list[Action]:
        return self._of(SKIP)

    @property
    def deletes(self) -> list[Action]:
        return self._of(DELETE)

    @property
    def upload_bytes(self) -> int:
        return sum(a.size for a in self.uploads)

    @property
    def skip_bytes(self) -> int:
        return sum(a.size for a in self.skips)

    @property
    def delete_bytes(self) -> int:
        return sum(a.size for a in self.deletes)

    def phases(self) -> list[tuple[Kind, list[Action]]]:
        """Uploads grouped by kind, in upload order (media … feed)."""
        groups: list[tuple[Kind, list[Action]]] = []
        for kind in Kind:
            batch = [a for a in self.uploads if a.kind is kind]
            if batch:
                groups.append((kind, batch))
        return groups


def etag_verdict(local: LocalFile, remote: RemoteObject) -> bool | None:
    """True/False when size and ETag decide whether the bytes are the same; None if not.

    Sizes must match; then the ETag is compared with the MD5 (single-part) or with the
    multipart ETag for our part size. When neither matches, the ETag may still belong to
    the same bytes (other part size, encrypted bucket, a service with its own ETags):
    then the SHA-256 publish stored in the object's metadata must decide.
    """
    if local.size != remote.size:
        return False
    etag = remote.etag.lower()
    if etag in (local.md5, (local.multipart_etag or "").lower()):
        return True
    return None


def make_plan(local: list[LocalFile], remote: dict[str, RemoteObject], target: PublishTarget,
              *, delete: bool = False, force: bool = False,
              stored_sha256: Callable[[str], str | None] = lambda key: None,
              workers: int = 1) -> Plan:
    """The actions that make the bucket match the build (deletes only with ``delete``).

    ``stored_sha256(key)`` (one HEAD request) is asked only for files whose size matches
    but whose ETag does not, ``workers`` at a time.
    """
    plan = Plan()
    local_keys = set()
    verdicts: dict[str, bool | None] = {}
    for f in local:
        key = target.key(f.rel)
        local_keys.add(key)
        if key in remote and not force:
            verdicts[key] = etag_verdict(f, remote[key])
    unsure = [key for key, verdict in verdicts.items() if verdict is None]
    if unsure:
        hashes = dict(zip(unsure, map_in_threads(stored_sha256, unsure, workers), strict=True))
        by_key = {target.key(f.rel): f for f in local}
        for key in unsure:
            verdicts[key] = hashes[key] == by_key[key].sha256
    for f in local:
        key = target.key(f.rel)
        if key not in remote:
            plan.actions.append(Action(UPLOAD, key, f.rel, f.size, "new", f))
        elif force:
            plan.actions.append(Action(UPLOAD, key, f.rel, f.size, "forced", f))
        elif verdicts[key]:
            plan.actions.append(Action(SKIP, key, f.rel, f.size, "unchanged", f))
        else:
            plan.actions.append(Action(UPLOAD, key, f.rel, f.size, "changed", f))
    for key in sorted(set(remote) - local_keys):
        obj = remote[key]
        if delete:
            plan.actions.append(Action(DELETE, key, target.rel(key), obj.size,
                                       "not in the build"))
        else:
            plan.stale.append(obj)
    log.debug("plan: %d upload, %d skip, %d delete, %d stale", len(plan.uploads),
              len(plan.skips), len(plan.deletes), len(plan.stale))
    return plan
