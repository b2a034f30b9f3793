"""The boto3 boundary: everything publish asks of an S3-compatible service goes through here.

:class:`S3Store` lists, checks, uploads (multipart for large files, parallel, retried with
backoff by botocore's *standard* retry mode on throttling and 5xx) and deletes. Every
botocore/boto3 exception is turned into a one-line :class:`PublishError` by :func:`explain`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import boto3
import botocore.exceptions as bce
from boto3.exceptions import S3UploadFailedError
from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from s3transfer.manager import TransferManager
from s3transfer.subscribers import BaseSubscriber

from podcast.errors import PublishError
from podcast.publish.local import LocalFile
from podcast.publish.pool import POLL, STOP_WAIT, DaemonExecutor, InterruptSeen, run_bounded
from podcast.publish.target import PublishTarget

log = logging.getLogger(__name__)

#: The object metadata key (``x-amz-meta-sha256``) holding the file's SHA-256.
SHA256_META = "sha256"
_DELETE_BATCH = 1000
#: The first request (HeadBucket) waits at most this long for an answer, three times at most:
#: a server that accepts connections but never answers is reported within about 20 s.
PROBE_TIMEOUT = 5.0
PROBE_ATTEMPTS = 3
#: After an upload failed, wait this long for the other transfers to stop (and abort their
#: multipart uploads) before reporting.
ERROR_WAIT = 10.0


@dataclass(frozen=True)
class RemoteObject:
    key: str
    size: int
    etag: str  # without quotes


def _code(exc: bce.ClientError) -> tuple[str, int]:
    err = exc.response.get("Error", {}) or {}
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
    return str(err.get("Code") or ""), int(status)


def _client_error(exc: bce.ClientError) -> bce.ClientError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, bce.ClientError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def explain(exc: BaseException, target: PublishTarget, action: str,
            key: str | None = None) -> PublishError:
    """A one-line :class:`PublishError` for a boto3/botocore failure during ``action``."""
    where = target.where
    obj = f" ({key})" if key else ""
    if isinstance(exc, PublishError):
        return exc
    if isinstance(exc, bce.NoCredentialsError | bce.PartialCredentialsError):
        return PublishError(
            "no storage credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
            "or a profile (storage.profile / --profile, ~/.aws/credentials)")
    if isinstance(exc, bce.ProfileNotFound):
        return PublishError(f"AWS profile {target.profile!r} not found in ~/.aws/config "
                            "or ~/.aws/credentials", where="storage.profile")
    if isinstance(exc, bce.CredentialRetrievalError | bce.TokenRetrievalError):
        return PublishError(f"cannot get storage credentials: {exc}")
    if isinstance(exc, bce.NoRegionError):
        return PublishError("no region: set storage.region or --region", where="storage.region")
    if isinstance(exc, bce.SSLError):
        return PublishError(f"TLS error talking to {target.endpoint_url or 'AWS S3'} while "
                            f"{action}: check storage.endpoint_url")
    if isinstance(exc, bce.EndpointConnectionError | bce.ConnectTimeoutError
                  | bce.ProxyConnectionError):
        endpoint = target.endpoint_url or "AWS S3"
        return PublishError(f"cannot connect to {endpoint} while {action}{obj}: "
                            "check storage.endpoint_url / --endpoint-url and the network")
    if isinstance(exc, bce.ReadTimeoutError | bce.ConnectionClosedError):
        endpoint = target.endpoint_url or "AWS S3"
        return PublishError(f"{endpoint} stopped answering while {action}{obj} (no answer "
                            "within the read timeout, retries included): check "
                            "storage.endpoint_url and the service; run 'podcast publish' "
                            "again to continue")
    client_error = _client_error(exc) if isinstance(exc, Exception) else None
    if client_error is not None:
        code, status = _code(client_error)
        if code in ("NoSuchBucket",) or (status == 404 and action == "checking the bucket"):
            return PublishError(f"bucket {target.bucket!r} does not exist at "
                                f"{target.endpoint_url or 'AWS S3'}; create it first",
                                where="storage.bucket")
        if code in ("InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken",
                    "ExpiredToken", "InvalidClientTokenId", "AuthFailure"):
            return PublishError(f"the storage service rejected the credentials ({code}) "
                                f"while {action}: check the access key and secret")
        if code == "AccessControlListNotSupported":
            return PublishError("the bucket does not accept ACLs (object ownership 'bucket "
                                "owner enforced'): turn public_read off and allow public "
                                "reads with a bucket policy instead", where="storage.public_read")
        if code in ("AccessDenied", "Forbidden", "AllAccessDisabled") or status == 403:
            return PublishError(f"access denied to {where} while {action}{obj}: the "
                                "credentials need s3:ListBucket, s3:GetObject, s3:PutObject"
                                " (and s3:DeleteObject for --delete, s3:PutObjectAcl for "
                                "public_read)")
        if code in ("PermanentRedirect", "AuthorizationHeaderMalformed",
                    "IllegalLocationConstraintException") or status == 301:
            return PublishError(f"bucket {target.bucket!r} is in another region ({code}): "
                                "set storage.region / --region", where="storage.region")
        if code in ("SlowDown", "Throttling", "ThrottlingException", "RequestLimitExceeded",
                    "TooManyRequests") or status in (429, 503):
            return PublishError(f"the storage service kept throttling ({code or status}) "
                                f"while {action}{obj}; run 'podcast publish' again later")
        message = client_error.response.get("Error", {}).get("Message") or code
        return PublishError(f"the storage service answered {code or status} while "
                            f"{action}{obj}: {message}")
    if isinstance(exc, S3UploadFailedError):
        return PublishError(f"upload failed{obj}: {exc}")
    if isinstance(exc, bce.BotoCoreError):
        return PublishError(f"storage error while {action}{obj}: {exc}")
    return PublishError(f"unexpected failure while {action}{obj}: {type(exc).__name__}: {exc}")


#: The bucket CORS rule publish adds: browser players on other sites may GET/HEAD every file
#: (the Podcasting 2.0 transcript spec requires CORS for transcripts and chapters).
CORS_RULE = {
    "ID": "kommunpodd-public-read",
    "AllowedOrigins": ["*"],
    "AllowedMethods": ["GET", "HEAD"],
    "AllowedHeaders": ["*"],
    "ExposeHeaders": ["Content-Length", "Content-Range", "Accept-Ranges", "ETag"],
    "MaxAgeSeconds": 86400,
}
CORS_HOWTO = ("allow GET and HEAD from any origin (*) in the bucket's CORS settings, or give "
              "the credentials s3:GetBucketCORS and s3:PutBucketCORS; behind CloudFront also "
              "attach a response headers policy with CORS (e.g. Managed-SimpleCORS)")


def allows_any_origin(rule: dict) -> bool:
    """Whether a bucket CORS rule lets any origin GET and HEAD."""
    origins = rule.get("AllowedOrigins") or []
    methods = {m.upper() for m in rule.get("AllowedMethods") or []}
    return "*" in origins and {"GET", "HEAD"} <= methods


class _Progress(BaseSubscriber):
    """Reports bytes sent for one file; retries rewind, which is never reported backwards."""

    def __init__(self, report: Callable[[int, str], None], key: str) -> None:
        self._report = report
        self._key = key
        self._sent = 0
        self._reported = 0
        self._lock = threading.Lock()

    def on_progress(self, future, bytes_transferred: int, **kwargs) -> None:
        with self._lock:
            self._sent += bytes_transferred
            delta = self._sent - self._reported
            if delta > 0:
                self._reported = self._sent
        if delta > 0:
            self._report(delta, self._key)


class _Finished:
    """Outcome of each transfer once all of its requests are over (None: it succeeded)."""

    def __init__(self) -> None:
        self._outcome: dict[str, BaseException | None] = {}
        self._lock = threading.Condition()

    def subscriber(self, key: str) -> BaseSubscriber:
        outer = self

        class Done(BaseSubscriber):
            def on_done(self, future, **kwargs) -> None:
                try:
                    future.result()  # returns at once: the transfer is over
                    error = None
                except BaseException as exc:  # kept for the waiting thread
                    error = exc
                with outer._lock:
                    outer._outcome[key] = error
                    outer._lock.notify_all()

        return Done()

    def wait(self, key: str) -> BaseException | None:
        """Block until the transfer of ``key`` is over (waking often enough for Ctrl-C);
        its error, or None."""
        with self._lock:
            while key not in self._outcome:
                self._lock.wait(POLL)
            return self._outcome[key]

    def has(self, key: str) -> bool:
        with self._lock:
            return key in self._outcome

    def error(self, key: str) -> BaseException | None:
        with self._lock:
            return self._outcome.get(key)


class S3Store:
    """An S3 bucket (AWS or any S3-compatible service) seen through boto3."""

    def __init__(self, target: PublishTarget, *, session: boto3.session.Session | None = None,
                 client: object | None = None) -> None:
        self.target = target
        try:
            self.session = session or boto3.session.Session(profile_name=target.profile,
                                                            region_name=target.region)
            self.client = client or self._client(target.max_attempts, target.read_timeout)
            # The first call fails fast when the endpoint is wrong or does not answer: few
            # retries, a short read timeout.
            self._probe = client or self._client(min(PROBE_ATTEMPTS, target.max_attempts),
                                                 min(PROBE_TIMEOUT, target.read_timeout))
        except Exception as exc:  # profile/region problems
            raise explain(exc, target, "setting up the storage client") from None

    def _client(self, attempts: int, read_timeout: float):  # a botocore client
        target = self.target
        config = Config(
            retries={"mode": "standard", "total_max_attempts": attempts},
            connect_timeout=target.connect_timeout, read_timeout=read_timeout,
            max_pool_connections=max(10, target.max_workers * 2),
            s3={"addressing_style": target.addressing_style},
            # Many S3-compatible services reject the newer default checksum headers.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
        )
        client = self.session.client("s3", endpoint_url=target.endpoint_url,
                                     region_name=target.region, config=config)
        endpoint = target.endpoint_url or "AWS S3"
        allowed = attempts

        def announce_retry(attempts: int, caught_exception: Exception | None = None,
                           operation=None, **kwargs) -> None:
            # Progress while a silent server is retried: one warning per timed-out attempt.
            if attempts >= allowed:
                return
            if isinstance(caught_exception, bce.ReadTimeoutError):
                waited = f"no answer from {endpoint} within {read_timeout:g} s"
            elif isinstance(caught_exception, bce.ConnectTimeoutError):
                waited = f"no connection to {endpoint} within {target.connect_timeout:g} s"
            else:
                return
            log.warning("%s (%s); trying again (attempt %d of %d)", waited,
                        getattr(operation, "name", "a request"), attempts + 1, allowed)

        client.meta.events.register("needs-retry.s3", announce_retry)
        return client

    # --- reading ----------------------------------------------------------------------------
    def check_bucket(self) -> None:
        """Raise a clear :class:`PublishError` unless the bucket exists and is reachable."""
        try:
            self._probe.head_bucket(Bucket=self.target.bucket)
            return
        except Exception as exc:
            client_error = _client_error(exc)
            if client_error is None or _code(client_error)[1] != 403:
                raise explain(exc, self.target, "checking the bucket") from None
        # A HEAD answer has no body, so a 403 does not say whether the key is wrong or only
        # HeadBucket is not allowed: a one-key listing (which publish needs anyway) tells.
        try:
            self._probe.list_objects_v2(Bucket=self.target.bucket, Prefix=self.target.prefix,
                                        MaxKeys=1)
        except Exception as exc:
            raise explain(exc, self.target, "checking the bucket") from None

    def list(self) -> dict[str, RemoteObject]:
        """Every object under the target prefix (folder markers excluded)."""
        found: dict[str, RemoteObject] = {}
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.target.bucket, Prefix=self.target.prefix)
            for page in pages:
                for item in page.get("Contents", []) or []:
                    key = item["Key"]
                    if key.endswith("/"):
                        continue
                    found[key] = RemoteObject(key=key, size=int(item.get("Size", 0)),
                                              etag=str(item.get("ETag", "")).strip('"'))
        except Exception as exc:
            raise explain(exc, self.target, "listing the bucket") from None
        return found

    def stored_sha256(self, key: str) -> str | None:
        """The SHA-256 that publish stored in the object's metadata, if any."""
        try:
            head = self.client.head_object(Bucket=self.target.bucket, Key=key)
        except Exception as exc:
            client_error = _client_error(exc)
            if client_error is not None and _code(client_error)[1] == 404:
                return None
            raise explain(exc, self.target, "reading object metadata", key) from None
        meta = {k.lower(): v for k, v in (head.get("Metadata") or {}).items()}
        return meta.get(SHA256_META)

    def cors_rules(self) -> list[dict] | None:
        """The bucket's CORS rules ([] when it has none); None when the service or the
        credentials refuse to tell (logged as one warning)."""
        try:
            return list(self.client.get_bucket_cors(Bucket=self.target.bucket)["CORSRules"])
        except Exception as exc:
            client_error = _client_error(exc)
            if client_error is None:
                raise explain(exc, self.target, "reading the bucket's CORS rules") from None
            code, status = _code(client_error)
            if code == "NoSuchCORSConfiguration":
                return []
            self._cors_refused(code or str(status))
            return None

    def ensure_cors(self, *, dry_run: bool = False) -> str:
        """Make sure browsers on any site may GET/HEAD the published files.

        Returns ``"present"`` (a rule already allows it; nothing changed), ``"set"`` (our rule
        was added to the bucket's others), ``"missing"`` (dry run: it would be added) or
        ``"refused"`` (the service or the credentials do not allow it: one warning saying
        how to set it by hand, the publish goes on).
        """
        rules = self.cors_rules()
        if rules is None:
            return "refused"
        if any(allows_any_origin(rule) for rule in rules):
            return "present"
        if dry_run:
            return "missing"
        try:
            self.client.put_bucket_cors(Bucket=self.target.bucket,
                                        CORSConfiguration={"CORSRules": [*rules, CORS_RULE]})
        except Exception as exc:
            client_error = _client_error(exc)
            if client_error is None:
                raise explain(exc, self.target, "setting the bucket's CORS rule") from None
            code, status = _code(client_error)
            self._cors_refused(code or str(status))
            return "refused"
        log.info("bucket %s: CORS rule added (GET/HEAD from any origin)", self.target.bucket)
        return "set"

    def _cors_refused(self, code: str) -> None:
        log.warning("bucket %s: could not check or set its CORS rule (%s), so browser "
                    "players on other sites may not be able to load transcripts and chapters:"
                    " %s", self.target.bucket, code, CORS_HOWTO)

    # --- writing ----------------------------------------------------------------------------
    def extra_args(self, f: LocalFile) -> dict:
        args = {"ContentType": f.content_type, "CacheControl": f.cache_control,
                "Metadata": {SHA256_META: f.sha256}}
        if self.target.public_read:
            args["ACL"] = "public-read"
        return args

    def upload_many(self, files: Iterable[tuple[LocalFile, str]],
                    report: Callable[[int, str], None] | None = None,
                    done: Callable[[LocalFile, str], None] | None = None) -> None:
        """Upload (file, key) pairs in parallel; wait for all; raise on the first failure.

        Large files go up in parts of ``target.multipart_chunk`` bytes. On a failure or an
        interrupt the transfers still running are cancelled (s3transfer aborts their
        multipart uploads), so nothing half-written becomes visible.
        """
        items = list(files)
        if not items:
            return
        config = TransferConfig(multipart_threshold=self.target.multipart_threshold,
                                multipart_chunksize=self.target.multipart_chunk,
                                max_concurrency=self.target.max_workers, use_threads=True,
                                preferred_transfer_client="classic")
        # Daemon worker threads: a transfer stuck on a silent server never holds up Ctrl-C.
        manager = TransferManager(self.client, config, executor_cls=DaemonExecutor)
        futures = []
        confirmed: set[str] = set()
        finished = _Finished()

        def confirm(f: LocalFile, key: str) -> None:
            confirmed.add(key)
            log.info("uploaded %s (%s, %s)", key, f.content_type, f.cache_control)
            if done is not None:
                done(f, key)

        interrupt = InterruptSeen()
        try:
            with interrupt:
                self._submit_and_wait(manager, items, futures, finished, report, confirm)
        except BaseException as raised:
            exc = interrupt.translate(raised)
            # Cancel the rest, then give the worker threads a moment to notice (1 s after
            # Ctrl-C; after an error long enough to abort multipart uploads); a thread stuck
            # on a silent server is left behind. (s3transfer 0.17's ``shutdown(cancel=True)``
            # passes its arguments in the wrong order and fails with a TypeError, so it is
            # not used.) A transfer that was being submitted when Ctrl-C arrived is not in
            # ``futures``: it finishes or fails on its own.
            for _, key, future in futures:
                if not finished.has(key):
                    future.cancel()
            wait = STOP_WAIT if isinstance(exc, KeyboardInterrupt) else ERROR_WAIT
            if not run_bounded(manager.shutdown, wait):
                log.info("left %d transfer(s) that did not stop within %g s",
                         sum(not finished.has(key) for _, key, _ in futures), wait)
            # Count what did complete (no more, no less) so that the error is exact. (A
            # cancelled transfer counts as "done" in s3transfer while its requests still
            # run, and its result() waits for them: only finished transfers are asked.)
            for f, key, _ in futures:
                if key not in confirmed and finished.has(key) and finished.error(key) is None:
                    confirm(f, key)
            if exc is raised:
                raise
            raise exc from None
        manager.shutdown()

    def _submit_and_wait(self, manager: TransferManager, items: list[tuple[LocalFile, str]],
                         futures: list[tuple[LocalFile, str, object]], finished: _Finished,
                         report: Callable[[int, str], None] | None,
                         confirm: Callable[[LocalFile, str], None]) -> None:
        """Hand every upload to ``manager`` (appending to ``futures`` as they go), then wait
        for each in turn and confirm it; raise on the first failure."""
        for f, key in items:
            subscribers = [finished.subscriber(key)]
            if report:
                subscribers.append(_Progress(report, key))
            future = manager.upload(str(f.path), self.target.bucket, key,
                                    extra_args=self.extra_args(f), subscribers=subscribers)
            futures.append((f, key, future))
        for f, key, _ in futures:
            error = finished.wait(key)
            if error is not None:
                raise explain(error, self.target, "uploading", key) from None
            confirm(f, key)

    def delete(self, keys: list[str], done: Callable[[str], None] | None = None) -> None:
        for start in range(0, len(keys), _DELETE_BATCH):
            batch = keys[start:start + _DELETE_BATCH]
            try:
                answer = self.client.delete_objects(
                    Bucket=self.target.bucket,
                    Delete={"Objects": [{"Key": k} for k in batch], "Quiet": True})
            except Exception as exc:
                raise explain(exc, self.target, "deleting", batch[0]) from None
            errors = answer.get("Errors") or []
            failed = {e.get("Key") for e in errors}
            for key in batch:
                if key not in failed:
                    log.info("deleted %s", key)
                    if done is not None:
                        done(key)
            if errors:
                first = errors[0]
                raise PublishError(f"could not delete {first.get('Key')}: "
                                   f"{first.get('Code')} {first.get('Message') or ''}".rstrip(),
                                   where=self.target.where)
