#!/bin/sh
# errata lsp: a client speaks the Language Server Protocol to it
# (tests/lsp_client.py) and checks every reply.
. "$(dirname "$0")/lib.sh"
exec python3 "$ERRATA_ROOT/tests/lsp_client.py" "$ERRATA_BIN"
