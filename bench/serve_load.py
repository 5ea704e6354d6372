#!/usr/bin/env python3
"""Load errata serve over loopback (not a timed test; run it by hand or
from bench/bench_serve.sh):

  serve_load.py [--clients 50] [--reports 40] [--preload N [--fresh-preload]] [--kill] [--no-memo]
                [--client c|python] [--errata BIN]

Builds the example repository in a temporary folder (with --preload N,
N reader reports already stored, written with bench/gen_reports_repo.py
the first time and copied from build/serve-load/ after that),
starts `errata serve` on a free 127.0.0.1 port, and has CLIENTS clients
at once each file REPORTS reports through POST /api/v1/reports, one after
the other with no pause, one connection per request. Prints p50/p99
latency and throughput, then checks that every report is stored exactly
once.

The load comes from bench/serve_client.c (built here with cc into
build/serve-load/), one thread and epoll, so that the client is not what
is measured; --client python runs the same load from CLIENTS Python
threads instead (the same requests; that client's own CPU time and its
interpreter lock count in its latencies). Both print their own CPU time.

With --kill the server is SIGKILLed once a random share (5 to 95%) of the
reports have been answered, and started again on the same port; clients
retry what failed. Then every report that got a 201 must be in the
repository, and `git fsck --strict` must be clean.

Every report quotes the same sentence, as when many readers report one
error: the server reads that quote once (where it sits, its blame, the
findings there) and answers the others from its memo. --no-memo starts the
server with "report_memo": 0, so that each report is read afresh.
Traffic goes only to 127.0.0.1; every loop is bounded."""
import argparse
import http.client
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start(errata, repo, port, config, log):
    env = dict(os.environ, ERRATA_DATA_DIR=os.path.join(ROOT, "rules"))
    p = subprocess.Popen([errata, "serve", "--repo", repo, "--listen", "127.0.0.1:%d" % port,
                          "--config", config], stderr=log, env=env)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return p
        except OSError:
            time.sleep(0.05)
    p.kill()
    sys.exit("serve_load: the server did not start")


def preload(a, repo, seen):
    """Store a.preload reports in repo. The first run for a count builds a
    copy under build/ (git fast-import, a repack, the list cache warmed as a
    running newsroom would have it); later runs copy that in a second or
    two. --fresh-preload, or an example repository that changed, builds it
    again."""
    env = dict(os.environ, ERRATA_DATA_DIR=os.path.join(ROOT, "rules"))
    cache = os.path.join(ROOT, "build", "serve-load", "preload-%d" % a.preload)
    t0 = time.monotonic()
    stale = a.fresh_preload or not os.path.exists(os.path.join(cache, "done"))
    if not stale:
        # The copy fits only the example repository it was made on (its commits are the same each time).
        head = subprocess.run(["git", "--git-dir", os.path.join(cache, "git"), "rev-parse", "HEAD~1"],
                              capture_output=True, text=True).stdout.strip()
        stale = head != seen
    if stale:
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(cache)
        gen = subprocess.Popen([sys.executable, os.path.join(ROOT, "bench", "gen_reports_repo.py"),
                                "reports", str(a.preload), seen], stdout=subprocess.PIPE)
        subprocess.run(["git", "-C", repo, "fast-import", "--quiet"], stdin=gen.stdout, check=True)
        gen.wait()
        subprocess.run(["git", "-C", repo, "repack", "-adq"], check=True)
        subprocess.run([a.errata, "report", "list", "--format", "json"], cwd=repo, check=True,
                       stdout=subprocess.DEVNULL, env=env)
        shutil.copytree(os.path.join(repo, ".git"), os.path.join(cache, "git"), symlinks=True)
        open(os.path.join(cache, "done"), "w").close()
        how = "built"
    else:
        shutil.rmtree(os.path.join(repo, ".git"))
        shutil.copytree(os.path.join(cache, "git"), os.path.join(repo, ".git"), symlinks=True)
        how = "copied from %s" % os.path.relpath(cache, ROOT)
    print("preload: %d reports %s in %.1f s" % (a.preload, how, time.monotonic() - t0))


