"""Column detection: which header holds the date, channel, free text, category, resolution.

Headers are compared after folding (lower case, å/ä→a, ö→o, punctuation and spaces removed),
first for an exact alias, then for an alias contained in the header. The mapping can be
forced per field (``podcast.toml`` ``[contacts]`` or command-line flags).
"""

from __future__ import annotations

import re
import unicodedata

FIELDS = ("text", "date", "channel", "category", "resolved", "id")

#: Aliases in priority order (folded form, see :func:`fold_header`).
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("fritext", "fraga", "fragan", "arendebeskrivning", "beskrivning", "text", "summary",
             "sammanfattning", "arende", "arendetext", "question", "description", "message",
             "meddelande", "body", "notes", "note", "anteckning", "anteckningar", "kommentar",
             "comment", "comments", "innehall", "content", "fritextfalt", "utterance", "query",
             "instruction", "request", "inquiry", "enquiry", "subject", "amne", "rubrik"),
    "date": ("datum", "date", "registrerad", "registreringsdatum", "registrerat", "skapad",
             "skapat", "created", "createdat", "timestamp", "tid", "tidpunkt", "datetime",
             "inkom", "inkommet", "mottaget", "received", "opened", "time", "day", "dag"),
    "channel": ("kanal", "kontaktvag", "kontaktsatt", "channel", "source", "kalla", "medium",
                "via", "typ", "contacttype", "kontakttyp", "mode"),
    "category": ("kategori", "category", "verksamhet", "omrade", "amnesomrade", "forvaltning",
                 "arendetyp", "typavarende", "topic", "intent", "classification", "klass",
                 "department", "avdelning", "queue", "ko"),
    "resolved": ("lostdirekt", "lostvidforstakontakt", "lostforstakontakt", "lost", "losning",
                 "resolved", "firstcontactresolution", "fcr", "solved", "avslutatdirekt",
                 "besvaratdirekt", "resolvedonfirstcontact"),
    "id": ("id", "arendenummer", "arendenr", "arendeid", "ticketid", "ticket", "nr", "nummer",
           "caseid", "case", "rowid"),
}

#: Aliases that must match exactly (too short or too common to look for inside a header).
EXACT_ONLY = frozenset({"id", "nr", "tid", "via", "typ", "ko", "dag", "day", "time", "lost",
                        "text", "body", "note", "mode", "case", "fcr", "query", "amne"})


def fold_header(name: str) -> str:
    text = unicodedata.normalize("NFKD", str(name).strip().lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", text)


def detect_columns(headers: list[str], overrides: dict[str, str | None] | None = None,
                   ) -> tuple[dict[str, str | None], list[str]]:
    """Map fields to headers. Returns (mapping, problems); ``text`` may be None (caller errors).

    ``overrides`` name a header per field (matched case- and accent-insensitively).
    """
    overrides = {k: v for k, v in (overrides or {}).items() if v}
    folded: dict[str, str] = {}
    for h in headers:  # two columns with one name: the first one counts
        if h is not None and str(h).strip():
            folded.setdefault(fold_header(h), h)
    result: dict[str, str | None] = dict.fromkeys(FIELDS)
    problems: list[str] = []
    used: set[str] = set()
    named_for: dict[str, str] = {}
    for field, wanted in overrides.items():
        if field not in result:
            problems.append(f"unknown field {field!r}")
            continue
        key = fold_header(wanted)
        if key in folded:
            if key in named_for:
                problems.append(f"column {wanted!r} is named both for {named_for[key]} "
                                f"and for {field}")
                continue
            named_for[key] = field
            result[field] = folded[key]
            used.add(folded[key])
        else:
            problems.append(f"column {wanted!r} for {field} not found")
    for field in FIELDS:
        if result[field] is not None or field in overrides:
            continue
        found = None
        for alias in ALIASES[field]:
            if alias in folded and folded[alias] not in used:
                found = folded[alias]
                break
        if found is None:
            for alias in ALIASES[field]:
                if alias in EXACT_ONLY:
                    continue
                for key, original in folded.items():
                    if alias in key and original not in used:
                        found = original
                        break
                if found:
                    break
        if found is not None:
            result[field] = found
            used.add(found)
    return result, problems


def text_taken_by(headers: list[str], overrides: dict[str, str | None] | None,
                  ) -> tuple[str, str] | None:
    """(header, field) when the column detection would read as free text was named for
    another field in ``overrides`` (``--date-column fritext``), else None."""
    named = {k: v for k, v in (overrides or {}).items() if v and k != "text"}
    if not named:
        return None
    detected = detect_columns(headers)[0]["text"]
    if detected is None:
        return None
    for field, wanted in named.items():
        if fold_header(wanted) == fold_header(detected):
            return detected, field
    return None
