"""Access-log readers: S3 server access logs, CloudFront standard logs, nginx/Apache combined.

Every reader turns lines into :class:`Hit` tuples with the time in UTC seconds since the epoch.
Lines that cannot be read are counted (with the first few line numbers) and never stop a run.
Files may be plain or gzip (detected by the magic bytes, not the name); the format is
detected per file from its first lines unless the caller names it.

Readers are written for speed (a million lines in a few seconds): one compiled regular
expression per line, timestamps decoded by slicing with a per-day cache, and no work at all
for requests that can never count (anything but GET with status 200/206).
"""

from __future__ import annotations

import calendar
import codecs
import gzip
import io
import itertools
import logging
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple
from urllib.parse import unquote

from podcast.errors import InputError
from podcast.fsutil import open_maybe_gzip
from podcast.stats.agents import MAX_AGENT_CHARS
from podcast.stats.thresholds import AUDIO_EXTENSIONS

log = logging.getLogger(__name__)

FORMATS = ("s3", "cloudfront", "combined")
MAX_BAD_LINES_KEPT = 5
# Requests dated outside [2000-01-01, 2100-01-01) UTC are rejected: no podcast log is older,
# and a later date is a broken clock or a forged line (year 9999 cannot be shown in a report).
TS_MIN = 946_684_800
TS_MAX = 4_102_444_800
# A body byte count of more than 12 digits (a terabyte or more) is not a real response.
MAX_BYTES_DIGITS = 12

# Why a line is rejected (shown by ingest, with counts).
NOT_A_LOG_LINE = "not a log line"
BAD_TIME = "malformed time"
TIME_OUT_OF_RANGE = "time outside 2000–2099"
BYTES_TOO_LARGE = "byte count too large"
BAD_NUMBER = "malformed number"

_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


class OutOfRange(ValueError):
    """A well-formed time outside [TS_MIN, TS_MAX)."""


def time_reason(exc: ValueError) -> str:
    """The rejection reason of a time that did not decode."""
    return TIME_OUT_OF_RANGE if isinstance(exc, OutOfRange) else BAD_TIME


def sane_bytes(text: str) -> int:
    """A logged byte count ("-" is 0); ValueError when it is not a plausible number."""
    if text == "-":
        return 0
    if len(text) > MAX_BYTES_DIGITS:
        raise ValueError(BYTES_TOO_LARGE)
    return int(text)


class Hit(NamedTuple):
    """One request that may count as a download (GET, status 200 or 206)."""

    line: int        # 1-based line number in its file
    ts: int          # seconds since the epoch, UTC
    ip: str
    path: str        # URL path without query string, percent-decoded
    status: int
    nbytes: int      # body bytes sent (-1 when the log does not say)
    ua: str          # user agent ("" when absent)
    probe: bool      # at most 2 bytes delivered: the bytes=0-1 probe (or an empty body)


_BATCH_LINES = 10000


@dataclass
class ReadStats:
    """What a reader saw in one file, beyond the hits it yielded."""

    format: str = ""
    lines: int = 0
    unparsable: int = 0
    bad_lines: list[int] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)  # rejection reason → lines
    other: int = 0  # parsed fine but not a GET with 200/206 (HEAD, 304, 404, ...)
    raw: BinaryIO | None = field(default=None, repr=False)  # the file on disk, for progress
    path: str = ""
    stream: BinaryIO | None = field(default=None, repr=False)

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()

    def position(self) -> int:
        """Bytes of the file on disk read so far (compressed bytes for gzip)."""
        try:
            return self.raw.tell() if self.raw is not None and not self.raw.closed else 0
        except (OSError, ValueError):
            return 0

    def bad(self, lineno: int, reason: str = NOT_A_LOG_LINE) -> None:
        """Count an unparsable (rejected) line and why; keep the lowest few line numbers."""
        self.unparsable += 1
        self.reasons[reason] += 1
        kept = self.bad_lines
        if len(kept) < MAX_BAD_LINES_KEPT:
            kept.append(lineno)
            kept.sort()
        elif lineno < kept[-1]:
            kept[-1] = lineno
            kept.sort()


