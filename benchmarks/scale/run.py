#!/usr/bin/env python3
"""Benchmark: `campaignctl plan` of a large org beside a sequential sync script, in one run.

Not a test: it measures and reports. Standard library only (plus the release builds):

    python3 benchmarks/scale/run.py [--campaigns 10] [--contacts 100000] [--latency 0 50]
                                    [--parallelism 16] [--changed 1] [--no-script] [--data DIR]

It writes `--campaigns` campaigns of `--contacts` CSV contacts each as manifests, and seeds an
emulator database with them once, by `campaignctl apply`; the database is kept in `--data`
(default `.build/bench-data/`) and reused by later runs of the same size. For each latency the
emulator serves that database, and three plans are timed, each as its own process: the built
`campaignctl plan --parallelism P` with no change, the same with `--changed` percent of the
contacts changed (their `tier`), and `sync_script.py` (beside this file), a sequential dry run
paging by 200, on both; one untimed plan first warms the emulator's database. Reported per plan: wall time, CPU time and peak RSS of the process
(`wait4`), CPU and peak memory per contact, the read floor
`max(2, ceil(requests / P)) × latency` (the fewest requests the API allows: the contact pages,
the campaign list, configurations and concurrency; the longest chain is a campaign's first
contact page, then its other pages), wall time over the floor, and how many times faster than
the script. Prints `BENCH` lines for benchmarks/run-all.sh's table.
"""

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sync_script.py")
TOKEN = "ak_local.emulator"
AREAS = ["212", "718", "917", "646", "347", "516", "631", "914", "845", "585"]
PLANS = ["basic", "plus", "premium"]


def campaign_key(number):
    return f"bench-{number:02d}"


def phone(campaign, index):
    """A distinct New York number for each contact: area code by campaign, exchange from 200."""
    area = AREAS[(campaign - 1) % len(AREAS)]
    exchange = 200 + index // 10_000 + 100 * ((campaign - 1) // len(AREAS))
    return f"+1{area}{exchange}{index % 10_000:04d}"


def write_manifests(directory, campaigns, contacts, changed_every=0, with_contacts=True):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "configurations.yaml"), "w", encoding="utf-8") as file:
        file.write("configurations:\n  bench-hours:\n    name: Bench hours\n    agent: {agent_id: agent-bench}\n")
    for number in range(1, campaigns + 1):
        key = campaign_key(number)
        with open(os.path.join(directory, f"{key}.yaml"), "w", encoding="utf-8") as file:
            file.write(f"campaigns:\n  {key}:\n    name: Bench {number}\n    configuration: bench-hours\n")
            if with_contacts:
                file.write(f"    contacts_files:\n      - path: {key}.csv\n        columns: {{external_id: id, "
                           "phone_numbers: [phone], timezone: timezone, data: {plan: plan, tier: tier}}\n")
        with open(os.path.join(directory, f"{key}.csv"), "w", encoding="utf-8") as file:
            file.write("id,phone,timezone,plan,tier\n")
            for index in range(contacts):
                tier = "changed" if changed_every and index % changed_every == 0 else f"t{index % 7}"
                file.write(f"c-{index:07d},{phone(number, index)},America/New_York,{PLANS[index % 3]},{tier}\n")


