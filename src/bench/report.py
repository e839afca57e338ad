#!/usr/bin/env python3
"""Gathers one benchmark run into target/bench/results.json and results.md (called by src/bench/run.sh).

Reads Gatling's statistics table (index.html of the report: Gatling 3.14 writes no stats.json), the
probe's statement counts (probe.json, written by ApiMixSimulation), /bench/metrics before and after
the run, the heap and RSS samples (memory.tsv), the start-up times, the search index's build at start-up
(index-build.json: /bench/metrics right after that start-up) and size on disk (index-bytes.txt), the mixed
scenario's partner requests alone and under the heavy load with the OVERLOADED (429) answers counted by the
simulation (overloaded.json), and checks the issues' targets.
"""
import argparse
import collections
import datetime
import html.parser
import json
import os
import platform
import re
import subprocess
import time

MIB = 1024 * 1024
COLUMNS = ["count", "ok", "ko", "koPercent", "countPerSecondOverRun", "min", "p50", "p75", "p95", "p99", "max",
           "mean", "stdDev"]


class StatisticsTable(html.parser.HTMLParser):
    """The rows of Gatling's statistics table: the request's name, then the 13 numbers of its row."""

    def __init__(self):
        super().__init__()
        self.rows = []
        self._row = None
        self._in_name = False
        self._in_value = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "tr" and attrs.get("id"):
            self._row = {"name": None, "values": []}
        elif self._row is not None and tag == "span" and "ellipsed-name" in classes:
            self._in_name = True
        elif self._row is not None and tag == "td" and "value" in classes:
            self._in_value = True

    def handle_endtag(self, tag):
        if tag == "tr" and self._row is not None:
            if self._row["name"] and len(self._row["values"]) == len(COLUMNS):
                self.rows.append(self._row)
            self._row = None
        elif tag == "span":
            self._in_name = False
        elif tag == "td":
            self._in_value = False

    def handle_data(self, data):
        if self._in_name:
            self._row["name"] = data.strip()
        elif self._in_value:
            text = data.strip()
            self._row["values"].append(float(text) if re.fullmatch(r"-?[0-9.]+", text) else None)


def requests_of(report_dir):
    parser = StatisticsTable()
    with open(os.path.join(report_dir, "index.html"), encoding="utf-8") as page:
        parser.feed(page.read())
    requests = []
    for row in parser.rows:
        match = re.fullmatch(r"(.+) @(\S+)", row["name"])
        if not match:
            continue  # "All Requests"
        stats = dict(zip(COLUMNS, row["values"]))
        requests.append({"request": match.group(1), "clients": match.group(2), **stats})
    return requests


def read_json(path):
    try:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    except (OSError, ValueError):
        return None


def memory_of(path):
    rss, heap_used, heap_committed = [], [], []
    try:
        with open(path, encoding="utf-8") as file:
            next(file)
            for line in file:
                parts = line.rstrip("\n").split("\t")
                if len(parts) > 1 and parts[1]:
                    rss.append(int(parts[1]) * 1024)
                if len(parts) > 3 and parts[2] and parts[3]:
                    heap_used.append(int(parts[2]))
                    heap_committed.append(int(parts[3]))
    except (OSError, StopIteration):
        pass
    mib = lambda values: round(max(values) / MIB, 1) if values else None
    return {"samples": len(rss), "rssPeakMiB": mib(rss), "rssLastMiB": round(rss[-1] / MIB, 1) if rss else None,
            "heapUsedPeakMiB": mib(heap_used), "heapCommittedPeakMiB": mib(heap_committed)}


def command_output(*command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=20)
        return (result.stdout + result.stderr).strip()
    except (OSError, subprocess.SubprocessError):
        return None


