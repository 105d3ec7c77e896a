#!/usr/bin/env python3
"""Benchmark: `campaignctl apply` of 20 campaigns x 5,000 contacts, then of 1% changes.

Not a test: it measures and reports. Standard library only (plus Swift and /usr/bin/time):

    python3 benchmarks/apply/run.py [--bin-dir DIR] [--campaigns N] [--contacts N]
                                    [--latency-ms MS] [--parallelism P] [--keep]

It builds the release binaries (`swift build -c release`, unless --bin-dir names where they
are), generates in a temporary directory a manifest repository (one configuration, N active
campaigns, each with its contacts in a CSV file), starts `anyreach-emulator --latency-ms 50` on
a file database, and runs under `/usr/bin/time -v`:

1. the first apply (everything created), then
2. an apply after 1% of the contacts changed (their `tier` column), then
3. `plan --detailed-exitcode`, which must exit 0 (not timed).

For each apply it reports the requests the emulator answered (its `/_emulator/metrics`) against
the fewest the API allows, wall time against a lower bound, campaignctl's peak memory, and the
CPU time of campaignctl and of the emulator (which the latency-only bound leaves out):

- fewest requests: reads of the state the plan needs (the configuration list, the campaign
  pages, ceil(contacts / 200) contact pages of each existing campaign) plus writes (a create per
  new configuration and campaign, with up to 5,000 contacts inline on an active campaign's
  create, and ceil(changed / 1000) upserts per campaign);
- lower bound: max(longest dependency chain, fewest requests / parallelism) x latency. The
  chain of the first apply is list -> create configuration -> create campaign (3 round trips);
  of the change apply, list campaigns -> read contact pages -> upsert (3). At --latency-ms 0
  there is no such bound, and the BENCH lines' CPU and peak memory per contact are the figures
  to compare (a million contacts: --campaigns 10 --contacts 100000 --latency-ms 0
  --parallelism 16).

Exit status 0 unless a run failed.
"""

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "ak_local.emulator"
INLINE = 5000
UPSERT_BATCH = 1000
PAGE = 200
TIERS = ["gold", "silver", "bronze"]


def build(bin_dir):
    if bin_dir:
        return bin_dir
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=sys.stderr)
    return subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()


def contact_row(campaign, number, changed):
    tier = "platinum" if changed else TIERS[number % 3]
    return f"c{campaign:02d}-{number:05d},+1312{500 + number // 10000:03d}{number % 10000:04d},America/Chicago,{tier}\n"


def write_manifests(directory, campaigns, contacts, changed_every=None):
    """Writes the repository; with changed_every=k, every k-th contact of each campaign changes."""
    os.makedirs(os.path.join(directory, "contacts"), exist_ok=True)
    with open(os.path.join(directory, "configurations.yaml"), "w") as f:
        f.write("configurations:\n  standard:\n    name: Standard hours\n    agent:\n      agent_id: agent-bench\n")
    for c in range(campaigns):
        with open(os.path.join(directory, "contacts", f"c{c:02d}.csv"), "w") as f:
            f.write("id,phone,tz,tier\n")
            for n in range(contacts):
                f.write(contact_row(c, n, changed_every is not None and n % changed_every == 0))
    with open(os.path.join(directory, "campaigns.yaml"), "w") as f:
        f.write("campaigns:\n")
        for c in range(campaigns):
            f.write(f"  bench-{c:02d}:\n    name: Benchmark {c:02d}\n    configuration: standard\n    status: active\n"
                    f"    contacts_files:\n      - path: contacts/c{c:02d}.csv\n        columns:\n"
                    f"          external_id: id\n          phone_numbers: [phone]\n          timezone: tz\n"
                    f"          data:\n            tier: tier\n")


def start_emulator(bin_dir, work, latency):
    log = open(os.path.join(work, "emulator.out"), "w+")
    process = subprocess.Popen([os.path.join(bin_dir, "anyreach-emulator"), "--port", "0", "--db",
                                os.path.join(work, "db.sqlite"), "--latency-ms", str(latency)],
                               stdout=log, stderr=subprocess.DEVNULL)
    for _ in range(300):
        log.seek(0)
        match = re.search(r"listening on (http://\S+)", log.read())
        if match:
            return process, match.group(1)
        time.sleep(0.05)
    process.kill()
    sys.exit("anyreach-emulator did not start")


def metrics(base, reset=False):
    request = urllib.request.Request(base + "/_emulator/metrics", method="DELETE" if reset else "GET")
    with urllib.request.urlopen(request) as response:
        body = response.read()
    if reset:
        return None
    entries = [e for e in json.loads(body)["requests"] if not e["route"].startswith("/_emulator")]
    reads = sum(e["count"] for e in entries if e["method"] == "GET")
    return reads, sum(e["count"] for e in entries) - reads