class Emulator:
    def __init__(self, binary, database, latency):
        self.process = subprocess.Popen(
            [binary, "--port", "0", "--db", database, "--latency-ms", str(latency)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://[\d.]+:(\d+)", line)
        if not match:
            self.process.kill()
            raise SystemExit(f"the emulator didn't start: {line!r}")
        self.url = f"http://127.0.0.1:{match.group(1)}"

    def stop(self):
        self.process.terminate()
        self.process.wait()


def measure(command, expect_in_output=None):
    """Runs a process; returns wall s, CPU s, peak MiB (its own, from wait4) and its output."""
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 2) or (expect_in_output and expect_in_output not in output):
        raise SystemExit(f"{' '.join(command[:2])} exited {code}:\n{output[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


def seed(args, binaries, data):
    """The database of this size, made once: the manifests applied to an empty emulator."""
    database = os.path.join(data, "org.sqlite")
    done = os.path.join(data, "seeded")
    if os.path.exists(done):
        return database
    shutil.rmtree(data, ignore_errors=True)
    write_manifests(os.path.join(data, "manifests"), args.campaigns, args.contacts)
    with open(os.path.join(data, "token"), "w", encoding="utf-8") as file:
        file.write(TOKEN)
    emulator = Emulator(binaries["anyreach-emulator"], database, 0)
    token = os.path.join(data, "token")
    try:
        print(f"seeding {args.campaigns} × {args.contacts} contacts (once for this size) …", file=sys.stderr)
        if args.campaigns * args.contacts <= 2_000_000:
            measure([binaries["campaignctl"], "apply", "--auto-approve", "--api-url", emulator.url, "--token-file",
                     token, os.path.join(data, "manifests")])
        else:
            # Ten million contacts in one apply would hold them all at once: the campaigns are
            # applied bare, then the script upserts each campaign's contacts by 1,000.
            bare = os.path.join(data, "bare")
            write_manifests(bare, args.campaigns, 0, with_contacts=False)
            measure([binaries["campaignctl"], "apply", "--auto-approve", "--api-url", emulator.url, "--token-file",
                     token, bare])
            csvs = sorted(os.path.join(data, "manifests", name) for name in os.listdir(os.path.join(data, "manifests"))
                          if name.endswith(".csv"))
            measure([sys.executable, SCRIPT, "--apply", "--api-url", emulator.url, "--token-file", token] + csvs)
    finally:
        emulator.stop()
    open(done, "w").close()
    return database


def floor(args, latency):
    pages = args.campaigns * max(1, math.ceil(args.contacts / 200))
    requests = pages + math.ceil(args.campaigns / 200) + 2
    rounds = max(2, math.ceil(requests / args.parallelism))
    return requests, rounds * latency / 1000


def row(scenario, latency, measured, args, script_wall=None):
    wall, cpu, peak, _ = measured
    contacts = args.campaigns * args.contacts
    requests, bound = floor(args, latency)
    line = {"scenario": f"{scenario}, {args.campaigns}×{args.contacts}, {latency} ms, P={args.parallelism}",
            "min_requests": requests, "wall_s": wall, "cpu_s": cpu, "peak_mib": peak,
            "cpu_us_per_contact": cpu * 1e6 / contacts, "peak_bytes_per_contact": peak * 1048576 / contacts}
    if bound:
        line["lower_bound_s"], line["lower_bound"] = bound, "read floor: max(2, ceil(requests ÷ P)) × latency"
    if script_wall:
        line["vs_script"] = script_wall / wall
    return line


def main():
    parser = argparse.ArgumentParser(description="campaignctl plan at scale beside a sequential script")
    parser.add_argument("--campaigns", type=int, default=10)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--latency", type=int, nargs="+", default=[0, 50])
    parser.add_argument("--parallelism", type=int, default=16)
    parser.add_argument("--changed", type=float, default=1.0, help="percent of contacts changed in the second plan")
    parser.add_argument("--no-script", action="store_true", help="leave out the sequential script (10M runs)")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"))
    parser.add_argument("--data", default=os.path.join(ROOT, ".build", "bench-data"))
    args = parser.parse_args()
    binaries = {name: os.path.join(args.bin, name) for name in ("campaignctl", "anyreach-emulator")}
    data = os.path.join(args.data, f"scale-{args.campaigns}x{args.contacts}")
    database = seed(args, binaries, data)
    changed = os.path.join(data, "changed")
    if not os.path.exists(os.path.join(changed, "configurations.yaml")):
        write_manifests(changed, args.campaigns, args.contacts, changed_every=max(1, round(100 / args.changed)))
    token = os.path.join(data, "token")
    lines = []
    for latency in args.latency:
        emulator = Emulator(binaries["anyreach-emulator"], database, latency)
        try:
            # One untimed plan first: the emulator's first pass over a database it just opened
            # reads it from disk, which would be timed against the first plan only.
            measure([binaries["campaignctl"], "plan", "--api-url", emulator.url, "--token-file", token,
                     "--parallelism", str(args.parallelism), os.path.join(data, "manifests")], "No changes")
            for scenario, manifests, expected in (("no change", "manifests", "No changes"),
                                                  (f"{args.changed:g}% changed", "changed", "to change")):
                directory = os.path.join(data, manifests)
                plan = measure([binaries["campaignctl"], "plan", "--api-url", emulator.url, "--token-file", token,
                                "--parallelism", str(args.parallelism), directory], expected)
                script = None
                if not args.no_script:
                    csvs = sorted(os.path.join(directory, name) for name in os.listdir(directory)
                                  if name.endswith(".csv"))
                    script = measure([sys.executable, SCRIPT, "--api-url", emulator.url, "--token-file", token]
                                     + csvs, "would apply")
                    lines.append({"scenario": f"sequential script: {scenario}, {args.campaigns}×{args.contacts}, "
                                  f"{latency} ms", "wall_s": script[0], "cpu_s": script[1], "peak_mib": script[2]})
                lines.append(row(f"campaignctl plan: {scenario}", latency, plan, args, script and script[0]))
        finally:
            emulator.stop()
    for line in lines:
        print(f"BENCH {json.dumps(line)}")


if __name__ == "__main__":
    main()