def cpu_calibration():
    """Seconds one core takes for a fixed loop, after the run: the same "2 cores" differ from day to day and
    host to host (a virtual machine's neighbours), so runs are compared with this figure beside them."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return round(time.perf_counter() - start, 2)


def machine():
    cpu = None
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as file:
            cpu = next((line.split(":", 1)[1].strip() for line in file if line.startswith("model name")), None)
    except OSError:
        pass
    memory = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as file:
            kib = next(int(line.split()[1]) for line in file if line.startswith("MemTotal"))
            memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    java = command_output("java", "-version")
    database = command_output("mysql", "--protocol=TCP", "-h", os.environ.get("MYSQL_HOST", "127.0.0.1"),
                              "-uroot", "-N", "-e", "SELECT VERSION()")
    # The machine may be shared: its load over the last 1, 5 and 15 minutes, when the run ended.
    load = [round(x, 2) for x in os.getloadavg()]
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory": memory, "os": platform.platform(), "loadAverage": load,
            "cpuCalibrationSeconds": cpu_calibration(),
            "java": java.splitlines()[0] if java else None,
            "database": database.splitlines()[-1] if database else None}


def search_index_of(out):
    """The mass indexer's build at start-up (documents per second) and the index's bytes on disk, as run.sh
    recorded them; the build is None when the index was found current (e.g. --keep-data)."""
    build = (read_json(os.path.join(out, "index-build.json")) or {}).get("searchIndexBuild")
    if build:
        seconds = build["millis"] / 1000
        build = {"types": build["types"], "documents": build["documents"], "seconds": round(seconds, 1),
                 "documentsPerSecond": round(build["documents"] / seconds) if seconds else None}
    try:
        with open(os.path.join(out, "index-bytes.txt"), encoding="utf-8") as file:
            size = int(file.read().strip())
    except (OSError, ValueError):
        size = None
    return {"build": build, "bytesOnDisk": size, "directory": os.path.join(out, "search-index")}


def find(requests, request, clients):
    return next((r for r in requests if r["request"] == request and r["clients"] == clients), None)


MIXED_PHASES = ("alone", "loaded")


def mixed_of(requests, overloaded, partner_clients, heavy_clients):
    """The mixed scenario (issue 16): each partner request's percentiles alone and while the heavy clients run,
    the ratio of its p99s, and the heavy requests under that load; None when the run left it out."""
    if not partner_clients:
        return None
    rows = {}
    for r in requests:
        if r["clients"] not in MIXED_PHASES:
            continue
        row = rows.setdefault(r["request"], {"request": r["request"]})
        row[r["clients"]] = {k: r[k] for k in ("count", "ko", "p50", "p95", "p99", "max", "throughput")}
        row.setdefault("overloaded", {})[r["clients"]] = (overloaded or {}).get(f"{r['request']} @{r['clients']}", 0)
    for row in rows.values():
        alone, loaded = row.get("alone"), row.get("loaded")
        row["p99Ratio"] = round(loaded["p99"] / alone["p99"], 2) if alone and loaded and alone["p99"] else None
    return {"partnerClients": partner_clients, "heavyClients": heavy_clients,
            "requests": sorted(rows.values(), key=lambda row: row["request"]),
            "overloaded": overloaded or {}}


def targets(requests, probe, memory, startup, search_index, clients, duration, mixed=None):
    levels = [c for c in clients.split(",") if c]
    checks = []

    graphql, baseline = find(requests, "dashboard-graphql", "16"), find(requests, "dashboard-baseline", "16")
    if graphql and baseline and baseline["count"]:
        ratio = graphql["count"] / baseline["count"]
        checks.append(("GraphQL dashboard throughput ≥ 0.6 × the baseline's at 16 clients",
                       f"{ratio:.2f} × ({graphql['count'] / duration:.1f} vs {baseline['count'] / duration:.1f} req/s)",
                       ratio >= 0.6))
    else:
        checks.append(("GraphQL dashboard throughput ≥ 0.6 × the baseline's at 16 clients",
                       "not measured (" + ("no 16-client level" if "16" not in levels else "no baseline endpoint") + ")",
                       None))

    counts = (probe or {}).get("statementsPerRequest", {})
    ten, hundred = counts.get("labs-with-members-10"), counts.get("labs-with-members-100")
    checks.append(("SQL statements per request the same at page size 10 and 100",
                   f"{ten} at 10, {hundred} at 100 (joint labs with members and their organisations)"
                   if ten is not None else "not measured", (ten == hundred) if ten is not None else None))

    ratios = []
    for level in levels:
        first, deep = find(requests, "page-first", level), find(requests, "page-deep", level)
        if first and deep and first["p50"]:
            ratios.append((level, deep["p50"] / first["p50"], first["p50"], deep["p50"]))
    depth = (probe or {}).get("deepOffsetReached")
    if ratios:
        worst = max(ratios, key=lambda r: r[1])
        checks.append(("The deep page within 1.5 × the first page's latency",
                       f"p50 {worst[3]:.0f} vs {worst[2]:.0f} ms at {worst[0]} clients ({worst[1]:.2f} ×, worst level;"
                       f" {depth} rows deep, {(probe or {}).get('deepPageRows')} rows on the page)", worst[1] <= 1.5))
    else:
        checks.append(("The deep page within 1.5 × the first page's latency", "not measured", None))

    at64 = [r for r in requests if r["clients"] == "64"]
    if at64:
        errors = int(sum(r["ko"] or 0 for r in at64))
        checks.append(("Zero errors at 64 clients", f"{errors} errors in {int(sum(r['count'] for r in at64))} requests",
                       errors == 0))
    else:
        checks.append(("Zero errors at 64 clients", "not measured (no 64-client level)", None))

    rss = memory.get("rssPeakMiB")
    checks.append(("RSS under 600 MB", f"{rss} MiB peak" if rss else "not measured",
                   (rss * MIB < 600e6) if rss else None))

    embedded = startup.get("embeddedSeconds")
    checks.append(("Start-up on the embedded default under 10 s", f"{embedded} s" if embedded else "not measured",
                   (embedded < 10) if embedded else None))

    # Issue 15: search on an engine.
    search = find(requests, "filtered-search", "1")
    checks.append(("Filtered search p50 ≤ 50 ms at 1 client", f"{search['p50']:.0f} ms" if search else "not measured",
                   (search["p50"] <= 50) if search else None))
    search = find(requests, "filtered-search", "16")
    checks.append(("Filtered search p99 ≤ 500 ms at 16 clients",
                   f"{search['p99']:.0f} ms" if search else "not measured (no 16-client level)",
                   (search["p99"] <= 500) if search else None))
    search = find(requests, "filtered-search", "64")
    checks.append(("Filtered search without errors or time-outs at 64 clients",
                   f"{int(search['ko'])} errors in {int(search['count'])} requests" if search
                   else "not measured (no 64-client level)", (search["ko"] == 0) if search else None))
    build = search_index["build"]
    checks.append(("Search index built at ≥ 20,000 documents/s",
                   f"{build['documentsPerSecond']:,} documents/s ({build['documents']:,} in {build['seconds']} s)"
                   if build and build["documentsPerSecond"] else "not measured (no build at start-up)",
                   (build["documentsPerSecond"] >= 20_000) if build and build["documentsPerSecond"] else None))

    # Issue 16: statistics fast at any size, and heavy work fenced off from partners.
    statistics = find(requests, "statistics", "1")
    checks.append(("Statistics p50 ≤ 300 ms at 1 client", f"{statistics['p50']:.0f} ms" if statistics else "not measured",
                   (statistics["p50"] <= 300) if statistics else None))
    statistics = find(requests, "statistics", "64")
    checks.append(("Statistics: 0 errors at 64 clients",
                   f"{int(statistics['ko'])} errors in {int(statistics['count'])} requests" if statistics
                   else "not measured (no 64-client level)", (statistics["ko"] == 0) if statistics else None))
    for request, what in (("partner-dashboard", "the dashboard keeps"), ("partner-node", "`node` look-ups keep")):
        target = f"While {mixed['heavyClients'] if mixed else 64} clients run statistics and search, {what} p99 within 2 × alone"
        row = next((r for r in (mixed or {}).get("requests", []) if r["request"] == request), None)
        if row and row.get("p99Ratio") is not None:
            checks.append((target, f"{row['p99Ratio']:.2f} × (p99 {row['loaded']['p99']:.0f} vs {row['alone']['p99']:.0f} ms,"
                                   f" {mixed['partnerClients']} partner clients; {int(row['loaded']['ko'])} errors loaded)",
                           row["p99Ratio"] <= 2 and row["loaded"]["ko"] == 0))
        else:
            checks.append((target, "not measured (no mixed scenario)", None))
    return [{"target": t, "measured": m, "met": met} for t, m, met in checks]


def cpu_of(path, phases, requests):
    """The app's CPU milliseconds per phase (cpu.tsv: epoch ms, utime + stime ticks, ticks per second; the ticks
    at a phase's start and end interpolated between the samples around them) and per request of the phase (all
    its requests, whatever their name: the mix's phase counts the mix's seven)."""
    samples = []
    try:
        with open(path, encoding="utf-8") as file:
            next(file)
            for line in file:
                parts = line.split()
                if len(parts) == 3:
                    samples.append((int(parts[0]), int(parts[1]), int(parts[2])))
    except (OSError, StopIteration, ValueError):
        pass
    if len(samples) < 2 or not phases:
        return {}

    def ticks_at(millis):
        for (t0, c0, _), (t1, c1, _) in zip(samples, samples[1:]):
            if t0 <= millis <= t1:
                return c0 + (c1 - c0) * (millis - t0) / (t1 - t0) if t1 > t0 else c0
        return None

    per_second = samples[0][2]
    result = {}
    for phase, window in phases.items():
        level = phase.rsplit(" @", 1)[-1]
        start, end = ticks_at(window["startMillis"]), ticks_at(window["endMillis"])
        count = sum(r["count"] for r in requests if r["clients"] == level and phase_of(r["request"], level) == phase)
        if start is None or end is None or not count:
            continue
        cpu_ms = (end - start) * 1000 / per_second
        result[phase] = {"seconds": round((window["endMillis"] - window["startMillis"]) / 1000, 1),
                         "requests": int(count), "cpuMs": round(cpu_ms),
                         "cpuMsPerRequest": round(cpu_ms / count, 2)}
    return result


# The code a CPU sample is spent for: the innermost frame of its stack that belongs to one of these (async-profiler's
# collapsed stacks: Java frames as package/Class.method), so that the JDK's collections and the kernel's calls count
# for the library that called them; a stack with none of them is the JDK's alone, or the JVM's own threads (the
# garbage collector, the JIT compilers) and the kernel.
CODE_OF = [("this project", ("org/gba/",)), ("Hibernate", ("org/hibernate/",)),
           ("graphql-java", ("graphql/", "org/dataloader/")), ("Spring", ("org/springframework/",)),
           ("Connector/J", ("com/mysql/",)), ("Jackson", ("tools/jackson/", "com/fasterxml/")),
           ("Lucene", ("org/apache/lucene/",)), ("Tomcat", ("org/apache/",)), ("Reactor", ("reactor/",)),
           ("Micrometer", ("io/micrometer/",)), ("HikariCP", ("com/zaxxer/",)),
           ("datasource-proxy (the benchmark's statement counter)", ("net/ttddyy/",))]
JDK = ("java/", "jdk/", "sun/")


def code_of(frames):
    for frame in reversed(frames):
        for name, prefixes in CODE_OF:
            if frame.startswith(prefixes):
                return name
    if any(frame.startswith(JDK) for frame in frames):
        return "the JDK alone"
    return "the JVM's own threads (GC, JIT) and the kernel"


def profile_of(out, phases, clients, converter):
    """The CPU profile of the GraphQL dashboard (run.sh --profile): the 10 s windows of async-profiler that lie
    (to the second) inside the dashboard's phase at 16 clients (or the most clients below 16, or the fewest above), merged; their
    flame graph (profile-dashboard.html) and the share of samples by the code they were spent for (code_of) and by
    innermost frame."""
    directory = os.path.join(out, "profile")
    if not os.path.isdir(directory):
        return None
    levels = [int(c) for c in clients.split(",") if c.strip().isdigit()]
    below = [c for c in levels if c <= 16]
    level = max(below) if below else (min(levels) if levels else None)
    window = phases.get(f"dashboard-graphql @{level}")
    if not window:
        return None
    chosen = []
    for name in sorted(os.listdir(directory)):
        # async-profiler names each window's file by the time it writes it: the window's end (to the second).
        try:
            ended = datetime.datetime.strptime(name.split(".")[0], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        end_ms = ended.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000
        if window["startMillis"] - 1_000 <= end_ms - 10_000 and end_ms <= window["endMillis"]:
            chosen.append(os.path.join(directory, name))
    stacks = collections.Counter()
    for path in chosen:
        with open(path, encoding="utf-8", errors="replace") as file:
            for line in file:
                stack, _, count = line.rstrip("\n").rpartition(" ")
                if stack and count.isdigit():
                    stacks[stack] += int(count)
    total = sum(stacks.values())
    if not total:
        return None
    merged = os.path.join(out, "profile-dashboard.collapsed")
    with open(merged, "w", encoding="utf-8") as file:
        for stack, count in stacks.items():
            file.write(f"{stack} {count}\n")
    if converter:
        subprocess.run(["java", "-jar", converter, merged, os.path.join(out, "profile-dashboard.html")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    by_code, by_frame = collections.Counter(), collections.Counter()
    for stack, count in stacks.items():
        frames = stack.split(";")
        by_frame[frames[-1]] += count
        by_code[code_of(frames)] += count
    share = lambda count: round(100 * count / total, 1)
    return {"phase": f"dashboard-graphql @{level}", "windows": len(chosen), "samples": total,
            "byCode": [[code, share(count)] for code, count in by_code.most_common()],
            "topFrames": [[frame, share(count)] for frame, count in by_frame.most_common(15)]}


def phase_of(request, level):
    """The simulation's phase (phases.json) in which a request of this name and level runs."""
    if request.startswith(("dashboard-graphql", "dashboard-baseline")):
        return f"{request} @{level}"
    if request.startswith(("partner-", "heavy-")):
        return f"mixed @{level}"
    return f"mix @{level}"


