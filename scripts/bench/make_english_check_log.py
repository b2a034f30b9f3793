"""Make an English customer-service check log with ground truth, for ``themes_quality.py``.

A synthetic log written only to check that the themes method is not fitted to the Swedish
contacts_3k file: 1,500 notes in 12 intents, several phrasings each, greetings, call notes and
sign-offs, typos, 15 % with a second question, English headers (Date, Channel, Summary,
Resolved) and the intent in ``true_theme``. Seeded, so the file is the same on every run.

Run: python scripts/bench/make_english_check_log.py OUT.csv
     python scripts/bench/themes_quality.py --log OUT.csv --language en --cache CACHE
"""

from __future__ import annotations

import csv
import random
import sys

rng = random.Random(7)
INTENTS = {
    "track_order": [
        "where is my order",
        "my parcel has not arrived yet",
        "the tracking number shows no update for a week",
        "when will my package be delivered",
        "order still says processing, when does it ship",
        "I ordered ten days ago and nothing came",
        "courier says delivered but I never got the box",
        "can you tell me the status of order {n}",
        "package stuck in transit",
    ],
    "refund": [
        "I want my money back",
        "how long does a refund take",
        "returned the item two weeks ago, still no refund",
        "please refund the jacket I sent back",
        "refund has not shown up on my card",
        "can I get a refund for a damaged product",
        "you promised a reimbursement, where is it",
        "I was told the credit would be issued, nothing yet",
    ],
    "cancel_order": [
        "I want to cancel my order",
        "please cancel order {n} before it ships",
        "ordered by mistake, can you stop it",
        "how do I cancel a purchase I just made",
        "cancel the second item on my order please",
        "changed my mind, don't send it",
    ],
    "change_address": [
        "I need to change the delivery address",
        "moved house, update my shipping address",
        "wrong street on my order, can you fix it",
        "can the parcel go to my office instead",
        "update address on my account to the new flat",
        "typo in my postcode on the order",
    ],
    "password": [
        "I forgot my password",
        "cannot log in to my account",
        "password reset email never arrives",
        "locked out after too many attempts",
        "the login page says invalid credentials",
        "how do I reset my password",
        "two-factor code not working, can't sign in",
    ],
    "payment_failed": [
        "my card was declined at checkout",
        "payment failed but money was taken",
        "charged twice for the same order",
        "paypal payment keeps failing",
        "why was my credit card rejected",
        "error at payment step, transaction not completed",
        "bank shows a pending charge but no order",
    ],
    "invoice": [
        "I need an invoice for my purchase",
        "can you send a receipt with VAT",
        "invoice has the wrong company name",
        "where do I download my bill",
        "please email me a copy of the invoice",
        "need a VAT receipt for my accountant",
    ],
    "subscription": [
        "how do I cancel my subscription",
        "stop the monthly membership",
        "I was renewed without asking, end my plan",
        "unsubscribe me from the premium plan",
        "don't want the yearly plan to renew",
        "how to turn off auto renewal",
    ],
    "warranty": [
        "the product broke after two months, is it under warranty",
        "my headphones stopped working, can I get a repair",
        "screen cracked by itself, warranty claim",
        "how do I send a faulty device for repair",
        "the zipper broke, is that covered by guarantee",
        "blender makes a noise and stopped, replace it?",
    ],
    "shipping_cost": [
        "how much is shipping to Canada",
        "why is delivery so expensive",
        "do you offer free shipping",
        "what are the postage costs for a small order",
        "is express delivery available and what does it cost",
        "do you ship internationally",
    ],
    "delete_account": [
        "please delete my account",
        "remove all my personal data",
        "I want to close my account permanently",
        "how do I erase my profile",
        "GDPR request: delete my information",
        "stop storing my details and close the account",
    ],
    "wrong_item": [
        "I received the wrong item",
        "got a different colour than I ordered",
        "the size in the box is not what I bought",
        "you sent me someone else's order",
        "missing one item from my delivery",
        "package contained the wrong model",
    ],
}
greet = ["", "", "Hi, ", "Hello, ", "Good morning. ", "Hey team, ", "Customer called: ", "Chat: "]
tail = [
    "",
    "",
    "",
    " Thanks.",
    " Regards, Sam",
    " Please help!",
    " /Jo",
    " Thank you in advance.",
    " asap",
]
aside = " Also, {q}."


def typo(s):
    if rng.random() < 0.25 and len(s) > 10:
        i = rng.randrange(1, len(s) - 1)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


chans = ["email", "chat", "phone", "social"]
rows = []
names = list(INTENTS)
for _ in range(1500):
    t = rng.choice(names)
    q = rng.choice(INTENTS[t]).format(n=rng.randint(10000, 99999))
    s = q[0].upper() + q[1:] + rng.choice([".", "?", "!", ""])
    if rng.random() < 0.15:
        o = rng.choice([x for x in names if x != t])
        s += aside.format(q=rng.choice(INTENTS[o]).format(n=rng.randint(10000, 99999)))
    s = typo(rng.choice(greet) + s + rng.choice(tail))
    if rng.random() < 0.2:
        s = s.lower()
    rows.append(
        {
            "Date": f"2025-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}",
            "Channel": rng.choice(chans),
            "Summary": s,
            "Resolved": rng.choice(["yes", "no"]),
            "true_theme": t,
        }
    )
out = sys.argv[1] if len(sys.argv) > 1 else "english_check_log.csv"
with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.DictWriter(f, list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
print(f"wrote {len(rows)} rows to {out}")
