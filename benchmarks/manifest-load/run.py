#!/usr/bin/env python3
"""Benchmark: `campaignctl validate` on 100,000 contacts from CSV and from YAML, and 1,000,000 from CSV.

Not a test: it measures and reports. Standard library only (plus Swift and /usr/bin/time):

    python3 benchmarks/manifest-load/run.py [--binary PATH] [--skip-1m] [--keep] [--repeat N]

It generates, in a temporary directory, one manifest directory per scenario (a configuration, a
campaign whose `contacts_files` names the generated CSV or YAML contacts file), builds
`campaignctl` in release (`swift build -c release --product campaignctl`, unless --binary is
given), and runs `campaignctl validate <dir>` under `/usr/bin/time -v` for wall time and peak
memory. Next to each it puts a floor: a throwaway package, generated here from the Swift source
below, that depends on the same Yams and CSV.swift releases and does nothing but parse the same
file (`Yams.compose(yaml:, .basic)` for YAML, CSV.swift's `CSVReader` over every row for CSV).
The ratio loader ÷ floor is how far the loader is above bare parsing. Exit status 0 unless a run
failed or validate reported errors.
"""

import json
import argparse
import glob
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

FLOOR_PACKAGE = """\
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "ParseFloor",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [.executableTarget(name: "parse-floor", dependencies: [
        .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
    ])]
)
"""

FLOOR_MAIN = """\
// Parses one file the way campaignctl's loader starts, and nothing more: the floor it is measured against.
import CSV
import Foundation
import Yams

let arguments = CommandLine.arguments
let (mode, path) = (arguments[1], arguments[2])
let start = Date()
let text = try String(contentsOfFile: path, encoding: .utf8)
var count = 0
if mode == "yaml" {
    let root = try Yams.compose(yaml: text, .basic)
    count = root?.mapping?["contacts"]?.sequence?.count ?? -1
} else {
    let reader = try CSVReader(string: text, hasHeaderRow: true)
    while reader.next() != nil { count += 1 }
}
print("parsed \\(count) contacts in \\(String(format: "%.3f", Date().timeIntervalSince(start))) s")
"""

FIRST = ["Ana", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "June", "Kofi", "Lena"]
PLANS = ["basic", "plus", "premium"]
ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Pacific/Honolulu", ""]
AREAS = ["212", "312", "415", "503", "617", "702", "808", "917"]


def phone(rng):
    area, exchange, line = rng.choice(AREAS), rng.randint(200, 999), rng.randint(0, 9999)
    return rng.choice([
        f"({area}) {exchange}-{line:04d}", f"{area}{exchange}{line:04d}", f"+1 {area} {exchange} {line:04d}",
        f"1-{area}-{exchange}-{line:04d}", f"{area}.{exchange}.{line:04d}", f"001{area}{exchange}{line:04d}",
    ])


def contact(rng, index):
    """One contact's fields; every tenth has a second number, a scheduled call and a quoted name."""
    name = rng.choice(FIRST) + (", Jr." if index % 10 == 3 else "")
    return {
        "id": f"lead-{index:07d}", "name": name, "mobile": phone(rng),
        "home": phone(rng) if index % 10 == 0 else "", "timezone": rng.choice(ZONES), "plan": rng.choice(PLANS),
        "amount": f"{rng.uniform(10, 999):.2f}", "renew": rng.choice(["true", "false"]),
        "scheduled": f"2027-0{1 + index % 9}-1{index % 10}T09:30:00Z" if index % 10 == 5 else "",
    }


def csv_cell(value):
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value


def write_csv(path, count, seed):
    rng = random.Random(seed)
    keys = ["id", "name", "mobile", "home", "timezone", "plan", "amount", "renew", "scheduled"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(keys) + "\r\n")
        for index in range(count):
            fields = contact(rng, index)
            out.write(",".join(csv_cell(fields[key]) for key in keys) + "\r\n")


def yaml_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_yaml(path, count, seed):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        out.write("contacts:\n")
        for index in range(count):
            c = contact(rng, index)
            phones = ", ".join(yaml_string(p) for p in [c["mobile"], c["home"]] if p)
            out.write(f"  - external_id: {c['id']}\n    phone_numbers: [{phones}]\n")
            if c["timezone"]:
                out.write(f"    timezone: {c['timezone']}\n")
            if c["scheduled"]:
                out.write(f"    scheduled_at: {c['scheduled']}\n")
            out.write(f"    data: {{first_name: {yaml_string(c['name'])}, plan: {c['plan']}, "
                      f"amount: {c['amount']}, auto_renew: {c['renew']}}}\n")


MANIFEST = """\
configurations:
  business-hours:
    name: Business hours
    schedule:
      default_timezone: America/New_York
      default_windows:
        - {{days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00"}}
    agent: {{agent_id: agent-bench}}
campaigns:
  bench:
    name: Benchmark campaign
    configuration: business-hours
    contacts_files:
{entry}
"""