# --- opening and detection -------------------------------------------------------------------


# Logs are read as UTF-8; bytes that are not UTF-8 are read as Windows-1252 (Latin-1 for the
# five bytes it leaves undefined), the encoding of a server or proxy that writes Latin-1. So
# "Malmö" is the same text whether the log was written in UTF-8 or in Latin-1, and the same
# request is recognised as one in both files.
DECODE_ERRORS = "podcast-stats-cp1252"
_CP1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return "".join(_CP1252[b] for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error(DECODE_ERRORS, _cp1252_fallback)


def decode_text(data: bytes) -> str:
    """Bytes from a log as text: UTF-8, and Windows-1252 for what is not UTF-8."""
    return data.decode("utf-8", DECODE_ERRORS)


def text_lines(stream: BinaryIO) -> Iterator[str]:
    """Decoded lines (UTF-8, with the Windows-1252 fallback of :func:`decode_text`)."""
    return io.TextIOWrapper(stream, encoding="utf-8", errors=DECODE_ERRORS, newline="\n")


_S3_HEAD = re.compile(r"^\S+ \S+ \[\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] \S+ \S+ \S+ \S+")
_COMBINED_HEAD = re.compile(r"^\S+ \S+ \S+ \[\d{2}/\w{3}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] \"")


def detect_format(lines: list[str]) -> str | None:
    """Guess the format from the first lines of a file (None when nothing matches)."""
    votes = {"s3": 0, "cloudfront": 0, "combined": 0}
    for line in lines:
        if line.startswith("#Version:") or line.startswith("#Fields:"):
            return "cloudfront"
        if _COMBINED_HEAD.match(line):
            votes["combined"] += 1
        elif _S3_HEAD.match(line):
            votes["s3"] += 1
        elif line.count("\t") >= 10:
            votes["cloudfront"] += 1
    best = max(votes, key=lambda k: votes[k])
    return best if votes[best] else None


def read_log(path: Path, fmt: str = "auto",
             stats: ReadStats | None = None) -> tuple[str, Iterator[Hit], ReadStats]:
    """Open ``path`` and return ``(format, hits, stats)``; ``stats`` fills while iterating."""
    fmt, batches, stats = read_batches(path, fmt, stats)
    return fmt, map(Hit._make, itertools.chain.from_iterable(batches)), stats


def read_batches(path: Path, fmt: str = "auto", stats: ReadStats | None = None
                 ) -> tuple[str, Iterator[list[tuple]], ReadStats]:
    """Like :func:`read_log`, but the hits come as lists of plain tuples (Hit's fields in
    order), a few thousand at a time: the fast path for ingesting big files."""
    fmt, source, stats = open_log(path, fmt, stats)
    return fmt, read_batches_from(fmt, source, stats), stats


def read_batches_from(fmt: str, source: Iterator[str], stats: ReadStats
                      ) -> Iterator[list[tuple]]:
    """The batches of hits of a log opened with :func:`open_log`."""
    if fmt == "combined":
        return _read_combined(source, stats)
    reader = {"s3": _read_s3, "cloudfront": _read_cloudfront}[fmt]
    return reader(source, stats)


def open_log(path: Path, fmt: str = "auto", stats: ReadStats | None = None
             ) -> tuple[str, Iterator, ReadStats]:
    """Open ``path`` and detect its format: ``(format, source, stats)``.

    For the combined format ``source`` yields chunks of whole lines as bytes (for
    :func:`parse_combined_chunk`, which decodes them, possibly in a worker process), for the
    others decoded single lines (for the format's reader)."""
    if fmt != "auto" and fmt not in FORMATS:
        raise InputError(f"unknown log format {fmt!r} (use auto, {', '.join(FORMATS)})",
                         path=path)
    stats = stats or ReadStats()
    stream = open_maybe_gzip(path, what="log file")
    stats.raw = getattr(stream, "fileobj", None) or stream
    try:
        head = _head_lines(stream)
        stream.seek(0)
    except READ_ERRORS as exc:
        stream.close()
        raise InputError(f"cannot read ({exc})", path=path) from None
    if fmt == "auto":
        detected = detect_format(head)
        if detected is None:
            stream.close()
            if not head:
                detected = "combined"  # an empty file: nothing to read, nothing to fail on
                return detected, iter(()), ReadStats(format=detected)
            raise InputError("not an access log in a known format (S3, CloudFront, "
                             "combined); pass --format to force one", path=path, where="line 1")
        fmt = detected
    stats.format = fmt
    stats.path = str(path)
    stats.stream = stream
    if fmt == "combined":
        return fmt, _chunks(stream), stats
    # No Python-level layers between the decoded lines and the reader: the TextIOWrapper
    # iterates in C. Each reader closes the file and turns I/O errors into InputError itself
    # (see _finish).
    return fmt, text_lines(stream), stats


_HEAD_LINES = 20
_HEAD_BYTES = 1 << 16


def _head_lines(stream: BinaryIO) -> list[str]:
    """The first lines of a file (as :func:`text_lines` reads them), for format detection."""
    data = stream.read(_HEAD_BYTES)
    if data and not data.endswith(b"\n"):
        data += stream.readline()
    lines = decode_text(data).split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out[:_HEAD_LINES]


READ_ERRORS = (OSError, EOFError, gzip.BadGzipFile, zlib.error)


def _truncated(stats: ReadStats, exc: BaseException) -> InputError:
    return InputError(f"cannot read to the end ({exc}); the file looks truncated",
                      path=stats.path)


# --- shared helpers --------------------------------------------------------------------------

_day_cache: dict[str, int] = {}
_minute_cache: dict[str, int] = {}
_hour_cache: dict[str, int] = {}
_SECONDS = {f"{n:02d}": n for n in range(61)}  # "00".."60" (a leap second)


def _clf_time(stamp: str) -> int:
    """``01/Oct/2026:12:00:00 +0200`` → UTC epoch seconds; ValueError when malformed."""
    key = stamp[:17] + stamp[20:]  # "01/Oct/2026:12:00 +0200": the minute and its zone
    base = _minute_cache.get(key)
    if base is None:
        base = _clf_minute(stamp)
        if len(_minute_cache) > 200_000:
            _minute_cache.clear()
        _minute_cache[key] = base
    ss = stamp[18:20]
    if stamp[17] != ":" or not ss.isdigit() or ss > "60":
        raise ValueError(stamp)
    return base + int(ss)


def _minute_base(minute: str, zone: str, ss: str) -> int:
    """UTC epoch of ``01/Oct/2026:12:00`` in ``+0200`` (cached); ValueError when malformed."""
    if ss > "60":
        raise ValueError(ss)
    # A month of logs in a few zones has ~10^5 distinct minutes but only ~10^3 hours: the
    # hour is decoded once, the minutes are added here (checked as _clf_minute checks them).
    if minute[14] != ":":
        raise ValueError(minute)
    mm = int(minute[15:17])
    if mm > 59:
        raise ValueError(minute)
    if len(_minute_cache) > 200_000:
        _minute_cache.clear()
        _hour_cache.clear()
    prefix = minute[:14]
    hour_key = prefix + zone
    hour = _hour_cache.get(hour_key)
    if hour is None:
        hour = _clf_minute(f"{prefix}:00:00 {zone}")
        _hour_cache[hour_key] = hour
        # Every minute of a new hour at once: the reader's cache then misses once an hour.
        for m in range(60):
            _minute_cache[f"{prefix}:{m:02d}{zone}"] = hour + m * 60
    base = hour + mm * 60
    _minute_cache[minute + zone] = base
    return base


def _clf_minute(stamp: str) -> int:
    if len(stamp) != 26 or stamp[2] != "/" or stamp[6] != "/" or stamp[20] != " ":
        raise ValueError(stamp)
    day_key = stamp[:11]
    base = _day_cache.get(day_key)
    if base is None:
        month = _MONTHS.get(stamp[3:6])
        if month is None:
            raise ValueError(stamp)
        day, year = int(stamp[0:2]), int(stamp[7:11])
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise ValueError(stamp)
        base = calendar.timegm((year, month, day, 0, 0, 0))
        _day_cache[day_key] = base
    hh, mm = int(stamp[12:14]), int(stamp[15:17])
    if hh > 23 or mm > 59 or stamp[11] != ":" or stamp[14] != ":":
        raise ValueError(stamp)
    sign = stamp[21]
    off = int(stamp[22:24]) * 3600 + int(stamp[24:26]) * 60
    if sign == "+":
        ts = base + hh * 3600 + mm * 60 - off
    elif sign == "-":
        ts = base + hh * 3600 + mm * 60 + off
    else:
        raise ValueError(stamp)
    if not TS_MIN <= ts < TS_MAX:
        raise OutOfRange(stamp)
    return ts


_ESCAPE = re.compile(r"\\x([0-9A-Fa-f]{2})|\\(.)")


def _unescape(value: str) -> str:
    """Undo nginx ``\\xHH`` and Apache ``\\"``/``\\\\`` escapes inside a quoted field.

    ``\\xHH`` escapes are the bytes the client sent: they are decoded like a log's own bytes
    (:func:`decode_text`), so an escaped agent reads the same as one logged unescaped."""
    if "\\" not in value:
        return value
    out = bytearray()
    pos = 0
    for m in _ESCAPE.finditer(value):
        out += value[pos:m.start()].encode("utf-8", "surrogatepass")
        out += bytes([int(m.group(1), 16)]) if m.group(1) else \
            m.group(2).encode("utf-8", "surrogatepass")
        pos = m.end()
    out += value[pos:].encode("utf-8", "surrogatepass")
    return decode_text(bytes(out))


def _clean_path(target: str) -> str:
    q = target.find("?")
    if q >= 0:
        target = target[:q]
    if "%" in target:
        target = unquote(target, errors=DECODE_ERRORS)
    return target


# --- combined (nginx/Apache) -----------------------------------------------------------------

# A quoted field with backslash escapes, written as an unrolled loop (4x faster in ``re``
# than the textbook alternation ``(?:[^"\\]|\\.)*``).
_Q = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
_Q_SKIP = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # the same, not captured (the referer)
# [01/Oct/2026:12:00:00 +0200] is captured as the minute, the seconds and the zone.
_COMBINED = re.compile(
    r'(\S+) \S+ (?:\S+|"[^"]*") \[([^\]\n]{17}):(\d\d) ([+-]\d{4})\] ' + _Q
    + r' (\d{3}) (\d+|-)(?: ' + _Q_SKIP + ' ' + _Q + ')?')


# The same pattern for a whole chunk of lines at once: findall() then does the matching of
# every line in C. A chunk where some line does not match is read again line by line to find
# (and number) the bad lines.
_QM = r'"([^"\\\n]*(?:\\[^\n][^"\\\n]*)*)"'
_QM_SKIP = r'"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"'
_COMBINED_MULTI = re.compile(
    r'^(\S+) \S+ (?:\S+|"[^"\n]*") \[([^\]\n]{17}):(\d\d) ([+-]\d{4})\] ' + _QM
    + r' (\d{3}) (\d+|-)(?: ' + _QM_SKIP + ' ' + _QM + r')?[^\n]*$', re.M)
_CHUNK_BYTES = 1 << 20


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    """The file's bytes in chunks of about 1 MB that end at a line end (the last one may
    not). A line end is a line end in UTF-8 and in Windows-1252 alike, so each chunk decodes
    on its own exactly as the whole file would."""
    read, readline = stream.read, stream.readline
    while True:
        chunk = read(_CHUNK_BYTES)
        if not chunk:
            return
        if not chunk.endswith(b"\n"):
            chunk += readline()
        yield chunk


def match_chunk(chunk: str, first_line: int) -> tuple[Iterator[tuple[int, tuple[str, ...]]],
                                                       list[int]]:
    """The matched lines of one chunk of a combined log, as ``(line number, (ip, minute,
    seconds, zone, request, status, bytes, agent))``, and the numbers of the lines
    that did not match. ``first_line`` is the number of the chunk's first line."""
    n_lines = chunk_lines(chunk)
    found = _COMBINED_MULTI.findall(chunk)
    if len(found) == n_lines:
        return enumerate(found, first_line), []
    # Some line is not a log line: go line by line to number it.
    match = _COMBINED.match
    pairs, bad = [], []
    for ln, line in enumerate(chunk.split("\n")[:n_lines], first_line):
        m = match(line)
        if m is None:
            bad.append(ln)
        else:
            pairs.append((ln, m.groups()))
    return iter(pairs), bad


def chunk_lines(chunk: str) -> int:
    """How many lines a chunk of :func:`open_log` holds (the last may lack its newline)."""
    return chunk.count("\n") + (not chunk.endswith("\n"))


# Readers cache what they decode per distinct request line and user agent; a file with
# more distinct values than this (unique query strings, say) starts its cache over.
CACHE_LIMIT = 100_000


def combined_time(minute: str, zone: str, ss: str) -> int:
    """UTC epoch seconds of a combined-log time; ValueError when malformed.

    Called once per log line: a minute seen before (with its zone) and seconds 00..60 are
    two dictionary look-ups; anything else is decoded (and cached) by ``_minute_base``."""
    try:
        return _minute_cache[minute + zone] + _SECONDS[ss]
    except KeyError:
        return _minute_base(minute, zone, ss) + int(ss)


def combined_target(request: str) -> str | None:
    """The URL path (no query string, decoded) of a ``GET`` request line, else None."""
    if not request.startswith("GET "):
        return None
    end = request.rfind(" ")
    target = request[4:end] if end > 4 else request[4:]
    if "\\" in target:
        target = _unescape(target)
    if "?" in target or "%" in target:
        target = _clean_path(target)
    return target


def combined_agent(ua: str) -> str:
    """The user agent of a combined-log line as logged ("" for none), cut to
    :data:`~podcast.stats.agents.MAX_AGENT_CHARS` characters."""
    if not ua or ua == "-":
        return ""
    if len(ua) > MAX_AGENT_CHARS:
        ua = ua[:16 * MAX_AGENT_CHARS]  # enough for MAX_AGENT_CHARS after unescaping
    return cut_agent(_unescape(ua) if "\\" in ua else ua)


def cut_agent(ua: str) -> str:
    """A user agent as stored and classified: at most MAX_AGENT_CHARS characters (no real
    agent is longer; classifying a huge one would take time growing with its square)."""
    return ua[:MAX_AGENT_CHARS] if len(ua) > MAX_AGENT_CHARS else ua


class CombinedChunk(NamedTuple):
    """What one chunk of a combined log holds (see :func:`parse_combined_chunk`)."""

    lines: int                   # lines in the chunk
    # (line, ts, ip, path, status, bytes, agent as logged) of the requests that may count
    candidates: list[tuple[int, int, str, str, int, int, str]]
    bad: list[tuple[int, str]]   # (line number, reason) of rejected lines
    other: int                   # not a GET with 200/206
    not_media: int               # a GET 200/206 for something else than an audio file
    probes: int                  # 2-byte probes and empty bodies


# request line as logged → its path ("" when not an audio file) or None (not a GET); one
# per process (a worker process has its own).
_targets: dict[str, str | None] = {}
_paths: dict[str, str | None] = {}


def parse_combined_chunk(chunk: bytes | str, first_line: int, *, every_get: bool = False
                         ) -> CombinedChunk:
    """Parse one chunk of whole lines of an nginx/Apache combined log; ``first_line`` is the
    number of its first line. The one combined-log parser: ingest runs it (in worker
    processes for big files) and :func:`read_log` is built on it.

    Candidates are the GET requests answered 200/206 for an audio file with more than 2 body
    bytes; everything else is only counted. With ``every_get`` the candidates are every GET
    answered 200/206 (pages, feeds and 2-byte probes too), as :func:`read_log` gives them.
    Needs nothing from the database, so it can run in any process."""
    text = decode_text(chunk) if isinstance(chunk, bytes) else chunk
    pairs, unmatched = match_chunk(text, first_line)
    bad = [(ln, NOT_A_LOG_LINE) for ln in unmatched]
    targets = _paths if every_get else _targets
    out: list[tuple[int, int, str, str, int, int, str]] = []
    append = out.append
    other = not_media = probes = 0
    minutes, seconds = _minute_cache, _SECONDS
    for ln, (ip, minute, ss, zone, request, status, nbytes, ua) in pairs:
        try:
            ts = minutes[minute + zone] + seconds[ss]  # combined_time, without the call
        except KeyError:
            try:
                ts = combined_time(minute, zone, ss)
            except ValueError as exc:
                bad.append((ln, time_reason(exc)))
                continue
        if status == "206":
            st = 206
        elif status == "200":
            st = 200
        else:
            other += 1
            continue
        try:
            target = targets[request]
        except KeyError:
            if len(targets) > CACHE_LIMIT:  # e.g. unique query strings
                targets.clear()
            target = combined_target(request)
            if not every_get and target is not None and not target.rsplit(
                    "/", 1)[-1].lower().endswith(AUDIO_EXTENSIONS):
                target = ""
            targets[request] = target
        if target is None:
            other += 1
            continue
        if len(nbytes) > MAX_BYTES_DIGITS:  # as sane_bytes, without the call
            bad.append((ln, BYTES_TOO_LARGE))
            continue
        if not target and not every_get:
            not_media += 1
            continue
        n = 0 if nbytes == "-" else int(nbytes)
        if n <= 2 and not every_get:
            probes += 1
            continue
        append((ln, ts, ip, target, st, n, ua))
    return CombinedChunk(chunk_lines(text), out, bad, other, not_media, probes)


def _read_combined(chunks: Iterator[bytes], stats: ReadStats) -> Iterator[list[tuple]]:
    """The hits of a combined log (see :func:`read_log`), read with
    :func:`parse_combined_chunk`."""
    agents: dict[str, str] = {}
    lineno = 0
    try:
        for chunk in chunks:
            part = parse_combined_chunk(chunk, lineno + 1, every_get=True)
            lineno += part.lines
            for ln, reason in part.bad:
                stats.bad(ln, reason)
            stats.other += part.other
            out: list[tuple] = []
            for ln, ts, ip, path, status, n, ua in part.candidates:
                try:
                    agent = agents[ua]
                except KeyError:
                    if len(agents) > CACHE_LIMIT:
                        agents.clear()
                    agent = agents[ua] = combined_agent(ua)
                out.append((ln, ts, ip, path, status, n, agent, n <= 2))
            if out:
                yield out
    except READ_ERRORS as exc:
        raise _truncated(stats, exc) from None
    finally:
        stats.lines = lineno
        stats.close()


# --- S3 server access logs -------------------------------------------------------------------

# bucket_owner bucket [time] remote_ip requester request_id operation key "request_uri"
# status error_code bytes_sent object_size total_time turnaround "referer" "user_agent" ...
_S3 = re.compile(
    r'\S+ \S+ \[([^\]]+)\] (\S+) \S+ \S+ (\S+) (\S+) ' + _Q + r' (\d{3}|-) \S+ (\d+|-) '
    r'(\d+|-) \S+ \S+ ' + _Q + ' ' + _Q)


def _read_s3(lines: Iterator[str], stats: ReadStats) -> Iterator[list[tuple]]:
    match = _S3.match
    lineno = 0
    out: list[tuple] = []
    try:
        for line in lines:
            lineno += 1
            m = match(line)
            if m is None:
                stats.bad(lineno)
                continue
            stamp, ip, operation, key, request, status, sent, _size, _ref, ua = m.groups()
            try:
                ts = _clf_time(stamp)
            except ValueError as exc:
                stats.bad(lineno, time_reason(exc))
                continue
            if status != "200" and status != "206":
                stats.other += 1
                continue
            if request.startswith("GET "):
                pass
            elif request in ("", "-") and operation == "REST.GET.OBJECT":
                request = ""
            else:
                stats.other += 1
                continue
            if request:
                end = request.rfind(" ")
                target = request[4:end] if end > 4 else request[4:]
            else:
                target = "/" + unquote(key, errors=DECODE_ERRORS)
            if ua == "-":
                ua = ""
            elif "\\" in ua:
                ua = _unescape(ua)
            ua = cut_agent(ua)
            try:
                n = sane_bytes(sent)
            except ValueError:
                stats.bad(lineno, BYTES_TOO_LARGE)
                continue
            # S3 logs carry no Range header: a body of at most 2 bytes is the bytes=0-1 probe.
            out.append((lineno, ts, ip, _clean_path(target), int(status), n, ua, n <= 2))
            if len(out) >= _BATCH_LINES:
                yield out
                out = []
        if out:
            yield out
    except READ_ERRORS as exc:
        raise _truncated(stats, exc) from None
    finally:
        stats.lines = lineno
        stats.close()


# --- CloudFront standard logs ----------------------------------------------------------------

_CF_NEEDED = ("date", "time", "c-ip", "cs-method", "cs-uri-stem", "sc-status", "sc-bytes",
              "cs(User-Agent)")


def _read_cloudfront(lines: Iterator[str], stats: ReadStats) -> Iterator[list[tuple]]:
    idx: dict[str, int] | None = None
    lineno = 0
    out: list[tuple] = []
    day_cache: dict[str, int] = {}
    try:
        for line in lines:
            lineno += 1
            if line.startswith("#"):
                if line.startswith("#Fields:"):
                    names = line[len("#Fields:"):].split()
                    idx = {name: i for i, name in enumerate(names)}
                    missing = [n for n in _CF_NEEDED if n not in idx]
                    if missing:
                        raise InputError(f"CloudFront #Fields header lacks {', '.join(missing)}",
                                         where=f"line {lineno}")
                continue
            if idx is None:
                stats.bad(lineno)
                continue
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < len(idx):
                stats.bad(lineno)
                continue
            status = parts[idx["sc-status"]]
            if status != "200" and status != "206":
                if not status.isdigit():
                    stats.bad(lineno)
                else:
                    stats.other += 1
                continue
            if parts[idx["cs-method"]] != "GET":
                stats.other += 1
                continue
            try:
                day = parts[idx["date"]]
                base = day_cache.get(day)
                if base is None:
                    y, mo, d = day.split("-")
                    base = calendar.timegm((int(y), int(mo), int(d), 0, 0, 0))
                    day_cache[day] = base
                hh, mm, ss = parts[idx["time"]].split(":")
                ts = base + int(hh) * 3600 + int(mm) * 60 + int(ss)
            except ValueError:
                stats.bad(lineno, BAD_TIME)
                continue
            if not TS_MIN <= ts < TS_MAX:
                stats.bad(lineno, TIME_OUT_OF_RANGE)
                continue
            try:
                sent = sane_bytes(parts[idx["sc-bytes"]])
            except ValueError as exc:
                stats.bad(lineno, BYTES_TOO_LARGE if str(exc) == BYTES_TOO_LARGE else BAD_NUMBER)
                continue
            n = sent
            probe = False
            if "sc-range-start" in idx and "sc-range-end" in idx:
                rs, re_ = parts[idx["sc-range-start"]], parts[idx["sc-range-end"]]
                if rs.isdigit() and re_.isdigit() and len(rs) <= MAX_BYTES_DIGITS \
                        and len(re_) <= MAX_BYTES_DIGITS:
                    length = int(re_) - int(rs) + 1
                    # sc-bytes includes headers: the body is at most the range length.
                    n = min(sent, length)
                    probe = int(rs) == 0 and int(re_) <= 1
            ua = parts[idx["cs(User-Agent)"]]
            ua = "" if ua == "-" else cut_agent(
                unquote(ua[:4 * MAX_AGENT_CHARS], errors=DECODE_ERRORS))
            out.append((lineno, ts, parts[idx["c-ip"]], _clean_path(parts[idx["cs-uri-stem"]]),
                        int(status), n, ua, probe or n <= 2))
            if len(out) >= _BATCH_LINES:
                yield out
                out = []
        if out:
            yield out
    except READ_ERRORS as exc:
        raise _truncated(stats, exc) from None
    finally:
        stats.lines = lineno
        stats.close()
