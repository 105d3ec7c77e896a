"""Checks docs/manifest.schema.json against `campaignctl validate` with check-jsonschema.

1. Every example and test fixture YAML file that `campaignctl validate` accepts passes the schema.
2. Every probe of `manifest-schema --probes` (a wrong type, null, a value past a limit or
   `${VAR}`, for every key) applied to the complete fixture gets the same verdict from the
   validator and from the schema, and a refusal lands on the changed value in both.

Run by scripts/check-manifest-schema.sh, with the Python of the venv that holds check-jsonschema
(its ruamel.yaml finds where each value of the complete fixture is written).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs/manifest.schema.json"
COMPLETE = ROOT / "Tests/CampaignManifestTests/Fixtures/schema"
PROBED_FILES = {"manifest": "manifest.yaml", "contacts_file": "contacts.yaml"}
# The fixtures' variables, as Tests/CampaignManifestTests/Support/Fixtures.swift sets them, so
# that the `${VAR}` fixture is read with values too.
FIXTURE_ENVIRONMENT = {
    "CAMPAIGNCTL_TEAM": "blue-team",
    "CAMPAIGNCTL_AGENT": "agent-from-env",
    "CAMPAIGNCTL_PRIORITY": "7",
}


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--campaignctl", required=True)
    arguments.add_argument("--check-jsonschema", required=True)
    arguments.add_argument("--probes", required=True, help="the output of `manifest-schema --probes`")
    options = arguments.parse_args()
    checker = Checker(options.campaignctl, options.check_jsonschema)
    started = time.monotonic()
    failures = checker.check_metaschema()
    failures += checker.check_accepted_files()
    probes = [json.loads(line) for line in Path(options.probes).read_text().splitlines() if line]
    failures += checker.check_probes(probes)
    print(f"check-manifest-schema: {time.monotonic() - started:.1f} s", file=sys.stderr)
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    return 1 if failures else 0


class Checker:
    def __init__(self, campaignctl: str, check_jsonschema: str) -> None:
        self.campaignctl = campaignctl
        self.check_jsonschema = check_jsonschema

    def check_metaschema(self) -> list[str]:
        run = subprocess.run(
            [self.check_jsonschema, "--check-metaschema", str(SCHEMA)], capture_output=True, text=True
        )
        return [] if run.returncode == 0 else [f"{SCHEMA} is no valid JSON Schema:\n{run.stdout}{run.stderr}"]

    # 1. Files the validator accepts pass the schema.

    def check_accepted_files(self) -> list[str]:
        candidates = sorted(yaml_files(ROOT / "examples") + [f for d in fixture_roots() for f in yaml_files(d)])
        accepted = self.accepted(candidates)
        errors = self.schema_errors(accepted)
        print(
            f"{len(accepted)} of {len(candidates)} example and fixture YAML files pass `campaignctl validate`; "
            f"{len(accepted) - len(errors)} of them pass the schema",
            file=sys.stderr,
        )
        return [f"{relative(path)} passes `campaignctl validate` but not the schema: {schema_lines(messages)}"
                for path, messages in errors.items()]

    def accepted(self, files: list[Path]) -> list[Path]:
        """The files validate accepts alone or with the directories around them, up to the
        examples or a fixtures root (a campaign may name contacts files in a sibling directory):
        the files first, then the directories of those refused, and so on up."""
        tops = [ROOT / "examples", *fixture_roots()]
        units = {f: [f, *[d for d in f.parents if any(d == t or t in d.parents for t in tops)]] for f in files}
        for file, chain in units.items():
            # validate reads a contacts file only for a manifest that names it: alone, it passes unread.
            if is_contacts_file(file):
                chain.remove(file)
        verdicts: dict[Path, bool] = {}
        for level in range(max(map(len, units.values()), default=0)):
            pending = {u[level] for f, u in units.items() if level < len(u) and not any(verdicts.get(x) for x in u)}
            pending -= verdicts.keys()
            reports = self.validate_all([([unit], FIXTURE_ENVIRONMENT) for unit in sorted(pending)])
            verdicts.update({unit: report["valid"] for unit, report in zip(sorted(pending), reports)})
        return [f for f, u in units.items() if any(verdicts.get(x) for x in u)]

    # 2. Probes: both judge each change alike.

    def check_probes(self, probes: list[dict]) -> list[str]:
        fixture = CompleteFixture()
        with tempfile.TemporaryDirectory(prefix="manifest-schema-probes-") as scratch:
            cases = [fixture.write(probe, Path(scratch) / f"probe-{index:03}") for index, probe in enumerate(probes)]
            reports = self.validate_all([([case.directory], case.environment) for case in cases])
            schema = self.schema_errors([case.file for case in cases])
            failures = [failure for case, report in zip(cases, reports)
                        for failure in case.judge(report, schema.get(case.file, []))]
        counts: dict[str, int] = {}
        for probe in probes:
            counts[probe["reason"]] = counts.get(probe["reason"], 0) + 1
        summary = ", ".join(f"{count} {reason}" for reason, count in sorted(counts.items(), key=lambda i: -i[1]))
        print(f"{len(probes)} probes ({summary}); {len(probes) - len(failures)} judged alike", file=sys.stderr)
        return failures

    # The two judges.

    def validate_all(self, runs: list[tuple[list[Path], dict[str, str]]]) -> list[dict]:
        """Validate runs, one process a core: the only way to keep the manifests of runs apart."""
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            return list(pool.map(lambda run: self.validate(*run), runs))

    def validate(self, paths: list[Path], environment: dict[str, str]) -> dict:
        # Only the variables given: a CAMPAIGNCTL_ variable of the caller's mustn't change a verdict.
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAMPAIGNCTL_")} | environment
        run = subprocess.run(
            [self.campaignctl, "validate", "--format", "json", *map(str, paths)],
            capture_output=True, text=True, env=env,
        )
        if run.returncode not in (0, 1):
            raise SystemExit(f"campaignctl validate {paths} exited with {run.returncode}:\n{run.stderr}")
        return json.loads(run.stdout)

    def schema_errors(self, files: list[Path]) -> dict[Path, list[dict]]:
        """The schema's errors by file, from one run over all of them; files without are left out."""
        if not files:
            return {}
        run = subprocess.run(
            [self.check_jsonschema, "--schemafile", str(SCHEMA), "--output-format", "json", "-v", *map(str, files)],
            capture_output=True, text=True,
        )
        report = json.loads(run.stdout)
        errors: dict[Path, list[dict]] = {}
        for error in report.get("errors", []) + report.get("parse_errors", []):
            errors.setdefault(Path(error["filename"]), []).append(error)
        return errors


