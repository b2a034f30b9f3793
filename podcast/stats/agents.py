"""User-agent classification: bots and excluded agents, podcast apps, devices and platforms.

Sources, consulted in this order (the first that knows an agent decides):

1. The IAB exclusions that need no list: an empty user agent, and Apple Watch (``atc/`` with
   watchOS), whose downloads duplicate the phone's.
2. The Open Podcast Analytics Working Group list (``user-agents-v2``: bots, apps, libraries,
   browsers, then devices), when the user points to it (file, folder or URL; see
   :func:`load_opawg`). It is not shipped with the project.
3. ``podcast-app-user-agents`` (PyPI): podcast apps with device/OS, and known podcast bots.
4. ``crawlerdetect`` (PyPI): generic crawlers, spiders and HTTP libraries.
5. ``ua-parser`` (PyPI): browser/app family, OS and device for everything else.

A known podcast app is never overruled by the generic crawler list (which, for example, flags
``PodcastAddict/`` because of its ``+https://`` contact URL). Results are cached per agent string,
and, when the caller names a folder, on disk between runs (:class:`VerdictCache`): compiling the
lists takes longer than reading a whole access log of a small show, and a run that meets only
agents classified before never loads them.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from podcast.errors import InputError, StatsError
from podcast.fsutil import write_text_atomic

log = logging.getLogger(__name__)

OPAWG_FILES = ("bots", "apps", "libraries", "browsers", "devices", "referrers")
OPAWG_URL = "https://raw.githubusercontent.com/opawg/user-agents-v2/HEAD/src/{name}.json"

# User agents are cut to this many characters before they are classified and stored: real
# ones are a few hundred at most, and some list patterns take time growing with the square of
# the length (an 8 kB agent took seconds).
MAX_AGENT_CHARS = 512

# Exclusion reasons (stored with each agent, shown in ingest summaries and reports).
EMPTY = "empty user agent"
WATCH = "Apple Watch duplicate"
BOT = "bot"

_WATCH = re.compile(r"^atc/.*watchOS|^\(null\)/\(null\) watchOS/|^atc/1\.0$")
# 'PocketCasts/' (no space) is Pocket Casts' feed parser fetching on the server; the app
# identifies as 'Pocket Casts'. The OPAWG apps list matches both, so decide this one first.
_PROJECT_BOTS = (
    (re.compile(r"^PocketCasts/"), "Pocket Casts feed parser"),
)

_PAU_DEVICE = {"phone": "phone", "tablet": "tablet", "pc": "computer", "tv": "TV",
               "speaker": "smart speaker", "watch": "watch", "mp3_player": "music player",
               "games_console": "games console", "radio": "radio"}
_PAU_OS = {"ios": "iOS", "ipados": "iPadOS", "android": "Android", "macos": "macOS",
           "macos (other)": "macOS", "windows": "Windows", "linux": "Linux",
           "watchos": "watchOS", "tvos": "tvOS", "homepodos": "HomePod", "chromeos": "ChromeOS",
           "kaios": "KaiOS", "alexa": "Alexa", "google_assistant": "Google Assistant",
           "roku": "Roku", "sonos": "Sonos", "fuschia": "Fuchsia", "victorreader": "VictorReader"}

_OS_KIND = {"iOS": "phone", "iPadOS": "tablet", "Android": "phone", "macOS": "computer",
            "Windows": "computer", "Linux": "computer", "Ubuntu": "computer",
            "ChromeOS": "computer", "watchOS": "watch", "tvOS": "TV", "KaiOS": "phone"}

# Platform names that agents spell out, checked in this order ("like Mac OS X" is in iPhone
# agents, so the Apple mobile devices come first).
_PLATFORM_TOKENS = tuple((re.compile(p), label) for p, label in (
    (r"iPad", "iPadOS tablet"),
    (r"watchOS|Apple Watch", "watchOS watch"),
    (r"iPhone|iPod|\biOS\b|CPU OS \d", "iOS phone"),
    (r"Android.*(?:Tablet|SM-T\d)", "Android tablet"),
    (r"Android", "Android phone"),
    (r"Windows", "Windows computer"),
    (r"CrOS", "ChromeOS computer"),
    (r"Macintosh|Mac OS X|macOS", "macOS computer"),
    (r"X11; Linux|Linux x86_64", "Linux computer"),
))


@dataclass(frozen=True)
class AgentInfo:
    """How one user agent string is counted and shown."""

    app: str            # "Apple Podcasts", "Spotify", "Chrome", "Googlebot", "Unknown"
    device: str         # platform/device label: "iOS phone", "Android phone", "Windows computer"
    excluded: str | None = None  # reason when requests from this agent never count
    source: str = ""    # which list decided: builtin, opawg, podcast-app-user-agents, ...



@dataclass
class _Entry:
    name: str
    pattern: re.Pattern[str]
    category: str | None = None


def _compile(pattern: str, where: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error as exc:
        log.warning("skipping user-agent pattern in %s (%s): %r", where, exc, pattern)
        return None


def _entries(doc: object, where: str) -> list[_Entry]:
    items = doc.get("entries") if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise InputError("expected a JSON object with 'entries' (OPAWG user-agents-v2)",
                         path=where)
    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "pattern" not in item or "name" not in item:
            raise InputError("entry without 'name' and 'pattern'", path=where,
                             where=f"entries[{i}]")
        rx = _compile(str(item["pattern"]), where)
        if rx is not None:
            out.append(_Entry(str(item["name"]), rx, item.get("category")))
    return out


@dataclass
class OpawgLists:
    """The OPAWG user-agents-v2 lists, each a list of compiled entries in file order."""

    bots: list[_Entry]
    apps: list[_Entry]
    libraries: list[_Entry]
    browsers: list[_Entry]
    devices: list[_Entry]
    origin: str = ""
    digest: str = ""  # of the lists' content (part of the verdict cache's key)


def load_opawg(location: str | Path) -> OpawgLists:
    """Load the OPAWG lists from a folder holding ``bots.json`` etc., or from a URL prefix.

    A URL may contain ``{name}`` (replaced by bots, apps, ...) or end in ``/`` (``name.json``
    is appended). Nothing is fetched unless the user passes a URL.
    """
    text = str(location)
    docs: dict[str, object] = {}
    if text.startswith(("http://", "https://")):
        for name in OPAWG_FILES[:5]:
            url = text.replace("{name}", name) if "{name}" in text else \
                text.rstrip("/") + f"/{name}.json"
            docs[name] = _fetch_json(url)
    else:
        folder = Path(location)
        if folder.is_file():
            folder = folder.parent
        if not folder.is_dir():
            raise InputError("user-agent list folder not found", path=folder)
        for name in OPAWG_FILES[:5]:
            path = folder / f"{name}.json"
            try:
                docs[name] = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise InputError(f"missing {name}.json (expected the OPAWG user-agents-v2 "
                                 "src/*.json files)", path=folder) from None
            except ValueError as exc:
                raise InputError(f"not valid JSON ({exc})", path=path) from None
    digest = hashlib.sha256(json.dumps([docs[name] for name in OPAWG_FILES[:5]],
                                       sort_keys=True).encode("utf-8")).hexdigest()
    return OpawgLists(**{name: _entries(docs[name], f"{text}:{name}.json")
                         for name in OPAWG_FILES[:5]}, origin=text, digest=digest)


def _fetch_json(url: str) -> object:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=20) as resp:
            return json.loads(resp.read().decode("utf-8"))
    except (OSError, ValueError) as exc:
        raise StatsError(f"cannot fetch the user-agent list ({exc})", path=url) from None


def download_opawg(dest: Path, base_url: str = OPAWG_URL) -> list[Path]:
    """Fetch the OPAWG list files into ``dest`` (atomic per file); return the paths written."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for name in OPAWG_FILES:
        url = base_url.replace("{name}", name) if "{name}" in base_url else \
            base_url.rstrip("/") + f"/{name}.json"
        doc = _fetch_json(url)
        _entries(doc, url)  # validate before replacing a working copy
        target = dest / f"{name}.json"
        write_text_atomic(target, json.dumps(doc, ensure_ascii=False, indent=1))
        written.append(target)
    return written


