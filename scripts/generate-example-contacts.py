#!/usr/bin/env python3
"""Writes examples/contacts/spring-renewals.csv: 5,000 renewal leads with messy but valid US
phone formats, quoted names with commas, an embedded newline and a few empty cells.
Deterministic: the same bytes every run."""
import csv
import io
import random
from pathlib import Path

FIRST = ["Ana", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "June", "Kofi", "Lena"]
LAST = ["Smith", "O'Brien", "García", "Nguyen", "Okafor", "Kowalski", "Lee", "Brown, Jr."]
ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Pacific/Honolulu", ""]
# The zone each area code rings in: the CRM's timezone column agrees with the mobile number, so
# the example passes the zone check (docs/guardrails.md). ZONES is still drawn from, which keeps
# every other column as it was.
AREA_ZONES = {
    "212": "America/New_York", "312": "America/Chicago", "415": "America/Los_Angeles",
    "503": "America/Los_Angeles", "617": "America/New_York", "702": "America/Los_Angeles",
    "808": "Pacific/Honolulu", "917": "America/New_York",
}
PLANS = ["basic", "plus", "premium"]


def phone(rng: random.Random) -> str:
    area = rng.choice([212, 312, 415, 503, 617, 702, 808, 917])
    exchange, line = rng.randint(200, 999), rng.randint(0, 9999)
    digits = f"{area}{exchange}{line:04d}"
    style = rng.randrange(6)
    return [
        f"({area}) {exchange}-{line:04d}",
        f"{area}.{exchange}.{line:04d}",
        f"1-{area}-{exchange}-{line:04d}",
        f"+1 {area} {exchange} {line:04d}",
        digits,
        f"001{digits}",
    ][style]


def main() -> None:
    rng = random.Random(20271128)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["lead_id", "first_name", "mobile", "home_phone", "timezone", "plan", "amount", "auto_renew"])
    for index in range(1, 5001):
        name = rng.choice(FIRST)
        if index == 42:
            name = "Mary\nAnn"
        home = phone(rng) if rng.random() < 0.4 else ""
        amount = f"{rng.randint(20, 900)}.{rng.randint(0, 99):02d}"
        mobile = phone(rng)
        rng.choice(ZONES)
        zone = AREA_ZONES["".join(c for c in mobile if c.isdigit())[-10:][:3]]
        writer.writerow([f"lead-{index:05d}", name, mobile, home, zone, rng.choice(PLANS), amount,
                         rng.choice(["true", "false"])])
    path = Path(__file__).resolve().parent.parent / "examples" / "contacts" / "spring-renewals.csv"
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))


if __name__ == "__main__":
    main()
