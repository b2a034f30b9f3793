"""Write ``contacts_600.csv``: 600 contact-log rows with their true subject, for the theme tests.

The notes come from the demo show's own generator (``scripts/make_demo_contacts.py``: nine
subjects, staff shorthand, e-mail and chat styles, made-up personal data); this script only keeps
the three channels a contact log of the tests has, numbers the rows and adds the subject the
generator drew as ``true_theme`` (a real export has no such column). Seeded, so it reproduces
the committed file byte for byte:

    python tests/data/contacts/make_contacts.py
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR = HERE.parents[2] / "scripts" / "make_demo_contacts.py"
CHANNELS = {"telefon": 0.5, "e-post": 0.3, "chatt": 0.2}
ASCII = str.maketrans("åäö", "aao")


def _generator():  # the script as a module
    spec = importlib.util.spec_from_file_location("make_demo_contacts", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows(n: int = 600, seed: int = 11) -> list[list[str]]:
    gen = _generator()
    rng = random.Random(seed)
    months = [(2025, 10), (2025, 11), (2025, 12), (2026, 1), (2026, 2), (2026, 3)]
    out = []
    for _ in range(n):
        year, month = rng.choice(months)
        subjects = list(gen.SUBJECTS)
        subject = rng.choices(subjects, [gen.SUBJECTS[s]["months"][month] for s in subjects])[0]
        channel = rng.choices(list(CHANNELS), list(CHANNELS.values()))[0]
        date = dt.date(year, month, rng.randint(1, 28))
        text = gen.note(subject, channel, rng)
        category = gen.SUBJECTS[subject]["category"] if rng.random() < 0.8 else ""
        solved = "ja" if rng.random() < 0.7 else "nej"
        out.append([date.isoformat(), channel, text, category, solved, subject.translate(ASCII)])
    out.sort(key=lambda r: r[0])
    return [[str(i), *r] for i, r in enumerate(out, 1)]


def main() -> None:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["id", "datum", "kanal", "fritext", "kategori", "lost_vid_forsta_kontakt",
                     "true_theme"])
    writer.writerows(rows())
    (HERE / "contacts_600.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
