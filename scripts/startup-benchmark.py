#!/usr/bin/env python3
"""Start-up benchmark: from `java -jar agora.jar` to the first `agora> ` prompt.

Runs the jar on a pseudo-terminal (so the interactive shell starts, as for a person),
times how long it takes until the prompt is printed, reads the process's RSS at that
moment (and, with --settle, again that many seconds later, when the background loading
is over), then leaves with Ctrl-D and waits for the exit. Each run gets its own data
directory: a new empty one, or a fresh copy of --store (never modified).

    scripts/startup-benchmark.py --jar target/agora.jar --runs 5
    scripts/startup-benchmark.py --jar target/agora.jar --runs 5 --store /tmp/ingest72

Needs python3 with pexpect. Prints one line per run and a summary (median, min-max).
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

import pexpect

JAVA = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"
PROMPT = "agora> "


def rss_mb(pid):
    """The resident set of the process and its children (the Launcher starts one JVM)."""
    total = 0
    for p in [pid] + children(pid):
        try:
            with open(f"/proc/{p}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total / 1024


def children(pid):
    found = []
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as listed:
            for child in listed.read().split():
                found.append(int(child))
                found.extend(children(int(child)))
    except FileNotFoundError:
        pass
    return found


def one_run(args, data):
    command = [args.java, "-jar", args.jar, f"--agora.data-dir={data}"]
    started = time.monotonic()
    shell = pexpect.spawn(command[0], command[1:], encoding="utf-8", timeout=args.timeout,
                          dimensions=(40, 160), env=dict(os.environ, TERM="xterm"))
    shell.expect_exact(PROMPT)
    seconds = time.monotonic() - started
    rss = rss_mb(shell.pid)
    settled = None
    if args.settle:
        time.sleep(args.settle)
        settled = rss_mb(shell.pid)
    shell.sendeof()
    shell.expect(pexpect.EOF, timeout=60)
    shell.close()
    return seconds, rss, settled


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default="target/agora.jar")
    parser.add_argument("--java", default=JAVA)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--store", help="a data dir to copy for each run (left unchanged)")
    parser.add_argument("--settle", type=float, default=0, help="also read RSS this many seconds after the prompt")
    parser.add_argument("--timeout", type=float, default=180)
    args = parser.parse_args()
    times, rsses = [], []
    for run in range(1, args.runs + 1):
        work = tempfile.mkdtemp(prefix="agora-startup-")
        data = os.path.join(work, "data")
        if args.store:
            shutil.copytree(args.store, data)
        else:
            os.mkdir(data)
        try:
            seconds, rss, settled = one_run(args, data)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        times.append(seconds)
        rsses.append(rss)
        extra = f", {settled:.0f} MB after {args.settle:.0f} s" if settled is not None else ""
        print(f"run {run}: prompt after {seconds:.2f} s, RSS {rss:.0f} MB{extra}", flush=True)
    print(f"prompt: median {statistics.median(times):.2f} s, min {min(times):.2f} s, max {max(times):.2f} s; "
          f"RSS at the prompt: median {statistics.median(rsses):.0f} MB ({min(rsses):.0f}-{max(rsses):.0f})")


if __name__ == "__main__":
    sys.exit(main())
