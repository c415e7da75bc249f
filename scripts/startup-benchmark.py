#!/usr/bin/env python3
"""Start-up benchmark: from `java -jar agora.jar` to the first `agora> ` prompt.

Runs the jar on a pseudo-terminal (so the interactive shell starts, as for a person),
times how long it takes until the prompt is printed, reads the process's RSS at that
moment (and, with --settle, again that many seconds later, when the background loading
is over), then leaves with Ctrl-D and waits for the exit. Each run gets its own data
directory: a new empty one, or a fresh copy of --store (never modified), written to disk
(sync) before the run starts, so that flushing the copy does not compete with the start.

The shell's line editor (JLine) asks the terminal what it supports as it starts: the
device attributes (CSI c) and the cursor position (CSI 6 n). A terminal emulator answers at
once; a bare pseudo-terminal does not, and JLine would wait 200 ms for each answer. The
benchmark answers them as xterm does (CSI ? 62 ; 22 c, and the cursor at 1;1), so that
it measures Agora's start and not those time-outs; --no-answers leaves them unanswered.

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
DEVICE_ATTRIBUTES = "\x1b[c"
CURSOR_POSITION = "\x1b[6n"


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
    while True:
        seen = shell.expect_exact([PROMPT, DEVICE_ATTRIBUTES, CURSOR_POSITION])
        if seen == 0:
            break
        if args.answers:
            shell.send("\x1b[?62;22c" if seen == 1 else "\x1b[1;1R")
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
    parser.add_argument("--no-answers", dest="answers", action="store_false",
                        help="do not answer the terminal queries (JLine then waits for its time-outs)")
    args = parser.parse_args()
    times, rsses = [], []
    for run in range(1, args.runs + 1):
        work = tempfile.mkdtemp(prefix="agora-startup-")
        data = os.path.join(work, "data")
        if args.store:
            shutil.copytree(args.store, data)
            os.sync()
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