CSV_ENTRY = """\
      - path: contacts.csv
        columns:
          external_id: id
          phone_numbers: [mobile, home]
          timezone: timezone
          scheduled_at: scheduled
          data:
            first_name: name
            plan: plan
            amount: {column: amount, type: number}
            auto_renew: {column: renew, type: boolean}"""


def scenario(work, name, kind, count):
    directory = os.path.join(work, name)
    os.makedirs(directory)
    contacts = os.path.join(directory, "contacts." + kind)
    (write_csv if kind == "csv" else write_yaml)(contacts, count, seed=count)
    entry = CSV_ENTRY if kind == "csv" else "      - contacts.yaml"
    with open(os.path.join(directory, "manifest.yaml"), "w") as out:
        out.write(MANIFEST.format(entry=entry))
    return directory, contacts


def timed(command, cwd=None):
    """Runs under /usr/bin/time -v: (wall seconds, peak RSS in MiB, exit status, stdout)."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, capture_output=True, text=True)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    if result.returncode != 0:
        print(result.stderr[:2000], file=sys.stderr)
    return seconds, rss, result.returncode, result.stdout.strip() or "(no output)"


def best(repeat, command):
    """The fastest of `repeat` runs (the machine may be busy with other work)."""
    return min((timed(command) for _ in range(max(1, repeat))), key=lambda run: run[0])


def build_floor(work):
    package = os.path.join(work, "parse-floor")
    os.makedirs(os.path.join(package, "Sources", "parse-floor"))
    with open(os.path.join(package, "Package.swift"), "w") as out:
        out.write(FLOOR_PACKAGE)
    with open(os.path.join(package, "Sources", "parse-floor", "main.swift"), "w") as out:
        out.write(FLOOR_MAIN)
    print("building the parse floor (Yams and CSV.swift alone) in release…", flush=True)
    subprocess.run(["swift", "build", "-c", "release"], cwd=package, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(package, ".build", "release", "parse-floor")


def build_campaignctl():
    print("building campaignctl in release…", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "campaignctl"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return os.path.join(ROOT, ".build", "release", "campaignctl")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", help="a release campaignctl to measure instead of building one")
    parser.add_argument("--skip-1m", action="store_true", help="leave out the 1,000,000-contact CSV")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command; the fastest is reported")
    options = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("/usr/bin/time is missing: apt-get install time")
    work = tempfile.mkdtemp(prefix="campaignctl-bench-")
    try:
        binary = options.binary or build_campaignctl()
        floor = build_floor(work)
        plans = [("csv-100k", "csv", 100_000), ("yaml-100k", "yaml", 100_000)]
        if not options.skip_1m:
            plans.append(("csv-1m", "csv", 1_000_000))
        rows, failed = [], False
        for name, kind, count in plans:
            print(f"generating {name}…", flush=True)
            directory, contacts = scenario(work, name, kind, count)
            size = os.path.getsize(contacts) / 2 ** 20
            load = best(options.repeat, [binary, "validate", directory])
            base = best(options.repeat, [floor, kind, contacts])
            print(f"  validate: {load[3].splitlines()[-1]}\n  floor:    {base[3].splitlines()[0]}", flush=True)
            failed |= load[2] != 0 or base[2] != 0
            rows.append((name, count, size, load, base))
        report(rows)
        return 1 if failed else 0
    finally:
        if options.keep:
            print(f"files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
        # SwiftPM leaves lock files named after the floor package's path next to it.
        for lock in glob.glob(os.path.join(os.path.dirname(work), work.replace("/", "_") + "_*")):
            os.remove(lock)


def report(rows):
    print()
    print("| scenario | contacts | file MiB | validate s | validate peak MiB | floor s | floor peak MiB | time ÷ floor | memory ÷ floor |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, count, size, load, base in rows:
        print(f"| {name} | {count:,} | {size:.1f} | {load[0]:.2f} | {load[1]:.0f} | {base[0]:.2f} | {base[1]:.0f} "
              f"| {load[0] / base[0]:.2f}× | {load[1] / base[1]:.2f}× |")
    print("\nfloor: Yams.compose(yaml:, .basic) for YAML, CSV.swift reading every row for CSV, each reading the same file")
    for name, count, size, load, base in rows:
        # One line per scenario in the shape benchmarks/run-all.sh collects into one table.
        print("BENCH " + json.dumps({"scenario": f"validate {name}", "wall_s": load[0], "lower_bound_s": base[0],
                                      "lower_bound": "Yams/CSV.swift parse alone", "peak_mib": load[1]}))


if __name__ == "__main__":
    sys.exit(main())