def cpu_seconds(pid):
    """User + system CPU time a live process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def campaignctl(bin_dir, work, base, arguments, parallelism):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANYREACH_")}
    env.update(ANYREACH_TOKEN=TOKEN, NO_COLOR="1")
    command = ["/usr/bin/time", "-v", os.path.join(bin_dir, "campaignctl")] + arguments + [
        "--api-url", base, "--parallelism", str(parallelism)]
    started = time.monotonic()
    result = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    cpu = sum(float(m) for m in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", result.stderr))
    return result, wall, int(peak.group(1)) / 1024 if peak else float("nan"), cpu


def timed_apply(bin_dir, work, base, parallelism, label, emulator):
    metrics(base, reset=True)
    emulator_before = cpu_seconds(emulator.pid)
    result, wall, peak, cpu = campaignctl(bin_dir, work, base, ["apply", "--auto-approve", "manifests/"], parallelism)
    emulator_cpu = cpu_seconds(emulator.pid) - emulator_before
    summary = [line for line in result.stdout.splitlines() if line.startswith("Apply:")]
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-2000:] + result.stderr[-4000:])
        sys.exit(f"{label}: apply exited {result.returncode}")
    reads, writes = metrics(base)
    return dict(label=label, reads=reads, writes=writes, wall=wall, peak=peak, cpu=cpu, emulator_cpu=emulator_cpu,
                summary=summary[-1] if summary else "")


def minimum_first(campaigns, contacts):
    reads = 1 + 1  # the configuration list, one page of (no) campaigns
    writes = 1 + campaigns + campaigns * math.ceil(max(0, contacts - INLINE) / UPSERT_BATCH)
    return reads, writes, 3


def minimum_change(campaigns, contacts, changed_per_campaign):
    reads = 1 + math.ceil(campaigns / PAGE) + campaigns * math.ceil(contacts / PAGE)
    writes = campaigns * math.ceil(changed_per_campaign / UPSERT_BATCH)
    return reads, writes, 3


def row(run, minimum, parallelism, latency):
    fewest = minimum[0] + minimum[1]
    bound = max(minimum[2], fewest / parallelism) * latency / 1000
    made = run["reads"] + run["writes"]
    over_bound = f"{run['wall'] / bound:.1f}x" if bound else "–"  # at 0 ms there is no latency bound
    return (f"| {run['label']} | {made} ({run['reads']} reads + {run['writes']} writes) | {fewest} ({minimum[0]} + {minimum[1]}) "
            f"| {made / fewest:.2f}x | {run['wall']:.2f} s | {bound:.2f} s | {over_bound} | {run['peak']:.0f} MiB "
            f"| {run['cpu']:.1f} s | {run['emulator_cpu']:.1f} s |")


def bench_line(run, minimum, args):
    """The `BENCH {json}` line benchmarks/run-all.sh collects into its one table."""
    fewest = minimum[0] + minimum[1]
    return "BENCH " + json.dumps({
        "scenario": f"apply {args.campaigns}×{args.contacts}, {run['label']}", "requests": run["reads"] + run["writes"],
        "min_requests": fewest, "wall_s": run["wall"],
        "lower_bound_s": max(minimum[2], fewest / args.parallelism) * args.latency_ms / 1000,
        "lower_bound": f"apply: max(3, fewest requests ÷ {args.parallelism}) × {args.latency_ms} ms",
        "cpu_s": run["cpu"], "peak_mib": run["peak"],
        "cpu_us_per_contact": run["cpu"] * 1e6 / (args.campaigns * args.contacts),
        "peak_bytes_per_contact": run["peak"] * 1048576 / (args.campaigns * args.contacts)}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin-dir", help="directory holding release campaignctl and anyreach-emulator (skips the build)")
    parser.add_argument("--campaigns", type=int, default=20)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--parallelism", type=int, default=8)
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if not os.path.exists("/usr/bin/time"):
        sys.exit("/usr/bin/time is missing (apt-get install -y time)")

    bin_dir = build(args.bin_dir)
    work = tempfile.mkdtemp(prefix="campaignctl-apply-bench-")
    emulator = None
    try:
        write_manifests(os.path.join(work, "manifests"), args.campaigns, args.contacts)
        emulator, base = start_emulator(bin_dir, work, args.latency_ms)
        first = timed_apply(bin_dir, work, base, args.parallelism, "first apply", emulator)
        every = 100  # 1% of the contacts change
        write_manifests(os.path.join(work, "manifests"), args.campaigns, args.contacts, changed_every=every)
        change = timed_apply(bin_dir, work, base, args.parallelism, "1% changed", emulator)
        plan, _, _, _ = campaignctl(bin_dir, work, base, ["plan", "--detailed-exitcode", "manifests/"], args.parallelism)

        total = args.campaigns * args.contacts
        print(f"\n{args.campaigns} campaigns x {args.contacts} contacts ({total} in all), latency {args.latency_ms} ms, "
              f"parallelism {args.parallelism}, release binaries in {bin_dir}\n")
        print("| apply | requests made | fewest the API allows | ratio | wall | lower bound | ratio | peak memory "
              "| campaignctl CPU | emulator CPU |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        print(row(first, minimum_first(args.campaigns, args.contacts), args.parallelism, args.latency_ms))
        changed = math.ceil(args.contacts / every)
        print(row(change, minimum_change(args.campaigns, args.contacts, changed), args.parallelism, args.latency_ms))
        print(f"\n{first['summary']}\n{change['summary']}\nplan afterwards: exit {plan.returncode} (0 = no changes)")
        print(bench_line(first, minimum_first(args.campaigns, args.contacts), args))
        print(bench_line(change, minimum_change(args.campaigns, args.contacts, changed), args))
        return 0 if plan.returncode == 0 else 1
    finally:
        if emulator:
            emulator.terminate()
            emulator.wait()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
