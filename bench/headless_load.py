#!/usr/bin/env python3
"""Load test for `ambit chat --headless`: N turns in one session, reporting memory and latency over time.

Usage (from the repository root, after ./ambit has built once):
    python3 bench/headless_load.py --turns 10000 --model ../shared/models/stories260K.gguf

It starts one ambit process, sends N message events, waits for each reply, samples the process's resident
memory (VmRSS from /proc) every --every turns, and prints per-window latency percentiles. Flat RSS and stable
latency across windows mean no leak of native contexts, JDBC statements or history.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--turns", type=int, default=10000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--model", default="../shared/models/stories260K.gguf")
    ap.add_argument("--max-tokens", type=int, default=8)
    ap.add_argument("--clear-every", type=int, default=20, help="send a clear command every N turns (0: never)")
    args = ap.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    home = tempfile.mkdtemp(prefix="ambit-load-")
    env = dict(os.environ, AMBIT_HOME=home)
    cmd = [os.path.join(root, "ambit"), "chat", "--headless", "--model", args.model,
           "--seed", "1", "--max-tokens", str(args.max_tokens)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1, env=env)
    prompts = ["Once upon a time", "The little dog ran to the park.", "Tell me about the sun.",
               "What did the cat do next?", "A girl found a red ball."]
    window, rows, errors = [], [], 0
    start = time.time()
    for turn in range(1, args.turns + 1):
        if args.clear_every and turn % args.clear_every == 0:
            proc.stdin.write(json.dumps({"type": "command", "name": "clear"}) + "\n")
            json.loads(proc.stdout.readline())
        t0 = time.perf_counter()
        proc.stdin.write(json.dumps({"type": "message", "text": prompts[turn % len(prompts)]}) + "\n")
        event = json.loads(proc.stdout.readline())
        window.append((time.perf_counter() - t0) * 1000)
        if event.get("type") != "reply":
            errors += 1
        if turn % args.every == 0:
            q = statistics.quantiles(window, n=100)
            rows.append((turn, rss_kib(proc.pid) / 1024, statistics.median(window), q[94], q[98]))
            print(f"turn {turn:>6}  rss {rows[-1][1]:7.1f} MiB  latency ms p50 {rows[-1][2]:6.2f}"
                  f"  p95 {rows[-1][3]:6.2f}  p99 {rows[-1][4]:6.2f}", flush=True)
            window = []
    proc.stdin.close()
    proc.wait(timeout=60)
    print(f"{args.turns} turns in {time.time() - start:.1f} s, {errors} non-reply answers, exit {proc.returncode}")
    if len(rows) >= 2:
        print(f"rss growth from first to last window: {rows[-1][1] - rows[0][1]:+.1f} MiB")
    return 0 if errors == 0 and proc.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
