#!/bin/sh
# errata serve under load (bench/serve_load.py): 50 concurrent clients x 40
# reports over loopback with 100,000 reports already stored, every report
# stored exactly once; then the same with the server SIGKILLed at a random
# moment and restarted: every report answered 201 is there and git fsck
# --strict is clean. The load comes from bench/serve_client.c; the first
# run is made again with the Python client (--client python) to compare.
# The stored reports are generated once into build/serve-load/ (about a
# minute) and copied on later runs.
set -u
: "${ERRATA_BIN:=build/errata}"
: "${ERRATA_ROOT:=.}"
status=0
python3 "$ERRATA_ROOT/bench/serve_load.py" --errata "$ERRATA_BIN" --clients 50 --reports 40 --preload 100000 || status=1
python3 "$ERRATA_ROOT/bench/serve_load.py" --errata "$ERRATA_BIN" --clients 50 --reports 40 --preload 100000 --client python || status=1
python3 "$ERRATA_ROOT/bench/serve_load.py" --errata "$ERRATA_BIN" --clients 50 --reports 40 --preload 100000 --kill || status=1
exit $status
