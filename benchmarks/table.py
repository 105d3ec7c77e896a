#!/usr/bin/env python3
"""Reads `BENCH` JSON lines on stdin and prints them as one markdown table."""
import json
import sys


def ratio(value, bound):
    if value is None or not bound:
        return ""
    return f"{value / bound:.2f}×"


def main() -> None:
    rows = [json.loads(line) for line in sys.stdin if line.strip()]
    print("| scenario | requests | minimum | requests ÷ minimum | wall s | lower bound s | wall ÷ bound | CPU s "
          "| peak MiB | CPU µs/contact | peak bytes/contact | × faster than the script |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        cells = [row.get("scenario", "?"), row.get("requests", ""), row.get("min_requests", ""),
                 ratio(row.get("requests"), row.get("min_requests")),
                 f"{row['wall_s']:.3f}" if "wall_s" in row else "",
                 f"{row['lower_bound_s']:.3f}" if row.get("lower_bound_s") else "",
                 ratio(row.get("wall_s"), row.get("lower_bound_s")),
                 f"{row['cpu_s']:.2f}" if "cpu_s" in row else "",
                 f"{row['peak_mib']:.0f}" if "peak_mib" in row else "",
                 f"{row['cpu_us_per_contact']:.2f}" if "cpu_us_per_contact" in row else "",
                 f"{row['peak_bytes_per_contact']:.0f}" if "peak_bytes_per_contact" in row else "",
                 f"{row['vs_script']:.1f}×" if "vs_script" in row else ""]
        print("| " + " | ".join(str(cell) for cell in cells) + " |")
    bounds = sorted({row["lower_bound"] for row in rows if row.get("lower_bound")})
    if bounds:
        print("\nlower bounds: " + "; ".join(bounds))


if __name__ == "__main__":
    main()