def children_cpu():
    """User and system CPU seconds of this process's waited-for children
    (and of the children they waited for: the server's pack roll-ups)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def own_cpu(pid):
    """A running process's own CPU seconds (all its threads, not its
    children), from /proc; None where there is no /proc."""
    try:
        f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")


def percentile(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def build_client():
    """bench/serve_client.c built into build/serve-load/ when missing or older."""
    src = os.path.join(ROOT, "bench", "serve_client.c")
    out = os.path.join(ROOT, "build", "serve-load", "serve_client")
    if not os.path.exists(out) or os.path.getmtime(out) < os.path.getmtime(src):
        os.makedirs(os.path.dirname(out), exist_ok=True)
        cc = os.environ.get("CC", "cc")
        r = subprocess.run([cc, "-std=c11", "-O2", "-o", out, src], capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit("serve_load: cannot build %s with %s:\n%s" % (out, cc, r.stderr))
    return out


def c_load(a, port, seen, got, lat, errors, lock):
    """The load from bench/serve_client.c; its lines read as they come (the
    kill waits for them). Returns the wall time and the client's CPU time."""
    args = [a.client_bin, str(port), str(a.clients), str(a.reports), seen] + (["--retry"] if a.kill else [])
    p = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    wall = cpu = None
    deadline = time.monotonic() + 600
    for line in p.stdout:
        f = line.split(None, 3)
        if f[0] == "ok":
            with lock:
                lat.append(int(f[2]) / 1e6)
                got.setdefault(f[1], []).append(f[3].strip())
        elif f[0] == "fail":
            with lock:
                errors.append("%s: %s %s" % (f[1], f[2] if f[2] != "0" else "", f[3].strip() if len(f) > 3 else ""))
        elif f[0] == "done":
            wall, cpu = float(f[1]), float(f[2])
        if time.monotonic() > deadline:
            p.kill()
            break
    rc = p.wait()
    if rc != 0 or wall is None:
        sys.exit("serve_load: the load client exited %d" % rc)
    return wall, cpu