def markdown(results):
    run, lines = results["run"], []
    m = run["machine"]
    lines.append(f"Run of {run['date']}: SF {run['sf']}, clients {run['clients']}, {run['durationSeconds']} s per phase "
                 f"after a {run['warmUpSeconds']} s warm-up, app JVM `{run['javaOpts']}`. Machine: {m['cpus']} × {m['cpu']}, "
                 f"{m['memory']}, {m['java']}, MariaDB/MySQL {m['database']}; load average at the end "
                 f"{' / '.join(str(x) for x in m['loadAverage'])} (1 / 5 / 15 min); CPU calibration "
                 f"{m.get('cpuCalibrationSeconds')} s (a fixed Python loop on one core, lower is faster).")
    lines.append("")
    lines.append("| request | clients | requests | req/s | app CPU ms / request (phase) | p50 ms | p95 ms | p99 ms "
                 "| errors | SQL statements / request |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    cpu = results.get("cpu", {})
    statements = results["statements"]["perRequest"]
    for r in results["requests"]:
        if r["clients"] == "warm-up" or r["clients"] in MIXED_PHASES:
            continue
        count = statements.get(r["request"])
        phase_cpu = cpu.get(phase_of(r["request"], r["clients"]), {}).get("cpuMsPerRequest")
        lines.append(f"| {r['request']} | {r['clients']} | {int(r['count'])} | {r['throughput']:.1f} "
                     f"| {'' if phase_cpu is None else phase_cpu} | {r['p50']:.0f} "
                     f"| {r['p95']:.0f} | {r['p99']:.0f} | {int(r['ko'])} | {'' if count is None else count} |")
    overall = results["statements"]["overall"]
    shown = lambda value, unit: "not measured" if value is None else f"{value} {unit}"
    lines.append("")
    lines.append(f"Whole run: {overall['statements']} SQL statements for {overall['requests']} requests "
                 f"({overall['perRequest']} per request, set-up and probe included). "
                 f"Memory: RSS peak {shown(results['memory']['rssPeakMiB'], 'MiB')}, heap used peak "
                 f"{shown(results['memory']['heapUsedPeakMiB'], 'MiB')} "
                 f"(committed {shown(results['memory']['heapCommittedPeakMiB'], 'MiB')}). "
                 f"Start-up: {shown(results['startup']['mysqlSeconds'], 's')} on MariaDB with the bench profile, "
                 f"embedded default (`./mvnw spring-boot:run`) {shown(results['startup']['embeddedSeconds'], 's')}.")
    index = results["searchIndex"]
    build = index["build"]
    built = (f"built at start-up: {build['documents']:,} documents ({', '.join(build['types'])}) in "
             f"{build['seconds']} s, {build['documentsPerSecond']:,} documents/s" if build
             else "not built at this start-up (found current)")
    size = index["bytesOnDisk"]
    lines.append(f"Search index (Lucene, `{index['directory']}`): {built}; "
                 f"{'not measured' if size is None else f'{size:,} bytes ({size / MIB:.1f} MiB)'} on disk.")
    extra = {k: v for k, v in statements.items() if k.startswith("labs-with-members")}
    if extra:
        lines.append("Statements of a nested page alone: " + ", ".join(f"{k}: {v}" for k, v in extra.items()) + ".")
    mixed = results.get("mixed")
    if mixed:
        lines.append("")
        lines.append(f"Mixed scenario: {mixed['partnerClients']} partner clients (dashboard, then a `node` look-up) "
                     f"alone, then the same beside {mixed['heavyClients']} heavy clients (statistics, then filtered "
                     f"search), {run['durationSeconds']} s each. Errors include `OVERLOADED` (429) answers, counted apart.")
        lines.append("")
        lines.append("| request | alone: requests | p50 ms | p99 ms | errors | loaded: requests | p50 ms | p99 ms "
                     "| errors | of them OVERLOADED | p99 loaded / alone |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        cells = lambda stats: (f"{int(stats['count'])} | {stats['p50']:.0f} | {stats['p99']:.0f} | {int(stats['ko'])}"
                               if stats else " | | | ")
        for row in mixed["requests"]:
            ratio = row.get("p99Ratio")
            lines.append(f"| {row['request']} | {cells(row.get('alone'))} | {cells(row.get('loaded'))} "
                         f"| {row['overloaded'].get('loaded', 0)} | {'' if ratio is None else f'{ratio:.2f} ×'} |")
    profile = results.get("profile")
    if profile:
        lines.append("")
        lines.append(f"Profile of `{profile['phase']}` (async-profiler, CPU samples every 2 ms; {profile['windows']} "
                     f"windows of 10 s, {profile['samples']} samples; flame graph `profile-dashboard.html`), by the "
                     "code they were spent for (the innermost frame of a library; the JDK's own code counts for its "
                     "caller): "
                     + ", ".join(f"{code} {share} %" for code, share in profile["byCode"]) + ". Top frames:")
        lines.append("")
        lines.append("| innermost frame | share of samples |")
        lines.append("|---|---:|")
        for frame, share in profile["topFrames"]:
            lines.append(f"| `{frame}` | {share} % |")
    lines.append("")
    lines.append("| target | measured | met |")
    lines.append("|---|---|---|")
    for t in results["targets"]:
        met = {True: "yes", False: "**no**", None: "not measured"}[t["met"]]
        lines.append(f"| {t['target']} | {t['measured']} | {met} |")
    if str(run["sf"]) != "10":
        lines.append("")
        lines.append(f"The targets are set for SF 10; this run is at SF {run['sf']}.")
    return "\n".join(lines) + "\n"


def main():
    args = argparse.ArgumentParser()
    for name in ("--out", "--gatling", "--sf", "--clients", "--java-opts", "--mysql-startup", "--embedded-startup",
                 "--profile-converter"):
        args.add_argument(name, default="")
    args.add_argument("--duration", type=int, required=True)
    args.add_argument("--warm-up", type=int, default=0)
    args.add_argument("--partner-clients", type=int, default=0)
    args.add_argument("--heavy-clients", type=int, default=0)
    a = args.parse_args()

    requests = requests_of(a.gatling)
    for r in requests:
        seconds = a.warm_up if r["clients"] == "warm-up" else a.duration
        r["throughput"] = (r["count"] / seconds) if seconds else 0.0
    probe = read_json(os.path.join(a.out, "probe.json")) or {}
    before = read_json(os.path.join(a.out, "metrics-before.json")) or {}
    after = read_json(os.path.join(a.out, "metrics-after.json")) or {}
    statements = after.get("statements", 0) - before.get("statements", 0)
    served = after.get("requests", 0) - before.get("requests", 0)
    memory = memory_of(os.path.join(a.out, "memory.tsv"))
    number = lambda text: float(text) if text else None
    startup = {"mysqlSeconds": number(a.mysql_startup), "embeddedSeconds": number(a.embedded_startup)}

    results = {
        "run": {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "sf": a.sf,
                "clients": a.clients, "durationSeconds": a.duration, "warmUpSeconds": a.warm_up,
                "javaOpts": a.java_opts, "gatlingReport": os.path.join(a.gatling, "index.html"),
                "dashboardDocument": probe.get("dashboardDocument"), "baseline": probe.get("baseline"),
                "deepOffsetReached": probe.get("deepOffsetReached"), "pageSize": probe.get("pageSize"),
                "machine": machine()},
        "requests": requests,
        "statements": {"perRequest": probe.get("statementsPerRequest", {}),
                       "overall": {"statements": statements, "requests": served,
                                   "perRequest": round(statements / served, 2) if served else None}},
        "memory": memory,
        "startup": startup,
        "searchIndex": search_index_of(a.out),
    }
    try:
        with open(os.path.join(a.out, "generator.txt"), encoding="utf-8") as file:
            results["run"]["generator"] = file.read().strip() or None
    except OSError:
        results["run"]["generator"] = None
    results["cpu"] = cpu_of(os.path.join(a.out, "cpu.tsv"), read_json(os.path.join(a.out, "phases.json")) or {},
                            requests)
    results["profile"] = profile_of(a.out, read_json(os.path.join(a.out, "phases.json")) or {}, a.clients,
                                    a.profile_converter)
    results["mixed"] = mixed_of(requests, read_json(os.path.join(a.out, "overloaded.json")), a.partner_clients,
                                a.heavy_clients)
    results["targets"] = targets(requests, probe, memory, startup, results["searchIndex"], a.clients, a.duration,
                                 results["mixed"])
    with open(os.path.join(a.out, "results.json"), "w", encoding="utf-8") as file:
        json.dump(results, file, indent=2, ensure_ascii=False)
    with open(os.path.join(a.out, "results.md"), "w", encoding="utf-8") as file:
        file.write(markdown(results))


if __name__ == "__main__":
    main()
