"""Small copies of the cover art for the pages: thumbnails and the favicon, made with ffmpeg.

The pages show the cover at 112-160 CSS pixels; sending the 1400-3000 px original for that
(and as the favicon) costs hundreds of kilobytes. Each copy is a centre-cropped square,
made once per source file and size and kept in ``build/cache/images`` under a name derived
from the source's bytes, so a rebuild costs nothing and the same source gives the same bytes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from podcast.errors import ExternalToolError, InputError
from podcast.ffmpeg import run_ffmpeg
from podcast.fsutil import atomic_path, file_sha256

log = logging.getLogger(__name__)

#: Thumbnail widths for the pages (1x and 2x of the 160 px cover, 112 px on a phone).
THUMB_SIZES = (160, 320)
#: Favicon (PNG, and as ICO for clients that ask for /favicon.ico) and the home-screen icon.
FAVICON_SIZE = 32
TOUCH_ICON_SIZE = 180
#: Bump when the recipe changes (then every copy is made again).
RECIPE = "square-lanczos-1"


@dataclass(frozen=True)
class Thumbs:
    """Site paths (relative to the site root) of one image's small copies."""

    small: str   # 160 px JPEG
    large: str   # 320 px JPEG

    @property
    def srcset(self) -> str:
        return f"{self.small} {THUMB_SIZES[0]}w, {self.large} {THUMB_SIZES[1]}w"


def _filter(size: int) -> str:
    return f"crop='min(iw,ih)':'min(iw,ih)',scale={size}:{size}:flags=lanczos"


def make_copy(source: Path, size: int, suffix: str, cache: Path) -> Path:
    """A ``size`` x ``size`` copy of ``source`` (``.jpg``, ``.png`` or ``.ico``), cached."""
    digest = file_sha256(source)[:20]
    target = cache / f"{digest}-{RECIPE}-{size}{suffix}"
    if target.is_file():
        return target
    args = ["-v", "error", "-y", "-i", str(source), "-vf", _filter(size), "-frames:v", "1",
            "-map_metadata", "-1", "-fflags", "+bitexact", "-flags", "+bitexact"]
    if suffix == ".jpg":
        args += ["-c:v", "mjpeg", "-q:v", "3", "-pix_fmt", "yuvj420p", "-f", "image2"]
    elif suffix == ".png":
        args += ["-c:v", "png", "-f", "image2"]
    elif suffix == ".ico":
        args += ["-c:v", "png", "-pix_fmt", "rgba", "-f", "ico"]
    else:
        raise ValueError(suffix)  # programming error
    try:
        with atomic_path(target, suffix=suffix, durable=False) as tmp:
            run_ffmpeg([*args, str(tmp)], input_path=source)
    except ExternalToolError as exc:
        raise InputError(f"cannot read the image to make a {size} px copy ({exc.message})",
                         path=source) from None
    log.debug("made %s from %s", target.name, source)
    return target


#: The show's small copies: site path → (size, format).
SHOW_FILES = {
    "cover-160.jpg": (THUMB_SIZES[0], ".jpg"),
    "cover-320.jpg": (THUMB_SIZES[1], ".jpg"),
    "favicon.png": (FAVICON_SIZE, ".png"),
    "favicon.ico": (FAVICON_SIZE, ".ico"),
    "apple-touch-icon.png": (TOUCH_ICON_SIZE, ".png"),
}
SHOW_THUMBS = Thumbs(small="cover-160.jpg", large="cover-320.jpg")


def episode_thumbs(slug: str) -> Thumbs:
    """Where an episode's own image is shown from (relative to the site root)."""
    base = f"avsnitt/{slug}/"
    return Thumbs(small=f"{base}bild-{THUMB_SIZES[0]}.jpg",
                  large=f"{base}bild-{THUMB_SIZES[1]}.jpg")


def write_show_images(source: Path, cache: Path, out) -> None:  # SiteWriter
    """Thumbnails, favicon and touch icon of the show's artwork into the site."""
    for name, (size, suffix) in SHOW_FILES.items():
        out.copy_file(name, make_copy(source, size, suffix, cache))


def write_episode_images(source: Path, slug: str, cache: Path, out) -> None:
    """The thumbnails of an episode's own image into its folder."""
    thumbs = episode_thumbs(slug)
    for name, size in ((thumbs.small, THUMB_SIZES[0]), (thumbs.large, THUMB_SIZES[1])):
        out.copy_file(name, make_copy(source, size, ".jpg", cache))