class CompleteFixture:
    """The complete fixture, parsed once: probes replace a value in its text, on the value's line,
    so that each change is one line of an otherwise unchanged file (and parsing isn't repeated)."""

    def __init__(self) -> None:
        yaml = YAML()  # round trip: it keeps each node's line and column
        self.lines = {name: (COMPLETE / name).read_text().split("\n") for name in PROBED_FILES.values()}
        self.documents = {name: yaml.load("\n".join(lines)) for name, lines in self.lines.items()}

    def write(self, probe: dict, directory: Path) -> "Case":
        name = PROBED_FILES[probe["file"]]
        location = resolve(self.documents[name], probe["path"])
        if location is None:
            raise SystemExit(f"probe path {probe['path']} is not in {relative(COMPLETE)}: add the key there")
        parent, key = container(self.documents[name], location)
        lines = self.lines[name]
        line, column = parent.lc.key(key) if isinstance(parent, dict) else parent.lc.item(key)
        # After `key:` in a mapping; where the item starts in a list (past its `- `).
        start = lines[line][: column + len(key) + 1] + " " if isinstance(parent, dict) else lines[line][:column]
        if isinstance(parent, dict) and not start.endswith(": "):
            raise SystemExit(f"{name}:{line + 1}: write `{key}:` plain, as `key: value`, for probes to find its value")
        environment = dict(FIXTURE_ENVIRONMENT)
        if "variable" in probe:
            environment[probe["variable"]] = scalar_text(parent[key])
        if "repeatFirstItem" in probe:
            item_line, item_column = parent[key].lc.item(0)
            value = "[" + ", ".join([lines[item_line][item_column:]] * probe["repeatFirstItem"]) + "]"
        else:
            value = probe["yaml"]
        changed = lines[:line] + [start + value] + lines[last_line(parent[key], line) + 1:]
        shutil.copytree(COMPLETE, directory)
        (directory / name).write_text("\n".join(changed))
        return Case(probe, directory, directory / name, location, line + 1, environment)


class Case:
    """A copy of the complete fixture with one probe applied, on one line."""

    def __init__(self, probe: dict, directory: Path, file: Path, location: list, line: int,
                 environment: dict[str, str]) -> None:
        self.probe, self.directory, self.file = probe, directory, file
        self.location, self.line, self.environment = location, line, environment

    def judge(self, report: dict, schema_errors: list[dict]) -> list[str]:
        expected = self.probe["expected"] == "accepted"
        name = f"{self.probe['file']} {'.'.join(map(str, self.location))} = {self.shown_value()} ({self.probe['reason']})"
        problems = []
        if report["valid"] != expected:
            problems.append(f"campaignctl validate {verdict(report['valid'])} it: {diagnostic_lines(report)}")
        elif not expected and not any(self.lands_here(d) for d in report["diagnostics"]):
            problems.append(f"campaignctl validate refused it elsewhere: {diagnostic_lines(report)}")
        if (not schema_errors) != expected:
            problems.append(f"the schema {verdict(not schema_errors)} it: {schema_lines(schema_errors)}")
        elif not expected and not any(within(p, json_path(self.location)) for p in error_paths(schema_errors)):
            problems.append(f"the schema refused it elsewhere: {schema_lines(schema_errors)}")
        return [f"{name}, expected {self.probe['expected']}: {problem}" for problem in problems]

    def lands_here(self, diagnostic: dict) -> bool:
        location = diagnostic.get("location") or {}
        return (diagnostic.get("severity") == "error" and Path(location.get("file", "")).name == self.file.name
                and location.get("line") == self.line)

    def shown_value(self) -> str:
        if "repeatFirstItem" in self.probe:
            return f"its first item {self.probe['repeatFirstItem']} times"
        value = self.probe["yaml"]
        return value if len(value) <= 20 else value[:17] + "..."


