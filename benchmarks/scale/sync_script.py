#!/usr/bin/env python3
"""A sequential contact sync written as a careful team would write one without campaignctl: the
side-by-side baseline of benchmarks/scale (every row of its table says how many times faster
campaignctl is). Python standard library only.

    python3 sync_script.py --api-url URL --token-file PATH [--apply] CSV...

Each CSV file holds one campaign's contacts and is named after the campaign's external_id
(`bench-01.csv`), with the columns `id` (the contact's external_id), `phone` (E.164),
`timezone`, and the data columns `plan` and `tier`. For each campaign, one after the other, it
reads every contact page (200 a page, the API's maximum) over one kept-alive connection,
compares each live contact's managed fields with its row, and counts what differs: new and
changed contacts to upsert, contacts no longer in the file to delete. Without `--apply` it
prints the counts (a dry run: the plan). With `--apply` it upserts in batches of 1,000 (the
API's maximum) and deletes one contact a request, as the API allows.
"""

import argparse
import csv
import http.client
import json
import os
import sys
import urllib.parse

PAGE = 200
BATCH = 1000
# The fields an upsert sets; an unset one is sent as null so that the live contact matches.
MANAGED = ("phone_numbers", "data", "timezone", "scheduled_at", "agent_id", "agent_version", "agent_number",
           "agent_config", "initial_context")


class API:
    def __init__(self, url, token):
        parsed = urllib.parse.urlsplit(url)
        self.prefix = parsed.path.rstrip("/")
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port or 80, timeout=120)
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json",
                        "Content-Type": "application/json"}

    def call(self, method, path, body=None):
        for attempt in range(5):
            try:
                payload = None if body is None else json.dumps(body)
                self.connection.request(method, self.prefix + path, body=payload, headers=self.headers)
                response = self.connection.getresponse()
                data = response.read()
            except (http.client.HTTPException, ConnectionError):
                self.connection.close()
                continue
            if response.status in (429, 500, 502, 503) and attempt < 4:
                continue
            if response.status >= 300:
                raise SystemExit(f"{method} {path}: {response.status} {data[:200]!r}")
            return json.loads(data) if data else None
        raise SystemExit(f"{method} {path}: no answer after 5 attempts")


def wanted(row):
    """The upsert item a CSV row asks for: every managed field, null where the row has none."""
    item = dict.fromkeys(MANAGED)
    item["external_id"] = row["id"]
    item["phone_numbers"] = [row["phone"]]
    item["timezone"] = row["timezone"] or None
    item["data"] = {key: row[key] for key in ("plan", "tier") if row.get(key)}
    return item


def differs(live, item):
    return any(live.get(field) != item[field] for field in MANAGED)


def sync(api, path, apply):
    campaign = urllib.parse.quote(os.path.splitext(os.path.basename(path))[0], safe="")
    with open(path, newline="", encoding="utf-8") as file:
        rows = {row["id"]: wanted(row) for row in csv.DictReader(file)}
    live, offset = {}, 0
    while True:
        page = api.call("GET", f"/campaign/campaigns/{campaign}/contacts?limit={PAGE}&offset={offset}")
        for contact in page["contacts"]:
            live[contact["external_id"] or contact["id"]] = contact
        offset += len(page["contacts"])
        if not page["contacts"] or offset >= page["total"]:
            break
    upserts = [item for key, item in rows.items() if key not in live or differs(live[key], item)]
    deletes = [contact["id"] for key, contact in live.items() if key not in rows]
    if apply:
        for start in range(0, len(upserts), BATCH):
            api.call("POST", f"/campaign/campaigns/{campaign}/contacts", {"contacts": upserts[start:start + BATCH]})
        for contact_id in deletes:
            api.call("DELETE", f"/campaign/campaigns/{campaign}/contacts/{contact_id}")
    return len(upserts), len(deletes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--token-file", required=True)
    parser.add_argument("--apply", action="store_true")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with open(args.token_file, encoding="utf-8") as file:
        api = API(args.api_url, file.read().strip())
    upserts = deletes = 0
    for path in sorted(args.files):
        changed, gone = sync(api, path, args.apply)
        upserts += changed
        deletes += gone
    print(f"{'applied' if args.apply else 'would apply'}: {upserts} upserts, {deletes} deletes")


if __name__ == "__main__":
    sys.exit(main())