@functools.lru_cache(maxsize=1)
def _package_lists():
    """Load the PyPI lists once per process (compiling them takes a few hundred ms)."""
    pau: list[tuple[list[re.Pattern[str]], dict]] = []
    crawler = ua_parse = None
    try:
        from podcast_app_user_agents.parser import default_file
        data = json.loads(Path(default_file).read_text(encoding="utf-8"))
        for item in data:
            pats = [p for p in (_compile(x, "podcast-app-user-agents")
                                for x in item.get("user_agents", [])) if p is not None]
            pau.append((pats, item))
    except ImportError:
        log.info("podcast-app-user-agents is not installed; skipping that list")
    try:
        from crawlerdetect import CrawlerDetect
        crawler = CrawlerDetect()
    except ImportError:
        log.info("crawlerdetect is not installed; skipping that list")
    try:
        from ua_parser import parse
        ua_parse = parse
    except ImportError:
        log.info("ua-parser is not installed; skipping that list")
    return pau, crawler, ua_parse


# The packages whose files decide a verdict (their rules and code).
_RULE_PACKAGES = ("podcast_app_user_agents", "crawlerdetect", "ua_parser", "ua_parser_builtins")


def _package_files(package: str) -> list[Path]:
    """The source and data files of an installed package (without importing it), sorted;
    none when it is not installed."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return []
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    return sorted(p for p in root.rglob("*") if p.suffix in (".py", ".json", ".yaml")
                  and "__pycache__" not in p.parts and p.is_file())


class VerdictCache:
    """Verdicts of earlier runs, one JSON file per set of rules in ``folder`` (named by
    :meth:`Classifier.rules_fingerprint`): a changed list, package or classifier starts a new
    file and the old ones are removed. Safe to delete; never stops a run (a file that
    cannot be read or written is ignored)."""

    LIMIT = 50_000  # agents kept; a file that would grow beyond starts over

    def __init__(self, folder: Path, classifier: Classifier) -> None:
        self.folder, self.classifier = Path(folder), classifier
        self._known: dict[str, AgentInfo] | None = None
        self._new: dict[str, AgentInfo] = {}
        self._path: Path | None = None

    def _load(self) -> dict[str, AgentInfo]:
        if self._known is None:
            self._known = {}
            try:
                self._path = self.folder / f"{self.classifier.rules_fingerprint()[:32]}.json"
                doc = json.loads(self._path.read_text(encoding="utf-8"))
                self._known = {ua: AgentInfo(*v) for ua, v in doc["agents"].items()}
            except FileNotFoundError:
                pass
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
                log.info("ignoring the user-agent verdict cache (%s)", exc)
        return self._known

    def get(self, ua: str) -> AgentInfo | None:
        return self._load().get(ua)

    def add(self, ua: str, info: AgentInfo) -> None:
        self._load()
        self._new[ua] = info

    def save(self) -> None:
        if not self._new or self._path is None:
            return
        agents = {**self._load(), **self._new} if len(self._known or {}) + len(self._new) \
            <= self.LIMIT else dict(self._new)
        doc = {"agents": {ua: [i.app, i.device, i.excluded, i.source]
                          for ua, i in agents.items()}}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_text_atomic(self._path, json.dumps(doc, ensure_ascii=False), durable=False)
            for old in self.folder.glob("*.json"):
                if old != self._path:
                    old.unlink(missing_ok=True)
        except OSError as exc:
            log.info("cannot save the user-agent verdict cache (%s)", exc)
            return
        self._known, self._new = agents, {}


def _first(entries: list[_Entry], ua: str) -> _Entry | None:
    for entry in entries:
        if entry.pattern.search(ua):
            return entry
    return None


class Classifier:
    """Classify user agents; one instance caches every string it has seen."""

    def __init__(self, opawg: OpawgLists | None = None, *, use_packages: bool = True,
                 cache_dir: Path | None = None) -> None:
        self.opawg = opawg
        self._cache: dict[str, AgentInfo] = {}
        # Verdicts kept on disk between runs (None: this process only).
        self._verdicts = VerdictCache(cache_dir, self) if cache_dir is not None else None
        self.use_packages = use_packages
        self._pau: list[tuple[list[re.Pattern[str]], dict]] = []
        self._crawler = None
        self._ua_parse = None
        # The PyPI lists are loaded when the first agent is classified: an ingest whose
        # agents are all in the database already never pays for compiling them.
        self._packages_wanted = use_packages

    def _load_packages(self) -> None:
        self._packages_wanted = False
        self._pau, self._crawler, self._ua_parse = _package_lists()

    @property
    def rules_loaded(self) -> bool:
        """Whether the PyPI lists were loaded (not needed while every agent met is known
        from the database or the verdict cache)."""
        return not self._packages_wanted

    @property
    def sources(self) -> list[str]:
        if self._packages_wanted:
            self._load_packages()
        out = ["builtin"]
        if self.opawg is not None:
            out.append(f"opawg ({self.opawg.origin})")
        if self._pau:
            out.append("podcast-app-user-agents")
        if self._crawler is not None:
            out.append("crawlerdetect")
        if self._ua_parse is not None:
            out.append("ua-parser")
        return out

    def classify(self, ua: str) -> AgentInfo:
        ua = ua[:MAX_AGENT_CHARS]
        info = self._cache.get(ua)
        if info is None:
            verdicts = self._verdicts
            info = verdicts.get(ua) if verdicts is not None else None
            if info is None:
                if self._packages_wanted:
                    self._load_packages()
                info = self._classify(ua)
                if verdicts is not None:
                    verdicts.add(ua, info)
            self._cache[ua] = info
        return info

    def save(self) -> None:
        """Keep the verdicts of this run on disk for the next (when given a ``cache_dir``)."""
        if self._verdicts is not None:
            self._verdicts.save()

    def rules_fingerprint(self) -> str:
        """A hash of everything a verdict depends on: this module (the decision), the OPAWG
        lists in use and the installed rule packages' files."""
        h = hashlib.sha256(Path(__file__).read_bytes())
        h.update(f"\0opawg:{self.opawg.digest if self.opawg else '-'}".encode())
        if self.use_packages:
            for package in _RULE_PACKAGES:
                h.update(f"\0{package}:".encode())
                for path in _package_files(package):
                    h.update(path.name.encode() + b"\0" + path.read_bytes())
        return h.hexdigest()

    # -- the decision ---------------------------------------------------------------------
    def _classify(self, ua: str) -> AgentInfo:
        text = ua.strip()
        if not text or text == "-":
            return AgentInfo("Unknown", "Unknown", EMPTY, "builtin")
        if _WATCH.search(text):
            return AgentInfo("Apple Podcasts (Watch)", "watchOS watch", WATCH, "builtin")
        for rx, name in _PROJECT_BOTS:
            if rx.search(text):
                return AgentInfo(name, "Server", BOT, "builtin")
        if self.opawg is not None:
            hit = _first(self.opawg.bots, text)
            if hit is not None:
                return AgentInfo(hit.name, "Server", BOT, "opawg")
            for group in ("apps", "libraries", "browsers"):
                hit = _first(getattr(self.opawg, group), text)
                if hit is not None:
                    if group == "libraries" and hit.category == "bot":
                        return AgentInfo(hit.name, "Server", BOT, "opawg")
                    return AgentInfo(hit.name, self._device(text), None, "opawg")
        pau = self._pau_match(text)
        if pau is not None:
            if pau.get("bot"):
                return AgentInfo(str(pau.get("app") or "Bot"), "Server", BOT,
                                 "podcast-app-user-agents")
            return AgentInfo(str(pau.get("app") or "Unknown"), self._device(text), None,
                             "podcast-app-user-agents")
        if self._crawler is not None and self._crawler.isCrawler(text):
            return AgentInfo(self._crawler.getMatches() or "Crawler", "Server", BOT,
                             "crawlerdetect")
        family = self._family(text)
        return AgentInfo(family or "Unknown", self._device(text), None,
                         "ua-parser" if family else "")

    def _pau_match(self, ua: str) -> dict | None:
        for pats, item in self._pau:
            for rx in pats:
                if rx.search(ua):
                    return item
        return None

    def _family(self, ua: str) -> str | None:
        if self._ua_parse is None:
            return None
        result = self._ua_parse(ua)
        if result is not None and result.user_agent is not None:
            family = result.user_agent.family
            if family and family != "Other":
                return family
        return None

    def _device(self, ua: str) -> str:
        """A platform/device label such as 'Apple iPhone', 'Android phone', 'Windows computer'."""
        if self.opawg is not None:
            hit = _first(self.opawg.devices, ua)
            if hit is not None:
                return hit.name
        for rx, label in _PLATFORM_TOKENS:  # the agent names its platform itself
            if rx.search(ua):
                return label
        os_name: str | None = None
        kind: str | None = None
        pau = self._pau_match(ua)
        if pau is not None and not pau.get("bot"):
            os_name = _PAU_OS.get(str(pau.get("os") or ""))
            kind = _PAU_DEVICE.get(str(pau.get("device") or ""))
        if os_name is None and self._ua_parse is not None:
            result = self._ua_parse(ua)
            if result is not None and result.os is not None and result.os.family != "Other":
                os_name = {"Mac OS X": "macOS", "Chrome OS": "ChromeOS"}.get(
                    result.os.family, result.os.family)
                if kind is None and result.device is not None and result.device.family in (
                        "iPad", "Generic Tablet"):
                    kind = "tablet"
        if kind is None and os_name is not None:
            kind = _OS_KIND.get(os_name)
        if os_name and kind:
            return f"{os_name} {kind}"
        return os_name or (kind.capitalize() if kind else "Unknown")
