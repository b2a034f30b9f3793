"""The site's Content-Security-Policy: one string, put in every page as
``<meta http-equiv="Content-Security-Policy">`` and sent as a header by ``podcast serve``.

Only the site's own origin may supply scripts, styles, images, audio and fetches; no inline
script (JSON data blocks such as JSON-LD are not scripts), no plugins, no ``<base>`` to
another host, forms submit only to the site. Pagefind compiles its WebAssembly search
engine, which needs ``'wasm-unsafe-eval'`` (WebAssembly only; JavaScript ``eval`` stays
blocked). ``frame-ancestors`` is left out: browsers ignore it in a meta tag and say so.
"""

from __future__ import annotations

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "media-src 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
])