# YAML documents: paths with `*`, locations with keys and indices.

def resolve(node, path: list[str], location: list | None = None) -> list | None:
    """The concrete location (keys and indices) of the first value `path` leads to."""
    location = location or []
    if not path:
        return location
    first, rest = path[0], path[1:]
    if isinstance(node, dict):
        keys = list(node.keys()) if first == "*" else [first] if first in node else []
        children = [(key, node[key]) for key in keys]
    elif isinstance(node, list) and first == "*":
        children = list(enumerate(node))
    else:
        return None
    for step, child in children:
        found = resolve(child, rest, location + [step])
        if found is not None:
            return found
    return None


def container(document, location: list):
    node = document
    for step in location[:-1]:
        node = node[step]
    return node, location[-1]


def last_line(node, line: int) -> int:
    """The last (0-based) line of a value that starts on `line`: nested entries and items included."""
    lines = [line]
    if isinstance(node, dict):
        lines += [node.lc.value(k)[0] for k in node] + [last_line(v, line) for v in node.values()]
    elif isinstance(node, list):
        lines += [node.lc.item(i)[0] for i in range(len(node))] + [last_line(v, line) for v in node]
    return max(lines)


def scalar_text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def json_path(location: list) -> str:
    """The location as check-jsonschema prints paths: `$.campaigns.renewals.contacts[0]`."""
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in location)


# Files and messages.

def fixture_roots() -> list[Path]:
    return sorted(path for path in (ROOT / "Tests").glob("*/Fixtures") if path.is_dir())


def yaml_files(directory: Path) -> list[Path]:
    """The YAML files validate reads as manifests: not hidden, not environment definitions
    (`environments/`), and not overlays (`STEM.ENV.yaml`), which are partial by design and read
    only merged into their base (docs/environments.md)."""
    return [path for path in directory.rglob("*") if path.suffix in (".yaml", ".yml") and path.is_file()
            and not any(part.startswith(".") or part == "environments" for part in path.relative_to(directory).parts)
            and not is_overlay(path)]


def is_overlay(path: Path) -> bool:
    """Whether the file is `STEM.ENV.yaml` with ENV defined by the nearest `environments/` above it."""
    environment = Path(path.stem).suffix.lstrip(".")
    for directory in path.parents:
        definitions = directory / "environments"
        if definitions.is_dir():
            return bool(environment) and (definitions / f"{environment}.yaml").is_file()
        if directory == ROOT:
            return False
    return False


def is_contacts_file(path: Path) -> bool:
    """Whether the file's top level is `contacts:` alone, as the loader tells contacts files apart."""
    try:
        document = YAML(typ="safe", pure=True).load(path.read_text())
    except Exception:  # a file that doesn't parse is no contacts file to set aside
        return False
    return isinstance(document, dict) and list(document) == ["contacts"]


def relative(path: Path) -> str:
    return str(path.relative_to(ROOT)) if ROOT in path.parents else str(path)


def verdict(valid: bool) -> str:
    return "accepted" if valid else "refused"


def diagnostic_lines(report: dict) -> str:
    shown = [f"{(d.get('location') or {}).get('line', '?')}: {d['message']}" for d in report["diagnostics"][:3]]
    return "; ".join(shown) or "no diagnostics"


def within(path: str, ancestor: str) -> bool:
    return path == ancestor or path.startswith((ancestor + ".", ancestor + "["))


def error_paths(errors: list[dict]) -> list[str]:
    """Where the schema's errors are: each error's own path, and where the best of its
    alternatives (`anyOf`) failed, which is deeper."""
    return [path for e in errors for path in (e.get("path"), e.get("best_match", {}).get("path"),
                                              e.get("best_deep_match", {}).get("path")) if path]


def schema_lines(errors: list[dict]) -> str:
    shown = [f"{e.get('path', '')}: {e.get('best_deep_match', e)['message']}" for e in errors[:3]]
    return "; ".join(shown) or "no errors"


if __name__ == "__main__":
    sys.exit(main())