def python_load(a, port, seen, got, lat, errors, lock):
    """The load from a.clients Python threads. Returns the wall time and
    this process's CPU time during it."""
    def client(c):
        for r in range(a.reports):
            marker = "load-%d-%d" % (c, r)
            body = json.dumps({"path": "articles/harbour-festival.md", "rev": seen,
                               "quote": "The festival opens on Monday, June 9, 2026",
                               "message": "June 9 is a Tuesday (%s)" % marker})
            for attempt in range(200):
                t0 = time.monotonic()
                try:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    conn.request("POST", "/api/v1/reports", body,
                                 {"Content-Type": "application/json"})
                    resp = conn.getresponse()
                    data = resp.read()
                    conn.close()
                except OSError:
                    if not a.kill:
                        with lock:
                            errors.append("%s: connection failed" % marker)
                        break
                    time.sleep(0.05)
                    continue
                dt = time.monotonic() - t0
                if resp.status == 201:
                    with lock:
                        lat.append(dt)
                        got.setdefault(marker, []).append(json.loads(data)["id"])
                    break
                if resp.status == 503 and a.kill:
                    time.sleep(0.05)
                    continue
                with lock:
                    errors.append("%s: %d %s" % (marker, resp.status, data[:200]))
                break

    r0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.monotonic()
    threads = [threading.Thread(target=client, args=(c,)) for c in range(a.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    return wall, (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--preload", type=int, default=0)
    ap.add_argument("--fresh-preload", action="store_true")
    ap.add_argument("--threads", type=int, default=64)
    ap.add_argument("--kill", action="store_true")
    ap.add_argument("--errata", default=os.path.join(ROOT, "build", "errata"))
    ap.add_argument("--client", choices=("c", "python"), default="c")
    ap.add_argument("--no-memo", action="store_true",
                    help="the server keeps no reading of a quote (\"report_memo\": 0): every report "
                         "is located, blamed and checked afresh, as if each quoted another error")
    a = ap.parse_args()
    client_bin = build_client() if a.client == "c" else None
    a.client_bin = client_bin
    tmp = tempfile.mkdtemp(prefix="errata-load-")
    repo = os.path.join(tmp, "news")
    try:
        subprocess.run(["sh", os.path.join(ROOT, "examples", "make-repo.sh"), repo], check=True,
                       stdout=subprocess.DEVNULL)
        seen = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD~1"], check=True,
                              capture_output=True, text=True).stdout.strip()
        if a.preload:
            preload(a, repo, seen)
        config = os.path.join(tmp, "serve.json")
        with open(config, "w") as f:
            json.dump({"rate_limit": False, "threads": a.threads, "report_memo": 0 if a.no_memo else 256}, f)
        port = free_port()
        log = open(os.path.join(tmp, "serve.log"), "w")
        cpu0 = children_cpu()
        server = [start(a.errata, repo, port, config, log)]
        total = a.clients * a.reports
        got = {}             # marker -> ids that got 201
        lat = []
        errors = []
        lock = threading.Lock()
        finished = threading.Event()
        killer = None
        killed = []
        if a.kill:
            # Killed once a random share of the reports are answered: always mid-load.
            kill_after = random.randint(max(1, total // 20), max(1, total * 19 // 20))

            def kill_and_restart():
                while not finished.is_set():
                    with lock:
                        answered = len(lat)
                    if answered >= kill_after:
                        break
                    time.sleep(0.002)
                else:
                    return
                server[0].send_signal(signal.SIGKILL)
                server[0].wait()
                killed.append(answered)
                server[0] = start(a.errata, repo, port, config, log)
            killer = threading.Thread(target=kill_and_restart)
            killer.start()
        try:
            if a.client == "python":
                wall, client_cpu = python_load(a, port, seen, got, lat, errors, lock)
            else:
                wall, client_cpu = c_load(a, port, seen, got, lat, errors, lock)
        finally:
            finished.set()
        if killer:
            killer.join()
        # The server rolls its small packs up once idle (a quarter of a second
        # without a report): give it that, so that the stop waits for the
        # roll-up and its CPU time counts as the server's.
        time.sleep(0.5)
        own = own_cpu(server[0].pid)
        server[0].send_signal(signal.SIGTERM)
        stop_rc = server[0].wait(timeout=120)
        packs = len([f for f in os.listdir(os.path.join(repo, ".git", "objects", "pack")) if f.endswith(".idx")])
        cpu = children_cpu() - cpu0 - (client_cpu if a.client == "c" else 0)
        print("clients %d x reports %d%s%s%s" % (a.clients, a.reports,
              ", %d reports stored before" % a.preload if a.preload else "",
              ", every report read afresh (no memo)" if a.no_memo else ", one quote (read once, then from the memo)",
              ", server SIGKILLed after %d answers and restarted" % killed[0] if killed else ""))
        print("201s: %d in %.2f s: %.1f reports/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms"
              % (len(lat), wall, len(lat) / wall, percentile(lat, 0.5) * 1e3,
                 percentile(lat, 0.99) * 1e3, max(lat) * 1e3 if lat else float("nan")))
        print("server CPU time (with its start, its stop and the git repack runs it started, "
              "which wait for it to be idle%s): "
              "%.2f s, %.2f ms per report; %d threads; load average now %s (the machine's other "
              "work counts in the latencies)"
              % (", both runs" if a.kill else "", cpu, cpu * 1e3 / max(1, len(lat)), a.threads,
                 " ".join(open("/proc/loadavg").read().split()[:3])))
        if own is not None and not a.kill:
            print("... of which the server's own threads %.2f ms per report (before its stop), the rest "
                  "its start, its stop and the git repack roll-ups" % (own * 1e3 / max(1, len(lat))))
        print("packs in the repository after the stop: %d" % packs)
        log.flush()
        inside = [float(m.group(1)) / 1e3 for m in
                  re.finditer(r'"POST /api/v1/reports" 201 \d+ ([0-9.]+)ms', open(log.name, errors="replace").read())]
        print("as the server timed them (its access log: from the request's headers read to its answer "
              "queued): p50 %.1f ms, p99 %.1f ms, max %.1f ms"
              % (percentile(inside, 0.5) * 1e3, percentile(inside, 0.99) * 1e3,
                 max(inside) * 1e3 if inside else float("nan")))
        print("load client: %s; its CPU time %.2f s, %.2f ms per report"
              % ("bench/serve_client.c (one thread, epoll)" if a.client == "c"
                 else "Python, %d threads" % a.clients, client_cpu,
                 client_cpu * 1e3 / max(1, len(lat))))
        listing = subprocess.run([a.errata, "report", "list", "--format", "json"], cwd=repo,
                                 capture_output=True, text=True,
                                 env=dict(os.environ, ERRATA_DATA_DIR=os.path.join(ROOT, "rules")))
        if listing.returncode != 0:
            print("FAIL: report list exited %d: %s" % (listing.returncode, listing.stderr[:2000]))
            return 1
        stored = {}
        for rep in json.loads(listing.stdout)["reports"]:
            m = re.search(r"\((load-\d+-\d+)\)", rep.get("message") or "")
            if m:
                stored.setdefault(m.group(1), []).append(rep["id"])
        ok = True
        if stop_rc != 0:
            ok = False
            log.flush()
            print("FAIL: SIGTERM: the server exited %d; the end of its log:\n%s"
                  % (stop_rc, "".join(open(log.name, errors="replace").readlines()[-40:])))
        if errors:
            ok = False
            print("FAIL: %d requests failed, e.g. %s" % (len(errors), errors[:3]))
        ids_201 = {i for ids in got.values() for i in ids}
        ids_stored = {i for ids in stored.values() for i in ids}
        missing = ids_201 - ids_stored
        if missing:
            ok = False
            print("FAIL: %d reports answered 201 are not stored" % len(missing))
        if a.kill and not killed:
            ok = False
            print("FAIL: the server was never killed")
        if a.kill:
            print("reports answered 201: %d; stored: %d (a request cut by the kill may be stored "
                  "without its 201 and filed again)" % (len(ids_201), len(ids_stored)))
            unanswered = [m for m in ("load-%d-%d" % (c, r) for c in range(a.clients)
                                      for r in range(a.reports)) if m not in got]
            if unanswered:
                ok = False
                print("FAIL: %d reports never got a 201" % len(unanswered))
        else:
            once = sum(1 for m, ids in stored.items() if len(ids) == 1)
            print("stored exactly once: %d of %d" % (once, total))
            if once != total or len(stored) != total:
                ok = False
                print("FAIL: stored %d distinct, %d exactly once, wanted %d" % (len(stored), once, total))
        fsck = subprocess.run(["git", "-C", repo, "fsck", "--strict"], capture_output=True, text=True)
        print("git fsck --strict: %s" % ("clean" if fsck.returncode == 0 else "FAILED\n" + fsck.stderr[:2000]))
        ok = ok and fsck.returncode == 0
        print("OK" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
